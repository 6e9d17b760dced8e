"""Checklists of a contact and its crisis decision, kept in the account's local database.

Like the note draft: every step of a checklist (each answer, skip, back, forward) is committed before the
core returns, and in the same transaction the outbox gets (or updates) the row that carries the result to
the server as a `checklist_result` entry revision. While the newest revision's row is pending and was never
attempted, a newer result replaces its payload (the server never saw its key); otherwise the result becomes
the next revision with its own key, so a row that may have reached the server is never rewritten. A result
that carries a crisis answer goes in the emergency lane: the shift lead's crisis.raised waits for nothing.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from annyeong.console.store.db import Database
from annyeong.console.store.local import ENTRY_CREATE, entry_key
from annyeong.console.store.outbox import Lane, Outbox
from annyeong.console.wire import ChecklistResult, CrisisDecision, EntryCreate


@dataclass(frozen=True)
class StoredChecklist:
    checklist_id: str
    contact_id: str
    instrument_id: str
    version: str
    session: dict[str, Any]
    result: dict[str, Any] | None  # the payload last queued for the server (None: nothing answered yet)
    revision: int
    started_at: datetime
    saved_at: datetime
    closed: bool


@dataclass(frozen=True)
class StoredDecision:
    contact_id: str
    entry_id: str
    decision: str
    reason: str | None
    dispatch_id: str | None
    revision: int
    decided_at: datetime


def _checklist(r: sqlite3.Row) -> StoredChecklist:
    return StoredChecklist(
        checklist_id=r["checklist_id"], contact_id=r["contact_id"], instrument_id=r["instrument_id"],
        version=r["version"], session=json.loads(r["session"]),
        result=None if r["result"] is None else json.loads(r["result"]), revision=r["revision"],
        started_at=datetime.fromisoformat(r["started_at"]), saved_at=datetime.fromisoformat(r["saved_at"]),
        closed=bool(r["closed"]),
    )


def _decision(r: sqlite3.Row) -> StoredDecision:
    return StoredDecision(
        contact_id=r["contact_id"], entry_id=r["entry_id"], decision=r["decision"], reason=r["reason"],
        dispatch_id=r["dispatch_id"], revision=r["revision"],
        decided_at=datetime.fromisoformat(r["decided_at"]),
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class ChecklistStore:
    """Guarantees: `save` and `save_decision` commit the local state and its outbox row together."""

    def __init__(self, db: Database, outbox: Outbox, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._outbox = outbox
        self._now = now

    # --- checklists -------------------------------------------------------------------------------

    def start(
        self, contact_id: str, *, instrument_id: str, version: str, session: Mapping[str, Any]
    ) -> StoredChecklist:
        """A new checklist in the contact; any other open one of the contact is closed (kept as it is)."""
        checklist_id = str(uuid.uuid4())
        now = self._now().isoformat()
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE checklists SET closed = 1 WHERE contact_id = ? AND closed = 0", (contact_id,)
            )
            conn.execute(
                "INSERT INTO checklists (checklist_id, contact_id, instrument_id, version, session,"
                " started_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (checklist_id, contact_id, instrument_id, version, _dumps(dict(session)), now, now),
            )
        return self.get(checklist_id)

    def get(self, checklist_id: str) -> StoredChecklist:
        r = self._db.conn.execute(
            "SELECT * FROM checklists WHERE checklist_id = ?", (checklist_id,)
        ).fetchone()
        if r is None:
            raise KeyError(checklist_id)
        return _checklist(r)

    def for_contact(self, contact_id: str) -> list[StoredChecklist]:
        """Every checklist of the contact, oldest first."""
        rows = self._db.conn.execute(
            "SELECT * FROM checklists WHERE contact_id = ? ORDER BY started_at, rowid", (contact_id,)
        )
        return [_checklist(r) for r in rows]

    def save(
        self, checklist_id: str, session: Mapping[str, Any], result: Mapping[str, Any] | None
    ) -> StoredChecklist:
        """Commit the session; queue `result` (a ChecklistResult dict) when it differs from the last one."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT contact_id, result, revision FROM checklists WHERE checklist_id = ?", (checklist_id,)
            ).fetchone()
            if row is None:
                raise KeyError(checklist_id)
            revision = int(row["revision"])
            changed = result is not None and (row["result"] is None or json.loads(row["result"]) != result)
            if changed:
                assert result is not None
                # Checked against the wire before anything is committed: a payload the server must refuse
                # would only fail later, in the outbox.
                checklist = ChecklistResult.model_validate(dict(result))
                lane: Lane = "emergency" if checklist.crisis else "normal"
                revision = self._queue(
                    conn, row["contact_id"], checklist_id, revision, lane,
                    lambda rev: EntryCreate(id=uuid.UUID(checklist_id), kind="checklist_result", body="",
                                            revision=rev, checklist=checklist),
                )
            conn.execute(
                "UPDATE checklists SET session = ?, saved_at = ?, revision = ?,"
                " result = COALESCE(?, result) WHERE checklist_id = ?",
                (_dumps(dict(session)), self._now().isoformat(), revision,
                 _dumps(dict(result)) if changed and result is not None else None, checklist_id),
            )
        return self.get(checklist_id)

    def close(self, checklist_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE checklists SET closed = 1 WHERE checklist_id = ?", (checklist_id,))

    # --- the crisis decision ----------------------------------------------------------------------

    def decision(self, contact_id: str) -> StoredDecision | None:
        r = self._db.conn.execute(
            "SELECT * FROM crisis_decisions WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        return None if r is None else _decision(r)

    def save_decision(
        self, contact_id: str, *, decision: str, reason: str | None, dispatch_id: str | None
    ) -> StoredDecision:
        """Commit and queue the contact's crisis decision (a changed decision is the next revision)."""
        body = CrisisDecision.model_validate(
            {"decision": decision, "reason": reason, "dispatch_id": dispatch_id}
        )
        with self._db.transaction() as conn:
            current = self.decision(contact_id)
            if current is not None and (current.decision, current.reason, current.dispatch_id) == (
                decision, reason, dispatch_id
            ):
                return current
            entry_id = current.entry_id if current is not None else str(uuid.uuid4())
            revision = self._queue(
                conn, contact_id, entry_id, current.revision if current is not None else 0, "normal",
                lambda rev: EntryCreate(id=uuid.UUID(entry_id), kind="crisis_decision", body="", revision=rev,
                                        crisis_decision=body),
            )
            conn.execute(
                "INSERT INTO crisis_decisions (contact_id, entry_id, decision, reason, dispatch_id, revision,"
                " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO UPDATE SET"
                " decision = excluded.decision, reason = excluded.reason, dispatch_id = excluded.dispatch_id,"
                " revision = excluded.revision, decided_at = excluded.decided_at",
                (contact_id, entry_id, decision, reason, dispatch_id, revision, self._now().isoformat()),
            )
        found = self.decision(contact_id)
        assert found is not None
        return found

    def adopt_decision(
        self, contact_id: str, *, entry_id: str, decision: str, reason: str | None, dispatch_id: str | None,
        revision: int, decided_at: datetime,
    ) -> None:
        """Keep the decision the server already has (recorded on another PC): nothing is queued, and the
        next change here continues its entry as the next revision. One this PC has is left alone."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO crisis_decisions (contact_id, entry_id, decision, reason, dispatch_id, revision,"
                " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO NOTHING",
                (contact_id, entry_id, decision, reason, dispatch_id, revision, decided_at.isoformat()),
            )

    def adopt_checklist(
        self, contact_id: str, *, entry_id: str, session: Mapping[str, Any], result: Mapping[str, Any],
        revision: int, saved_at: datetime,
    ) -> None:
        """Keep a checklist the server already has (run on another PC, or before this PC's store was set
        aside) as a closed one: nothing is queued. One this PC has is left alone."""
        at = saved_at.isoformat()
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO checklists (checklist_id, contact_id, instrument_id, version, session, result,"
                " revision, started_at, saved_at, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT (checklist_id) DO NOTHING",
                (entry_id, contact_id, str(result["instrument_id"]), str(result["version"]),
                 _dumps(dict(session)), _dumps(dict(result)), revision, at, at),
            )

    # --- internals --------------------------------------------------------------------------------

    def _queue(
        self, conn: sqlite3.Connection, contact_id: str, entry_id: str, revision: int, lane: Lane,
        make: Callable[[int], EntryCreate],
    ) -> int:
        """Replace the never-attempted row of `revision`, or queue revision + 1. Returns the revision used."""
        pending = conn.execute(
            "SELECT id FROM outbox WHERE idempotency_key = ? AND state = 'pending' AND attempts = 0",
            (entry_key(entry_id, revision),),
        ).fetchone()
        if pending is None:
            revision += 1
        # record_id is the contact: its rows keep commit order with the note and the end, and wrap-up waits
        # for all of them (Contacts._delivered).
        entry = make(revision).model_dump(mode="json", exclude_none=True)
        payload = {"contact_id": contact_id, "entry": entry}
        if pending is None:
            self._outbox.enqueue(kind=ENTRY_CREATE, payload=payload, record_id=contact_id, lane=lane,
                                 idempotency_key=entry_key(entry_id, revision))
        else:
            conn.execute("UPDATE outbox SET payload = ?, lane = ? WHERE id = ?",
                         (json.dumps(payload, ensure_ascii=False), lane, pending["id"]))
        return revision
