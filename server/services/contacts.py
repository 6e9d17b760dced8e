"""Contacts (one conversation) and their append-only entries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import exists, insert, select
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import ChecklistResult, Contact, Entry, EntryCreate, EntryList
from annyeong.server import eventlog, schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW, CONTACT_VIEW_ANY, CONTACT_WRITE_ANY
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services import calls, checklists
from annyeong.server.services.views import contact_view, entry_view


def contact_row(conn: Connection, principal: Principal, contact_id: str, *, write: bool) -> Row[Any]:
    row = conn.execute(select(schema.contacts).where(schema.contacts.c.id == contact_id)).first()
    # Someone else's contact is reported as missing: its existence is itself information about a person.
    any_permission = CONTACT_WRITE_ANY if write else CONTACT_VIEW_ANY
    if row is None or (row.counselor_id != principal.id and not principal.can(any_permission)):
        raise ApiProblem(404, "contact_not_found", "no contact with this id")
    return row


def _was_holder(conn: Connection, contact_id: str, user_id: str) -> bool:
    """The user held this contact before it was handed off or taken over from them."""
    h = schema.handoffs
    held = exists().where(h.c.contact_id == contact_id, h.c.from_user_id == user_id, h.c.status == "accepted")
    return bool(conn.execute(select(held)).scalar())


def get_contact(conn: Connection, principal: Principal, contact_id: str) -> Contact:
    row = contact_row(conn, principal, contact_id, write=False)
    return contact_view(conn, row, show_number=principal.can(CALLER_NUMBER_VIEW))


def end_contact(
    conn: Connection, principal: Principal, contact_id: str, now: datetime, timeout_s: float
) -> Contact:
    row = contact_row(conn, principal, contact_id, write=True)
    calls.end_call(conn, principal, row.call_id, now, timeout_s)
    return get_contact(conn, principal, contact_id)


def add_entry(
    conn: Connection, principal: Principal, contact_id: str, body: EntryCreate, now: datetime
) -> Entry:
    try:
        contact = contact_row(conn, principal, contact_id, write=True)
    except ApiProblem:
        # A note typed just before the contact was handed off still arrives (once) after the move.
        if not _was_holder(conn, contact_id, principal.id):
            raise
        contact = conn.execute(select(schema.contacts).where(schema.contacts.c.id == contact_id)).one()
    data = checklists.entry_data(body)
    e = schema.contact_entries
    entry_id = str(body.id)
    same_id = conn.execute(select(e).where(e.c.id == entry_id).order_by(e.c.revision)).all()
    if same_id and same_id[0].contact_id != contact_id:
        raise ApiProblem(409, "entry_id_conflict", "this entry id belongs to another contact")
    if same_id and same_id[0].kind != body.kind:
        raise ApiProblem(409, "entry_kind_conflict", "this entry id belongs to an entry of another kind")
    for existing in same_id:
        if existing.revision == body.revision:
            if existing.body == body.body and existing.kind == body.kind and existing.data == data:
                # The same revision sent again under a new Idempotency-Key: the effect is already there.
                return entry_view(existing)
            raise ApiProblem(409, "entry_revision_exists", "this revision of the entry already exists")
    conn.execute(
        insert(e).values(
            id=entry_id,
            revision=body.revision,
            contact_id=contact_id,
            kind=body.kind,
            body=body.body,
            author_id=principal.id,
            created_at=now,
            data=data,
        )
    )
    entry = entry_view(conn.execute(select(e).where(e.c.id == entry_id, e.c.revision == body.revision)).one())
    eventlog.append(
        conn,
        "contact.entry_added",
        entry.model_dump(mode="json"),
        [eventlog.user_audience(contact.counselor_id), *eventlog.SUPERVISORS],
        now,
    )
    if body.checklist is not None:
        result = ChecklistResult.model_validate(data)
        checklists.after_result(conn, principal, contact, entry_id, body.revision, result, now)
    return entry


def list_entries(conn: Connection, principal: Principal, contact_id: str) -> EntryList:
    contact_row(conn, principal, contact_id, write=False)
    e = schema.contact_entries
    rows = conn.execute(
        select(e).where(e.c.contact_id == contact_id).order_by(e.c.created_at, e.c.id, e.c.revision)
    ).all()
    return EntryList(items=[entry_view(r) for r in rows])
