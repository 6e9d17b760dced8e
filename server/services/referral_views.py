"""Referral rows → the wire model; who sees a referral, who may move it on, and who hears about it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import Consent, Referral, ReferralStepRecord, UserRef
from annyeong.server import eventlog, schema
from annyeong.server.permissions import (
    REFERRAL_PARTNER,
    REFERRAL_RECORD_ANY,
    REFERRAL_VIEW,
    REFERRAL_VIEW_ANY,
)
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services.cases import case_row

r, rs, u, cs = schema.referrals, schema.referral_steps, schema.users, schema.cases
NOT_FOUND = ApiProblem(404, "referral_not_found", "no referral with this id")
STEP_TIMES = ("received", "assigned", "contacted", "closed", "declined")


def acts_for(principal: Principal, target: str) -> bool:
    """A referral partner acts for its own organisation only ("*": the training desk, every one)."""
    return principal.can(REFERRAL_PARTNER) and principal.organisation in ("*", target)


def may_view(conn: Connection, principal: Principal, row: Row[Any]) -> bool:
    if principal.can(REFERRAL_VIEW_ANY) or acts_for(principal, row.target):
        return True
    if not principal.can(REFERRAL_VIEW):
        return False
    if row.counselor_id == principal.id:
        return True
    if row.case_id is None:
        return False
    try:
        case_row(conn, principal, row.case_id)
    except ApiProblem:
        return False
    return True


def may_record(principal: Principal, row: Row[Any]) -> bool:
    return principal.can(REFERRAL_RECORD_ANY) or acts_for(principal, row.target)


def resolve(conn: Connection, principal: Principal, referral_id: str) -> Row[Any]:
    """The referral if the principal may see it; another organisation's is reported missing."""
    row = conn.execute(select(r).where(r.c.id == referral_id)).first()
    if row is None or not may_view(conn, principal, row):
        raise NOT_FOUND
    return row


def referral_view(conn: Connection, row: Row[Any], *, with_fields: bool = True) -> Referral:
    name = conn.execute(select(u.c.display_name).where(u.c.id == row.counselor_id)).scalar_one()
    steps = conn.execute(select(rs).where(rs.c.referral_id == row.id).order_by(rs.c.seq)).all()
    return Referral(
        id=row.id,
        target=row.target,
        form_id=row.form_id,
        form_version=row.form_version,
        status=row.status,
        contact_id=row.contact_id,
        case_id=row.case_id,
        counselor=UserRef(id=row.counselor_id, name=name),
        fields=dict(row.fields) if with_fields else {},
        withheld_fields=list(row.withheld_fields),
        consent=Consent.model_validate(row.consent) if row.consent else None,
        lawful_basis=row.lawful_basis,
        lawful_basis_note=row.lawful_basis_note,
        decline_reason=row.decline_reason,
        submitted_at=row.submitted_at,
        received_at=row.received_at,
        assigned_at=row.assigned_at,
        contacted_at=row.contacted_at,
        closed_at=row.closed_at,
        declined_at=row.declined_at,
        updated_at=row.updated_at,
        steps=[
            ReferralStepRecord(
                status=s.status, at=s.at, by=s.actor, by_role=s.actor_role, reason=s.reason, note=s.note
            )
            for s in steps
        ],
    )


def publish(conn: Connection, referral_id: str, now: datetime) -> None:
    """referral.updated to the counselor, the case owner, shift leads and the partner organisation.
    The form fields stay out of events (they may hold a name or an address): GET the referral."""
    row = conn.execute(select(r).where(r.c.id == referral_id)).one()
    audience = [
        *eventlog.SUPERVISORS,
        eventlog.user_audience(row.counselor_id),
        eventlog.partner_audience(row.target),
    ]
    if row.case_id is not None:
        owner = conn.execute(select(cs.c.owner_id).where(cs.c.id == row.case_id)).scalar_one()
        audience.append(eventlog.user_audience(owner))
    data = referral_view(conn, row, with_fields=False).model_dump(mode="json")
    eventlog.append(conn, "referral.updated", data, audience, now)
