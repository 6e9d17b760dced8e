"""The incoming-call card: everything the counselor should know before saying "외로움안녕120입니다".

Built in one read transaction with a handful of indexed queries (the screen-pop budget is p95 ≤ 100 ms
from the bridge's POST to the painted card), and embedded in the call.offered event so the console need
not ask again. Its statements are built once (see "Statements built once" in docs/architecture.md).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, select
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain.handoff import sbar_note
from annyeong.console.wire import CallerCard, ContactBrief
from annyeong.server import schema
from annyeong.server.services.casedata import (
    case_brief,
    case_rows_with_owner,
    flags_of,
    follow_ups_of,
    risk_of,
)
from annyeong.server.services.checklists import last_checklist
from annyeong.server.services.summary import caller_summary

RECENT = 3


@cache
def _recent_query(excluding: bool) -> Select[Any]:
    c, u = schema.contacts, schema.users
    query = (
        select(c, u.c.display_name)
        .join(u, u.c.id == c.c.counselor_id)
        .where(c.c.caller_id == bindparam("caller_id"))
        .order_by(c.c.started_at.desc(), c.c.id)
        .limit(bindparam("limit", type_=Integer()))
    )
    return query.where(c.c.call_id != bindparam("exclude_call_id")) if excluding else query


def recent_contacts(
    conn: Connection, caller_id: str, *, exclude_call_id: str | None, limit: int = RECENT
) -> list[ContactBrief]:
    params = {"caller_id": caller_id, "exclude_call_id": exclude_call_id, "limit": limit}
    return [contact_brief(r) for r in conn.execute(_recent_query(exclude_call_id is not None), params).all()]


def contact_brief(row: Row[Any]) -> ContactBrief:
    """A contacts row joined with the counselor's display_name."""
    return ContactBrief(
        id=row.id,
        started_at=row.started_at,
        channel=row.channel,
        counselor_name=row.display_name,
        service_types=list(row.service_types or []),
        disposition=row.disposition,
        summary=row.summary,
    )


def caller_card(
    conn: Connection,
    caller_id: str | None,
    *,
    show_number: bool,
    now: datetime,
    exclude_call_id: str | None = None,
) -> CallerCard:
    summary = caller_summary(conn, caller_id, show_number=show_number, exclude_call_id=exclude_call_id)
    if caller_id is None:
        return CallerCard(caller=summary)
    case = conn.execute(_case_query(), {"caller_id": caller_id}).first()
    open_case = case if case is not None and case.status == "open" else None
    return CallerCard(
        caller=summary,
        recent_contacts=recent_contacts(conn, caller_id, exclude_call_id=exclude_call_id),
        open_case=case_brief(open_case) if open_case is not None else None,
        active_flags=flags_of(conn, open_case.id, now, active_only=True) if open_case is not None else [],
        last_risk=risk_of(case) if case is not None else None,
        last_checklist=last_checklist(conn, caller_id, exclude_call_id=exclude_call_id),
        last_handoff_note=last_handoff_note(conn, case.id) if case is not None else None,
        pending_referrals=pending_referrals(conn, open_case.id) if open_case is not None else 0,
        pending_follow_ups=(
            follow_ups_of(conn, open_case.id, pending_only=True, now=now) if open_case is not None else []
        ),
    )


@cache
def _case_query() -> Select[Any]:
    """The open case if there is one, else the newest closed one (its risk tier still informs the card)."""
    cs = schema.cases
    return (
        case_rows_with_owner()
        .where(cs.c.caller_id == bindparam("caller_id"))
        .order_by((cs.c.status == "open").desc(), cs.c.updated_at.desc())
        .limit(1)
    )


@cache
def _pending_referrals_query() -> Select[Any]:
    r = schema.referrals
    return select(func.count()).where(
        r.c.case_id == bindparam("case_id"), r.c.status.not_in(("closed", "declined"))
    )


@cache
def _handoff_note_query() -> Select[Any]:
    h = schema.handoffs
    return (
        select(h.c.sbar)
        .where(h.c.case_id == bindparam("case_id"), h.c.kind == "handoff")
        .order_by(h.c.created_at.desc(), h.c.id)
        .limit(1)
    )


def pending_referrals(conn: Connection, case_id: str) -> int:
    """Referrals of the case that are still open (not closed or declined)."""
    return int(conn.execute(_pending_referrals_query(), {"case_id": case_id}).scalar_one())


def last_handoff_note(conn: Connection, case_id: str) -> str | None:
    """The SBAR of the newest handoff of the person's case, as one text (take-overs carry no note)."""
    sbar = conn.execute(_handoff_note_query(), {"case_id": case_id}).scalar_one_or_none()
    return sbar_note(sbar) if isinstance(sbar, dict) else None
