"""Follow-ups against the real server: scheduled offline-safe, the overdue count by the server clock,
complete / reschedule / hand over with If-Match, and a 412 that shows both values."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.core import ConsoleCore
from annyeong.console.referrals.follow_ups import FollowUpConflict, FollowUpRefused, InvalidFollowUp
from tests.console.support import signed_in, wait_for
from tests.support import web
from tests.support.live_server import LiveServer


async def on_call(core: ConsoleCore, live: LiveServer, number: str = "010-2345-6789") -> str:
    await core.calls.set_presence("available")
    call = live.post_call(number)
    return (await core.calls.accept_call(call["id"])).contact_id


def server_list(live: LiveServer, user: str = "kim", assignee: str = "me") -> dict[str, Any]:
    r = live.get(f"/v1/follow-ups?assignee={assignee}", user=user)
    r.raise_for_status()
    return dict(r.json())


def test_scheduled_follow_ups_show_at_once_and_count_overdue_by_the_server_clock(
    live_server: Any, tmp_path: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await on_call(core, live_server)
        soon = datetime.now(UTC) + timedelta(hours=2)
        late = datetime.now(UTC) - timedelta(minutes=5)  # a callback promised for a moment ago
        shown = core.follow_ups.schedule_follow_up(
            soon, reason="연계 후 확인 전화", source="referral", source_id="r-1"
        )
        core.follow_ups.schedule_follow_up(late, reason="약속한 전화")
        assert [i.local for i in core.follow_ups.scheduled] == [
            True,
            True,
        ]  # on the list before any network I/O
        assert core.follow_ups.follow_up_counts == (2, 1)
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="delivered")
        await core.follow_ups.refresh_follow_ups()
        items = core.follow_ups.scheduled
        assert [i.local for i in items] == [False, False] and core.follow_ups.follow_up_counts == (2, 1)
        assert items[1].follow_up.id == shown.id and items[1].follow_up.source == "referral"
        on_server = server_list(live_server)
        assert on_server["overdue_count"] == 1 and len(on_server["items"]) == 2
        # A clock that runs 10 minutes slow here still counts by the server's time (learnt again from the
        # next answer's Date header).
        core.client.clock.wall = lambda: time.time() - 600
        await core.follow_ups.refresh_follow_ups()
        assert core.follow_ups.follow_up_counts == (2, 1)
        with pytest.raises(InvalidFollowUp):
            core.follow_ups.schedule_follow_up(datetime.now(UTC) - timedelta(days=3))
        await core.close()

    asyncio.run(go())


def test_complete_reschedule_and_hand_over_with_a_conflict_showing_both(
    live_server: Any, tmp_path: Path
) -> None:
    async def go() -> None:
        kim = await signed_in(live_server.url, tmp_path / "kim")
        await on_call(kim, live_server)
        due = datetime.now(UTC) + timedelta(days=1)
        made = kim.follow_ups.schedule_follow_up(due, reason="다시 연락")
        with pytest.raises(FollowUpRefused):
            await kim.follow_ups.complete_follow_up(made.id)  # not on the server yet
        await kim.start_sync(pull=False)  # no events: the cached version goes stale below
        await wait_for(lambda: kim.sync_status.pending == 0, what="delivered")
        await kim.follow_ups.refresh_follow_ups()

        # The shift lead moves it meanwhile (If-Match 1 → version 2).
        later = due + timedelta(days=2)
        token = live_server.token("lee")
        r = web.patch(f"{live_server.url}/v1/follow-ups/{made.id}", json={"due_at": later.isoformat()},
                        headers={"Authorization": f"Bearer {token}", "If-Match": '"1"'}, timeout=10)
        r.raise_for_status()
        mine = due + timedelta(hours=3)
        with pytest.raises(FollowUpConflict) as conflict:
            await kim.follow_ups.reschedule_follow_up(made.id, mine)
        assert conflict.value.tried.due_at == mine.astimezone(UTC)
        assert conflict.value.current.due_at == later and conflict.value.current.version == 2
        assert kim.follow_ups.scheduled[0].follow_up.due_at == later  # the list shows the server's value now

        moved = await kim.follow_ups.reschedule_follow_up(made.id, mine)  # applied again, on the new version
        assert moved.due_at == mine.astimezone(UTC) and moved.version == 3
        pooled = await kim.follow_ups.hand_over_follow_up(made.id)
        assert pooled.pool == "counselors" and kim.follow_ups.scheduled[0].pool
        taken = await kim.follow_ups.take_follow_up(made.id)
        assert taken.pool is None and taken.assignee.id == kim.me.id  # type: ignore[union-attr]
        done = await kim.follow_ups.complete_follow_up(made.id, outcome="통화함. 센터 연결 확인")
        assert (
            done.status == "done"
            and kim.follow_ups.scheduled == []
            and kim.follow_ups.follow_up_counts == (0, 0)
        )
        await kim.close()

    asyncio.run(go())


def test_follow_up_events_keep_the_list_live(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        kim = await signed_in(live_server.url, tmp_path / "kim")
        park = await signed_in(live_server.url, tmp_path / "park", username="park")
        await on_call(kim, live_server)
        for core in (kim, park):
            await core.start_sync()
            await wait_for(lambda c=core: c.sync_status.state == "online", what="online")
        made = kim.follow_ups.schedule_follow_up(
            datetime.now(UTC) + timedelta(hours=1), pool=True, reason="공동 대기"
        )
        await wait_for(lambda: any(i.follow_up.id == made.id for i in park.follow_ups.scheduled),
                       what="park sees the pool")
        await kim.follow_ups.refresh_follow_ups()
        await park.follow_ups.take_follow_up(made.id)
        await wait_for(
            lambda: all(i.follow_up.id != made.id for i in kim.follow_ups.scheduled), what="gone from kim's"
        )
        for core in (kim, park):
            await core.close()

    asyncio.run(go())
