"""Rows of cases, flags and follow-ups → wire models, with the names joined in (no query per row)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.sql import Select

from annyeong.console.wire import Case, CaseBrief, CaseFlag, FollowUp, RiskAssessment, UserRef
from annyeong.server import schema
from annyeong.server.services.summary import caller_summary

cs, fl, fu, u = schema.cases, schema.case_flags, schema.follow_ups, schema.users


def case_rows_with_owner() -> Select[Any]:
    return select(cs, u.c.display_name.label("owner_name")).join(u, u.c.id == cs.c.owner_id)


def case_brief(row: Row[Any]) -> CaseBrief:
    return CaseBrief(
        id=row.id, status=row.status, owner=UserRef(id=row.owner_id, name=row.owner_name), version=row.version
    )


def risk_of(row: Row[Any]) -> RiskAssessment | None:
    if row.risk_tier is None or row.risk_assessed_at is None:
        return None
    return RiskAssessment(
        tier=row.risk_tier, instrument_id=row.risk_instrument_id or "", assessed_at=row.risk_assessed_at
    )


def flag_view(row: Row[Any], now: datetime) -> CaseFlag:
    return CaseFlag(
        id=row.id,
        kind=row.kind,
        instruction=row.instruction,
        set_by=UserRef(id=row.set_by, name=row.set_by_name),
        created_at=row.created_at,
        expires_at=row.expires_at,
        # Computed at read time: an expired flag needs no sweeper to stop showing on the card.
        active=row.expires_at is None or row.expires_at > now,
    )


@cache
def _flags_query(active_only: bool) -> Select[Any]:
    query = (
        select(fl, u.c.display_name.label("set_by_name"))
        .join(u, u.c.id == fl.c.set_by)
        .where(fl.c.case_id == bindparam("case_id"))
        .order_by(fl.c.created_at.desc(), fl.c.id)
    )
    if not active_only:
        return query
    return query.where(or_(fl.c.expires_at.is_(None), fl.c.expires_at > bindparam("now")))


def flags_of(conn: Connection, case_id: str, now: datetime, *, active_only: bool = False) -> list[CaseFlag]:
    rows = conn.execute(_flags_query(active_only), {"case_id": case_id, "now": now}).all()
    return [flag_view(r, now) for r in rows]


def follow_up_rows() -> Select[Any]:
    """follow_ups with the assignee's name (none for a pool follow-up)."""
    return select(fu, u.c.display_name.label("assignee_name")).outerjoin(u, u.c.id == fu.c.assignee_id)


def follow_up_view(row: Row[Any], now: datetime | None = None) -> FollowUp:
    """`now` (server clock) decides `overdue`; without it overdue is false."""
    if row.assignee_id is None:
        # Pool follow-ups keep the assignee shape so older consoles still render them.
        assignee = UserRef(id=f"pool:{row.pool or 'counselors'}", name="")
    else:
        assignee = UserRef(id=row.assignee_id, name=row.assignee_name or "")
    return FollowUp(
        id=row.id,
        case_id=row.case_id,
        contact_id=row.contact_id,
        due_at=row.due_at,
        assignee=assignee,
        status=row.status,
        version=row.version,
        pool=row.pool if row.assignee_id is None else None,
        reason=row.reason,
        source=row.source,
        source_id=row.source_id,
        overdue=now is not None and row.status == "scheduled" and row.due_at < now,
        outcome=row.outcome,
        created_at=row.created_at,
        completed_at=row.completed_at,
    )


@cache
def _follow_ups_query(pending_only: bool) -> Select[Any]:
    query = follow_up_rows().where(fu.c.case_id == bindparam("case_id")).order_by(fu.c.due_at, fu.c.id)
    return query.where(fu.c.status == "scheduled") if pending_only else query


def follow_ups_of(
    conn: Connection, case_id: str, *, pending_only: bool = False, now: datetime | None = None
) -> list[FollowUp]:
    rows = conn.execute(_follow_ups_query(pending_only), {"case_id": case_id}).all()
    return [follow_up_view(r, now) for r in rows]


def case_view(conn: Connection, row: Row[Any], *, show_number: bool, now: datetime) -> Case:
    return Case(
        id=row.id,
        status=row.status,
        owner=UserRef(id=row.owner_id, name=row.owner_name),
        version=row.version,
        caller=caller_summary(conn, row.caller_id, show_number=show_number),
        flags=flags_of(conn, row.id, now),
        last_risk=risk_of(row),
        created_at=row.created_at,
        updated_at=row.updated_at,
        closed_at=row.closed_at,
    )


@cache
def _open_case_query() -> Select[Any]:
    return select(cs.c.id).where(cs.c.caller_id == bindparam("caller_id"), cs.c.status == "open")


def open_case_id(conn: Connection, caller_id: str | None) -> str | None:
    if caller_id is None:
        return None
    found = conn.execute(_open_case_query(), {"caller_id": caller_id}).scalar_one_or_none()
    return str(found) if found is not None else None
