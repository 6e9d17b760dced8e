"""A shift lead's console hears of every dispatch on the floor at once: from the events the
server already sends leads, and from one GET at sign-in for those pressed while it was closed; the same GET
brings a counselor's own open dispatch to a PC that never saw it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from tests.console.support import signed_in, wait_for
from tests.console.test_dispatch import liaison, on_call, online, server


def test_the_lead_follows_the_floors_dispatches_until_their_outcome(tmp_path: Path) -> None:
    live = server(tmp_path)

    async def go() -> None:
        kim = await signed_in(live.url, tmp_path / "kim")
        lee = await signed_in(live.url, tmp_path / "lee", username="lee")
        await on_call(kim, live)
        await online(kim)
        await online(lee)
        assert lee.dispatches.floor_dispatches == [] and kim.dispatches.floor_dispatches == []

        start = time.monotonic()
        pressed = kim.dispatches.request_dispatch("fire_ems_119")
        await wait_for(
            lambda: len(lee.dispatches.floor_dispatches) == 1, timeout=5, what="the lead hears of it"
        )
        print(f"press → lead's console knows: {time.monotonic() - start:.2f} s")
        (seen,) = lee.dispatches.floor_dispatches
        assert seen.id == pressed.client_id and seen.service == "fire_ems_119"
        assert seen.counselor.name and seen.person_number is None, "events never carry the number"

        # A later sign-in of another lead console (nothing replayed from before) reads the open ones once.
        late = await signed_in(live.url, tmp_path / "lee2", username="lee")
        assert [d.id for d in await late.dispatches.load_open_dispatches()] == [pressed.client_id]
        # The counselor on another PC, or with a fresh data folder: their own open dispatch comes back, so
        # its chip reminds until the outcome is recorded.
        kim_elsewhere = await signed_in(live.url, tmp_path / "kim2")
        assert kim_elsewhere.dispatches.open_dispatches == []
        await kim_elsewhere.dispatches.load_open_dispatches()
        (again,) = kim_elsewhere.dispatches.open_dispatches
        assert again.client_id == pressed.client_id and again.needs_reminder

        liaison(live, pressed.client_id, "acknowledge", {"incident_number": "119-1"})
        await wait_for(
            lambda: [d.incident_number for d in lee.dispatches.floor_dispatches] == ["119-1"],
            what="acknowledged",
        )
        liaison(live, pressed.client_id, "status", {"step": "contact_confirmed"})
        await wait_for(
            lambda: lee.dispatches.floor_dispatches == [], what="off the list once the person was reached"
        )
        for core in (kim, lee, late, kim_elsewhere):
            await core.close()

    try:
        asyncio.run(go())
    finally:
        live.stop()
