"""The local store: migrations, the outbox's order and durability, and note coalescing."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from annyeong.console.store.db import Database, SchemaTooNew
from annyeong.console.store.local import CONTACT_END, ENTRY_CREATE, LocalStore, entry_key
from annyeong.console.store.migrations import SCHEMA_VERSION
from annyeong.console.store.outbox import Outbox
from annyeong.console.wire import CallerSummary, Contact


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def open_store(path: Path, clock: Clock | None = None) -> tuple[Database, Outbox, LocalStore]:
    db = Database(path)
    outbox = Outbox(db, clock=clock or Clock())
    return db, outbox, LocalStore(db, outbox)


def contact(contact_id: str = "c1") -> Contact:
    return Contact(
        id=contact_id, call_id=f"call-{contact_id}", counselor_id="u-kim", channel="phone",
        caller=CallerSummary(number_masked="010-****-5678", returning=True, prior_contacts=2),
        started_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
    )


def test_migrations_set_user_version_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "a" / "console.sqlite3"
    db = Database(path)
    assert db.user_version == SCHEMA_VERSION
    mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()
    db = Database(path)  # reopening runs nothing again
    assert db.user_version == SCHEMA_VERSION
    db.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "console.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew):
        Database(path)


def test_transaction_rolls_back_everything(tmp_path: Path) -> None:
    db, outbox, _ = open_store(tmp_path / "db.sqlite3")
    with pytest.raises(RuntimeError), db.transaction():
        outbox.enqueue(kind="x", payload={}, idempotency_key="k1", record_id="r")
        raise RuntimeError("boom")
    assert outbox.counts() == (0, 0)


def test_outbox_order_emergency_first_then_commit_order_per_record(tmp_path: Path) -> None:
    clock = Clock()
    db, outbox, _ = open_store(tmp_path / "db.sqlite3", clock)
    a1 = outbox.enqueue(kind="k", payload={"n": 1}, idempotency_key="a1", record_id="A")
    b1 = outbox.enqueue(kind="k", payload={"n": 2}, idempotency_key="b1", record_id="B")
    a2 = outbox.enqueue(kind="k", payload={"n": 3}, idempotency_key="a2", record_id="A")
    e1 = outbox.enqueue(kind="k", payload={"n": 4}, idempotency_key="e1", record_id="E", lane="emergency")

    first = outbox.claim_next()
    assert first is not None and first.id == e1 and first.attempts == 1
    outbox.ack(e1)
    row = outbox.claim_next()
    assert row is not None and row.id == a1
    # a1 waits for a retry: a2 (same record) must not overtake it, but B may go.
    outbox.retry_later(a1, delay_s=10, error="offline")
    row = outbox.claim_next()
    assert row is not None and row.id == b1
    outbox.ack(b1)
    assert outbox.claim_next() is None
    assert outbox.next_due_at() == clock.now + 10
    clock.now += 10
    row = outbox.claim_next()
    assert row is not None and row.id == a1 and row.attempts == 2 and row.last_error == "offline"
    outbox.ack(a1)
    row = outbox.claim_next()
    assert row is not None and row.id == a2
    outbox.fail(a2, error="validation_error")
    assert outbox.claim_next() is None
    assert outbox.counts() == (0, 1)
    assert outbox.rows()[0].last_error == "validation_error"  # kept, never dropped
    assert outbox.requeue_failed() == 1
    assert outbox.counts() == (1, 0)
    db.close()


def _steps(db: Database, work: object) -> int:
    """SQLite virtual-machine steps (in hundreds) that `work()` took: a count, not a time."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    db.conn.set_progress_handler(tick, 100)
    try:
        work()  # type: ignore[operator]
    finally:
        db.conn.set_progress_handler(None, 100)
    return steps[0]


def test_the_next_row_and_the_oldest_age_cost_the_same_in_a_long_queue(tmp_path: Path) -> None:
    """A night offline leaves thousands of rows: choosing the next one, and the age the header shows,
    must not read them all (they run on the window's thread once per delivered row)."""
    cost: dict[int, tuple[int, int]] = {}
    for size in (10, 5_000):
        db, outbox, _ = open_store(tmp_path / f"q{size}.sqlite3")
        with db.transaction():
            for i in range(size):
                outbox.enqueue(kind="k", payload={"n": i}, idempotency_key=f"k{i}", record_id="A")
        cost[size] = (_steps(db, outbox.claim_next), _steps(db, outbox.oldest_pending_at))
        db.close()
    for small, large in zip(cost[10], cost[5_000], strict=True):
        assert large <= small + 2, cost


def test_outbox_order_inside_a_lane_is_priority_then_commit_order(tmp_path: Path) -> None:
    clock = Clock()
    db, outbox, _ = open_store(tmp_path / "db.sqlite3", clock)
    low = outbox.enqueue(kind="k", payload={}, idempotency_key="low", record_id="A")
    high = outbox.enqueue(kind="k", payload={}, idempotency_key="high", record_id="B", priority=5)
    high_later = outbox.enqueue(kind="k", payload={}, idempotency_key="high2", record_id="C", priority=5)
    behind = outbox.enqueue(kind="k", payload={}, idempotency_key="behind", record_id="B", priority=9)
    order = []
    while (row := outbox.claim_next()) is not None:
        order.append(row.id)
        outbox.ack(row.id)
    # `behind` has the highest priority but waits for the older row of its record.
    assert order == [high, behind, high_later, low]
    assert outbox.counts() == (0, 0) and outbox.oldest_pending_at() is None
    db.close()


def test_outbox_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db, outbox, _ = open_store(path)
    outbox.enqueue(kind="k", payload={"text": "안녕하세요"}, idempotency_key="k1", record_id="A")
    db.close()
    db, outbox, _ = open_store(path)
    row = outbox.claim_next()
    assert row is not None and row.payload == {"text": "안녕하세요"} and row.idempotency_key == "k1"
    db.close()


def test_note_drafts_coalesce_until_attempted(tmp_path: Path) -> None:
    db, outbox, store = open_store(tmp_path / "db.sqlite3")
    store.open_contact(contact())
    for text in ("안", "안녕", "안녕하세요"):
        active = store.save_note_draft("c1", text)
    assert active.note_text == "안녕하세요" and active.note_saved_at is not None
    rows = outbox.rows()
    assert len(rows) == 1, "drafts replace the payload of a never-attempted row"
    note_id = rows[0].payload["entry"]["id"]
    assert rows[0].kind == ENTRY_CREATE and rows[0].idempotency_key == entry_key(note_id, 1)
    assert rows[0].payload["entry"]["body"] == "안녕하세요"

    claimed = outbox.claim_next()  # now it may be on the wire: never rewrite it
    assert claimed is not None
    store.save_note_draft("c1", "안녕하세요. 오늘")
    store.save_note_draft("c1", "안녕하세요. 오늘은")
    rows = outbox.rows()
    assert [r.payload["entry"]["revision"] for r in rows] == [1, 2]
    assert rows[0].payload["entry"]["body"] == "안녕하세요"
    assert rows[1].payload["entry"]["body"] == "안녕하세요. 오늘은"
    assert rows[1].idempotency_key == entry_key(note_id, 2)
    # The same text again queues nothing.
    store.save_note_draft("c1", "안녕하세요. 오늘은")
    assert len(outbox.rows()) == 2
    uuid.UUID(note_id)
    db.close()


def test_contact_and_draft_survive_reopen_and_end_is_queued_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db, _, store = open_store(path)
    store.open_contact(contact())
    store.save_note_draft("c1", "메모")
    db.close()

    db, outbox, store = open_store(path)
    active = store.active_contact()
    assert active is not None and active.note_text == "메모"
    assert active.caller.number_masked == "010-****-5678"
    store.end_contact("c1")
    ended = store.end_contact("c1")
    assert ended.ended_at is not None
    kinds = [r.kind for r in outbox.rows()]
    assert kinds == [ENTRY_CREATE, CONTACT_END]
    # Wrap-up notes after the end still coalesce into the (never attempted) note row.
    store.save_note_draft("c1", "메모 추가")
    assert [r.kind for r in outbox.rows()] == [ENTRY_CREATE, CONTACT_END]
    store.close_contact("c1")
    assert store.active_contact() is None
    assert outbox.counts() == (2, 0)
    db.close()


def test_only_one_active_contact(tmp_path: Path) -> None:
    db, _, store = open_store(tmp_path / "db.sqlite3")
    store.open_contact(contact("c1"))
    store.open_contact(contact("c2"))
    active = store.active_contact()
    assert active is not None and active.contact_id == "c2"
    store.open_contact(contact("c2"))  # idempotent
    db.close()


def test_events_are_consumed_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db, _, store = open_store(path)
    applied: list[int] = []
    assert store.last_seq() == 0
    assert store.consume_event(3, lambda: applied.append(3))
    assert not store.consume_event(3, lambda: applied.append(3))
    assert not store.consume_event(2, lambda: applied.append(2))

    def broken() -> None:
        raise ValueError("bad")

    with pytest.raises(ValueError):
        store.consume_event(4, broken)
    assert store.last_seq() == 3  # nothing recorded when applying failed
    assert store.consume_event(4)  # skip it for good
    db.close()
    db, _, store = open_store(path)
    assert store.last_seq() == 4
    assert applied == [3]
    db.close()
