"""Emergency dispatches in the account's local database, each with its outbox rows.

Guarantees:
  - `press` commits the intent and its create row (emergency lane, highest priority) in ONE transaction
    (synchronous=FULL, so it is on disk when `press` returns), before anything touches the network;
  - one joinable intent per contact and service: a second press while one is joinable returns it and
    writes nothing (a partial unique index makes this hold across processes, too);
  - the counselor's later steps (fallback_called, outcome, close) and each fallback shown are committed
    with their own emergency rows, after the create in the same record, so the server always sees the
    create first;
  - what the server says (answers, dispatch.updated events) only fills steps that are still empty: the
    first time known for a step is kept, a late or repeated event changes nothing.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from annyeong.console.dispatches.local import DispatchFields, FallbackReason, LocalDispatch, Service
from annyeong.console.store.db import Database
from annyeong.console.store.outbox import Outbox
from annyeong.console.wire import Dispatch, DispatchCreate, DispatchStatusStep

DISPATCH_CREATE = "dispatch.create"
DISPATCH_STEP = "dispatch.step"
# Inside the emergency lane: every create goes before any follow-up step of an older dispatch.
CREATE_PRIORITY = 10
STEP_PRIORITY = 0

# Steps whose time the server decides; ours are filled from its answers and events.
_SERVER_STEPS = ("received", "acknowledged", "en_route", "contact_confirmed", "failed", "fallback_called",
                 "cancel_requested", "cancel_acknowledged", "closed")


def create_key(client_id: str) -> str:
    # The bare dispatch id: the server documents it as the Idempotency-Key of the create.
    return client_id


def step_key(client_id: str, step: str) -> str:
    return f"dispatch-step:{client_id}:{step}"


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


class DispatchStore:
    def __init__(self, db: Database, outbox: Outbox, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._outbox = outbox
        self._now = now

    # --- reads ------------------------------------------------------------------------------------

    def get(self, client_id: str) -> LocalDispatch:
        r = self._db.conn.execute("SELECT * FROM dispatches WHERE client_id = ?", (client_id,)).fetchone()
        if r is None:
            raise KeyError(client_id)
        return self._view(r)

    def open_dispatches(self) -> list[LocalDispatch]:
        """Every dispatch whose panel is still up (not closed), newest press first."""
        rows = self._db.conn.execute(
            "SELECT * FROM dispatches WHERE closed_at IS NULL ORDER BY pressed_at DESC, rowid DESC"
        ).fetchall()
        return [self._view(r) for r in rows]

    def for_contact(self, contact_id: str) -> list[LocalDispatch]:
        rows = self._db.conn.execute(
            "SELECT * FROM dispatches WHERE contact_id = ? ORDER BY pressed_at DESC, rowid DESC",
            (contact_id,),
        ).fetchall()
        return [self._view(r) for r in rows]

    def _view(self, r: sqlite3.Row) -> LocalDispatch:
        errors = self._db.conn.execute(
            "SELECT kind, state, last_error FROM outbox WHERE record_id = ? ORDER BY id", (r["client_id"],)
        ).fetchall()
        create_error = next((e["last_error"] for e in errors if e["kind"] == DISPATCH_CREATE), None)
        step_error = next((e["last_error"] for e in errors if e["state"] == "failed"), None)
        return LocalDispatch(
            client_id=r["client_id"], contact_id=r["contact_id"], service=r["service"],
            fields=DispatchFields.model_validate_json(r["fields"]), pressed_at=datetime.fromisoformat(
                r["pressed_at"]),
            server_id=r["server_id"], deduplicated=bool(r["deduplicated"]),
            received_at=_dt(r["received_at"]), acknowledged_at=_dt(r["acknowledged_at"]),
            incident_number=r["incident_number"], en_route_at=_dt(r["en_route_at"]),
            contact_confirmed_at=_dt(r["contact_confirmed_at"]), failed_at=_dt(r["failed_at"]),
            failed_reason=r["failed_reason"], closed_at=_dt(r["closed_at"]),
            fallback_reason=r["fallback_reason"], fallback_shown_at=_dt(r["fallback_shown_at"]),
            fallback_called_at=_dt(r["fallback_called_at"]),
            server=None if r["server"] is None else Dispatch.model_validate_json(r["server"]),
            delivery_error=create_error or step_error,
            unsent_steps=sum(1 for e in errors if e["kind"] == DISPATCH_STEP),
            cancel_requested_at=_dt(r["cancel_requested_at"]),
            cancel_acknowledged_at=_dt(r["cancel_acknowledged_at"]), cancel_reason=r["cancel_reason"],
            cancel_note=r["cancel_note"],
        )

    # --- the press --------------------------------------------------------------------------------

    def press(
        self, *, contact_id: str | None, service: Service, fields: DispatchFields
    ) -> tuple[LocalDispatch, bool]:
        """Commit a new intent with its create row, or return the joinable one. (dispatch, created)."""
        with self._db.transaction() as conn:
            existing = conn.execute(
                "SELECT client_id FROM dispatches WHERE COALESCE(contact_id, '') = COALESCE(?, '')"
                " AND service = ? AND closed_at IS NULL AND failed_at IS NULL"
                " AND cancel_requested_at IS NULL",
                (contact_id, service),
            ).fetchone()
            if existing is not None:
                return self.get(existing["client_id"]), False
            finished = [
                uuid.UUID(r["client_id"]) for r in conn.execute(
                    "SELECT client_id FROM dispatches WHERE COALESCE(contact_id, '') = COALESCE(?, '')"
                    " AND service = ? AND (closed_at IS NOT NULL OR failed_at IS NOT NULL"
                    " OR cancel_requested_at IS NOT NULL) ORDER BY pressed_at DESC LIMIT 50",
                    (contact_id, service),
                )
            ]
            client_id = str(uuid.uuid4())
            pressed_at = self._now()
            body = DispatchCreate(
                id=uuid.UUID(client_id), service=service, contact_id=contact_id,
                person_number=fields.person_number, location=fields.location, risk=list(fields.risk),
                caller_relation=fields.caller_relation, callback_line=fields.callback_line,
                summary=fields.summary or None, client_pressed_at=pressed_at, finished_here=finished,
            )
            # An earlier dispatch of this contact and service, finished here while its steps wait: those
            # steps go at the create's priority, so they are sent before it when all are due. One backing
            # off can still be overtaken (the create is not held behind it); `finished_here` is what keeps
            # the server from joining this new emergency to the earlier one, whose `closed` would end both.
            conn.execute(
                "UPDATE outbox SET priority = ? WHERE kind = ? AND state = 'pending' AND record_id IN ("
                " SELECT client_id FROM dispatches"
                " WHERE COALESCE(contact_id, '') = COALESCE(?, '') AND service = ?)",
                (CREATE_PRIORITY, DISPATCH_STEP, contact_id, service),
            )
            conn.execute(
                "INSERT INTO dispatches (client_id, contact_id, service, fields, pressed_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (client_id, contact_id, service, fields.model_dump_json(), pressed_at.isoformat()),
            )
            self._outbox.enqueue(
                kind=DISPATCH_CREATE, payload=body.model_dump(mode="json"),
                idempotency_key=create_key(client_id), record_id=client_id, lane="emergency",
                priority=CREATE_PRIORITY,
            )
        return self.get(client_id), True

    # --- the counselor's later steps --------------------------------------------------------------

    def record_step(
        self, client_id: str, step: DispatchStatusStep, *, reason: str | None = None, note: str | None = None
    ) -> LocalDispatch:
        """Record fallback_called / contact_confirmed / failed / cancel_requested (reason code and note) /
        closed here and queue it for the server, in one transaction. Recording a step that is already
        recorded changes nothing (no second row). The caller checks the rules (console.dispatches.ops)."""
        column = f"{step}_at"
        with self._db.transaction() as conn:
            r = conn.execute(f"SELECT {column} FROM dispatches WHERE client_id = ?", (client_id,)).fetchone()
            if r is None:
                raise KeyError(client_id)
            if r[0] is None:
                conn.execute(
                    f"UPDATE dispatches SET {column} = ? WHERE client_id = ?",
                    (self._now().isoformat(), client_id),
                )
                if step == "failed":
                    conn.execute(
                        "UPDATE dispatches SET failed_reason = ? WHERE client_id = ?", (reason, client_id)
                    )
                if step == "cancel_requested":
                    conn.execute(
                        "UPDATE dispatches SET cancel_reason = ?, cancel_note = ? WHERE client_id = ?",
                        (reason, note, client_id),
                    )
                # The moment the counselor recorded it, on the server's clock: offline, it arrives later.
                payload: dict[str, Any] = {"dispatch_id": client_id, "step": step, "reason": reason,
                                           "at": self._now().isoformat()}
                if note is not None:
                    payload["note"] = note
                self._outbox.enqueue(
                    kind=DISPATCH_STEP, payload=payload, idempotency_key=step_key(client_id, step),
                    record_id=client_id, lane="emergency", priority=STEP_PRIORITY,
                )
        return self.get(client_id)

    def show_fallback(self, client_id: str, reason: FallbackReason) -> LocalDispatch:
        """The console now tells the counselor to phone directly. Recorded here and queued for the server
        as a fallback_shown step (emergency lane, after this dispatch's create; once per reason, with this
        console's clock), so the server's record and audit show that the direct path was given even when
        the counselor never records fallback_called."""
        now = self._now()
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE dispatches SET fallback_reason = ?,"
                " fallback_shown_at = COALESCE(fallback_shown_at, ?) WHERE client_id = ?",
                (reason, now.isoformat(), client_id),
            )
            key = step_key(client_id, f"fallback_shown:{reason}")
            if conn.execute("SELECT 1 FROM outbox WHERE idempotency_key = ?", (key,)).fetchone() is None:
                payload = {"dispatch_id": client_id, "step": "fallback_shown", "reason": reason,
                           "at": now.isoformat()}
                self._outbox.enqueue(
                    kind=DISPATCH_STEP, payload=payload, idempotency_key=key, record_id=client_id,
                    lane="emergency", priority=STEP_PRIORITY,
                )
        return self.get(client_id)

    # --- what the server says ---------------------------------------------------------------------

    def adopt(self, dispatch: Dispatch) -> bool:
        """An open dispatch this PC has no copy of (pressed on another PC, or before the local copy was set
        aside): kept here as the server has it, under its id, so the panel shows its steps, the chip
        reminds, and a press for the same contact and service joins it. No create row: it is already on
        the server. A dispatch known here under any of its presses is merged instead. True if changed."""
        press_ids = {p.id for p in dispatch.requests} | {dispatch.id}
        marks = ",".join("?" * len(press_ids))
        with self._db.transaction() as conn:
            known = conn.execute(
                f"SELECT 1 FROM dispatches WHERE client_id IN ({marks}) OR server_id = ?",
                (*press_ids, dispatch.id),
            ).fetchone()
            if known is None and dispatch.failed_at is None and dispatch.cancel_requested_at is None:
                # A press of this intent made here and not yet delivered: the server joins it on delivery.
                known = conn.execute(
                    "SELECT 1 FROM dispatches WHERE COALESCE(contact_id, '') = COALESCE(?, '')"
                    " AND service = ? AND closed_at IS NULL AND failed_at IS NULL"
                    " AND cancel_requested_at IS NULL",
                    (dispatch.contact_id, dispatch.service),
                ).fetchone()
            if known is None:
                fields = DispatchFields(
                    person_number=dispatch.person_number, location=dispatch.location,
                    risk=tuple(dispatch.risk), caller_relation=dispatch.caller_relation,
                    callback_line=dispatch.callback_line, summary=dispatch.summary or "",
                )
                pressed_at = dispatch.requested_at or dispatch.received_at or self._now()
                conn.execute(
                    "INSERT INTO dispatches (client_id, contact_id, service, fields, pressed_at, failed_at,"
                    " cancel_requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (dispatch.id, dispatch.contact_id, dispatch.service, fields.model_dump_json(),
                     pressed_at.isoformat(), _iso(dispatch.failed_at), _iso(dispatch.cancel_requested_at)),
                )
        return bool(self.record_server(dispatch)) or known is None

    def record_server(self, dispatch: Dispatch, *, client_id: str | None = None) -> list[str]:
        """Merge the server's view into every local intent it belongs to: the press `client_id` (an
        answer to our create), or any of ours among its presses or its id (an event). Joins the caller's
        transaction. Returns the client ids that changed."""
        press_ids = {p.id for p in dispatch.requests} | {dispatch.id}
        if client_id is not None:
            press_ids.add(client_id)
        marks = ",".join("?" * len(press_ids))
        changed: list[str] = []
        with self._db.transaction() as conn:
            rows = conn.execute(
                f"SELECT * FROM dispatches WHERE client_id IN ({marks}) OR server_id = ?",
                (*press_ids, dispatch.id),
            ).fetchall()
            for r in rows:
                if self._merge(conn, r, dispatch, answered=r["client_id"] == client_id):
                    changed.append(r["client_id"])
        return changed

    def _merge(self, conn: sqlite3.Connection, r: sqlite3.Row, dispatch: Dispatch, *, answered: bool) -> bool:
        values: dict[str, Any] = {}
        for step in _SERVER_STEPS:
            at = getattr(dispatch, f"{step}_at")
            if at is not None and r[f"{step}_at"] is None:
                values[f"{step}_at"] = at.isoformat()
        if dispatch.incident_number and r["incident_number"] is None:
            values["incident_number"] = dispatch.incident_number
        if dispatch.failed_reason and r["failed_reason"] is None:
            values["failed_reason"] = dispatch.failed_reason
        if dispatch.cancel_reason and r["cancel_reason"] is None:
            values["cancel_reason"] = dispatch.cancel_reason
            values["cancel_note"] = dispatch.cancel_note
        if r["server_id"] != dispatch.id:
            values["server_id"] = dispatch.id
        # Joined: the server's dispatch is another press's (its answer or any event says so first).
        if (dispatch.id != r["client_id"] or (answered and dispatch.deduplicated)) and not r["deduplicated"]:
            values["deduplicated"] = 1
        server_json = _merged_server_json(r["server"], dispatch)
        if server_json != r["server"]:
            values["server"] = server_json
        if not values:
            return False
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE dispatches SET {sets} WHERE client_id = ?", (*values.values(), r["client_id"]))
        return True


def _merged_server_json(previous: str | None, dispatch: Dispatch) -> str:
    """The newer view, keeping the full numbers an earlier answer had (events leave them out)."""
    if previous is not None:
        old = Dispatch.model_validate_json(previous)
        if len(old.steps) > len(dispatch.steps):
            return previous  # an older event arrived after a newer answer
        keep: dict[str, Any] = {}
        if dispatch.person_number is None and old.person_number is not None:
            keep["person_number"] = old.person_number
        if dispatch.callback_line is None and old.callback_line is not None:
            keep["callback_line"] = old.callback_line
        if keep:
            dispatch = dispatch.model_copy(update=keep)
    return dispatch.model_dump_json(exclude={"deduplicated"})
