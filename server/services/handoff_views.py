"""Handoff rows → the wire model; who sees a handoff, who may answer it, and who hears about it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import Handoff, Sbar, UserRef
from annyeong.server import eventlog, schema
from annyeong.server.permissions import HANDOFF_MANAGE, HANDOFF_PARTNER, HANDOFF_RECEIVE
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem

h, esc, u = schema.handoffs, schema.escalations, schema.users
NOT_FOUND = ApiProblem(404, "handoff_not_found", "no handoff with this id")
PARTNER_TARGETS = ("isolation_center", "care_companion")
# The partner organisation (a referral target id, as on its API key) that answers each partner target.
PARTNER_ORGANISATION = {
    "isolation_center": "isolation-prevention-center",
    "care_companion": "loneliness-care-companions",
}


def names(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(u.c.id, u.c.display_name)).tuples().all())


def handoff_view(conn: Connection, row: Row[Any], known: dict[str, str] | None = None) -> Handoff:
    known = known if known is not None else names(conn)
    escalation_id = conn.execute(
        select(esc.c.id).where(esc.c.handoff_id == row.id).order_by(esc.c.created_at.desc()).limit(1)
    ).scalar_one_or_none()
    return Handoff(
        id=row.id,
        kind=row.kind,
        status=row.status,
        target=row.target,
        to_user=UserRef(id=row.to_user_id, name=known.get(row.to_user_id, "")) if row.to_user_id else None,
        from_user=UserRef(id=row.from_user_id, name=known.get(row.from_user_id, "")),
        contact_id=row.contact_id,
        case_id=row.case_id,
        live=bool(row.live),
        sbar=Sbar.model_validate(row.sbar),
        created_at=row.created_at,
        escalate_at=row.escalate_at,
        escalated_at=row.escalated_at,
        escalation_id=escalation_id,
        decided_at=row.decided_at,
        decided_by=row.decided_by,
        reject_reason=row.reject_reason,
    )


def may_answer(principal: Principal, row: Row[Any]) -> bool:
    """Accept or reject: the named receiver, anyone in the next shift's pool but the sender, a partner
    for its own target, and shift leads for any (recording a partner's answer given by phone, too)."""
    if principal.can(HANDOFF_MANAGE):
        return True
    if row.target == "counselor":
        return principal.id == row.to_user_id
    if row.target == "next_shift":
        return principal.can(HANDOFF_RECEIVE) and principal.id != row.from_user_id
    organisation = PARTNER_ORGANISATION.get(row.target)
    return principal.can(HANDOFF_PARTNER) and principal.organisation in ("*", organisation)


def may_view(principal: Principal, row: Row[Any]) -> bool:
    return principal.id in (row.from_user_id, row.to_user_id) or may_answer(principal, row)


def resolve(conn: Connection, principal: Principal, handoff_id: str) -> Row[Any]:
    row = conn.execute(select(h).where(h.c.id == handoff_id)).first()
    if row is None or not may_view(principal, row):
        raise NOT_FOUND
    return row


def audience(row: Row[Any]) -> list[str]:
    found = [*eventlog.SUPERVISORS, eventlog.user_audience(row.from_user_id)]
    if row.to_user_id:
        found.append(eventlog.user_audience(row.to_user_id))
    if row.target == "next_shift" and row.status == "pending":
        found.append(eventlog.role_audience("counselor"))
    if row.target in PARTNER_ORGANISATION:
        found.append(eventlog.partner_audience(PARTNER_ORGANISATION[row.target]))
    return found


def publish(conn: Connection, handoff_id: str, type_: str, now: datetime) -> Handoff:
    row = conn.execute(select(h).where(h.c.id == handoff_id)).one()
    handoff = handoff_view(conn, row)
    eventlog.append(conn, type_, handoff.model_dump(mode="json"), audience(row), now)
    return handoff
