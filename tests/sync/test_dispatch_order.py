"""A second emergency on the same call, pressed offline after the first was closed, stays a dispatch of its
own: the first one's closing steps reach the server before the second create (found by the soak)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from annyeong.console.dispatches.local import DispatchFields
from tests.sync.support import PASSWORD, mini_console, open_contact, wait_for


def test_a_press_after_an_offline_close_is_not_joined_to_the_closed_dispatch(
    live_server: Any, tmp_path: Path
) -> None:
    async def go() -> tuple[str, str, list[Any], Any]:
        console = mini_console(live_server.url, tmp_path / "c.sqlite3", pull=False)
        await console.client.login(username="kim", password=PASSWORD)
        contact = await open_contact(live_server.url, console.client, number="010-7777-0001")
        console.store.open_contact(contact)
        # Offline (the engine is not running): 112 pressed, the person reached, the panel closed; then
        # a new emergency on the same call: 112 again, and the counselor phones 112 directly too.
        dispatches = console.store.dispatches
        police = {"contact_id": contact.id, "service": "police_112", "fields": DispatchFields()}
        first, _ = dispatches.press(**police)  # type: ignore[arg-type]
        dispatches.record_step(first.client_id, "contact_confirmed")
        dispatches.record_step(first.client_id, "closed")
        second, created = dispatches.press(**police)  # type: ignore[arg-type]
        assert created
        dispatches.record_step(second.client_id, "fallback_called")
        console.engine.start()  # back online
        await wait_for(lambda: console.outbox.counts() == (0, 0), timeout=30, what="everything delivered")
        local = dispatches.get(second.client_id)
        await console.close()
        await console.client.aclose()
        listed = live_server.get("/v1/dispatches").json()["items"]
        items = [d for d in listed if d["contact_id"] == contact.id]
        return first.client_id, second.client_id, items, local

    first_id, second_id, items, local = asyncio.run(go())
    by_id = {d["id"]: d for d in items}
    assert set(by_id) == {first_id, second_id}, "two emergencies, two dispatches"
    assert by_id[first_id]["status"] == "closed"
    assert by_id[second_id]["status"] != "closed"
    assert "fallback_called" in [s["step"] for s in by_id[second_id]["steps"]]
    assert not local.deduplicated and local.closed_at is None and local.delivery_error is None
