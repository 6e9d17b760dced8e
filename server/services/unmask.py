"""Unmask a caller's number: a deliberate, audited act. Every attempt is recorded, refused ones too.

A counselor may unmask only the number of a call ringing at their console or of their own contact that
is not wrapped up yet (they may need it to call back or for a dispatch); shift leads may unmask any.
The refusal is decided and audited in one transaction, and raised only after the audit row commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain.phone import format_display, is_unknown_key
from annyeong.console.wire import UnmaskedNumber, UnmaskRequest
from annyeong.server import schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services.audit import AuditEntry, record

ACTION = "caller.unmask"


@dataclass(frozen=True)
class Outcome:
    result: UnmaskedNumber | None = None
    problem: ApiProblem | None = None


def _target(conn: Connection, body: UnmaskRequest) -> tuple[str, Row[Any] | None, Row[Any] | None]:
    """(resource, call row, contact row) named by the request; rows None when they do not exist."""
    calls, contacts = schema.calls, schema.contacts
    if body.call_id is not None:
        call = conn.execute(select(calls).where(calls.c.id == body.call_id)).first()
        contact = None
        if call is not None and call.contact_id is not None:
            contact = conn.execute(select(contacts).where(contacts.c.id == call.contact_id)).first()
        return f"call:{body.call_id}", call, contact
    contact = conn.execute(select(contacts).where(contacts.c.id == body.contact_id)).first()
    call = None
    if contact is not None:
        call = conn.execute(select(calls).where(calls.c.id == contact.call_id)).first()
    return f"contact:{body.contact_id}", call, contact


def _decide(
    principal: Principal, by_contact: bool, call: Row[Any] | None, contact: Row[Any] | None
) -> tuple[str, ApiProblem | None]:
    missing = (
        ApiProblem(404, "contact_not_found", "no contact with this id")
        if by_contact
        else ApiProblem(404, "call_not_found", "no call with this id")
    )
    if call is None:
        return "not_found", missing
    if principal.can(CALLER_NUMBER_VIEW):
        return "granted", None
    ringing_here = call.status == "offered" and call.offered_to == principal.id
    mine = contact is not None and contact.counselor_id == principal.id
    if not ringing_here and not mine:
        # Someone else's call looks like no call at all: its existence is information about a person.
        return "denied", missing
    if not ringing_here and contact is not None and contact.wrapped_up_at is not None:
        return "denied", ApiProblem(
            403,
            "unmask_not_allowed",
            "the number can be shown only while the call rings or the contact is open",
        )
    return "granted", None


def unmask(
    conn: Connection, principal: Principal, body: UnmaskRequest, source: str | None, now: datetime
) -> Outcome:
    resource, call, contact = _target(conn, body)
    outcome, problem = _decide(principal, body.contact_id is not None, call, contact)
    caller_id = call.caller_id if call is not None else None
    if problem is None and caller_id is None:
        outcome, problem = "withheld", ApiProblem(409, "number_withheld", "the caller withheld their number")
    e164 = None
    if caller_id is not None:
        callers = schema.callers
        e164 = conn.execute(select(callers.c.e164).where(callers.c.id == caller_id)).scalar_one()
    if problem is None and e164 is not None and is_unknown_key(e164):
        # The digits that came are not a number anyone could call: nothing to show beyond the mask.
        problem = ApiProblem(409, "number_unknown", "the caller's number could not be read")
        outcome = "withheld"
    entry = AuditEntry(ACTION, outcome, "caller" if caller_id else None, caller_id, resource, body.reason)
    record(conn, principal, source, entry, now)
    if problem is not None or e164 is None:
        return Outcome(problem=problem)
    return Outcome(result=UnmaskedNumber(number_e164=e164, number_display=format_display(e164)))
