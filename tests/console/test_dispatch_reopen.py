"""The dispatch on another PC: an open dispatch of a contact reopened elsewhere is shown, never doubled;
the number police call is held before the server can go away; and a second emergency pressed offline
after the first was closed here is a dispatch of its own, whatever order the two reach the server in."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.console.support import signed_in, wait_for
from tests.console.test_dispatch import on_call, on_server, online, server
from tests.support.live_server import start_live_server


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


def test_a_press_offline_after_closing_the_last_one_is_its_own_dispatch(tmp_path: Path) -> None:
    live = server(tmp_path)
    port = int(live.url.rsplit(":", 1)[1])

    async def go() -> tuple[str, str]:
        nonlocal live
        core = await signed_in(live.url, tmp_path / "pc")
        contact_id = await on_call(core, live, "010-4545-3434")
        await online(core)
        first = core.dispatches.request_dispatch("police_112", location={"address": "망원동 412-7 2층"})
        await wait_for(lambda: core.sync_status.pending == 0, what="the first delivered")
        live.stop()
        await wait_for(lambda: core.sync_status.state != "online", what="offline")
        # Offline: the person was reached, the panel closed; then a new emergency for the same person.
        core.dispatches.record_contact_outcome("contact_confirmed")
        core.dispatches.close_dispatch(first.client_id)
        # The new form starts where the last one sent police: the address is not typed again.
        assert core.dispatches.dispatch_draft().fields.location.address == "망원동 412-7 2층"
        second = core.dispatches.request_dispatch("police_112", contact_id=contact_id)
        assert second.client_id != first.client_id
        # Its create may reach the server before the first one's queued `closed` (it goes ahead of steps
        # that are backing off): it names what was finished here, so the server never joins it to that.
        (create,) = [r for r in core.context.require().outbox.rows() if r.record_id == second.client_id]
        assert create.payload["finished_here"] == [first.client_id]
        live = start_live_server(tmp_path / "server", port=port, training_auto_ack_s=0.0)
        await wait_for(lambda: core.sync_status.pending == 0, timeout=30, what="delivered after return")
        await core.close()
        return first.client_id, second.client_id

    try:
        first_id, second_id = asyncio.run(go())
        held = {d["id"]: d for d in on_server(live)}
        assert set(held) == {first_id, second_id}, "two emergencies, two dispatches"
        assert held[first_id]["status"] == "closed"
        # Recorded offline, it keeps the moment the counselor recorded it, not when it arrived.
        clocks = {s["step"]: s["clock"] for s in held[first_id]["steps"]}
        assert clocks["contact_confirmed"] == "client" and clocks["closed"] == "client"
        assert held[second_id]["status"] == "received" and held[second_id]["closed_at"] is None
    finally:
        live.stop()
