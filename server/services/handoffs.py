"""Handoffs: hand a contact or a case on with an SBAR note; the receiver accepts or rejects; escalation.

One owner at a time: the sender keeps the contact/case while the handoff is pending; accepting moves it
(a live contact too, see services.ownership); rejecting leaves it with the sender. One pending handoff
per contact (or per case) at a time. Not accepted by escalate_at → escalated to the shift lead (sweeper).

A partner centre (고립예방센터, 돌봄동행단) takes on the person, never the call or the case file: a handoff to
a partner is never `live` (the call cannot be put through to an outside organisation from here, so the
sender keeps talking and wraps the contact up), and accepting it leaves case ownership as it was.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, insert, or_, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain.handoff import escalation_delay_s
from annyeong.console.wire import Handoff, HandoffCreate, HandoffList
from annyeong.server import schema
from annyeong.server.config import ServerConfig
from annyeong.server.permissions import CASE_WRITE_ANY, HANDOFF_MANAGE, HANDOFF_PARTNER, HANDOFF_RECEIVE
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.services.casedata import open_case_id
from annyeong.server.services.cases import case_row, open_case
from annyeong.server.services.contacts import contact_row
from annyeong.server.services.handoff_views import (
    PARTNER_ORGANISATION,
    PARTNER_TARGETS,
    h,
    handoff_view,
    may_answer,
    names,
    publish,
    resolve,
)
from annyeong.server.services.ownership import move_case, move_contact
from annyeong.server.services.people import require_person, user_ref

c, cs, esc = schema.contacts, schema.cases, schema.escalations
MAX_LIST = 200


def _delay(cfg: ServerConfig, tier: str | None) -> timedelta:
    seconds = escalation_delay_s(
        tier, normal_s=cfg.handoff_escalate_s, urgent_s=cfg.handoff_escalate_urgent_s
    )
    return timedelta(seconds=seconds)


def _check_target(conn: Connection, principal: Principal, body: HandoffCreate) -> None:
    if body.target == "counselor":
        if body.to_user_id is None:
            raise field_problem(422, "to_user_required", "name the counselor to hand off to", "to_user_id")
        require_person(conn, body.to_user_id, "to_user_id")
        if body.to_user_id == principal.id:
            raise field_problem(422, "handoff_to_self", "you cannot hand off to yourself", "to_user_id")
    elif body.to_user_id is not None:
        raise field_problem(
            422, "to_user_not_allowed", "to_user_id is only for target counselor", "to_user_id"
        )


def _source(
    conn: Connection, principal: Principal, body: HandoffCreate
) -> tuple[Row[Any] | None, str | None]:
    """(contact, case id) the handoff is about; the sender must hold them (or be a shift lead)."""
    if body.contact_id is None and body.case_id is None:
        raise field_problem(422, "source_required", "send contact_id or case_id", "contact_id")
    contact = contact_row(conn, principal, body.contact_id, write=True) if body.contact_id else None
    case_id = contact.case_id if contact is not None else None
    if body.case_id is not None:
        if case_id is not None and case_id != body.case_id:
            raise field_problem(422, "case_mismatch", "the contact belongs to another case", "case_id")
        case = case_row(conn, principal, body.case_id)
        if contact is None and case.owner_id != principal.id and not principal.can(CASE_WRITE_ANY):
            raise ApiProblem(403, "case_not_yours", "only the case owner or a shift lead can hand it off")
        case_id = body.case_id
    return contact, case_id


def create(
    conn: Connection, principal: Principal, body: HandoffCreate, now: datetime, cfg: ServerConfig
) -> Handoff:
    if not body.sbar.situation.strip():
        raise field_problem(422, "situation_required", "say what the situation is", "sbar.situation")
    _check_target(conn, principal, body)
    contact, case_id = _source(conn, principal, body)
    same = h.c.contact_id == contact.id if contact is not None else h.c.case_id == case_id
    if conn.execute(select(exists().where(same, h.c.status == "pending"))).scalar():
        raise ApiProblem(409, "handoff_pending", "this is already being handed off; wait for the answer")
    tier = body.sbar.risk_tier
    if tier is None and case_id is not None:
        tier = conn.execute(select(cs.c.risk_tier).where(cs.c.id == case_id)).scalar_one_or_none()
    sbar = body.sbar.model_copy(update={"risk_tier": tier})
    handoff_id = str(uuid.uuid4())
    conn.execute(
        insert(h).values(
            id=handoff_id, kind="handoff", status="pending", target=body.target, to_user_id=body.to_user_id,
            from_user_id=contact.counselor_id if contact is not None else principal.id,
            contact_id=contact.id if contact is not None else None, case_id=case_id,
            live=1 if contact is not None and contact.ended_at is None and body.target not in PARTNER_TARGETS
            else 0,
            sbar=sbar.model_dump(mode="json"), created_at=now, escalate_at=now + _delay(cfg, tier),
        )
    )  # fmt: skip
    return publish(conn, handoff_id, "handoff.created", now)


def _decided(conn: Connection, principal: Principal, handoff_id: str, status: str) -> tuple[Row[Any], bool]:
    """The row, and whether this exact answer was given already by this principal (a retry)."""
    row = resolve(conn, principal, handoff_id)
    if not may_answer(principal, row):
        raise ApiProblem(403, "handoff_not_yours", "this handoff is not addressed to you")
    if row.status == status and row.decided_by == principal.id:
        return row, True
    if row.status != "pending":
        raise ApiProblem(409, "handoff_not_pending", f"this handoff was {row.status} already")
    return row, False


def accept(
    conn: Connection, principal: Principal, handoff_id: str, now: datetime, timeout_s: float
) -> Handoff:
    row, repeated = _decided(conn, principal, handoff_id, "accepted")
    if repeated:
        return handoff_view(conn, row)
    conn.execute(
        update(h).where(h.c.id == row.id).values(status="accepted", decided_at=now, decided_by=principal.id)
    )
    # A person taking it becomes its one owner; a partner centre takes the person on, not the case file.
    if principal.is_user and row.target not in PARTNER_TARGETS:
        new_owner = user_ref(conn, principal.id)
        contact = conn.execute(select(c).where(c.c.id == row.contact_id)).first() if row.contact_id else None
        case_id = row.case_id
        if case_id is None and contact is not None:
            case_id = open_case_id(conn, contact.caller_id) or open_case(
                conn, contact.caller_id, principal.id, now
            )
            conn.execute(update(c).where(c.c.id == contact.id).values(case_id=case_id))
            conn.execute(update(h).where(h.c.id == row.id).values(case_id=case_id))
            contact = conn.execute(select(c).where(c.c.id == contact.id)).one()
        move_case(conn, case_id, principal.id, now)
        if contact is not None and contact.ended_at is None:
            move_contact(conn, contact, new_owner, row.id, "handoff", now, timeout_s)
    return publish(conn, row.id, "handoff.updated", now)


def reject(conn: Connection, principal: Principal, handoff_id: str, reason: str, now: datetime) -> Handoff:
    if not reason.strip():
        raise field_problem(422, "reason_required", "say why you cannot take it", "reason")
    row, repeated = _decided(conn, principal, handoff_id, "rejected")
    if repeated:
        return handoff_view(conn, row)
    conn.execute(
        update(h)
        .where(h.c.id == row.id)
        .values(status="rejected", decided_at=now, decided_by=principal.id, reject_reason=reason.strip())
    )
    return publish(conn, row.id, "handoff.updated", now)


def assign(
    conn: Connection, principal: Principal, handoff_id: str, to_user_id: str, now: datetime, cfg: ServerConfig
) -> Handoff:
    """A shift lead gives a pending handoff to a named counselor; the escalation clock starts again."""
    row = resolve(conn, principal, handoff_id)
    if row.status != "pending":
        raise ApiProblem(409, "handoff_not_pending", f"this handoff was {row.status} already")
    require_person(conn, to_user_id, "to_user_id")
    if to_user_id == row.from_user_id:
        raise field_problem(422, "handoff_to_self", "that is who handed it off", "to_user_id")
    conn.execute(
        update(h)
        .where(h.c.id == row.id)
        .values(target="counselor", to_user_id=to_user_id, escalated_at=None,
                escalate_at=now + _delay(cfg, row.sbar.get("risk_tier")))
    )  # fmt: skip
    return publish(conn, row.id, "handoff.updated", now)


def get(conn: Connection, principal: Principal, handoff_id: str) -> Handoff:
    return handoff_view(conn, resolve(conn, principal, handoff_id))


def list_handoffs(conn: Connection, principal: Principal, status: str | None) -> HandoffList:
    """Shift leads: all. Others: sent by them, addressed to them, or to a pool they answer for."""
    query = select(h).order_by(h.c.created_at.desc(), h.c.id).limit(MAX_LIST)
    if status is not None:
        query = query.where(h.c.status == status)
    if not principal.can(HANDOFF_MANAGE):
        mine = [h.c.from_user_id == principal.id, h.c.to_user_id == principal.id]
        if principal.can(HANDOFF_RECEIVE):
            mine.append(h.c.target == "next_shift")
        if principal.can(HANDOFF_PARTNER):
            # A partner sees the handoffs addressed to its own organisation ("*": the training desk).
            targets = [t for t, org in PARTNER_ORGANISATION.items() if principal.organisation in ("*", org)]
            mine.append(h.c.target.in_(targets))
        query = query.where(or_(*mine))
    known = names(conn)
    return HandoffList(items=[handoff_view(conn, r, known) for r in conn.execute(query).all()])


def escalations_due(conn: Connection, now: datetime) -> bool:
    due = exists().where(h.c.status == "pending", h.c.escalated_at.is_(None), h.c.escalate_at <= now)
    return bool(conn.execute(select(due)).scalar())


def escalate_due(conn: Connection, now: datetime) -> int:
    rows = conn.execute(
        select(h).where(h.c.status == "pending", h.c.escalated_at.is_(None), h.c.escalate_at <= now)
    ).all()
    for row in rows:
        conn.execute(update(h).where(h.c.id == row.id).values(escalated_at=now))
        conn.execute(
            insert(esc).values(
                id=str(uuid.uuid4()), kind="handoff_not_accepted", handoff_id=row.id, case_id=row.case_id,
                contact_id=row.contact_id, created_at=now,
            )
        )  # fmt: skip
        publish(conn, row.id, "handoff.escalated", now)
    return len(rows)
