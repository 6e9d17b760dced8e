"""Emergency dispatch: the red button's request, one dispatch per intent, and its forward-only steps.

requested (console clock) → received (server clock) → acknowledged (liaison, incident number) → en_route
→ contact_confirmed | failed (reason) → closed. Two side steps never change the main state:
fallback_called (the counselor phoned 112/119 directly), recorded at any time before closed, and
fallback_shown (the console told the counselor to phone directly, with the reason code and the console's
clock), recorded whenever it arrives — even after closed, since it is a fact about what the counselor was
told, and the console may deliver it late.

A mistaken dispatch is withdrawn, never erased: cancel_requested (the requesting counselor or a shift lead,
with a reason code and a note) → cancel_acknowledged (the liaison: the agency stood down), status
cancel_requested → cancelled. A cancel comes before an outcome; after it only the liaison's cancel
acknowledgement and the close follow, and a new press for the same intent is a new dispatch. The
acknowledgement is a fact from outside, so it is recorded even after the counselor closed the panel.

Steps may be skipped forward, never taken back; recording a
step that is already recorded (a retry) changes nothing and answers 200. Every step is audited and
published as dispatch.updated in the same transaction.

One dispatch per intent: a press for a contact and service joins the dispatch of that contact and service
that is still open (not failed, not closed), however long ago it was made — the console applies the same
rule to its own presses. After it failed or closed, a new press is a new dispatch; and a press never
joins a dispatch its console names as finished there (`finished_here`), whose `closed` may still be on
its way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, get_args

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain.phone import is_unknown_key
from annyeong.console.wire import Dispatch, DispatchCancelReason, DispatchCreate, DispatchList
from annyeong.server import schema
from annyeong.server.permissions import (
    CONTACT_WRITE_ANY,
    DISPATCH_RECORD,
    DISPATCH_STEP_PERMISSIONS,
    DISPATCH_VIEW_ANY,
)
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.services import relays
from annyeong.server.services.audit import AuditEntry, record
from annyeong.server.services.casedata import open_case_id
from annyeong.server.services.dispatch_views import (
    d,
    dispatch_view,
    dr,
    ds,
    publish,
    requesters,
    resolve,
    stored_number,
)

RANK = {
    "received": 1, "acknowledged": 2, "en_route": 3, "contact_confirmed": 4, "failed": 4,
    "cancel_requested": 4, "cancelled": 4, "closed": 5,
}
OUTCOMES = ("contact_confirmed", "failed")
CANCELLED = ("cancel_requested", "cancelled")
# A new press for the same intent starts a new dispatch: a withdrawn one is not joined again.
FINISHED = ("failed", "closed", *CANCELLED)
CANCEL_REASONS = get_args(DispatchCancelReason)
# Side steps: recorded in the step list (and audited) without moving the main state.
FALLBACK_SHOWN = "fallback_shown"
SIDE_STEPS = ("fallback_called", FALLBACK_SHOWN)
# The steps a console records for its counselor, which carry the console's moment (`client_at`).
COUNSELOR_CLOCKED = (
    FALLBACK_SHOWN, "fallback_called", "contact_confirmed", "failed", "cancel_requested", "closed"
)
MAX_LIST = 200
CLIENT_CLOCK_SLACK = timedelta(seconds=5)


@dataclass(frozen=True)
class Created:
    status: int  # 201 new; 200 the same press again, or joined an open dispatch for the same intent
    dispatch: Dispatch


def _audit(
    conn: Connection, principal: Principal, row: Row[Any], step: str, now: datetime, **kw: Any
) -> None:
    subject = ("caller", row.caller_id) if row.caller_id else ("contact", row.contact_id)
    entry = AuditEntry(
        f"dispatch.{step}",
        "granted",
        subject[0] if subject[1] else None,
        subject[1],
        f"dispatch:{row.id}",
        kw.get("reason"),
    )
    record(conn, principal, kw.get("source"), entry, now)


def _step(
    conn: Connection,
    dispatch_id: str,
    step: str,
    at: datetime,
    principal: Principal | None,
    *,
    clock: str = "server",
    incident_number: str | None = None,
    reason: str | None = None,
    note: str | None = None,
) -> None:
    conn.execute(
        insert(ds).values(
            dispatch_id=dispatch_id,
            step=step,
            at=at,
            clock=clock,
            actor=principal.id if principal else None,
            actor_role=principal.role if principal else None,
            incident_number=incident_number,
            reason=reason,
            note=note,
        )
    )


def _linked_contact(conn: Connection, principal: Principal, contact_id: str | None) -> Row[Any] | None:
    """The contact the press names, if the presser may write to it. Otherwise the dispatch goes out
    unlinked rather than refused: a dispatch is never blocked by a form field."""
    if contact_id is None:
        return None
    c = schema.contacts
    row = conn.execute(select(c).where(c.c.id == contact_id)).first()
    if row is None or (row.counselor_id != principal.id and not principal.can(CONTACT_WRITE_ANY)):
        return None
    return row


def _view(conn: Connection, dispatch_id: str, *, deduplicated: bool = False) -> Dispatch:
    row = conn.execute(select(d).where(d.c.id == dispatch_id)).one()
    return dispatch_view(conn, row, show_number=True, deduplicated=deduplicated)


def create(
    conn: Connection,
    principal: Principal,
    body: DispatchCreate,
    now: datetime,
    *,
    training: bool,
    source: str | None,
) -> Created:
    press_id = str(body.id)
    known = conn.execute(select(dr.c.dispatch_id).where(dr.c.id == press_id)).scalar_one_or_none()
    if known is not None:
        # The same press again under another Idempotency-Key (e.g. after a console restart): one dispatch.
        row = resolve(conn, principal, press_id)
        return Created(200, dispatch_view(conn, row, show_number=True))
    contact = _linked_contact(conn, principal, body.contact_id)
    if contact is not None:
        # What the console has already finished, though its `closed` may reach us after this press
        # (a create goes ahead of older steps that are backing off): joined to it, this emergency would be
        # ended by that `closed` and never reach the agency.
        open_intent = (
            select(d.c.id)
            .where(d.c.contact_id == contact.id, d.c.service == body.service, d.c.status.not_in(FINISHED))
            .order_by(d.c.received_at)
            .limit(1)
        )
        if body.finished_here:
            finished = select(dr.c.dispatch_id).where(dr.c.id.in_([str(p) for p in body.finished_here]))
            open_intent = open_intent.where(d.c.id.not_in(finished))
        same_intent = conn.execute(open_intent).scalar_one_or_none()
        if same_intent is not None:
            conn.execute(
                insert(dr).values(
                    id=press_id,
                    dispatch_id=same_intent,
                    requested_by=principal.id,
                    pressed_at=body.client_pressed_at,
                    received_at=now,
                )
            )
            _step(
                conn,
                same_intent,
                "requested",
                body.client_pressed_at or now,
                principal,
                clock="client" if body.client_pressed_at else "server",
            )
            row = conn.execute(select(d).where(d.c.id == same_intent)).one()
            _audit(conn, principal, row, "joined", now, source=source)
            publish(conn, same_intent, now)
            return Created(200, _view(conn, same_intent, deduplicated=True))
    caller_id = contact.caller_id if contact is not None else None
    number = stored_number(body.person_number)
    if number is None and caller_id is not None:
        number = conn.execute(
            select(schema.callers.c.e164).where(schema.callers.c.id == caller_id)
        ).scalar_one_or_none()
        if number is not None and is_unknown_key(number):
            number = None  # digits that are not a phone number are no number to send police to

    conn.execute(
        insert(d).values(
            id=press_id,
            service=body.service,
            status="received",
            contact_id=contact.id if contact is not None else None,
            case_id=(contact.case_id or open_case_id(conn, caller_id)) if contact is not None else None,
            caller_id=caller_id,
            counselor_id=principal.id,
            person_number=number,
            location=body.location.model_dump(mode="json"),
            risk=sorted(set(body.risk)),
            caller_relation=body.caller_relation,
            callback_line=stored_number(body.callback_line),
            summary=body.summary,
            training=1 if training else 0,
            requested_at=body.client_pressed_at,
            received_at=now,
        )
    )
    conn.execute(
        insert(dr).values(
            id=press_id,
            dispatch_id=press_id,
            requested_by=principal.id,
            pressed_at=body.client_pressed_at,
            received_at=now,
        )
    )
    _step(
        conn,
        press_id,
        "requested",
        body.client_pressed_at or now,
        principal,
        clock="client" if body.client_pressed_at else "server",
    )
    _step(conn, press_id, "received", now, principal)
    row = conn.execute(select(d).where(d.c.id == press_id)).one()
    _audit(conn, principal, row, "requested", now, source=source)
    publish(conn, press_id, now)
    return Created(201, _view(conn, press_id))


def get(conn: Connection, principal: Principal, any_id: str) -> Dispatch:
    return dispatch_view(conn, resolve(conn, principal, any_id), show_number=True)


def list_dispatches(
    conn: Connection, principal: Principal, open_only: bool | None, *, contact_id: str | None = None
) -> DispatchList:
    query = select(d).order_by(d.c.received_at.desc(), d.c.id).limit(MAX_LIST)
    if open_only is True:
        query = query.where(d.c.status != "closed")
    elif open_only is False:
        query = query.where(d.c.status == "closed")
    holder = False
    if contact_id is not None:
        query = query.where(d.c.contact_id == contact_id)
        c = schema.contacts
        holder = conn.execute(select(c.c.counselor_id).where(c.c.id == contact_id)).scalar() == principal.id
    if not principal.can(DISPATCH_VIEW_ANY) and not holder:
        query = query.where(d.c.id.in_(select(dr.c.dispatch_id).where(dr.c.requested_by == principal.id)))
    return DispatchList(items=[dispatch_view(conn, r, show_number=True) for r in conn.execute(query).all()])


def _check_allowed(conn: Connection, principal: Principal, row: Row[Any], step: str) -> None:
    # What the console showed its counselor is theirs to report, like the direct call itself.
    allowed = DISPATCH_STEP_PERMISSIONS["fallback_called" if step == FALLBACK_SHOWN else step]
    for permission in allowed:
        if not principal.can(permission):
            continue
        if permission != DISPATCH_RECORD or principal.id in requesters(conn, row.id):
            return
    raise ApiProblem(403, "dispatch_step_not_allowed", f"you may not record {step} on this dispatch")


def _conflict(code: str, detail: str) -> ApiProblem:
    return ApiProblem(409, code, detail)


def _already(
    conn: Connection, principal: Principal, row: Row[Any], step: str, incident_number: str | None,
    reason: str | None,
) -> bool:
    """Whether this step is recorded already (a retry: answer 200, change nothing)."""
    if step == FALLBACK_SHOWN:
        # No column of its own: once per reason (not_received, not_acknowledged) and per person told.
        seen = conn.execute(
            select(ds.c.seq).where(
                ds.c.dispatch_id == row.id,
                ds.c.step == step,
                ds.c.reason == reason,
                ds.c.actor == principal.id,
            )
        ).first()
        return seen is not None
    if getattr(row, f"{step}_at") is None:
        return False
    if step == "acknowledged" and incident_number != row.incident_number:
        raise _conflict("dispatch_already_acknowledged", "acknowledged already, with another incident number")
    return True


def _check_transition(row: Row[Any], step: str) -> None:
    if step == FALLBACK_SHOWN:
        return
    if step == "cancel_acknowledged":
        if row.cancel_requested_at is None:
            raise _conflict("dispatch_cancel_not_requested", "nobody asked to cancel this dispatch")
        return  # the agency's word: recorded even after the counselor closed the panel
    if row.status == "closed":
        raise _conflict("dispatch_closed", "this dispatch is closed")
    if step == "fallback_called":
        return
    if step == "cancel_requested" and row.status in (*OUTCOMES, *CANCELLED):
        raise _conflict(
            "dispatch_invalid_transition", f"a dispatch that is {row.status} can no longer be cancelled"
        )
    if step == "closed":
        if row.status not in (*OUTCOMES, *CANCELLED):
            raise _conflict("dispatch_outcome_required", "record contact_confirmed or failed before closing")
        return
    if RANK[step] <= RANK[row.status]:
        raise _conflict(
            "dispatch_invalid_transition", f"a dispatch that is {row.status} cannot go back to {step}"
        )


def advance(
    conn: Connection,
    principal: Principal,
    any_id: str,
    step: str,
    now: datetime,
    *,
    incident_number: str | None = None,
    reason: str | None = None,
    client_at: datetime | None = None,
    source: str | None = None,
    check_permission: bool = True,
    note: str | None = None,
) -> Dispatch:
    """Record `step`. client_at: the console's clock when the counselor recorded one of their own steps
    (COUNSELOR_CLOCKED; ignored for the liaison's, and when it lies ahead of ours); note: the counselor's
    words on a cancel_requested (ignored for other steps)."""
    row = resolve(conn, principal, any_id)
    if check_permission:
        _check_allowed(conn, principal, row, step)
    if step == "failed" and not (reason and reason.strip()):
        raise field_problem(422, "reason_required", "say why the dispatch failed", "reason")
    if step == "cancel_requested":
        if not reason:
            raise field_problem(422, "reason_required", "say why the dispatch is withdrawn", "reason")
        if reason not in CANCEL_REASONS:
            raise field_problem(422, "invalid_reason", "not a reason code for a cancel", "reason")
    else:
        note = None
    if _already(conn, principal, row, step, incident_number, reason):
        return dispatch_view(conn, row, show_number=True)
    _check_transition(row, step)
    # A step recorded on a console that was offline keeps the moment the counselor recorded it, on the
    # timeline they saw; the access log keeps when it reached us.
    if client_at is not None and client_at.tzinfo is None:
        client_at = client_at.replace(tzinfo=UTC)  # a moment without its zone is UTC, as ours are
    # A console learns our clock to about a second (whole-second Date headers): a little ahead is its
    # error, a lot ahead is a wrong clock, not believed.
    at, clock = now, "server"
    if client_at is not None and step in COUNSELOR_CLOCKED and client_at <= now + CLIENT_CLOCK_SLACK:
        at, clock = client_at, "client"
    if step == FALLBACK_SHOWN:
        _step(conn, row.id, step, at, principal, clock=clock, reason=reason)
    else:
        values: dict[str, Any] = {f"{step}_at": at}
        if step not in SIDE_STEPS:
            values["status"] = step
        if step == "acknowledged":
            values["incident_number"] = incident_number
        if step == "failed":
            values["failed_reason"] = reason
        if step == "cancel_requested":
            values.update(cancel_reason=reason, cancel_note=note)
        if step == "cancel_acknowledged":
            values["status"] = "cancelled" if row.status != "closed" else "closed"
        conn.execute(update(d).where(d.c.id == row.id).values(**values))
        _step(conn, row.id, step, at, principal, clock=clock, incident_number=incident_number, reason=reason,
              note=note)
    said = f"{reason}: {note}" if note else (reason or incident_number or "")
    _audit(conn, principal, row, step, now, source=source, reason=said[:200] or None)
    publish(conn, row.id, now)
    if step in relays.STEPS_HEARD:
        relays.publish_for_dispatch(conn, row.id, now)
    return _view(conn, row.id)
