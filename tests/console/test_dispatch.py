"""The red button against the real server: committed first, delivered once, the loop closed live.

The liaison is played over HTTP with its API key (training auto-acknowledge is off in these servers, so
each step happens when the test says)."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.changes import Changes
from annyeong.console.core import ConsoleCore
from annyeong.console.errors import DispatchRefused, InvalidDispatch
from annyeong.console.store.local import ENTRY_CREATE
from tests.console.support import signed_in, wait_for
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server

LIAISON_KEY = "training-dispatch-key"


def server(tmp_path: Path, port: int = 0) -> LiveServer:
    return start_live_server(tmp_path / "server", port=port, training_auto_ack_s=0.0)


def liaison(live: LiveServer, dispatch_id: str, action: str, body: dict[str, Any]) -> dict[str, Any]:
    r = web.post(f"{live.url}/v1/dispatches/{dispatch_id}/{action}", json=body,
                   headers={"X-API-Key": LIAISON_KEY}, timeout=10)
    r.raise_for_status()
    return dict(r.json())


def on_server(live: LiveServer) -> list[dict[str, Any]]:
    """Every dispatch the server holds (the shift lead sees all)."""
    r = live.get("/v1/dispatches")
    r.raise_for_status()
    return list(r.json()["items"])


async def on_call(core: ConsoleCore, live: LiveServer, number: str = "010-2345-6789") -> str:
    await core.calls.set_presence("available")
    call = live.post_call(number)
    return (await core.calls.accept_call(call["id"])).contact_id


def received(core: ConsoleCore) -> bool:
    return (
        core.dispatches.active_dispatch is not None
        and core.dispatches.active_dispatch.received_at is not None
    )


def incident(core: ConsoleCore) -> str | None:
    return (
        None if core.dispatches.active_dispatch is None else core.dispatches.active_dispatch.incident_number
    )


async def online(core: ConsoleCore) -> None:
    await core.start_sync()
    await wait_for(lambda: core.sync_status.state == "online", what="online")


def test_a_press_is_delivered_once_and_the_liaisons_steps_arrive_live(tmp_path: Path) -> None:
    live = server(tmp_path)

    async def go() -> None:
        core = await signed_in(live.url, tmp_path / "data", dispatch_receive_timeout_s=1.0,
                               dispatch_ack_timeout_s=1.5)
        contact_id = await on_call(core, live)
        seen: list[Changes] = []
        core.add_listener(seen.append)
        await online(core)
        core.contacts.update_note("약을 모아 두었다고 하심")
        with pytest.raises(InvalidDispatch) as bad:
            core.dispatches.request_dispatch("police_112", risk=["sadness"])
        assert bad.value.field == "risk" and core.dispatches.open_dispatches == []

        dispatch = core.dispatches.request_dispatch("police_112", risk=["thoughts", "means"],
                                         location={"district": "마포구", "address": "월드컵로 1" + " " * 500})
        assert dispatch.status == "requested" and dispatch.contact_id == contact_id
        assert core.dispatches.active_dispatch == dispatch and core.dispatches.dispatch_needs_reminder
        assert any(c.dispatch for c in seen)
        await wait_for(lambda: received(core), what="received by the server")
        assert core.dispatches.request_dispatch("police_112").client_id == dispatch.client_id  # double press
        await wait_for(lambda: core.sync_status.pending == 0, what="create acknowledged")
        assert (
            core.context.account is not None and core.context.account.outbox.rows() == []
        )  # the double press: no row

        # No liaison within 1.5 s of the press: the console says to phone directly, and keeps the loop.
        await wait_for(
            lambda: (
                core.dispatches.active_dispatch is not None
                and core.dispatches.active_dispatch.fallback_due == "not_acknowledged"
            ),
            what="ack fallback",
        )
        items = on_server(live)
        assert len(items) == 1 and items[0]["id"] == dispatch.client_id
        assert items[0]["risk"] == ["means", "thoughts"] and items[0]["contact_id"] == contact_id
        assert items[0]["person_number"] == "+821023456789"  # the server's own copy of the caller
        assert items[0]["location"]["address"] == "월드컵로 1"

        liaison(live, dispatch.client_id, "acknowledge", {"incident_number": "112-2025-000777"})
        await wait_for(lambda: incident(core) == "112-2025-000777", what="incident number")
        active = core.dispatches.active_dispatch
        assert active is not None and active.fallback_due is None and active.status == "acknowledged"
        liaison(live, dispatch.client_id, "status", {"step": "en_route"})
        await wait_for(
            lambda: (
                core.dispatches.active_dispatch is not None
                and core.dispatches.active_dispatch.status == "en_route"
            ),
            what="en route",
        )

        with pytest.raises(DispatchRefused) as refused:
            core.dispatches.close_dispatch()
        assert refused.value.code == "dispatch_outcome_required"
        with pytest.raises(DispatchRefused) as no_reason:
            core.dispatches.record_contact_outcome("failed", " ")
        assert no_reason.value.code == "reason_required"
        confirmed = core.dispatches.record_contact_outcome("contact_confirmed")
        assert not confirmed.needs_reminder and not core.dispatches.dispatch_needs_reminder
        closed = core.dispatches.close_dispatch()
        assert (
            closed.status == "closed"
            and core.dispatches.open_dispatches == []
            and core.dispatches.active_dispatch is None
        )
        assert [d.client_id for d in core.dispatches.contact_dispatches()] == [dispatch.client_id]
        # A new emergency in the same call starts where the last one ended: its place and its danger.
        again = core.dispatches.dispatch_draft()
        assert again.fields.location.address == "월드컵로 1" and "earlier_location" in again.prefilled
        assert set(again.fields.risk) >= {"thoughts", "means"}
        await wait_for(lambda: core.sync_status.pending == 0, what="steps delivered")
        assert core.sync_status.failed == 0
        await core.close()

    try:
        asyncio.run(go())
        (item,) = on_server(live)
        assert item["status"] == "closed" and item["contact_confirmed_at"] and item["incident_number"]
        main = [s["step"] for s in item["steps"] if s["step"] != "fallback_shown"]
        assert main == ["requested", "received", "acknowledged", "en_route", "contact_confirmed", "closed"]
        # The fallback this console showed is a side note on the server's record (its delivery may race
        # the liaison's acknowledgement, so only its presence and reason are fixed).
        shown = [s for s in item["steps"] if s["step"] == "fallback_shown"]
        assert [(s["reason"], s["clock"]) for s in shown] == [("not_acknowledged", "client")]
    finally:
        live.stop()


def test_server_down_at_the_press_falls_back_then_delivers_exactly_once(tmp_path: Path) -> None:
    live = server(tmp_path)
    port = int(live.url.rsplit(":", 1)[1])

    async def go() -> str:
        nonlocal live
        core = await signed_in(live.url, tmp_path / "data", dispatch_receive_timeout_s=1.0)
        await on_call(core, live)
        await online(core)
        live.stop()

        start = time.monotonic()
        dispatch = core.dispatches.request_dispatch("fire_ems_119")
        await wait_for(
            lambda: (
                core.dispatches.active_dispatch is not None
                and core.dispatches.active_dispatch.fallback_due == "not_received"
            ),
            timeout=5,
            what="fallback",
        )
        elapsed = time.monotonic() - start
        print(f"press → fallback_due(not_received): {elapsed:.2f} s (setting 1.0 s)")
        assert elapsed < 2.0
        assert (
            core.dispatches.active_dispatch is not None
            and core.dispatches.active_dispatch.delivery_error == "offline"
        )
        core.dispatches.record_fallback_called()  # the counselor phoned 119 directly meanwhile
        assert core.dispatches.active_dispatch.fallback_due is None
        assert core.dispatches.request_dispatch("fire_ems_119").client_id == dispatch.client_id

        live = start_live_server(tmp_path / "server", port=port, training_auto_ack_s=0.0)
        back = time.monotonic()
        await wait_for(lambda: core.sync_status.pending == 0, timeout=15, what="delivered after return")
        print(f"server back → create and fallback_called delivered: {time.monotonic() - back:.2f} s")
        active = core.dispatches.active_dispatch
        assert active is not None and active.received_at is not None and active.fallback_called_at
        await core.close()
        return dispatch.client_id

    try:
        client_id = asyncio.run(go())
        (item,) = on_server(live)  # exactly one, and the record shows both paths
        assert item["id"] == client_id and len(item["requests"]) == 1
        assert item["fallback_called_at"] is not None
        # The fallback shown is on the server's record too, with this console's clock and the reason.
        steps = [s["step"] for s in item["steps"]]
        assert steps == ["requested", "received", "fallback_shown", "fallback_called"]
        shown = item["steps"][2]
        assert (shown["clock"], shown["reason"]) == ("client", "not_received")
        # A client stamp on the server's clock (learnt from whole-second Date headers): within ~1 s.
        slack = timedelta(seconds=1.5)
        assert (datetime.fromisoformat(shown["at"].replace("Z", "+00:00"))
                < datetime.fromisoformat(item["received_at"].replace("Z", "+00:00")) + slack), \
            "shown while the server was down, before it received it"
    finally:
        live.stop()


HELD_S = 240.0  # the normal lane's backoff in the reconnect test


def test_a_press_during_reconnect_is_not_held_behind_the_notes_backoff(tmp_path: Path) -> None:
    live = server(tmp_path)
    port = int(live.url.rsplit(":", 1)[1])

    async def go() -> None:
        nonlocal live
        core = await signed_in(live.url, tmp_path / "data")
        await on_call(core, live)
        await online(core)
        # The normal lane's backoff made long and certain (no jitter): a dispatch held behind the note would
        # wait minutes, far past the wait below, whatever the machine's speed. (The event stream's
        # reconnect waits as long, so the press below is made while the console is still reconnecting.)
        engine = core.context.require().engine
        assert engine is not None
        engine._base, engine._cap, engine._rng = HELD_S, HELD_S, lambda: 0.999
        live.stop()
        core.contacts.update_note("연결이 끊긴 동안의 메모")  # fails and backs off: the normal lane is held

        def note_backing_off() -> bool:
            # A claimed row counts its attempt before it is sent, so `attempts` alone is not a failure: the
            # error recorded with its later due time is.
            return any(r.kind == ENTRY_CREATE and r.state == "pending" and r.last_error is not None
                       and r.next_attempt_at > time.time() + HELD_S / 2
                       for r in core.context.require().outbox.rows())

        await wait_for(lambda: core.sync_status.state == "offline", timeout=30, what="offline")
        await wait_for(note_backing_off, timeout=30, what="the note to fail once and back off")
        live = start_live_server(tmp_path / "server", port=port, training_auto_ack_s=0.0)
        restarted_at = live.sql("SELECT coalesce(max(seq), 0) FROM events")[0][0]
        start = time.monotonic()
        first = core.dispatches.request_dispatch("police_112")  # while the console is still reconnecting
        second = core.dispatches.request_dispatch("police_112")
        assert first.client_id == second.client_id
        await wait_for(lambda: received(core), timeout=HELD_S / 4, what="received")
        print(f"press during reconnect → received: {time.monotonic() - start:.2f} s")
        # The server's own order: the dispatch before the note. (Once the dispatch's answer shows the
        # server is back, the note may follow at once; a poll here could see both already done.)
        order = live.sql(
            "SELECT type FROM events WHERE seq > :after"
            " AND type IN ('dispatch.updated', 'contact.entry_added') ORDER BY seq", after=restarted_at,
        )
        assert order and order[0][0] == "dispatch.updated", (
            f"the note was sent first: the dispatch waited for the normal lane ({order})")
        await core.close()

    try:
        asyncio.run(go())
        assert len(on_server(live)) == 1
    finally:
        live.stop()


def test_two_consoles_pressing_for_one_contact_make_one_dispatch(tmp_path: Path) -> None:
    live = server(tmp_path)

    async def go() -> None:
        kim = await signed_in(live.url, tmp_path / "kim")
        lead = await signed_in(live.url, tmp_path / "lee", username="lee")
        contact_id = await on_call(kim, live)
        await online(kim)
        await online(lead)
        a = kim.dispatches.request_dispatch("police_112")
        b = lead.dispatches.request_dispatch("police_112", contact_id=contact_id)  # the lead, same contact
        assert a.client_id != b.client_id  # two presses, two intents here ...
        await wait_for(lambda: received(kim) and received(lead), what="both received")
        # Whichever press reached the server first made the dispatch; the other joined it.
        await wait_for(lambda: kim.dispatches.active_dispatch is not None
                       and lead.dispatches.active_dispatch is not None
                       and kim.dispatches.active_dispatch.server_id
                       == lead.dispatches.active_dispatch.server_id,
                       what="both on one dispatch")
        pair = (kim.dispatches.active_dispatch, lead.dispatches.active_dispatch)
        assert sorted(d.deduplicated for d in pair if d) == [False, True]
        first = next(d for d in pair if d and not d.deduplicated)
        assert first.server_id == first.client_id
        items = on_server(live)  # ... one dispatch on the server, with both presses
        assert len(items) == 1 and {r["id"] for r in items[0]["requests"]} == {a.client_id, b.client_id}

        liaison(live, first.client_id, "acknowledge", {"incident_number": "INC-42"})
        await wait_for(
            lambda: all(incident(c) == "INC-42" for c in (kim, lead)),
            what="both consoles see the incident number",
        )
        # A step recorded by the joined console lands on the one dispatch.
        lead.dispatches.record_contact_outcome("failed", "주소지에 없음")
        await wait_for(lambda: kim.dispatches.active_dispatch is not None
                       and kim.dispatches.active_dispatch.status == "failed",
                       what="the outcome reaches the first console")
        shown = kim.dispatches.active_dispatch
        assert shown is not None and shown.failed_reason == "주소지에 없음"
        await kim.close()
        await lead.close()

    try:
        asyncio.run(go())
    finally:
        live.stop()


def test_the_emergency_lane_drains_before_fifty_queued_notes(tmp_path: Path) -> None:
    live = server(tmp_path)

    async def go() -> str:
        core = await signed_in(live.url, tmp_path / "data")
        contact_id = await on_call(core, live)
        assert core.context.account is not None
        outbox = core.context.account.outbox
        note_id = str(uuid.uuid4())
        for revision in range(1, 51):
            entry = {"id": note_id, "body": f"메모 {revision}", "revision": revision}
            outbox.enqueue(kind=ENTRY_CREATE, idempotency_key=f"entry:{note_id}:{revision}",
                           record_id=contact_id, payload={"contact_id": contact_id, "entry": entry})
        core.dispatches.request_dispatch("police_112")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, timeout=30, what="all delivered")
        await core.close()
        return contact_id

    try:
        contact_id = asyncio.run(go())
        (item,) = on_server(live)
        entries = live.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert len(entries) == 50
        assert item["received_at"] < min(e["created_at"] for e in entries)
    finally:
        live.stop()


def test_the_fallback_timer_survives_a_restart(tmp_path: Path) -> None:
    live = server(tmp_path)

    async def go() -> None:
        core = await signed_in(live.url, tmp_path / "data", dispatch_receive_timeout_s=1.0)
        await on_call(core, live)
        await core.start_sync(push=False)  # nothing can reach the server
        pressed = core.dispatches.request_dispatch("police_112")
        await core.close()  # before the timer fired

        again = await signed_in(live.url, tmp_path / "data", dispatch_receive_timeout_s=1.0)
        restored = again.dispatches.active_dispatch
        assert restored is not None and restored.client_id == pressed.client_id and restored.needs_reminder
        await wait_for(lambda: again.dispatches.active_dispatch is not None
                       and again.dispatches.active_dispatch.fallback_due == "not_received",
                       timeout=3, what="re-armed")
        await again.start_sync()
        await wait_for(lambda: received(again), what="delivered after the restart")
        late = again.dispatches.active_dispatch
        # Arrived late: still nobody on it, so still "phone directly"; the record keeps the first reason.
        assert late is not None and late.fallback_due == "not_acknowledged"
        assert late.fallback_reason == "not_received" and late.fallback_shown_at is not None
        await again.close()

    try:
        asyncio.run(go())
        assert len(on_server(live)) == 1
    finally:
        live.stop()


def test_the_default_fallback_comes_between_five_and_six_seconds(tmp_path: Path) -> None:
    """The README's "within 5 s" with the shipped setting, not a shortened one."""
    live = server(tmp_path)

    async def go() -> float:
        core = await signed_in(live.url, tmp_path / "data")
        assert core.settings.dispatch_receive_timeout_s == 5.0
        await on_call(core, live)
        await online(core)
        live.stop()
        start = time.monotonic()
        core.dispatches.request_dispatch("police_112")
        await wait_for(lambda: core.dispatches.active_dispatch is not None
                       and core.dispatches.active_dispatch.fallback_due == "not_received",
                       timeout=8, what="fallback")
        elapsed = time.monotonic() - start
        await core.close()
        return elapsed

    elapsed = asyncio.run(go())
    print(f"press → fallback_due(not_received), default setting: {elapsed:.2f} s")
    assert 5.0 <= elapsed < 6.0
