"""A case's timeline, newest first: contacts (with summary, service types and notes), flags, follow-ups,
dispatches, checklist results (the newest revision of each) and referrals.

Handoffs join here as their issue adds them (TimelineItem already names the kind, so the console's
renderer does not change shape).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from annyeong.console.wire import CaseTimeline, Entry, TimelineContact, TimelineItem
from annyeong.server import schema
from annyeong.server.principal import Principal
from annyeong.server.services.casedata import flags_of, follow_ups_of
from annyeong.server.services.cases import case_row
from annyeong.server.services.dispatch_views import dispatch_view
from annyeong.server.services.referral_views import referral_view
from annyeong.server.services.views import chat_of, entry_view

MAX_ITEMS = 500


def _latest_notes(conn: Connection, contact_ids: list[str]) -> dict[str, list[str]]:
    """The newest revision of each note, grouped by contact, oldest note first."""
    if not contact_ids:
        return {}
    e = schema.contact_entries
    newest = (
        select(e.c.id, func.max(e.c.revision).label("revision"))
        .where(e.c.contact_id.in_(contact_ids), e.c.kind == "note")
        .group_by(e.c.id)
        .subquery()
    )
    rows = conn.execute(
        select(e.c.contact_id, e.c.body)
        .join(newest, (newest.c.id == e.c.id) & (newest.c.revision == e.c.revision))
        .order_by(e.c.created_at, e.c.id)
    ).all()
    out: dict[str, list[str]] = {}
    for contact_id, body in rows:
        out.setdefault(contact_id, []).append(body)
    return out


def _checklist_results(contact_ids: list[str], conn: Connection) -> list[Entry]:
    if not contact_ids:
        return []
    e = schema.contact_entries
    newest = (
        select(e.c.id, func.max(e.c.revision).label("revision"))
        .where(e.c.contact_id.in_(contact_ids), e.c.kind == "checklist_result")
        .group_by(e.c.id)
        .subquery()
    )
    rows = conn.execute(
        select(e).join(newest, (newest.c.id == e.c.id) & (newest.c.revision == e.c.revision))
    ).all()
    return [entry_view(r) for r in rows]


def timeline(conn: Connection, principal: Principal, case_id: str, now: datetime) -> CaseTimeline:
    case_row(conn, principal, case_id)
    c, u = schema.contacts, schema.users
    contacts = conn.execute(
        select(c, u.c.display_name)
        .join(u, u.c.id == c.c.counselor_id)
        .where(c.c.case_id == case_id)
        .order_by(c.c.started_at.desc())
        .limit(MAX_ITEMS)
    ).all()
    notes = _latest_notes(conn, [r.id for r in contacts])
    items = [
        TimelineItem(
            kind="contact",
            at=r.started_at,
            contact=TimelineContact(
                id=r.id,
                channel=r.channel,
                started_at=r.started_at,
                ended_at=r.ended_at,
                counselor_name=r.display_name,
                service_types=list(r.service_types or []),
                disposition=r.disposition,
                summary=r.summary,
                notes=notes.get(r.id, []),
                chat=chat_of(conn, r.call_id) if r.channel == "chat" else None,
            ),
        )
        for r in contacts
    ]
    items += [TimelineItem(kind="flag", at=f.created_at, flag=f) for f in flags_of(conn, case_id, now)]
    fu = schema.follow_ups
    created: dict[str, datetime] = {
        r.id: r.created_at
        for r in conn.execute(select(fu.c.id, fu.c.created_at).where(fu.c.case_id == case_id))
    }
    items += [
        TimelineItem(kind="follow_up", at=created[f.id], follow_up=f)
        for f in follow_ups_of(conn, case_id, now=now)
    ]
    # Dispatches: data is the Dispatch without the full numbers, as in its events.
    d = schema.dispatches
    items += [
        TimelineItem(
            kind="dispatch",
            at=r.received_at,
            data=dispatch_view(conn, r, show_number=False).model_dump(mode="json"),
        )
        for r in conn.execute(select(d).where(d.c.case_id == case_id)).all()
    ]
    # Checklist results: the newest revision of each, as its Entry.
    items += [
        TimelineItem(kind="checklist_result", at=entry.created_at, data=entry.model_dump(mode="json"))
        for entry in _checklist_results([r.id for r in contacts], conn)
    ]
    # Referrals: data is the Referral, as GET /v1/referrals/{id} answers it.
    rf = schema.referrals
    items += [
        TimelineItem(kind="referral", at=r.submitted_at, data=referral_view(conn, r).model_dump(mode="json"))
        for r in conn.execute(select(rf).where(rf.c.case_id == case_id)).all()
    ]
    items.sort(key=lambda item: item.at, reverse=True)
    return CaseTimeline(case_id=case_id, items=items[:MAX_ITEMS])
