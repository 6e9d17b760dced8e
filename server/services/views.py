"""Rows → wire models. Masking happens here, once, by the viewer's right to see numbers."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import (
    Call,
    ChatHandoff,
    ChecklistResult,
    Contact,
    ContactSummary,
    CrisisDecision,
    Entry,
    FollowUpPlan,
    Party,
    PresenceInfo,
)
from annyeong.server import schema
from annyeong.server.services.card import caller_card
from annyeong.server.services.prepared import card_for, summary_for
from annyeong.server.services.summary import caller_summary
from annyeong.server.state import utcnow


def call_view(conn: Connection, row: Row[Any], *, show_number: bool) -> Call:
    # The card's caller is the same summary (same caller, masking and exclusion): built once, as it is
    # built under the write lock on the path of every call.
    card = None
    if row.caller_id is not None:
        has_contact = row.contact_id is not None
        card = card_for(conn, row.caller_id, row.id, has_contact=has_contact, show_number=show_number)
    if card is None:
        card = caller_card(conn, row.caller_id, show_number=show_number, now=utcnow(), exclude_call_id=row.id)
    return Call(
        id=row.id,
        status=row.status,
        channel=row.channel,
        caller=card.caller,
        created_at=row.created_at,
        offered_to=row.offered_to,
        offered_at=row.offered_at,
        offer_expires_at=row.offer_expires_at,
        accepted_at=row.accepted_at,
        ended_at=row.ended_at,
        contact_id=row.contact_id,
        card=card,
        chat=chat_of(conn, row.id) if row.channel == "chat" else None,
    )


def contact_view(conn: Connection, row: Row[Any], *, show_number: bool) -> Contact:
    caller = None
    if row.caller_id is not None:
        caller = summary_for(conn, row.caller_id, row.call_id, show_number=show_number)
    if caller is None:
        caller = caller_summary(conn, row.caller_id, show_number=show_number, exclude_call_id=row.call_id)
    return Contact(
        id=row.id,
        call_id=row.call_id,
        counselor_id=row.counselor_id,
        channel=row.channel,
        caller=caller,
        started_at=row.started_at,
        ended_at=row.ended_at,
        version=row.version,
        case_id=row.case_id,
        service_types=list(row.service_types or []),
        summary=row.summary,
        disposition=row.disposition,
        reporter=Party.model_validate(row.reporter) if row.reporter else None,
        subject=Party.model_validate(row.subject) if row.subject else None,
        follow_up=FollowUpPlan.model_validate(row.follow_up) if row.follow_up else None,
        wrapped_up_at=row.wrapped_up_at,
        chat=chat_of(conn, row.call_id) if row.channel == "chat" else None,
    )


def chat_of(conn: Connection, call_id: str) -> ChatHandoff | None:
    ch = schema.chats
    row = conn.execute(select(ch).where(ch.c.call_id == call_id)).first()
    if row is None:
        return None
    s = schema.chat_sessions
    source = conn.execute(select(s.c.source).where(s.c.call_id == call_id)).scalar_one_or_none()
    return ChatHandoff.model_validate({
        "self_test": row.self_test, "transcript": row.transcript, "received_at": row.created_at,
        # A hand-off without a page ("handoff") names no channel the person could be reached on.
        "source": source if source in ("web", "kakao") else None,
    })


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
    data = row.data
    return Entry(
        id=UUID(row.id),
        contact_id=row.contact_id,
        kind=row.kind,
        body=row.body,
        revision=row.revision,
        author_id=row.author_id,
        created_at=row.created_at,
        checklist=ChecklistResult.model_validate(data) if row.kind == "checklist_result" and data else None,
        crisis_decision=(
            CrisisDecision.model_validate(data) if row.kind == "crisis_decision" and data else None
        ),
    )


def presence_view(row: Row[Any]) -> PresenceInfo:
    return PresenceInfo(
        user_id=row.id, display_name=row.display_name, status=row.presence, since=row.presence_since
    )
