"""The dispatch intent in the local store, the outbox's emergency lane, and the pure dispatch rules
(no server: real SQLite files in tmp_path)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annyeong.console.dispatches.local import (
    DispatchFields,
    LocalDispatch,
    fallback_reason_at,
    next_fallback_check,
)
from annyeong.console.store.db import Database
from annyeong.console.store.dispatches import CREATE_PRIORITY, DISPATCH_CREATE, DISPATCH_STEP, DispatchStore
from annyeong.console.store.local import ENTRY_CREATE
from annyeong.console.store.outbox import Outbox
from annyeong.console.sync.backoff import EMERGENCY_CAP_S, EMERGENCY_FLOOR_S, emergency_delay
from annyeong.console.sync.waiting import wait_event
from annyeong.console.wire import Dispatch, DispatchCreate, DispatchRequest, UserRef

T0 = datetime(2025, 11, 25, 9, 0, tzinfo=UTC)


def open_store(path: Path, clock: list[float] | None = None) -> tuple[Database, Outbox, DispatchStore]:
    db = Database(path)
    outbox = Outbox(db) if clock is None else Outbox(db, clock=lambda: clock[0])
    return db, outbox, DispatchStore(db, outbox, now=lambda: datetime.now(UTC))


def enqueue_notes(outbox: Outbox, count: int, contact_id: str = "c1") -> None:
    for revision in range(1, count + 1):
        outbox.enqueue(kind=ENTRY_CREATE, idempotency_key=f"entry:n:{revision}", record_id=contact_id,
                       payload={"contact_id": contact_id,
                                "entry": {"id": "n", "body": "x", "revision": revision}})


def test_a_press_commits_the_intent_and_its_emergency_row_together(tmp_path: Path) -> None:
    db, outbox, store = open_store(tmp_path / "a.sqlite3")
    fields = DispatchFields(summary="요약", risk=("plan",))
    dispatch, created = store.press(contact_id="c1", service="police_112", fields=fields)
    assert created and dispatch.status == "requested" and dispatch.needs_reminder
    rows = outbox.rows()
    assert len(rows) == 1
    row = rows[0]
    assert (row.kind, row.lane, row.record_id, row.idempotency_key) == (
        DISPATCH_CREATE, "emergency", dispatch.client_id, dispatch.client_id)
    body = DispatchCreate.model_validate(row.payload)
    assert str(body.id) == dispatch.client_id and body.service == "police_112" and body.risk == ["plan"]
    assert body.client_pressed_at == dispatch.pressed_at and body.contact_id == "c1"
    db.close()

    # Reopened (as after a crash): both are there.
    db, outbox, store = open_store(tmp_path / "a.sqlite3")
    assert [d.client_id for d in store.open_dispatches()] == [dispatch.client_id]
    assert outbox.has_pending(idempotency_key=dispatch.client_id)
    db.close()


def test_a_double_press_returns_the_same_intent_and_writes_nothing(tmp_path: Path) -> None:
    db, outbox, store = open_store(tmp_path / "a.sqlite3")
    first, _ = store.press(contact_id="c1", service="police_112", fields=DispatchFields())
    again, created = store.press(contact_id="c1", service="police_112", fields=DispatchFields(summary="다름"))
    assert not created and again.client_id == first.client_id and again.fields.summary == ""
    other, created_other = store.press(contact_id="c1", service="fire_ems_119", fields=DispatchFields())
    assert created_other and other.client_id != first.client_id  # another service is another intent
    assert len(outbox.rows()) == 2

    # A failed dispatch is finished: a new press is a new intent (the server's rule too).
    store.record_step(first.client_id, "failed", reason="주소 불명")
    renewed, created_renewed = store.press(contact_id="c1", service="police_112", fields=DispatchFields())
    assert created_renewed and renewed.client_id != first.client_id
    db.close()


def test_two_processes_cannot_both_insert_a_joinable_intent(tmp_path: Path) -> None:
    # The partial unique index holds even for a writer that skips the check (a second console process).
    db, _outbox, store = open_store(tmp_path / "a.sqlite3")
    store.press(contact_id="c1", service="police_112", fields=DispatchFields())
    other = sqlite3.connect(tmp_path / "a.sqlite3")
    with pytest.raises(sqlite3.IntegrityError):
        other.execute("INSERT INTO dispatches (client_id, contact_id, service, fields, pressed_at)"
                      " VALUES ('x', 'c1', 'police_112', '{}', '2025-01-01T00:00:00+00:00')")
    other.close()
    db.close()


def test_the_emergency_lane_drains_before_everything_else(tmp_path: Path) -> None:
    clock = [1000.0]
    db, outbox, store = open_store(tmp_path / "a.sqlite3", clock)
    enqueue_notes(outbox, 50)
    old, _ = store.press(contact_id="c0", service="police_112", fields=DispatchFields())
    store.record_step(old.client_id, "fallback_called")
    new, _ = store.press(contact_id="c1", service="fire_ems_119", fields=DispatchFields())

    # Both creates first (priority), then the older dispatch's step, then the 50 notes in commit order.
    first = outbox.claim_next()
    assert first is not None and first.kind == DISPATCH_CREATE and first.record_id == old.client_id
    outbox.ack(first.id)
    second = outbox.claim_next()
    assert second is not None and second.kind == DISPATCH_CREATE and second.record_id == new.client_id

    # While an emergency row backs off, no note goes ahead of it.
    outbox.retry_later(second.id, delay_s=1.5, error="offline")
    step = outbox.claim_next()
    assert step is not None and step.kind == DISPATCH_STEP and step.record_id == old.client_id
    outbox.ack(step.id)
    assert outbox.claim_next() is None, "the notes wait for the emergency row"
    assert outbox.next_due_at() == pytest.approx(1001.5)
    clock[0] += 2
    again = outbox.claim_next()
    assert again is not None and again.id == second.id and again.attempts == 2
    outbox.ack(again.id)
    notes = [outbox.claim_next() for _ in range(3)]
    assert [n.kind for n in notes if n] == [ENTRY_CREATE] * 3
    assert CREATE_PRIORITY > 0
    db.close()


def test_the_emergency_backoff_is_short_and_jittered() -> None:
    for attempt in range(1, 30):
        for rng in (0.0, 0.5, 0.999):
            delay = emergency_delay(attempt, rng=lambda r=rng: r)
            assert EMERGENCY_FLOOR_S <= delay <= EMERGENCY_CAP_S
    assert emergency_delay(1, rng=lambda: 0.0) == EMERGENCY_FLOOR_S
    assert emergency_delay(5, rng=lambda: 0.0) != emergency_delay(5, rng=lambda: 0.9)
    assert emergency_delay(1, rng=lambda: 0.0, retry_after=120) == EMERGENCY_CAP_S  # never 2 minutes


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_fallback_rules() -> None:
    pressed = LocalDispatch(client_id="d", contact_id="c", service="police_112", fields=DispatchFields(),
                            pressed_at=T0)
    rules = {"receive_timeout_s": 5.0, "ack_timeout_s": 60.0}
    assert fallback_reason_at(pressed, at(4.9), **rules) is None
    assert next_fallback_check(pressed, at(1), **rules) == at(5)
    assert fallback_reason_at(pressed, at(5), **rules) == "not_received"
    assert fallback_reason_at(pressed, at(70), **rules) == "not_received"  # still not there: the worse one

    received = LocalDispatch(**{**pressed.__dict__, "received_at": at(1)})
    assert fallback_reason_at(received, at(30), **rules) is None
    late = LocalDispatch(**{**received.__dict__, "fallback_reason": "not_received"})
    assert late.fallback_due == "not_acknowledged"
    assert next_fallback_check(received, at(30), **rules) == at(60)
    assert fallback_reason_at(received, at(60), **rules) == "not_acknowledged"
    assert next_fallback_check(received, at(61), **rules) is None

    shown = LocalDispatch(**{**received.__dict__, "fallback_reason": "not_acknowledged"})
    assert shown.fallback_due == "not_acknowledged" and shown.needs_reminder
    acked = LocalDispatch(**{**shown.__dict__, "acknowledged_at": at(62), "incident_number": "1"})
    assert acked.fallback_due is None and acked.status == "acknowledged"
    called = LocalDispatch(**{**shown.__dict__, "fallback_called_at": at(61)})
    assert called.fallback_due is None and called.needs_reminder
    done = LocalDispatch(**{**acked.__dict__, "contact_confirmed_at": at(90)})
    assert not done.needs_reminder and done.status == "contact_confirmed" and done.open
    assert fallback_reason_at(done, at(500), **rules) is None


def server_view(dispatch_id: str, *, presses: list[str], steps: int, **times: datetime | str) -> Dispatch:
    return Dispatch.model_validate({
        "id": dispatch_id, "service": "police_112", "status": "received",
        "counselor": {"id": "u", "name": "k"},
        "received_at": T0, "steps": [{"step": "requested", "at": T0}] * steps,
        "requests": [DispatchRequest(id=p, by=UserRef(id="u", name="k"), received_at=T0) for p in presses],
        **times,
    })


def test_the_servers_word_fills_steps_once(tmp_path: Path) -> None:
    db, _outbox, store = open_store(tmp_path / "a.sqlite3")
    mine, _ = store.press(contact_id="c1", service="police_112", fields=DispatchFields())
    other = "11111111-1111-4111-8111-111111111111"

    # Our press joined another console's dispatch: the answer names it; events carry its id.
    answer = server_view(other, presses=[other, mine.client_id], steps=2)
    answer = answer.model_copy(update={"deduplicated": True})
    assert store.record_server(answer, client_id=mine.client_id) == [mine.client_id]
    joined = store.get(mine.client_id)
    assert joined.server_id == other and joined.deduplicated and joined.received_at == T0

    acked = server_view(other, presses=[other, mine.client_id], steps=3, status="acknowledged",
                        acknowledged_at=at(3), incident_number="INC-1")
    assert store.record_server(acked) == [mine.client_id]
    assert store.get(mine.client_id).incident_number == "INC-1"
    assert store.record_server(acked) == [], "the same event again changes nothing"
    late = server_view(other, presses=[other, mine.client_id], steps=2)
    assert store.record_server(late) == []
    assert store.get(mine.client_id).server is not None
    assert len(store.get(mine.client_id).server.steps) == 3  # type: ignore[union-attr]
    assert store.record_server(server_view("unrelated", presses=["unrelated"], steps=1)) == []
    db.close()


def test_press_to_fsynced_commit_is_fast(tmp_path: Path) -> None:
    db, _outbox, store = open_store(tmp_path / "a.sqlite3")
    timings = []
    for n in range(20):
        start = time.perf_counter()
        store.press(contact_id=f"c{n}", service="police_112", fields=DispatchFields(summary="요약" * 100))
        timings.append(time.perf_counter() - start)
    timings.sort()
    print(f"press→commit median {timings[10] * 1000:.2f} ms, max {timings[-1] * 1000:.2f} ms")
    assert timings[10] < 0.1  # synchronous=FULL on a laptop disk is a few ms
    db.close()


def test_a_cancel_is_never_swallowed_by_a_wake_at_the_same_moment() -> None:
    # asyncio.wait_for on 3.11 loses the cancel here, and a loop built on it outlives core.close().
    async def go() -> None:
        event = asyncio.Event()
        task = asyncio.create_task(wait_event(event, 10.0))
        await asyncio.sleep(0)
        event.set()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await wait_event(event, 0.01)
        assert not await wait_event(asyncio.Event(), 0.01)

    asyncio.run(go())


def test_an_open_dispatch_from_another_pc_is_adopted_once_and_never_beside_a_press(tmp_path: Path) -> None:
    db, _outbox, store = open_store(tmp_path / "a.sqlite3")
    elsewhere = "22222222-2222-4222-8222-222222222222"
    seen = server_view(elsewhere, presses=[elsewhere], steps=2, contact_id="c1", summary="[요청]")
    assert store.adopt(seen) is True
    (adopted,) = store.open_dispatches()
    assert adopted.client_id == elsewhere and adopted.received_at == T0 and adopted.fields.summary == "[요청]"
    assert db.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0, "nothing to send: it is there"
    assert store.adopt(seen) is False and len(store.open_dispatches()) == 1
    # A press here joins it rather than making a second intent.
    joined, created = store.press(contact_id="c1", service="police_112", fields=DispatchFields())
    assert not created and joined.client_id == elsewhere

    # A press made here, not yet delivered, and the server's open dispatch of the same intent: no second
    # row (the server joins the press on delivery).
    _db2, _outbox2, fresh = open_store(tmp_path / "b.sqlite3")
    mine, _ = fresh.press(contact_id="c1", service="police_112", fields=DispatchFields())
    assert fresh.adopt(seen) is False
    assert [d.client_id for d in fresh.open_dispatches()] == [mine.client_id]
