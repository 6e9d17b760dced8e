"""Rows → wire models. Masking happens here, once, by the viewer's right to see numbers."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row

from console.domain.phone import mask
from console.wire import Call, CallerSummary, Contact, ContactSummary, Entry, PresenceInfo
from server import schema


def caller_summary(
    conn: Connection, caller_id: str | None, *, show_number: bool, exclude_call_id: str | None = None
) -> CallerSummary:
    if caller_id is None:
        return CallerSummary(withheld=True)
    e164 = conn.execute(select(schema.callers.c.e164).where(schema.callers.c.id == caller_id)).scalar_one()
    c = schema.contacts
    where = [c.c.caller_id == caller_id]
    if exclude_call_id is not None:
        # A call's own contact is not "prior": the card shows history before this call.
        where.append(c.c.call_id != exclude_call_id)
    count = conn.execute(select(func.count()).select_from(c).where(*where)).scalar_one()
    last = conn.execute(
        select(c.c.started_at, schema.users.c.display_name)
        .join(schema.users, schema.users.c.id == c.c.counselor_id)
        .where(*where)
        .order_by(c.c.started_at.desc())
        .limit(1)
    ).first()
    return CallerSummary(
        withheld=False,
        number_masked=mask(e164),
        number_e164=e164 if show_number else None,
        returning=count > 0,
        prior_contacts=count,
        last_contact_at=last.started_at if last else None,
        last_counselor=last.display_name if last else None,
    )


def call_view(conn: Connection, row: Row[Any], *, show_number: bool) -> Call:
    return Call(
        id=row.id,
        status=row.status,
        channel=row.channel,
        caller=caller_summary(conn, row.caller_id, show_number=show_number, exclude_call_id=row.id),
        created_at=row.created_at,
        offered_to=row.offered_to,
        offered_at=row.offered_at,
        offer_expires_at=row.offer_expires_at,
        accepted_at=row.accepted_at,
        ended_at=row.ended_at,
        contact_id=row.contact_id,
    )


def contact_view(conn: Connection, row: Row[Any], *, show_number: bool) -> Contact:
    return Contact(
        id=row.id,
        call_id=row.call_id,
        counselor_id=row.counselor_id,
        channel=row.channel,
        caller=caller_summary(conn, row.caller_id, show_number=show_number, exclude_call_id=row.call_id),
        started_at=row.started_at,
        ended_at=row.ended_at,
    )


def contact_summaries(conn: Connection, caller_id: str, limit: int = 50) -> list[ContactSummary]:
    c, e = schema.contacts, schema.contact_entries
    note_count = (
        select(func.count(func.distinct(e.c.id)))
        .where(e.c.contact_id == c.c.id, e.c.kind == "note")
        .scalar_subquery()
    )
    rows = conn.execute(
        select(c, schema.users.c.display_name, note_count.label("note_count"))
        .join(schema.users, schema.users.c.id == c.c.counselor_id)
        .where(c.c.caller_id == caller_id)
        .order_by(c.c.started_at.desc())
        .limit(limit)
    ).all()
    return [
        ContactSummary(
            id=r.id,
            channel=r.channel,
            started_at=r.started_at,
            ended_at=r.ended_at,
            counselor_name=r.display_name,
            note_count=r.note_count,
        )
        for r in rows
    ]


def entry_view(row: Row[Any]) -> Entry:
    return Entry(
        id=UUID(row.id),
        contact_id=row.contact_id,
        kind=row.kind,
        body=row.body,
        revision=row.revision,
        author_id=row.author_id,
        created_at=row.created_at,
    )


def presence_view(row: Row[Any]) -> PresenceInfo:
    return PresenceInfo(
        user_id=row.id, display_name=row.display_name, status=row.presence, since=row.presence_since
    )
