"""Audit a route's read or write of a person's data in the transaction that does it.

`audited` runs the work and appends the entry in ONE write transaction (a read becomes a write: the
access log is the point). A refused attempt (403, 404, 409 …) rolls the work back and is recorded in a
transaction of its own, then re-raised. Whose data: the caller behind the record when there is one
(never the number, only the caller's id), else the record itself.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.engine import Connection

from annyeong.server import schema
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services import prepared
from annyeong.server.services.audit import AuditEntry, record
from annyeong.server.state import AppState, utcnow

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

_OUTCOMES = {403: "denied", 404: "not_found"}
_AUDITED_REFUSALS = (403, 404, 409, 412, 422, 423, 428)


@dataclass(frozen=True)
class Who:
    principal: Principal
    source: str | None


def who(request: Request, principal: Principal) -> Who:
    return Who(principal, request.client.host if request.client else None)


def _caller_via(conn: Connection, table: Any, record_id: str) -> str | None:
    return conn.execute(select(table.c.caller_id).where(table.c.id == record_id)).scalar_one_or_none()


def subject_of(conn: Connection, kind: str, record_id: str | None) -> tuple[str | None, str | None]:
    """(subject_type, subject_id): the caller whose data this is, if known; else the record."""
    if record_id is None:
        return None, None
    s = schema
    caller: str | None = None
    if kind == "call":
        known, caller = prepared.caller_of(conn, record_id)
        if not known:
            caller = _caller_via(conn, s.calls, record_id)
    elif kind in ("contact", "case", "dispatch"):
        table = {"contact": s.contacts, "case": s.cases, "dispatch": s.dispatches}[kind]
        caller = _caller_via(conn, table, record_id)
    elif kind in ("referral", "follow_up", "handoff"):
        table = {"referral": s.referrals, "follow_up": s.follow_ups, "handoff": s.handoffs}[kind]
        row = conn.execute(select(table).where(table.c.id == record_id)).first()
        if row is not None and row.case_id is not None:
            caller = _caller_via(conn, s.cases, row.case_id)
        contact_id = getattr(row, "contact_id", None) if row is not None else None
        if caller is None and contact_id is not None:
            caller = _caller_via(conn, s.contacts, contact_id)
    return ("caller", caller) if caller else (kind, record_id)


def write_entry(
    conn: Connection,
    w: Who,
    action: str,
    kind: str,
    record_id: str | None,
    outcome: str,
    reason: str | None = None,
) -> None:
    subject_type, subject_id = subject_of(conn, kind, record_id)
    resource = f"{kind}:{record_id}" if record_id else kind
    entry = AuditEntry(action, outcome, subject_type, subject_id, resource[:80], reason)
    record(conn, w.principal, w.source, entry, utcnow())


async def guarded(
    state: AppState, w: Who, action: str, kind: str, record_id: str | None, run: Callable[[], Awaitable[T]]
) -> T:
    """Await `run`; when it is refused, record the refused attempt, then raise the refusal."""
    try:
        return await run()
    except ApiProblem as problem:
        if problem.status in _AUDITED_REFUSALS:
            outcome = _OUTCOMES.get(problem.status, "rejected")
            code = problem.code
            await state.db.write(
                lambda conn: write_entry(conn, w, action, kind, record_id, outcome, code), notify=False
            )
        raise


async def audited(
    state: AppState,
    w: Who,
    action: str,
    kind: str,
    record_id: str | None,
    work: Callable[[Connection], T],
    *,
    writes: bool = False,
    id_of: Callable[[T], str | None] | None = None,
    reason: Callable[[T], str | None] | None = None,
    prepare: Callable[[Connection], object] | None = None,
) -> T:
    """`work` and its audit entry in one transaction. id_of names the record a create made; prepare reads
    what the work will use before the write lock (Database.write)."""

    def transaction(conn: Connection) -> T:
        result = work(conn)
        found = record_id if record_id is not None else (id_of(result) if id_of else None)
        write_entry(conn, w, action, kind, found, "granted", reason(result) if reason else None)
        return result

    return await guarded(
        state, w, action, kind, record_id, lambda: state.db.write(transaction, notify=writes, prepare=prepare)
    )


def creating(
    w: Who, action: str, kind: str, work: Callable[[Connection], tuple[int, M]], id_of: Callable[[Any], str]
) -> Callable[[Connection], tuple[int, M]]:
    """Wrap the work of an idempotent create so its audit entry commits with it."""

    def wrapped(conn: Connection) -> tuple[int, M]:
        status, model = work(conn)
        write_entry(conn, w, action, kind, id_of(model), "granted")
        return status, model

    return wrapped
