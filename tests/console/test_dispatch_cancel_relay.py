"""요청 취소 and 동료·팀장에게 112 신고 요청, the console's side, against the real server.

The cancel is a step in the emergency lane: committed before any I/O, delivered once when the server is
back. The relay is online only; the floor hears it, and one colleague takes it."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
import pytest

from annyeong.console.errors import DispatchRefused, InvalidDispatch, Offline
from tests.console.support import signed_in, wait_for
from tests.console.test_dispatch import liaison, on_call, on_server, online, received
from tests.support.live_server import start_live_server


def test_a_cancel_made_offline_is_delivered_once_and_acknowledged(tmp_path: Path) -> None:
    live = start_live_server(tmp_path / "server", training_auto_ack_s=0.0)
    port = int(live.url.rsplit(":", 1)[1])

    async def go() -> str:
        nonlocal live
        core = await signed_in(live.url, tmp_path / "data")
        contact_id = await on_call(core, live)
        await online(core)
        dispatch = core.dispatches.request_dispatch("police_112")
        await wait_for(lambda: received(core), what="received")
        live.stop()
        await wait_for(lambda: core.sync_status.state != "online", what="offline")

        with pytest.raises(InvalidDispatch):
            core.dispatches.cancel_dispatch("because")  # type: ignore[arg-type]
        cancelled = core.dispatches.cancel_dispatch("pressed_by_mistake", "  메모하다 잘못 누름 ")
        assert cancelled.status == "cancel_requested" and cancelled.cancel_note == "메모하다 잘못 누름"
        assert not cancelled.needs_reminder and cancelled.fallback_due is None and not cancelled.joinable
        assert (
            core.dispatches.cancel_dispatch("duplicate").cancel_reason == "pressed_by_mistake"
        )  # no second step
        with pytest.raises(DispatchRefused):
            core.dispatches.record_contact_outcome("contact_confirmed")
        # A new press for the same contact is a new dispatch, not the withdrawn one.
        again = core.dispatches.request_dispatch("police_112", contact_id=contact_id)
        assert again.client_id != dispatch.client_id

        live = start_live_server(tmp_path / "server", port=port, training_auto_ack_s=0.0)
        await wait_for(lambda: core.sync_status.pending == 0, timeout=20, what="delivered after return")
        liaison(live, dispatch.client_id, "status", {"step": "cancel_acknowledged"})

        def status() -> str:
            return next(
                d for d in core.dispatches.open_dispatches if d.client_id == dispatch.client_id
            ).status

        await wait_for(lambda: status() == "cancelled", what="the liaison's stand-down arrives")
        core.dispatches.close_dispatch(dispatch.client_id)  # withdrawn: closing needs no outcome
        await wait_for(lambda: core.sync_status.pending == 0, what="the close delivered")
        await core.close()
        return dispatch.client_id

    try:
        client_id = asyncio.run(go())
        item = next(d for d in on_server(live) if d["id"] == client_id)
        steps = [s["step"] for s in item["steps"]]
        assert steps.count("cancel_requested") == 1
        assert steps[-3:] == ["cancel_requested", "cancel_acknowledged", "closed"]
        assert item["cancel_reason"] == "pressed_by_mistake" and item["cancel_note"] == "메모하다 잘못 누름"
    finally:
        live.stop()


def test_a_relay_reaches_a_colleague_who_takes_it(tmp_path: Path) -> None:
    live = start_live_server(tmp_path / "server", training_auto_ack_s=0.0)

    async def go() -> None:
        kim = await signed_in(live.url, tmp_path / "kim")
        lee = await signed_in(live.url, tmp_path / "lee", username="lee")
        await on_call(kim, live, "010-9876-5432")
        await online(kim)
        await online(lee)
        dispatch = kim.dispatches.request_dispatch("police_112")
        await wait_for(lambda: received(kim), what="received")
        relay = await kim.relays.request_relay(read_out="[외로움안녕120 긴급출동 요청 · 경찰 112]")
        assert relay.status == "open" and relay.person_number == "+821098765432"
        assert (await kim.relays.request_relay()).id == relay.id  # a second press: the same request
        assert kim.relays.relay_of(dispatch.client_id) is not None

        await wait_for(
            lambda: [r.id for r in lee.relays.floor_relays] == [relay.id], what="the lead hears it"
        )
        assert lee.relays.floor_relays[0].read_out is None  # events carry no read-out
        full = await lee.relays.read_relay(relay.id)
        assert full.read_out is not None and full.read_out.startswith("[외로움안녕120")
        taken = await lee.relays.take_relay(relay.id)
        assert taken.taken_by is not None and taken.taken_by.id == lee.me.id  # type: ignore[union-attr]
        def heard() -> bool:
            mine = kim.relays.relay_of(dispatch.client_id)
            return mine is not None and mine.taken_by is not None

        await wait_for(heard, what="the requester hears who phones")
        assert kim.relays.relay_of(dispatch.client_id).taken_by.name == "이팀장"  # type: ignore[union-attr]

        # The agency answers after all: the lead hears it; a view read before it (an answer that was on
        # its way meanwhile) does not take it back.
        liaison(live, dispatch.client_id, "acknowledge", {"incident_number": "112-2026-000412"})

        def answered() -> bool:
            heard = [r for r in lee.relays.floor_relays if r.id == relay.id]
            return bool(heard) and heard[0].incident_number == "112-2026-000412"

        await wait_for(answered, what="the lead hears the agency has it")
        lee.relays._keep(taken)  # an older view arriving late, as a slow GET would
        kept = next(r for r in lee.relays.floor_relays if r.id == relay.id)
        assert kept.dispatch_acknowledged_at is not None and kept.incident_number == "112-2026-000412"
        assert kept.taken_by is not None and kept.read_out == taken.read_out

        # Someone answering after lee learns it is taken, and by whom.
        park = await signed_in(live.url, tmp_path / "park", username="park")
        late = await park.relays.take_relay(relay.id)
        assert late.taken_by is not None and late.taken_by.name == "이팀장"

        live.stop()
        other = kim.dispatches.request_dispatch("fire_ems_119")
        with pytest.raises(Offline):  # no queue for this one: the UI says to ask the next desk
            await kim.relays.request_relay(other.client_id)
        for core in (kim, lee, park):
            await core.close()

    try:
        asyncio.run(go())
    finally:
        live.stop()


def test_relay_ids_follow_the_dispatch() -> None:
    from annyeong.console.dispatches.relays import relay_id_for

    first = str(uuid.uuid4())
    assert relay_id_for(first) == relay_id_for(first) != relay_id_for(str(uuid.uuid4()))
    assert httpx  # the helpers above speak HTTP to the liaison
