"""The Conversations feature on a real SQLite store: the counselor's messages through the outbox, the
transcript merged from events and pages without duplicates, receipts, typing, the end, crisis matches,
and what a restart shows. The server is never reached here (its address has nothing listening): what
needs the chat routes is in test_conversations_live.py."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.api.client import ApiClient
from annyeong.console.chats.conversations import ChatRefused, Conversations
from annyeong.console.chats.silence import SilencePolicy
from annyeong.console.chats.store import CHAT_END, CHAT_MESSAGE, CHAT_READ
from annyeong.console.store.db import Database
from annyeong.console.store.outbox import Outbox
from annyeong.console.wire import Event

T0 = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)
CONTACT = str(uuid.uuid4())


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> datetime:
        return self.at


def feature(path: Path, clock: Clock) -> tuple[Conversations, Database]:
    db = Database(path / "account.db")
    # Port 9 (discard) on loopback: nothing answers, so no request of these tests reaches a server.
    client = ApiClient(server_url="http://127.0.0.1:9")
    policy = SilencePolicy(prompt_after_s=60, close_after_s=120)
    return Conversations(db=db, outbox=Outbox(db), client=client, now=clock, policy=policy), db


_seq = iter(range(1, 1_000_000))


def event(kind: str, **data: Any) -> Event:
    return Event(seq=next(_seq), type=kind, created_at=T0, data={"contact_id": CONTACT, **data})


def message(seq: int, sender: str, text: str, *, at: datetime = T0, mid: str | None = None, **extra: Any
            ) -> dict[str, Any]:
    return {"id": mid or str(uuid.uuid4()), "contact_id": CONTACT, "seq": seq, "sender": sender, "text": text,
            "sent_at": (at + timedelta(seconds=seq)).isoformat(), **extra}


def test_a_sent_message_is_committed_with_its_outbox_row_and_survives_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    conv, db = feature(tmp_path, clock)
    conv.open(CONTACT)
    line = conv.send(CONTACT, "  안녕하세요, 외로움안녕120 상담사입니다.  ")
    assert line.text == "안녕하세요, 외로움안녕120 상담사입니다." and line.delivery == "pending"
    [row] = Outbox(db).rows()
    assert (row.kind, row.idempotency_key, row.record_id) == (CHAT_MESSAGE, line.id, f"chat:{CONTACT}")
    db.close()

    again, db2 = feature(tmp_path, clock)
    [kept] = again.lines(CONTACT)
    assert (kept.id, kept.delivery, kept.seq) == (line.id, "pending", None)
    assert again.summary(CONTACT).pending == 1
    db2.close()


def test_the_transcript_is_merged_by_seq_once_whatever_the_order(tmp_path: Path) -> None:
    conv, db = feature(tmp_path, Clock())
    mine = conv.send(CONTACT, "잠시만 기다려 주세요.")
    first = message(1, "person", "안녕하세요")
    second = message(2, "counselor", "잠시만 기다려 주세요.", mid=mine.id)
    third = message(3, "person", "네")
    for data in (third, first, first, second, third):
        conv.on_event(event("chat.message", message=data))
    lines = conv.lines(CONTACT)
    assert [(x.seq, x.sender) for x in lines] == [(1, "person"), (2, "counselor"), (3, "person")]
    assert lines[1].id == mine.id and lines[1].delivery == "sent"
    conv.on_event(event("chat.message", message={**second, "delivered_at": T0.isoformat()}))
    assert conv.lines(CONTACT)[1].delivery == "delivered"
    conv.on_event(event("chat.read", reader="person", up_to_seq=2))
    assert conv.lines(CONTACT)[1].delivery == "read"
    # A late copy without the stamps never takes a tick back.
    conv.on_event(event("chat.message", message=second))
    assert conv.lines(CONTACT)[1].delivery == "read"
    db.close()


def test_unread_wait_and_reading_them(tmp_path: Path) -> None:
    clock = Clock()
    conv, db = feature(tmp_path, clock)
    conv.on_event(event("chat.message", message=message(1, "person", "저기요")))
    conv.on_event(event("chat.message", message=message(2, "person", "계세요?")))
    summary = conv.summary(CONTACT)
    assert summary.unread == 2 and summary.waiting_since == T0 + timedelta(seconds=1)
    changes = conv.mark_read(CONTACT)
    assert changes.chat and conv.summary(CONTACT).unread == 0
    assert [r.kind for r in Outbox(db).rows()] == [CHAT_READ]
    assert not conv.mark_read(CONTACT)  # nothing new: no second row
    conv.send(CONTACT, "네, 듣고 있어요.")
    assert conv.summary(CONTACT).waiting_since is None
    db.close()


def test_typing_lapses_and_silence_prompts_on_the_injected_clock(tmp_path: Path) -> None:
    clock = Clock()
    conv, db = feature(tmp_path, clock)
    conv.on_event(event("chat.message", message=message(1, "person", "안녕하세요")))
    conv.on_event(event("chat.typing", typing=True))
    assert conv.summary(CONTACT).typing
    clock.at += timedelta(seconds=30)
    assert not conv.summary(CONTACT).typing  # the page went away without saying so
    conv.on_event(event("chat.message", message=message(2, "counselor", "더 이야기해 주실래요?",
                                                         at=clock.at - timedelta(seconds=2))))
    assert conv.summary(CONTACT).silence.kind == "none"
    clock.at += timedelta(seconds=61)
    assert conv.summary(CONTACT).silence.kind == "prompt"
    clock.at += timedelta(seconds=121)
    assert conv.summary(CONTACT).silence.kind == "close_suggested"
    assert conv.chats() == [CONTACT]  # suggested, never closed by itself
    db.close()


def test_the_person_leaving_is_recorded_and_reported(tmp_path: Path) -> None:
    conv, db = feature(tmp_path, Clock())
    conv.open(CONTACT)
    left_at = (T0 + timedelta(minutes=3)).isoformat()
    changes = conv.on_event(event("chat.ended", ended_by="person", at=left_at))
    assert changes.chat and changes.contact
    summary = conv.summary(CONTACT)
    assert (summary.ended_by, summary.silence.kind) == ("person", "left")
    assert summary.ended_at == T0 + timedelta(minutes=3)
    assert conv.chats() == []
    with pytest.raises(ChatRefused) as refused:
        conv.send(CONTACT, "아직 계세요?")
    assert refused.value.code == "chat_ended"
    db.close()


def test_ending_from_the_console_sends_the_farewell_then_the_end(tmp_path: Path) -> None:
    conv, db = feature(tmp_path, Clock())
    conv.end(CONTACT, farewell="오늘 이야기 나눠 주셔서 고마워요.")
    conv.end(CONTACT)  # twice: one end
    rows = Outbox(db).rows()
    assert [r.kind for r in rows] == [CHAT_MESSAGE, CHAT_END]
    assert len({r.record_id for r in rows}) == 1  # one record: the server gets them in this order
    assert conv.summary(CONTACT).silence.kind == "ended"
    db.close()


def test_refused_messages_name_why(tmp_path: Path) -> None:
    conv, db = feature(tmp_path, Clock())
    for text, code in (("   ", "empty"), ("가" * 2001, "too_long")):
        with pytest.raises(ChatRefused) as refused:
            conv.send(CONTACT, text)
        assert refused.value.code == code
    assert Outbox(db).rows() == []
    db.close()


def test_a_crisis_expression_from_the_person_raises_the_crisis_and_stays_latched(tmp_path: Path) -> None:
    conv, db = feature(tmp_path, Clock())
    asked = message(1, "counselor", "혹시 죽고 싶다는 생각이 드세요?")
    quiet = conv.on_event(event("chat.message", message=asked))
    assert not quiet.crisis and conv.crisis_raised(CONTACT) == ()
    loud = conv.on_event(event("chat.message", message=message(2, "person", "네… 유서도 써 놨어요")))
    assert loud.crisis
    [crisis] = conv.crises(CONTACT)
    assert (crisis.seq, crisis.match.matched, crisis.match.category) == (2, "유서도", "plan")
    [raised] = conv.crisis_raised(CONTACT)
    assert (raised.instrument_id, raised.rule) == ("live_chat", "suicide_plan")
    again = conv.on_event(event("chat.message", message=message(2, "person", "네… 유서도 써 놨어요")))
    assert not again.crisis  # the same message twice raises once
    db.close()
    reopened, db2 = feature(tmp_path, Clock())
    assert reopened.summary(CONTACT).crisis and reopened.crisis_raised(CONTACT) == (raised,)
    db2.close()


def test_retention_takes_a_closed_chats_transcript_but_never_an_unsent_message(tmp_path: Path) -> None:
    from annyeong.console.store.retention import purge_closed_contacts

    conv, db = feature(tmp_path, Clock())
    other = str(uuid.uuid4())
    for contact in (CONTACT, other):
        db.conn.execute(
            "INSERT INTO contacts (contact_id, call_id, channel, caller, started_at, ended_at, active)"
            " VALUES (?, 'c', 'chat', '{}', ?, ?, 0)", (contact, T0.isoformat(), T0.isoformat()))
    conv.on_event(event("chat.message", message=message(1, "person", "고마웠어요")))
    conv.send(other, "아직 안 보낸 말")  # still in the outbox: kept whatever its age
    assert purge_closed_contacts(db, now=T0 + timedelta(days=40), retention_days=30) == 1
    assert conv.lines(CONTACT) == [] and conv.store.state(CONTACT) is None
    assert [line.text for line in conv.lines(other)] == ["아직 안 보낸 말"]
    db.close()
