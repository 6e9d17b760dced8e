"""Cases: the person across contacts. Who may see one, opening, owner/status changes, flags."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import exists, insert, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import Case, CaseCreate, CaseFlag, CaseFlagCreate, CaseUpdate
from annyeong.server import etag, eventlog, schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW, CASE_VIEW_ANY, CASE_WRITE_ANY
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.services.casedata import case_rows_with_owner, case_view, flags_of, open_case_id
from annyeong.server.services.people import require_person

cs, c, calls = schema.cases, schema.contacts, schema.calls
NOT_FOUND = ApiProblem(404, "case_not_found", "no case with this id")


def _may_view(conn: Connection, principal: Principal, row: Row[Any]) -> bool:
    if principal.can(CASE_VIEW_ANY) or row.owner_id == principal.id:
        return True
    # Someone who worked with the person (a contact in the case) keeps access for continuity of care.
    if conn.execute(select(exists().where(c.c.case_id == row.id, c.c.counselor_id == principal.id))).scalar():
        return True
    if row.caller_id is None:
        return False
    # The person is calling this counselor right now (ringing or an open contact): the card links here.
    ringing = exists().where(
        calls.c.caller_id == row.caller_id, calls.c.status == "offered", calls.c.offered_to == principal.id
    )
    talking = exists().where(
        c.c.caller_id == row.caller_id, c.c.counselor_id == principal.id, c.c.wrapped_up_at.is_(None)
    )
    return bool(conn.execute(select(ringing | talking)).scalar())


def case_row(conn: Connection, principal: Principal, case_id: str) -> Row[Any]:
    """The case if the principal may see it; someone else's case is reported missing (it is personal)."""
    row = conn.execute(case_rows_with_owner().where(cs.c.id == case_id)).first()
    if row is None or not _may_view(conn, principal, row):
        raise NOT_FOUND
    return row


def get_case(conn: Connection, principal: Principal, case_id: str, now: datetime) -> Case:
    row = case_row(conn, principal, case_id)
    return case_view(conn, row, show_number=principal.can(CALLER_NUMBER_VIEW), now=now)


def publish_case(conn: Connection, case_id: str, now: datetime) -> Case:
    row = conn.execute(case_rows_with_owner().where(cs.c.id == case_id)).one()
    case = case_view(conn, row, show_number=False, now=now)
    audience = [eventlog.user_audience(row.owner_id), *eventlog.SUPERVISORS]
    eventlog.append(conn, "case.updated", case.model_dump(mode="json"), audience, now)
    return case


def open_case(conn: Connection, caller_id: str | None, owner_id: str, now: datetime) -> str:
    case_id = str(uuid.uuid4())
    conn.execute(
        insert(cs).values(
            id=case_id,
            caller_id=caller_id,
            status="open",
            owner_id=owner_id,
            version=1,
            created_at=now,
            updated_at=now,
        )
    )
    return case_id


def create_case(conn: Connection, principal: Principal, body: CaseCreate, now: datetime) -> Case:
    contact = conn.execute(select(c).where(c.c.id == body.contact_id)).first()
    if contact is None or (contact.counselor_id != principal.id and not principal.can(CASE_WRITE_ANY)):
        raise ApiProblem(404, "contact_not_found", "no contact with this id")
    if contact.case_id is not None or open_case_id(conn, contact.caller_id) is not None:
        raise ApiProblem(409, "case_already_open", "this person already has an open case; use that one")
    owner_id = body.owner_id or principal.id
    require_person(conn, owner_id, "owner_id")
    case_id = open_case(conn, contact.caller_id, owner_id, now)
    conn.execute(update(c).where(c.c.id == contact.id).values(case_id=case_id))
    publish_case(conn, case_id, now)
    return get_case(conn, principal, case_id, now)


def update_case(
    conn: Connection, principal: Principal, case_id: str, body: CaseUpdate, expected: int, now: datetime
) -> Case:
    row = case_row(conn, principal, case_id)
    if row.owner_id != principal.id and not principal.can(CASE_WRITE_ANY):
        raise ApiProblem(403, "case_not_yours", "only the case owner or a shift lead can change it")
    etag.check(expected, row.version, lambda: get_case(conn, principal, case_id, now))
    values: dict[str, Any] = {}
    if body.owner_id is not None and body.owner_id != row.owner_id:
        require_person(conn, body.owner_id, "owner_id")
        values["owner_id"] = body.owner_id
    if body.status is not None and body.status != row.status:
        if body.status == "open" and open_case_id(conn, row.caller_id) is not None:
            raise ApiProblem(409, "case_already_open", "this person has another open case")
        values.update(status=body.status, closed_at=now if body.status == "closed" else None)
    if values:
        conn.execute(
            update(cs).where(cs.c.id == case_id).values(version=row.version + 1, updated_at=now, **values)
        )
        publish_case(conn, case_id, now)
    return get_case(conn, principal, case_id, now)


def add_flag(
    conn: Connection, principal: Principal, case_id: str, body: CaseFlagCreate, now: datetime
) -> CaseFlag:
    row = case_row(conn, principal, case_id)
    if body.expires_at is not None and body.expires_at <= now:
        raise field_problem(422, "expires_in_past", "expires_at must be in the future", "expires_at")
    flag_id = str(uuid.uuid4())
    conn.execute(
        insert(schema.case_flags).values(
            id=flag_id,
            case_id=case_id,
            kind=body.kind,
            instruction=body.instruction,
            set_by=principal.id,
            created_at=now,
            expires_at=body.expires_at,
        )
    )
    # A flag changes what the card says: the case version moves so a stale edit of the case is refused.
    conn.execute(update(cs).where(cs.c.id == case_id).values(version=row.version + 1, updated_at=now))
    publish_case(conn, case_id, now)
    return next(f for f in flags_of(conn, case_id, now) if f.id == flag_id)
