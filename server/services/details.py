"""Contact details written during and after the conversation (PATCH), and the wrap-up that closes it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import InvalidPhoneNumber, normalize
from annyeong.console.domain.wrap_up_rule import missing_fields
from annyeong.console.wire import Contact, ContactUpdate, FollowUpPlan, Party
from annyeong.server import etag, eventlog, schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.services import calls, checklists
from annyeong.server.services.casedata import open_case_id
from annyeong.server.services.cases import open_case
from annyeong.server.services.contacts import contact_row
from annyeong.server.services.follow_ups import insert_follow_up
from annyeong.server.services.people import require_person
from annyeong.server.services.views import contact_view

c = schema.contacts


def _party(field: str, party: Party | None) -> dict[str, Any] | None:
    if party is None:
        return None
    stored = party.model_dump(mode="json", exclude_none=True)
    if party.number is not None:
        try:
            stored["number"] = normalize(party.number)
        except InvalidPhoneNumber as exc:
            raise field_problem(
                422,
                "invalid_phone_number",
                f"{field}.number is not a valid phone number",
                f"{field}.number",
                exc.code,
            ) from exc
    return stored or None


def _party_names(reporter: dict[str, Any] | None, subject: dict[str, Any] | None) -> str | None:
    names = [p["name"].strip() for p in (reporter, subject) if p and p.get("name", "").strip()]
    return " ".join(names)[:210] or None


def publish_contact(conn: Connection, contact_id: str, counselor_id: str, now: datetime) -> None:
    row = conn.execute(select(c).where(c.c.id == contact_id)).one()
    data = contact_view(conn, row, show_number=False).model_dump(mode="json")
    audience = [eventlog.user_audience(counselor_id), *eventlog.SUPERVISORS]
    eventlog.append(conn, "contact.updated", data, audience, now)


def update_contact(
    conn: Connection, principal: Principal, contact_id: str, body: ContactUpdate, expected: int, now: datetime
) -> Contact:
    row = contact_row(conn, principal, contact_id, write=True)
    etag.check(
        expected,
        row.version,
        lambda: contact_view(conn, row, show_number=principal.can(CALLER_NUMBER_VIEW)),
    )
    # Only the fields sent change; an explicit null clears one (PATCH semantics, RFC 7396 style).
    sent = body.model_fields_set
    values: dict[str, Any] = {}
    if "service_types" in sent:
        # Order and duplicates carry no meaning: stored sorted and unique so equal sets compare equal.
        values["service_types"] = sorted(set(body.service_types or [])) or None
    if "summary" in sent:
        values["summary"] = body.summary
    if "disposition" in sent:
        values["disposition"] = body.disposition
    if "reporter" in sent:
        values["reporter"] = _party("reporter", body.reporter)
    if "subject" in sent:
        values["subject"] = _party("subject", body.subject)
    if "reporter" in sent or "subject" in sent:
        reporter = values.get("reporter", row.reporter)
        subject = values.get("subject", row.subject)
        values["party_names"] = _party_names(reporter, subject)
    if "follow_up" in sent:
        plan = body.follow_up
        if plan is not None and plan.assignee_id:
            require_person(conn, plan.assignee_id, "follow_up.assignee_id")
        values["follow_up"] = plan.model_dump(mode="json") if plan is not None else None
    if values:
        conn.execute(update(c).where(c.c.id == contact_id).values(version=row.version + 1, **values))
        publish_contact(conn, contact_id, row.counselor_id, now)
    new = conn.execute(select(c).where(c.c.id == contact_id)).one()
    return contact_view(conn, new, show_number=principal.can(CALLER_NUMBER_VIEW))


def wrap_up(
    conn: Connection, principal: Principal, contact_id: str, now: datetime, timeout_s: float
) -> Contact:
    """Idempotent. Refuses (422 wrap_up_incomplete) naming every missing field; otherwise ends the contact
    if it is still open, records the wrap-up and turns a needed follow-up into a follow_ups row."""
    row = contact_row(conn, principal, contact_id, write=True)
    show = principal.can(CALLER_NUMBER_VIEW)
    if row.wrapped_up_at is not None:
        return contact_view(conn, row, show_number=show)
    plan = FollowUpPlan.model_validate(row.follow_up) if row.follow_up else FollowUpPlan()
    crisis_raised, crisis_decided = checklists.crisis_state(conn, contact_id)
    missing = missing_fields(
        summary=row.summary,
        service_types=list(row.service_types or []),
        disposition=row.disposition,
        follow_up_needed=plan.needed,
        follow_up_due_at=plan.due_at,
        follow_up_assignee_id=plan.assignee_id,
        follow_up_pool=plan.pool,
        crisis_raised=crisis_raised,
        crisis_decided=crisis_decided,
    )
    if missing:
        raise ApiProblem(
            422,
            "wrap_up_incomplete",
            "the contact cannot be wrapped up yet: " + ", ".join(m.field for m in missing),
            errors=[
                {"field": m.field, "loc": ["contact", *m.field.split(".")], "type": m.type, "msg": "required"}
                for m in missing
            ],
        )
    if row.ended_at is None:
        calls.end_call(conn, principal, row.call_id, now, timeout_s)
    values: dict[str, Any] = {"wrapped_up_at": now, "version": row.version + 1}
    # missing_fields has made sure a needed follow-up has a due date and an assignee or the pool.
    if plan.needed and plan.due_at is not None:
        case_id = row.case_id or open_case_id(conn, row.caller_id)
        if case_id is None:
            # A follow-up belongs to the person, so a first-time caller who needs one gets a case now.
            case_id = open_case(conn, row.caller_id, row.counselor_id, now)
        values["case_id"] = case_id
        insert_follow_up(
            conn,
            follow_up_id=str(uuid.uuid4()),
            case_id=case_id,
            contact_id=contact_id,
            due_at=plan.due_at if plan.due_at.tzinfo is not None else plan.due_at.replace(tzinfo=UTC),
            assignee_id=None if plan.pool else plan.assignee_id,
            pool=plan.pool,
            reason=(plan.reason or "").strip() or None,
            source="wrap_up",
            source_id=contact_id,
            created_by=principal.id,
            now=now,
        )
    conn.execute(update(c).where(c.c.id == contact_id).values(**values))
    publish_contact(conn, contact_id, row.counselor_id, now)
    return contact_view(conn, conn.execute(select(c).where(c.c.id == contact_id)).one(), show_number=show)
