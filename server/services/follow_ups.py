"""Follow-ups: scheduled callbacks for a person (a named counselor or the counselors' pool).

Created from a wrap-up, a referral, a checklist result or by hand; completed (done / missed / cancelled),
rescheduled or handed over with If-Match. Overdue is decided by the server clock at read time, and a
sweeper says follow_up.updated once when one becomes overdue, so consoles' red counts move without a
refresh. Every change publishes follow_up.updated in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import FollowUp, FollowUpCreate, FollowUpList, FollowUpUpdate
from annyeong.server import etag, eventlog, schema
from annyeong.server.permissions import FOLLOW_UP_MANAGE
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.services.casedata import follow_up_rows, follow_up_view, open_case_id
from annyeong.server.services.cases import case_row, open_case
from annyeong.server.services.contacts import contact_row
from annyeong.server.services.people import require_person

fu, cs = schema.follow_ups, schema.cases
NOT_FOUND = ApiProblem(404, "follow_up_not_found", "no follow-up with this id")
MAX_LIST = 500
EARLIEST = timedelta(days=366)  # a due date further back than this is a typo, not a backlog
LATEST = timedelta(days=2 * 366)


def _view(conn: Connection, follow_up_id: str, now: datetime) -> FollowUp:
    return follow_up_view(conn.execute(follow_up_rows().where(fu.c.id == follow_up_id)).one(), now)


def publish(conn: Connection, follow_up_id: str, now: datetime) -> FollowUp:
    row = conn.execute(follow_up_rows().where(fu.c.id == follow_up_id)).one()
    owner = conn.execute(select(cs.c.owner_id).where(cs.c.id == row.case_id)).scalar_one()
    audience = [*eventlog.SUPERVISORS, eventlog.user_audience(owner), eventlog.user_audience(row.created_by)]
    if row.assignee_id is not None:
        audience.append(eventlog.user_audience(row.assignee_id))
    else:
        audience.append(eventlog.role_audience("counselor"))
    view = follow_up_view(row, now)
    eventlog.append(conn, "follow_up.updated", view.model_dump(mode="json"), audience, now)
    return view


def check_due(due_at: datetime, now: datetime, field: str = "due_at") -> None:
    if not now - EARLIEST <= due_at <= now + LATEST:
        raise field_problem(
            422, "due_at_out_of_range", "the due date is not within the next two years", field
        )


def insert_follow_up(
    conn: Connection,
    *,
    follow_up_id: str,
    case_id: str,
    contact_id: str | None,
    due_at: datetime,
    assignee_id: str | None,
    pool: str | None,
    reason: str | None,
    source: str,
    source_id: str | None,
    created_by: str,
    now: datetime,
) -> FollowUp:
    conn.execute(
        insert(fu).values(
            id=follow_up_id,
            case_id=case_id,
            contact_id=contact_id,
            due_at=due_at,
            assignee_id=assignee_id,
            pool=pool if assignee_id is None else None,
            status="scheduled",
            version=1,
            reason=reason,
            source=source,
            source_id=source_id,
            created_by=created_by,
            created_at=now,
            updated_at=now,
        )
    )
    return publish(conn, follow_up_id, now)


def resolve_case(
    conn: Connection, principal: Principal, contact_id: str | None, case_id: str | None, now: datetime
) -> str:
    """The case something about a person belongs to: the contact's (linking it, and opening one for a
    first-time caller), or the one named. 404 for a contact or case the principal may not see."""
    if contact_id is None:
        if case_id is None:
            raise field_problem(422, "case_required", "send case_id or contact_id", "case_id")
        return str(case_row(conn, principal, case_id).id)
    contact = contact_row(conn, principal, contact_id, write=True)
    found = contact.case_id or open_case_id(conn, contact.caller_id)
    if case_id is not None and found is not None and case_id != found:
        raise field_problem(422, "case_mismatch", "the contact belongs to another case", "case_id")
    if found is None:
        # It belongs to the person: a first-time caller gets a case now (as at wrap-up).
        found = (
            case_row(conn, principal, case_id).id
            if case_id is not None
            else open_case(conn, contact.caller_id, contact.counselor_id, now)
        )
    if contact.case_id is None:
        c = schema.contacts
        conn.execute(update(c).where(c.c.id == contact.id).values(case_id=found))
    return str(found)


def create(
    conn: Connection, principal: Principal, body: FollowUpCreate, now: datetime
) -> tuple[int, FollowUp]:
    follow_up_id = str(body.id)
    existing = conn.execute(select(fu.c.created_by).where(fu.c.id == follow_up_id)).scalar_one_or_none()
    if existing is not None:
        if existing != principal.id:
            raise ApiProblem(409, "follow_up_id_conflict", "this follow-up id is taken")
        return 200, _view(conn, follow_up_id, now)  # the same create again under another key
    check_due(body.due_at, now)
    if body.assignee_id is not None and body.pool is not None:
        raise field_problem(422, "assignee_conflict", "send assignee_id or pool, not both", "pool")
    assignee_id = body.assignee_id if body.pool is None else None
    if body.pool is None:
        assignee_id = assignee_id or principal.id
        require_person(conn, assignee_id, "assignee_id")
    case_id = resolve_case(conn, principal, body.contact_id, body.case_id, now)
    made = insert_follow_up(
        conn,
        follow_up_id=follow_up_id,
        case_id=case_id,
        contact_id=body.contact_id,
        due_at=body.due_at,
        assignee_id=assignee_id,
        pool=body.pool,
        reason=body.reason,
        source=body.source,
        source_id=body.source_id,
        created_by=principal.id,
        now=now,
    )
    return 201, made


def _may_change(conn: Connection, principal: Principal, row: Row[Any]) -> bool:
    if principal.can(FOLLOW_UP_MANAGE) or row.assignee_id is None:
        return True
    if principal.id in (row.assignee_id, row.created_by):
        return True
    owner = conn.execute(select(cs.c.owner_id).where(cs.c.id == row.case_id)).scalar_one()
    return bool(owner == principal.id)


def update_follow_up(
    conn: Connection,
    principal: Principal,
    follow_up_id: str,
    body: FollowUpUpdate,
    expected: int,
    now: datetime,
) -> FollowUp:
    row = conn.execute(select(fu).where(fu.c.id == follow_up_id)).first()
    if row is None or not _may_change(conn, principal, row):
        raise NOT_FOUND
    etag.check(expected, row.version, lambda: _view(conn, follow_up_id, now))
    sent = body.model_fields_set
    if not sent:
        return _view(conn, follow_up_id, now)
    if row.status != "scheduled":
        raise ApiProblem(409, "follow_up_finished", f"this follow-up is {row.status}; make a new one")
    values: dict[str, Any] = {}
    if body.status is not None and body.status != "scheduled":
        values.update(status=body.status, completed_at=now, completed_by=principal.id)
    if body.due_at is not None:
        check_due(body.due_at, now)
        values.update(due_at=body.due_at, overdue_notified_at=None)
    if body.assignee_id is not None and body.pool is not None:
        raise field_problem(422, "assignee_conflict", "send assignee_id or pool, not both", "pool")
    if body.assignee_id is not None:
        require_person(conn, body.assignee_id, "assignee_id")
        values.update(assignee_id=body.assignee_id, pool=None)
    if body.pool is not None:
        values.update(assignee_id=None, pool=body.pool)
    if "outcome" in sent:
        values["outcome"] = body.outcome
    if not values:
        return _view(conn, follow_up_id, now)
    conn.execute(
        update(fu).where(fu.c.id == follow_up_id).values(version=row.version + 1, updated_at=now, **values)
    )
    return publish(conn, follow_up_id, now)


def get(conn: Connection, principal: Principal, follow_up_id: str, now: datetime) -> FollowUp:
    row = conn.execute(select(fu).where(fu.c.id == follow_up_id)).first()
    if row is None or not _may_change(conn, principal, row):
        raise NOT_FOUND
    return _view(conn, follow_up_id, now)


def list_follow_ups(
    conn: Connection,
    principal: Principal,
    *,
    assignee: str,
    due_before: datetime | None,
    status: str,
    now: datetime,
) -> FollowUpList:
    query = follow_up_rows()
    if assignee == "me":
        query = query.where(fu.c.assignee_id == principal.id)
    elif assignee == "pool":
        query = query.where(fu.c.assignee_id.is_(None))
    elif not principal.can(FOLLOW_UP_MANAGE):
        raise ApiProblem(403, "permission_denied", f"assignee=all needs the permission {FOLLOW_UP_MANAGE}")
    if status != "any":
        query = query.where(fu.c.status == status)
    if due_before is not None:
        query = query.where(fu.c.due_at < due_before)
    rows = conn.execute(query.order_by(fu.c.due_at, fu.c.id).limit(MAX_LIST)).all()
    items = [follow_up_view(r, now) for r in rows]
    return FollowUpList(items=items, overdue_count=sum(1 for f in items if f.overdue), generated_at=now)


def overdue_unnotified(conn: Connection, now: datetime) -> bool:
    query = select(func.count()).where(
        fu.c.status == "scheduled", fu.c.due_at < now, fu.c.overdue_notified_at.is_(None)
    )
    return bool(conn.execute(query).scalar_one())


def notify_overdue(conn: Connection, now: datetime) -> int:
    """Say follow_up.updated (overdue: true) once for each follow-up that has just become overdue."""
    due = conn.execute(
        select(fu.c.id)
        .where(fu.c.status == "scheduled", fu.c.due_at < now, fu.c.overdue_notified_at.is_(None))
        .limit(200)
    ).scalars()
    done = 0
    for follow_up_id in list(due):
        conn.execute(update(fu).where(fu.c.id == follow_up_id).values(overdue_notified_at=now))
        publish(conn, follow_up_id, now)
        done += 1
    return done
