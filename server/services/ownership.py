"""One owner at a time: moving a live contact or a case to someone else, and telling everyone concerned.

A live contact moves with everything in it (entries stay on the contact); the counselor who had it gets
contact.taken_over and goes to wrap-up, the new one goes on the call. The previous holder may still send
note revisions typed before the move (see services.contacts.add_entry), so nothing typed is lost.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import ContactTakenOver, HandoffKind, UserRef
from annyeong.server import eventlog, schema
from annyeong.server.services.cases import publish_case
from annyeong.server.services.details import publish_contact
from annyeong.server.services.presence import change_presence

c, cs, h = schema.contacts, schema.cases, schema.handoffs


def move_contact(
    conn: Connection,
    contact: Row[Any],
    new_owner: UserRef,
    handoff_id: str,
    kind: HandoffKind,
    now: datetime,
    timeout_s: float,
) -> None:
    previous = contact.counselor_id
    if previous == new_owner.id:
        return
    conn.execute(
        update(c).where(c.c.id == contact.id).values(counselor_id=new_owner.id, version=contact.version + 1)
    )
    if contact.ended_at is None:
        change_presence(conn, new_owner.id, "on_call", now, timeout_s, dispatch=False)
        if not _has_open_contact(conn, previous):
            change_presence(conn, previous, "wrap_up", now, timeout_s)
    publish_contact(conn, contact.id, new_owner.id, now)
    taken = ContactTakenOver(
        contact_id=contact.id,
        from_user_id=previous,
        to_user=new_owner,
        handoff_id=handoff_id,
        kind=kind,
        at=now,
    )
    audience = [eventlog.user_audience(previous), *eventlog.SUPERVISORS]
    eventlog.append(conn, "contact.taken_over", taken.model_dump(mode="json"), audience, now)


def _has_open_contact(conn: Connection, user_id: str) -> bool:
    return bool(
        conn.execute(select(exists().where(c.c.counselor_id == user_id, c.c.ended_at.is_(None)))).scalar()
    )


def move_case(conn: Connection, case_id: str, new_owner_id: str, now: datetime) -> None:
    row = conn.execute(select(cs).where(cs.c.id == case_id)).one()
    if row.owner_id == new_owner_id:
        return
    conn.execute(
        update(cs)
        .where(cs.c.id == case_id)
        .values(owner_id=new_owner_id, version=row.version + 1, updated_at=now)
    )
    publish_case(conn, case_id, now)
