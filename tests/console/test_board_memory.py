"""A shift lead's console left running for days keeps only the week of contacts its charts can count."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annyeong.console.board.ops import PRUNE_EVERY
from annyeong.console.wire import CallerSummary, Contact, Event
from tests.console.support import make_core


def _event(seq: int, started: datetime) -> Event:
    contact = Contact(id=f"c{seq}", call_id=f"k{seq}", counselor_id="u1", channel="phone",
                      caller=CallerSummary(), started_at=started)
    return Event(seq=seq, type="contact.updated", created_at=started, data=contact.model_dump(mode="json"))


def test_contacts_seen_long_ago_are_forgotten(tmp_path: Path) -> None:
    core = make_core("http://127.0.0.1:9", tmp_path / "data")
    now = datetime.now(UTC)
    old, recent = now - timedelta(days=30), now - timedelta(hours=2)
    for seq in range(1, PRUNE_EVERY + 1):
        core.board.count_event(_event(seq, old if seq <= PRUNE_EVERY - 10 else recent))
    assert len(core.board.seen_contacts) == 10, "a month-old contact no chart can count is not kept"
    assert all(c.started_at == recent for c in core.board.seen_contacts.values())
    assert core.board.stats("week", now).contacts == 10
    asyncio.run(core.close())


def test_a_console_whose_charts_nobody_opened_keeps_no_contacts(tmp_path: Path) -> None:
    core = make_core("http://127.0.0.1:9", tmp_path / "data")
    now = datetime.now(UTC)
    for seq in range(1, 21):
        core.board.on_event(_event(seq, now))
    assert core.board.seen_contacts == {}, "the charts replay the log when opened; until then nothing is kept"
    asyncio.run(core.close())
