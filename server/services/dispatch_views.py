"""Dispatch rows → the wire model, and who sees a dispatch (its event audience and its readers)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain.phone import InvalidPhoneNumber, mask, normalize
from annyeong.console.wire import Dispatch, DispatchLocation, DispatchRequest, DispatchStepRecord, UserRef
from annyeong.server import eventlog, schema
from annyeong.server.permissions import DISPATCH_VIEW_ANY
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem

d, dr, ds, u = schema.dispatches, schema.dispatch_requests, schema.dispatch_steps, schema.users
NOT_FOUND = ApiProblem(404, "dispatch_not_found", "no dispatch with this id")
LIAISONS = eventlog.role_audience("dispatch_liaison")


def stored_number(raw: str | None) -> str | None:
    """E.164 when the number parses, else the text as typed: a dispatch is never refused over a format."""
    if raw is None or not raw.strip():
        return None
    try:
        return normalize(raw)
    except InvalidPhoneNumber:
        return raw.strip()


def masked(number: str | None) -> str | None:
    if number is None:
        return None
    try:
        return mask(normalize(number))
    except InvalidPhoneNumber:
        digits = [ch for ch in number if ch.isdigit()]
        return "*" * max(0, len(digits) - 2) + "".join(digits[-2:]) if digits else "***"


def requesters(conn: Connection, dispatch_id: str) -> list[str]:
    """Everyone who pressed for this dispatch, first press first."""
    return list(
        conn.execute(
            select(dr.c.requested_by)
            .where(dr.c.dispatch_id == dispatch_id)
            .order_by(dr.c.received_at, dr.c.id)
        ).scalars()
    )


def resolve(conn: Connection, principal: Principal, any_id: str) -> Row[Any]:
    """The dispatch named by its id or by the id of any press that joined it, if the principal may see it."""
    dispatch_id = conn.execute(select(dr.c.dispatch_id).where(dr.c.id == any_id)).scalar_one_or_none()
    row = conn.execute(select(d).where(d.c.id == dispatch_id)).first() if dispatch_id else None
    if row is None:
        raise NOT_FOUND
    if not principal.can(DISPATCH_VIEW_ANY) and principal.id not in requesters(conn, row.id):
        # Someone else's dispatch looks like no dispatch: it is about a person in danger.
        raise NOT_FOUND
    return row


def dispatch_view(
    conn: Connection, row: Row[Any], *, show_number: bool, deduplicated: bool = False
) -> Dispatch:
    names = dict(conn.execute(select(u.c.id, u.c.display_name)).tuples().all())
    steps = conn.execute(select(ds).where(ds.c.dispatch_id == row.id).order_by(ds.c.seq)).all()
    presses = conn.execute(
        select(dr).where(dr.c.dispatch_id == row.id).order_by(dr.c.received_at, dr.c.id)
    ).all()
    return Dispatch(
        id=row.id,
        service=row.service,
        status=row.status,
        contact_id=row.contact_id,
        case_id=row.case_id,
        counselor=UserRef(id=row.counselor_id, name=names.get(row.counselor_id, "")),
        person_number=row.person_number if show_number else None,
        person_number_masked=masked(row.person_number),
        location=DispatchLocation.model_validate(row.location or {}),
        risk=list(row.risk or []),
        caller_relation=row.caller_relation,
        callback_line=row.callback_line if show_number else None,
        summary=row.summary,
        incident_number=row.incident_number,
        failed_reason=row.failed_reason,
        requested_at=row.requested_at,
        received_at=row.received_at,
        acknowledged_at=row.acknowledged_at,
        en_route_at=row.en_route_at,
        contact_confirmed_at=row.contact_confirmed_at,
        failed_at=row.failed_at,
        fallback_called_at=row.fallback_called_at,
        closed_at=row.closed_at,
        cancel_requested_at=row.cancel_requested_at,
        cancel_acknowledged_at=row.cancel_acknowledged_at,
        cancel_reason=row.cancel_reason,
        cancel_note=row.cancel_note,
        steps=[
            DispatchStepRecord(
                step=s.step,
                at=s.at,
                clock=s.clock,
                by=s.actor,
                by_role=s.actor_role,
                incident_number=s.incident_number,
                reason=s.reason,
                note=s.note,
            )
            for s in steps
        ],
        requests=[
            DispatchRequest(
                id=p.id,
                by=UserRef(id=p.requested_by, name=names.get(p.requested_by, "")),
                pressed_at=p.pressed_at,
                received_at=p.received_at,
            )
            for p in presses
        ],
        training=bool(row.training),
        deduplicated=deduplicated,
    )


def publish(conn: Connection, dispatch_id: str, now: Any) -> None:
    """dispatch.updated to everyone who pressed, every shift lead and admin, and the liaison role.
    Like every event, without the full numbers (they stay behind GET, which the liaison reads)."""
    row = conn.execute(select(d).where(d.c.id == dispatch_id)).one()
    data = dispatch_view(conn, row, show_number=False).model_dump(mode="json")
    audience = [
        *eventlog.SUPERVISORS,
        LIAISONS,
        *(eventlog.user_audience(x) for x in requesters(conn, row.id)),
    ]
    eventlog.append(conn, "dispatch.updated", data, audience, now)
