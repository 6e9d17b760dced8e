"""The dispatch on another PC: an open dispatch of a contact reopened elsewhere is shown, never doubled;
and the number police call is held before the server can go away."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.console.support import signed_in, wait_for
from tests.console.test_dispatch import on_call, on_server, online, server


def test_another_pc_shows_the_open_dispatch_and_a_press_joins_it(tmp_path: Path) -> None:
    live = server(tmp_path)

    async def go() -> None:
        first = await signed_in(live.url, tmp_path / "pc1")
        contact_id = await on_call(first, live, "010-3434-1212")
        await online(first)
        pressed = first.dispatches.request_dispatch("police_112", risk=["plan"])
        await wait_for(
            lambda: (
                first.dispatches.active_dispatch is not None
                and first.dispatches.active_dispatch.received_at is not None
            ),
            what="received",
        )
        await first.close()

        # The same counselor on another PC: the open contact comes back from the server, and with it
        # (once the contact is loaded) its open dispatch, steps and all.
        other = await signed_in(live.url, tmp_path / "pc2")
        assert other.active_contact is not None and other.active_contact.contact_id == contact_id
        assert other.dispatches.open_dispatches == []
        await other.dispatches.load_contact_dispatches(contact_id)
        (shown,) = other.dispatches.open_dispatches
        assert shown.server_id == pressed.client_id and shown.received_at is not None
        assert shown.needs_reminder and shown.fields.risk == ("plan",)
        assert "위험: 구체적 자살 계획" in shown.fields.summary
        await other.dispatches.load_contact_dispatches(contact_id)
        assert len(other.dispatches.open_dispatches) == 1, "loading again adds nothing"

        # A press there joins it: no second row here, none on the server.
        again = other.dispatches.request_dispatch("police_112")
        assert again.client_id == shown.client_id and len(other.dispatches.open_dispatches) == 1
        other.dispatches.record_contact_outcome("contact_confirmed")
        other.dispatches.close_dispatch()
        await online(other)
        await wait_for(lambda: on_server(live)[0]["closed_at"] is not None, what="closed on the server")
        await other.close()

    try:
        asyncio.run(go())
        assert len(on_server(live)) == 1
    finally:
        live.stop()


def test_the_callers_number_is_held_for_an_offline_press(tmp_path: Path) -> None:
    live = server(tmp_path)

    async def go() -> None:
        core = await signed_in(live.url, tmp_path / "pc")
        await on_call(core, live, "010-4444-1212")
        contact = core.active_contact
        assert contact is not None and contact.caller.number_e164 is None, "a counselor sees it masked"
        assert await core.dispatches.hold_dispatch_number("긴급 출동 대비") is True
        reasons = live.sql("SELECT outcome, reason FROM audit_log WHERE action = 'caller.unmask'")
        assert [tuple(r) for r in reasons] == [("granted", "긴급 출동 대비")], "audited with its reason"
        live.stop()
        dispatch = core.dispatches.request_dispatch("police_112")
        assert dispatch.fields.person_number == "+821044441212"
        assert "대상자 연락처: 010-4444-1212" in dispatch.fields.summary
        assert "****" not in dispatch.fields.summary
        await core.close()

    asyncio.run(go())
