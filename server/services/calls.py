"""Calls: created by a bridge, offered, accepted into a contact, declined, missed, ended."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import Call, CallCreate, Contact
from annyeong.server import eventlog, schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW, CONTACT_WRITE_ANY
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services import chat_crisis, livechat, prepared, routing
from annyeong.server.services.casedata import open_case_id
from annyeong.server.services.presence import change_presence
from annyeong.server.services.views import call_view, contact_view

# Built once, like every statement of a call's path (docs/architecture.md, "Statements built once"). The
# updates take the values to set from the parameters, by column name.
_c, _ct, _u = schema.calls, schema.contacts, schema.users
_CONTACT_INSERT = insert(_ct).returning(*_ct.c)
_CALL_UPDATE = update(_c).where(_c.c.id == bindparam("where_id")).returning(*_c.c)
_CONTACT = select(_ct).where(_ct.c.id == bindparam("contact_id"))
_COUNSELOR_OF_CONTACT = select(_ct.c.counselor_id).where(_ct.c.id == bindparam("contact_id"))
_CONTACT_END = (
    update(_ct).where(_ct.c.id == bindparam("contact_id")).values(ended_at=bindparam("ended_at"))
    .returning(*_ct.c)
)
_IDLE_SINCE = (
    update(_u).where(_u.c.id == bindparam("user_id")).values(idle_since=bindparam("idle_since"))
    .returning(_u.c.presence)
)
_STILL_OPEN = (
    select(_ct.c.id).where(_ct.c.counselor_id == bindparam("counselor_id"), _ct.c.ended_at.is_(None)).limit(1)
)


def _call_row(conn: Connection, call_id: str) -> Row[Any]:
    row = conn.execute(routing.CALL_BY_ID, {"call_id": call_id}).first()
    if row is None:
        raise ApiProblem(404, "call_not_found", "no call with this id")
    return row


# Built once, as text: SQLAlchemy caches no INSERT … ON CONFLICT, and compiling it afresh for every new
# caller ran under the write lock. Both databases take this form (SQLite since 3.35).
_INSERT_CALLER = text(
    "INSERT INTO callers (id, e164, created_at) VALUES (:id, :e164, :created_at)"
    " ON CONFLICT (e164) DO NOTHING RETURNING id"
).bindparams(bindparam("created_at", type_=schema.UTCDateTime()))


def _caller_id(conn: Connection, e164: str, now: datetime) -> str:
    cl = schema.callers
    known, found = prepared.caller_of_number(conn, e164)
    if found is not None:
        return found
    if not known:  # not looked up before the lock
        found = conn.execute(select(cl.c.id).where(cl.c.e164 == e164)).scalar_one_or_none()
        if found is not None:
            return str(found)
    # A new number: inserted at once, unless someone inserted it meanwhile (a call from the same number
    # on another worker), as the unique number tells; then theirs is the caller.
    caller_id = str(uuid.uuid4())
    inserted = conn.execute(
        _INSERT_CALLER, {"id": caller_id, "e164": e164, "created_at": now}
    ).scalar_one_or_none()
    if inserted is None:
        return str(conn.execute(select(cl.c.id).where(cl.c.e164 == e164)).scalar_one())
    prepared.first_seen(conn, caller_id, e164)
    return caller_id


def create_call(
    conn: Connection,
    principal: Principal,
    body: CallCreate,
    e164: str | None,
    now: datetime,
    timeout_s: float,
) -> Call:
    """`e164` is the normalised from_number (the route validated it), None when withheld."""
    call_id = insert_call(conn, principal, body.channel, e164, body.bridge_ref, now)
    return route_new_call(conn, principal, call_id, now, timeout_s)


def insert_call(
    conn: Connection,
    principal: Principal,
    channel: str,
    e164: str | None,
    bridge_ref: str | None,
    now: datetime,
) -> str:
    call_id = str(uuid.uuid4())
    caller_id = _caller_id(conn, e164, now) if e164 else None
    prepared.called(conn, call_id, caller_id)
    conn.execute(
        insert(schema.calls).values(
            id=call_id,
            status="queued",
            channel=channel,
            caller_id=caller_id,
            bridge_ref=bridge_ref,
            created_by=principal.id,
            created_at=now,
        )
    )
    return call_id


def route_new_call(
    conn: Connection, principal: Principal, call_id: str, now: datetime, timeout_s: float
) -> Call:
    """Offer a just-inserted call (whatever it carries, e.g. a chat hand-off, is stored by now: the
    call.offered event embeds it)."""
    _, offered = routing.offer(conn, call_id, now, timeout_s)
    view = routing.publish_call(conn, call_id, now, view=offered)
    return view if not principal.can(CALLER_NUMBER_VIEW) else get_call(conn, principal, call_id)


def get_call(conn: Connection, principal: Principal, call_id: str) -> Call:
    return call_view(conn, _call_row(conn, call_id), show_number=principal.can(CALLER_NUMBER_VIEW))


def accept_call(
    conn: Connection, principal: Principal, call_id: str, now: datetime, timeout_s: float
) -> Contact:
    row = _call_row(conn, call_id)
    show = principal.can(CALLER_NUMBER_VIEW)
    c = schema.contacts
    if row.status == "accepted" and row.contact_id:
        existing = conn.execute(select(c).where(c.c.id == row.contact_id)).one()
        if existing.counselor_id == principal.id:
            # A retried accept (the answer got lost) gets the same contact, not a conflict.
            return contact_view(conn, existing, show_number=show)
    if row.status != "offered" or row.offered_to != principal.id:
        raise ApiProblem(409, "call_not_offered_to_you", "this call is not ringing at your console")
    contact_id = str(uuid.uuid4())
    # The rows as written come back with the writes (RETURNING): nothing below changes them, so the
    # views are built from them without reading either again under the write lock.
    contact = conn.execute(_CONTACT_INSERT, {
        "id": contact_id, "call_id": call_id, "counselor_id": principal.id, "caller_id": row.caller_id,
        "channel": row.channel, "started_at": now,
        # The person's open case, if any: this contact joins its timeline.
        "case_id": open_case_id(conn, row.caller_id),
    }).one()
    accepted_call = conn.execute(_CALL_UPDATE, {
        "where_id": call_id, "status": "accepted", "accepted_at": now, "contact_id": contact_id,
        "offer_expires_at": None,
    }).one()
    routing.close_offer(conn, call_id, principal.id, "accepted", None, now)
    if row.channel == "chat":
        session_id = livechat.session_of_call(conn, call_id, now).id
        livechat.wake(conn, session_id)
        # What the person wrote while waiting in the queue reaches the leads now that it names a contact.
        chat_crisis.raise_pending(conn, session_id, contact, now)
    change_presence(conn, principal.id, "on_call", now, timeout_s, dispatch=False)
    view = call_view(conn, accepted_call, show_number=False)
    routing.publish_call(conn, call_id, now, principal.id, view=view)
    return contact_view(conn, contact, show_number=show)


def decline_call(
    conn: Connection, principal: Principal, call_id: str, reason: str, now: datetime, timeout_s: float
) -> Call:
    row = _call_row(conn, call_id)
    if row.status != "offered" or row.offered_to != principal.id:
        raise ApiProblem(409, "call_not_offered_to_you", "this call is not ringing at your console")
    routing.withdraw_and_reroute(conn, call_id, principal.id, "declined", reason or None, now, timeout_s)
    return get_call(conn, principal, call_id)


def end_call(conn: Connection, principal: Principal, call_id: str, now: datetime, timeout_s: float) -> Call:
    """Idempotent. An accepted call ends (its contact too; the counselor goes to wrap-up); a call that
    nobody accepted yet is abandoned (the caller hung up)."""
    row = _call_row(conn, call_id)
    if row.status in ("ended", "abandoned"):
        return get_call(conn, principal, call_id)
    if principal.is_user and not principal.can(CONTACT_WRITE_ANY):
        counselor = _counselor_of(conn, row)
        if counselor != principal.id:
            raise ApiProblem(409, "call_not_yours", "only the counselor on this call can end it")
    calls = schema.calls
    if row.channel == "chat":
        session = conn.execute(
            select(schema.chat_sessions).where(schema.chat_sessions.c.call_id == call_id)
        ).first()
        if session is not None:
            livechat.end_session(conn, session, "counselor" if principal.is_user else "person", now)
    if row.status == "accepted":
        ended = conn.execute(_CALL_UPDATE, {"where_id": call_id, "status": "ended", "ended_at": now}).one()
        counselor = _end_contact_row(conn, row.contact_id, now, timeout_s)
        # Ending the contact changes other calls at most (the queue it may dispatch), never this one.
        masked = call_view(conn, ended, show_number=False)
        view = routing.publish_call(conn, call_id, now, counselor, view=masked)
    else:
        if row.status == "offered" and row.offered_to:
            routing.close_offer(conn, call_id, row.offered_to, "withdrawn", "caller_hung_up", now)
        conn.execute(
            update(calls)
            .where(calls.c.id == call_id)
            .values(status="abandoned", ended_at=now, offer_expires_at=None)
        )
        view = routing.publish_call(conn, call_id, now, row.offered_to)
    # The published view is the answer for whoever may not see numbers: nothing changed since.
    return view if not principal.can(CALLER_NUMBER_VIEW) else get_call(conn, principal, call_id)


def _counselor_of(conn: Connection, call: Row[Any]) -> str | None:
    if call.contact_id is None:
        return None
    return conn.execute(_COUNSELOR_OF_CONTACT, {"contact_id": call.contact_id}).scalar_one_or_none()


def _end_contact_row(conn: Connection, contact_id: str, now: datetime, timeout_s: float) -> str:
    """End the contact (if not ended yet); returns its counselor."""
    contact = conn.execute(_CONTACT, {"contact_id": contact_id}).one()
    if contact.ended_at is not None:
        return str(contact.counselor_id)
    # What the updates wrote comes back with them (RETURNING): fewer reads under the write lock, and
    # nothing below changes the contact.
    ended = conn.execute(_CONTACT_END, {"contact_id": contact_id, "ended_at": now}).one()
    presence = conn.execute(_IDLE_SINCE, {"user_id": contact.counselor_id, "idle_since": now}).scalar_one()
    still_open = conn.execute(_STILL_OPEN, {"counselor_id": contact.counselor_id}).first()
    if presence == "on_call" and still_open is None:
        change_presence(conn, contact.counselor_id, "wrap_up", now, timeout_s, dispatch=False)
    elif presence == "on_call":
        # Other chats are still open: the counselor stays in them, and the place freed may take the next.
        routing.dispatch_queued(conn, now, timeout_s)
    data = contact_view(conn, ended, show_number=False)
    eventlog.append(
        conn,
        "contact.updated",
        data.model_dump(mode="json"),
        [eventlog.user_audience(contact.counselor_id), *eventlog.SUPERVISORS],
        now,
    )
    return str(contact.counselor_id)


def expire_offers(conn: Connection, now: datetime, timeout_s: float) -> int:
    """Ring-no-answer: record the miss, set the counselor to break, and re-route. Returns how many."""
    c = schema.calls
    expired = conn.execute(
        select(c.c.id, c.c.offered_to)
        .where(c.c.status == "offered", c.c.offer_expires_at <= now)
        .order_by(c.c.offer_expires_at)
    ).all()
    for call_id, user_id in expired:
        routing.close_offer(conn, call_id, user_id, "missed", "no_answer", now)
        # Take the call off that console before the presence change, which would otherwise treat it as
        # still ringing there and re-route it a second time.
        conn.execute(update(c).where(c.c.id == call_id).values(status="queued", offered_to=None))
        # "break" before the re-route, so it cannot pick the same counselor again.
        change_presence(conn, user_id, "break", now, timeout_s, dispatch=False)
        _, view = routing.offer(conn, call_id, now, timeout_s, let_go_by=user_id)
        routing.publish_call(conn, call_id, now, user_id, view=view)
    return len(expired)


def counselor_of_call(conn: Connection, call_id: str) -> str | None:
    return _counselor_of(conn, _call_row(conn, call_id))


def offers_due(conn: Connection, now: datetime) -> bool:
    c = schema.calls
    return (
        conn.execute(
            select(c.c.id).where(c.c.status == "offered", c.c.offer_expires_at <= now).limit(1)
        ).first()
        is not None
    )
