"""The durable outbox: every change meant for the server waits here until the server confirmed it.

Rows are written in the same transaction as the local change they carry (the caller's transaction), so
a change is either both saved and queued, or neither. Delivery is at least once; the server makes the
effect exactly once through each row's Idempotency-Key.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

from annyeong.console.store.db import Database

Lane = Literal["emergency", "normal"]


@dataclass(frozen=True)
class OutboxRow:
    id: int
    idempotency_key: str
    kind: str
    payload: dict[str, Any]
    lane: Lane
    record_id: str
    attempts: int
    next_attempt_at: float
    last_error: str | None
    state: Literal["pending", "failed"]
    created_at: str


def _row(r: sqlite3.Row) -> OutboxRow:
    return OutboxRow(
        id=r["id"], idempotency_key=r["idempotency_key"], kind=r["kind"], payload=json.loads(r["payload"]),
        lane=r["lane"], record_id=r["record_id"], attempts=r["attempts"],
        next_attempt_at=r["next_attempt_at"], last_error=r["last_error"], state=r["state"],
        created_at=r["created_at"],
    )


# A row may go when it is due and no older pending row of the same record is still waiting: the server
# sees each record's changes in the order they were committed (a note's revisions, then the contact's end).
_ELIGIBLE_FROM = """
    FROM outbox AS o{index}
    WHERE o.state = 'pending'
      AND NOT EXISTS (
        SELECT 1 FROM outbox AS e WHERE e.record_id = o.record_id AND e.state = 'pending' AND e.id < o.id
      )
"""


# Read through the index in sending order (lane, then priority, then commit order), or as SQLite likes.
_ELIGIBLE = _ELIGIBLE_FROM.format(index="")
_ELIGIBLE_IN_ORDER = _ELIGIBLE_FROM.format(index=" INDEXED BY outbox_order")


class Outbox:
    """Queue operations over the `outbox` table.

    Guarantees:
      - `enqueue` joins the caller's open transaction (or makes its own);
      - `claim_next` returns the emergency lane first (no normal row goes while an emergency row waits),
        then by priority and commit order, never a row whose record has an older pending row; it counts
        the attempt durably before the caller sends anything, so a row that may have reached the server
        is never rewritten (see LocalStore.save_note_draft);
      - a row leaves only through `ack` (delivered); `fail` parks it with a problem code, never drops it.
    """

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    def enqueue(
        self, *, kind: str, payload: dict[str, Any], idempotency_key: str, record_id: str,
        lane: Lane = "normal", priority: int = 0,
    ) -> int:
        now = self._clock()
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO outbox (idempotency_key, kind, payload, lane, record_id, next_attempt_at,"
                " created_at, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (idempotency_key, kind, json.dumps(payload, ensure_ascii=False), lane, record_id, now,
                 datetime.fromtimestamp(now, UTC).isoformat(), priority),
            )
            return int(cur.lastrowid or 0)

    def claim_next(self, *, emergency_only: bool = False, durable: bool = True) -> OutboxRow | None:
        """The next row to send now, with its attempt already counted; None when nothing is due.

        While any emergency row waits (due or not), only emergency rows are returned: the emergency lane
        drains before everything else, even while its own rows back off. Inside a lane, higher priority
        first (a dispatch's create before the counselor's later steps of older dispatches), then commit
        order. `emergency_only`: the normal lane is held back (server-wide backoff).

        `durable=False`: the attempt is committed without waiting for the disk; the caller must call
        `make_durable()` (e.g. in a worker thread) before it sends the row."""
        now = self._clock()
        with self._db.transaction(durable=durable) as conn:
            lane = "emergency" if emergency_only or self._emergency_waiting() else "normal"
            # One lane at a time, walked in its sending order (outbox_order): the first row that is due
            # and not behind an older row of its record ends the walk, so a long queue is not read whole.
            r = conn.execute(
                f"SELECT o.* {_ELIGIBLE_IN_ORDER} AND o.lane = ? AND o.next_attempt_at <= ?"
                " ORDER BY o.priority DESC, o.id LIMIT 1",
                (lane, now),
            ).fetchone()
            if r is None:
                return None
            conn.execute("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", (r["id"],))
        return replace(_row(r), attempts=r["attempts"] + 1)

    def make_durable(self) -> None:
        """Everything committed so far reaches the disk (see Database.sync_wal); safe off the loop."""
        self._db.sync_wal()

    def _emergency_waiting(self) -> bool:
        r = self._db.conn.execute(f"SELECT 1 {_ELIGIBLE} AND o.lane = 'emergency' LIMIT 1").fetchone()
        return r is not None

    def next_due_at(self, *, emergency_only: bool = False) -> float | None:
        """When the earliest row claim_next may return becomes due (may be in the past), or None."""
        lane_filter = " AND o.lane = 'emergency'" if emergency_only or self._emergency_waiting() else ""
        r = self._db.conn.execute(f"SELECT MIN(o.next_attempt_at) {_ELIGIBLE}{lane_filter}").fetchone()
        return None if r[0] is None else float(r[0])

    def ack(self, row_id: int) -> None:
        # Not durable: if a power cut undoes it, the row goes again under its Idempotency-Key and the
        # server answers as the first time. Its claim (the attempt) was durable before it was sent.
        with self._db.transaction(durable=False) as conn:
            conn.execute("DELETE FROM outbox WHERE id = ?", (row_id,))

    def retry_later(self, row_id: int, *, delay_s: float, error: str | None) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'pending'",
                (self._clock() + max(0.0, delay_s), error, row_id),
            )

    def fail(self, row_id: int, *, error: str) -> None:
        """Park the row for a person to see (the server refused it). It is kept, never dropped."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?", (error, row_id))

    def requeue_failed(self) -> int:
        """Give every failed row another try (e.g. after the cause was fixed). Returns how many."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE state = 'failed'",
                (self._clock(),),
            )
            return cur.rowcount

    def make_all_due(self, *, lane: Lane | None = None) -> None:
        """A fresh start is a fresh attempt: don't make the counselor wait out an old backoff."""
        sql = "UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?"
        args: list[Any] = [self._clock(), self._clock()]
        if lane is not None:
            sql += " AND lane = ?"
            args.append(lane)
        with self._db.transaction() as conn:
            conn.execute(sql, args)

    def counts(self) -> tuple[int, int]:
        """(pending, failed)."""
        # Each count walks only its own state's entries of a small index, never the table: it runs once
        # per delivered row while a long queue drains.
        sql = "SELECT COUNT(*) FROM outbox INDEXED BY outbox_age WHERE state = ?"
        pending = self._db.conn.execute(sql, ("pending",)).fetchone()[0]
        failed = self._db.conn.execute(sql, ("failed",)).fetchone()[0]
        return int(pending), int(failed)

    def oldest_pending_at(self) -> datetime | None:
        """When the oldest row still waiting for the server was committed (None: nothing waits)."""
        sql = "SELECT MIN(created_at) FROM outbox INDEXED BY outbox_age WHERE state = 'pending'"
        r = self._db.conn.execute(sql).fetchone()
        return None if r[0] is None else datetime.fromisoformat(r[0])

    def failed_rows(self) -> list[OutboxRow]:
        """Rows the server refused, oldest first, each with the server's problem code in last_error."""
        sql = "SELECT * FROM outbox WHERE state = 'failed' ORDER BY id"
        return [_row(r) for r in self._db.conn.execute(sql)]

    def requeue(self, row_id: int) -> bool:
        """Give one failed row another try now. False when it is not (or no longer) failed."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = ? AND state = 'failed'",
                (self._clock(), row_id),
            )
            return cur.rowcount == 1

    def discard_failed(self, row_id: int) -> bool:
        """Drop one refused row, only on a person's explicit choice (e.g. "keep the other value")."""
        with self._db.transaction() as conn:
            cur = conn.execute("DELETE FROM outbox WHERE id = ? AND state = 'failed'", (row_id,))
            return cur.rowcount == 1

    def has_pending(self, *, record_id: str | None = None, idempotency_key: str | None = None) -> bool:
        sql = "SELECT 1 FROM outbox WHERE state = 'pending'"
        args: list[Any] = []
        if record_id is not None:
            sql += " AND record_id = ?"
            args.append(record_id)
        if idempotency_key is not None:
            sql += " AND idempotency_key = ?"
            args.append(idempotency_key)
        return self._db.conn.execute(sql + " LIMIT 1", args).fetchone() is not None

    def rows(self) -> list[OutboxRow]:
        """All rows in commit order (for diagnostics and the UI's list of failed items)."""
        return [_row(r) for r in self._db.conn.execute("SELECT * FROM outbox ORDER BY id")]
