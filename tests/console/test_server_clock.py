"""A workstation clock an hour fast or slow: the core goes by the server's time, learnt from the Date header
of every answer (console/clock.py). The PC's clock is injected, never changed."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.api.client import ApiClient
from annyeong.console.board.shift_report import report_hours
from annyeong.console.clock import ServerClock
from annyeong.console.core import ConsoleCore
from annyeong.console.secrets import SecretStore
from annyeong.console.settings import Settings
from tests.console.support import PASSWORD, wait_for

HOUR = 3600.0


class FakeTime:
    """A PC wall clock and a monotonic clock the test moves by hand."""

    def __init__(self, wall: float) -> None:
        self.wall_s = wall
        self.mono_s = 1000.0

    def wall(self) -> float:
        return self.wall_s

    def mono(self) -> float:
        return self.mono_s

    def advance(self, seconds: float) -> None:
        self.wall_s += seconds
        self.mono_s += seconds


def date_header(server_s: float) -> str:
    return format_datetime(datetime.fromtimestamp(int(server_s), UTC), usegmt=True)


def answer(clock: ServerClock, fake: FakeTime, server_s: float, rtt: float) -> None:
    """One request: sent now, answered by a server reading `server_s` half-way, back after `rtt`."""
    sent = fake.mono()
    fake.advance(rtt)
    clock.observe_date(date_header(server_s + rtt / 2), sent_mono=sent, received_mono=fake.mono())


@pytest.mark.parametrize("skew", [HOUR, -HOUR, 0.0, 37.25])
def test_the_offset_is_learnt_from_date_headers_within_their_resolution(skew: float) -> None:
    true_server = 1_800_000_000.4
    fake = FakeTime(true_server - skew)  # the PC is `skew` seconds behind (negative: ahead)
    clock = ServerClock(wall=fake.wall, monotonic=fake.mono)
    assert not clock.known and clock.offset_s == 0.0
    answer(clock, fake, fake.wall() + skew, rtt=0.05)
    assert abs(clock.offset_s - skew) <= 1.0 + 0.05
    # More answers at other fractions of a second narrow it to the header's own resolution.
    for step in range(20):
        fake.advance(0.137 * (step + 1))
        answer(clock, fake, fake.wall() + skew, rtt=0.02)
    assert abs(clock.offset_s - skew) < 0.6
    assert clock.uncertainty_s < 0.7
    assert abs(clock.timestamp() - (fake.wall() + skew)) < 0.6


def test_a_pc_clock_set_meanwhile_is_followed_and_bad_headers_change_nothing() -> None:
    fake = FakeTime(1_800_000_000.0)
    clock = ServerClock(wall=fake.wall, monotonic=fake.mono)
    for _ in range(5):
        fake.advance(0.3)
        answer(clock, fake, fake.wall(), rtt=0.01)
    assert abs(clock.offset_s) < 1.1
    fake.wall_s -= HOUR  # someone set the PC's clock back an hour
    answer(clock, fake, fake.wall() + HOUR, rtt=0.01)
    assert abs(clock.offset_s - HOUR) < 1.1
    before = clock.offset_s
    for bad in (None, "", "yesterday", "Mon, 99 Foo 2026 99:99:99 GMT", "Sun, 06 Dec 2026 10:00:00"):
        clock.observe_date(bad, sent_mono=fake.mono(), received_mono=fake.mono())
    assert clock.offset_s == before


def core_with_pc_clock(url: str, data_dir: Path, skew_s: float) -> ConsoleCore:
    """A console whose PC clock reads `skew_s` seconds off (positive: fast)."""
    clock = ServerClock(wall=lambda: time.time() + skew_s)
    return ConsoleCore(settings=Settings(server_url=url), data_dir=data_dir,
                       client=ApiClient(server_url=url, clock=clock), secrets=SecretStore())


@pytest.mark.parametrize("skew_s", [HOUR, -HOUR], ids=["pc-an-hour-fast", "pc-an-hour-slow"])
def test_due_times_stamps_order_and_sign_in_go_by_the_server_clock(
    live_server: Any, tmp_path: Path, skew_s: float
) -> None:
    async def go() -> None:
        core = core_with_pc_clock(live_server.url, tmp_path / "data", skew_s)
        # Token expiry is the server's decision: an hour off, signing in and working go on as usual.
        await core.sign_in(server_url=live_server.url, username="kim", password=PASSWORD)
        real_now = datetime.now(UTC)
        assert abs((core.server_now() - real_now).total_seconds()) < 2.0
        assert abs((core.client.clock.now() - real_now).total_seconds()) < 2.0

        # Shift boundaries: the hours to the end of the incoming shift are those of the real time.
        assert abs(report_hours(core.server_now()) - report_hours(real_now)) < 0.01

        await core.calls.set_presence("available")
        call = live_server.post_call("010-2345-6789")
        await core.calls.accept_call(call["id"])

        # Due times: a callback promised for 20 minutes ago is overdue, one in 20 minutes is not; the
        # PC's clock alone would say the opposite for one of them.
        real = datetime.now(UTC)
        core.follow_ups.schedule_follow_up(real + timedelta(minutes=20), reason="다시 전화")
        core.follow_ups.schedule_follow_up(real - timedelta(minutes=20), reason="약속한 전화")
        assert core.follow_ups.follow_up_counts == (2, 1)

        # Stamps sent to the server (the note's save, the contact's end) are in the server's time.
        core.contacts.update_note("오늘 많이 외로웠다고 하심.")
        assert core.active_contact is not None and core.active_contact.note_saved_at is not None
        assert abs((core.active_contact.note_saved_at - datetime.now(UTC)).total_seconds()) < 2.0
        await core.contacts.end_contact()
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="delivered")
        contact_id = core.active_contact.contact_id
        contact = live_server.get(f"/v1/contacts/{contact_id}").json()
        ended = datetime.fromisoformat(contact["ended_at"])
        started = datetime.fromisoformat(contact["started_at"])
        # Ordering: the end comes after the start the server stamped, and not an hour away from it.
        assert started <= ended + timedelta(seconds=2) and ended - started < timedelta(minutes=5)
        await core.close()

    asyncio.run(go())
