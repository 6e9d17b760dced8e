"""Referrals to partner services (고립예방센터, 외로움돌봄동행단, …) with PIPA consent enforced here.

The server stores only what the person allowed (console.domain.referral.allowed_fields): a withheld
field is dropped before the insert and only its name is kept. An emergency referral records its lawful
basis instead of consent. Status: submitted → received → assigned → contacted → closed, or declined
(with a reason) from any open status; steps may be skipped forward, never taken back; a step already
recorded answers 200 unchanged (a retry). Every step is time-stamped, audited and published as
referral.updated in the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain.referral import allowed_fields, payload_size
from annyeong.console.wire import Referral, ReferralCreate, ReferralList, ReferralStatusUpdate
from annyeong.server import schema
from annyeong.server.permissions import REFERRAL_PARTNER, REFERRAL_VIEW_ANY
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.services.audit import AuditEntry, record
from annyeong.server.services.cases import case_row
from annyeong.server.services.follow_ups import resolve_case
from annyeong.server.services.referral_views import may_record, publish, r, referral_view, resolve, rs

RANK = {"submitted": 0, "received": 1, "assigned": 2, "contacted": 3, "closed": 4}
FINISHED = ("closed", "declined")
MAX_FIELDS_BYTES = 64 * 1024
MAX_LIST = 200


def _audit(
    conn: Connection, principal: Principal, row: Row[Any], action: str, now: datetime, **kw: Any
) -> None:
    caller_id = None
    if row.case_id is not None:
        cs = schema.cases
        caller_id = conn.execute(select(cs.c.caller_id).where(cs.c.id == row.case_id)).scalar_one_or_none()
    subject = ("caller", caller_id) if caller_id else ("case", row.case_id) if row.case_id else (None, None)
    entry = AuditEntry(action, "granted", subject[0], subject[1], f"referral:{row.id}", kw.get("reason"))
    record(conn, principal, kw.get("source"), entry, now)


def _step(
    conn: Connection, referral_id: str, status: str, now: datetime, principal: Principal, **kw: str | None
) -> None:
    conn.execute(
        insert(rs).values(
            referral_id=referral_id,
            status=status,
            at=now,
            actor=principal.id,
            actor_role=principal.role,
            reason=kw.get("reason"),
            note=kw.get("note"),
        )
    )


def create(
    conn: Connection, principal: Principal, body: ReferralCreate, now: datetime, source: str | None
) -> tuple[int, Referral]:
    referral_id = str(body.id)
    existing = conn.execute(select(r).where(r.c.id == referral_id)).first()
    if existing is not None:
        if existing.counselor_id != principal.id:
            raise ApiProblem(409, "referral_id_conflict", "this referral id is taken")
        return 200, referral_view(conn, existing)  # the same referral again (e.g. after a restart)
    if body.consent is None and body.lawful_basis is None:
        raise field_problem(
            422,
            "consent_required",
            "record the person's consent, or the lawful basis in an emergency",
            "consent",
        )
    if body.consent is not None and body.lawful_basis is not None:
        raise field_problem(422, "consent_conflict", "send consent or lawful_basis, not both", "lawful_basis")
    if payload_size(body.fields) > MAX_FIELDS_BYTES:
        raise field_problem(422, "fields_too_large", "the form fields are too large", "fields")
    case_id = resolve_case(conn, principal, body.contact_id, body.case_id, now)
    consent = body.consent
    # Consent is enforced here, before the insert: what the person withheld never reaches the database.
    kept, withheld = allowed_fields(
        body.fields,
        consent_given=consent.given if consent is not None else None,
        scope=consent.scope if consent is not None else (),
        lawful_basis=body.lawful_basis,
    )
    conn.execute(
        insert(r).values(
            id=referral_id,
            target=body.target,
            form_id=body.form_id,
            form_version=body.form_version,
            status="submitted",
            contact_id=body.contact_id,
            case_id=case_id,
            counselor_id=principal.id,
            fields=kept,
            withheld_fields=withheld,
            consent=consent.model_dump(mode="json") if consent is not None else None,
            lawful_basis=body.lawful_basis,
            lawful_basis_note=body.lawful_basis_note,
            submitted_at=now,
            updated_at=now,
        )
    )
    _step(conn, referral_id, "submitted", now, principal)
    row = conn.execute(select(r).where(r.c.id == referral_id)).one()
    reason = body.lawful_basis or ("consent" if consent and consent.given else "consent_refused")
    _audit(conn, principal, row, "referral.submitted", now, source=source, reason=reason)
    publish(conn, referral_id, now)
    return 201, referral_view(conn, row)


def get(
    conn: Connection, principal: Principal, referral_id: str, now: datetime, source: str | None
) -> Referral:
    row = resolve(conn, principal, referral_id)
    _audit(conn, principal, row, "referral.read", now, source=source)
    return referral_view(conn, row)


def list_referrals(
    conn: Connection,
    principal: Principal,
    *,
    status: str | None,
    open_only: bool | None,
    case_id: str | None,
    now: datetime,
    source: str | None,
) -> ReferralList:
    query = select(r).order_by(r.c.submitted_at.desc(), r.c.id).limit(MAX_LIST)
    if principal.can(REFERRAL_PARTNER):
        if principal.organisation != "*":
            query = query.where(r.c.target == (principal.organisation or ""))
    elif case_id is not None and not principal.can(REFERRAL_VIEW_ANY):
        case_row(conn, principal, case_id)  # those of a case one may see (404 otherwise)
    elif not principal.can(REFERRAL_VIEW_ANY):
        query = query.where(r.c.counselor_id == principal.id)
    if status is not None:
        query = query.where(r.c.status == status)
    if open_only is True:
        query = query.where(r.c.status.not_in(FINISHED))
    elif open_only is False:
        query = query.where(r.c.status.in_(FINISHED))
    if case_id is not None:
        query = query.where(r.c.case_id == case_id)
    rows = conn.execute(query).all()
    for row in rows:
        _audit(conn, principal, row, "referral.read", now, source=source)
    return ReferralList(items=[referral_view(conn, row) for row in rows])


def advance(
    conn: Connection,
    principal: Principal,
    referral_id: str,
    body: ReferralStatusUpdate,
    now: datetime,
    source: str | None,
) -> Referral:
    row = resolve(conn, principal, referral_id)
    if not may_record(principal, row):
        raise ApiProblem(
            403, "referral_step_not_allowed", "only the partner (or a shift lead) moves a referral"
        )
    step = body.step
    reason = (body.reason or "").strip() or None
    if step == "declined" and reason is None:
        raise field_problem(422, "reason_required", "say why the referral was declined", "reason")
    if getattr(row, f"{step}_at") is not None:
        return referral_view(conn, row)  # recorded already: a retry
    if row.status in FINISHED:
        raise ApiProblem(409, "referral_finished", f"this referral is {row.status}")
    if step != "declined" and RANK[step] <= RANK[row.status]:
        raise ApiProblem(
            409, "referral_invalid_transition", f"a referral that is {row.status} cannot go back to {step}"
        )
    values: dict[str, Any] = {"status": step, f"{step}_at": now, "updated_at": now}
    if step == "declined":
        values["decline_reason"] = reason
    conn.execute(update(r).where(r.c.id == row.id).values(**values))
    note = (body.note or "").strip() or None
    _step(conn, row.id, step, now, principal, reason=reason, note=note)
    _audit(conn, principal, row, f"referral.{step}", now, source=source, reason=(reason or "")[:200] or None)
    publish(conn, row.id, now)
    return referral_view(conn, conn.execute(select(r).where(r.c.id == row.id)).one())
