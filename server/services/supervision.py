"""The shift lead's actions besides the board itself: take over a contact, acknowledge an escalation,
message a counselor."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import Contact, Escalation, Message, MessageCreate, UserRef
from annyeong.server import eventlog, schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services.contacts import contact_row
from annyeong.server.services.ownership import move_contact
from annyeong.server.services.people import require_person, user_ref
from annyeong.server.services.views import contact_view

c, esc, h, msg = schema.contacts, schema.escalations, schema.handoffs, schema.messages


def take_over(
    conn: Connection, principal: Principal, contact_id: str, now: datetime, timeout_s: float
) -> Contact:
    """The shift lead takes a contact that is not wrapped up yet. Recorded as an accepted handoff of kind
    take_over (so the timeline and the card show it); idempotent for the one who holds it."""
    row = contact_row(conn, principal, contact_id, write=True)
    if row.counselor_id != principal.id:
        if row.wrapped_up_at is not None:
            raise ApiProblem(409, "contact_closed", "this contact is wrapped up; nothing to take over")
        handoff_id = str(uuid.uuid4())
        conn.execute(
            insert(h).values(
                id=handoff_id, kind="take_over", status="accepted", target="counselor",
                to_user_id=principal.id,
                from_user_id=row.counselor_id, contact_id=row.id, case_id=row.case_id,
                live=1 if row.ended_at is None else 0, sbar={"situation": ""}, created_at=now,
                decided_at=now, decided_by=principal.id,
            )
        )  # fmt: skip
        move_contact(conn, row, user_ref(conn, principal.id), handoff_id, "take_over", now, timeout_s)
    fresh = conn.execute(select(c).where(c.c.id == contact_id)).one()
    return contact_view(conn, fresh, show_number=principal.can(CALLER_NUMBER_VIEW))


def escalation_view(row: Row[Any], known: dict[str, str]) -> Escalation:
    by = row.acknowledged_by
    return Escalation(
        id=row.id,
        kind=row.kind,
        handoff_id=row.handoff_id,
        case_id=row.case_id,
        contact_id=row.contact_id,
        created_at=row.created_at,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=UserRef(id=by, name=known.get(by, "")) if by else None,
    )


def acknowledge_escalation(
    conn: Connection, principal: Principal, escalation_id: str, now: datetime
) -> Escalation:
    row = conn.execute(select(esc).where(esc.c.id == escalation_id)).first()
    if row is None:
        raise ApiProblem(404, "escalation_not_found", "no escalation with this id")
    if row.acknowledged_at is None:
        conn.execute(
            update(esc).where(esc.c.id == row.id).values(acknowledged_at=now, acknowledged_by=principal.id)
        )
        row = conn.execute(select(esc).where(esc.c.id == escalation_id)).one()
        data = escalation_view(row, {principal.id: user_ref(conn, principal.id).name})
        eventlog.append(conn, "escalation.updated", data.model_dump(mode="json"), eventlog.SUPERVISORS, now)
    known = dict(conn.execute(select(schema.users.c.id, schema.users.c.display_name)).tuples().all())
    return escalation_view(row, known)


def send_message(conn: Connection, principal: Principal, body: MessageCreate, now: datetime) -> Message:
    require_person(conn, body.to_user_id, "to_user_id")
    message_id = str(uuid.uuid4())
    conn.execute(
        insert(msg).values(
            id=message_id,
            from_user_id=principal.id,
            to_user_id=body.to_user_id,
            text=body.text,
            created_at=now,
        )
    )
    message = Message(
        id=message_id,
        from_user=user_ref(conn, principal.id),
        to_user=user_ref(conn, body.to_user_id),
        text=body.text,
        created_at=now,
    )
    audience = [eventlog.user_audience(body.to_user_id), eventlog.user_audience(principal.id)]
    eventlog.append(conn, "message.received", message.model_dump(mode="json"), audience, now)
    return message
