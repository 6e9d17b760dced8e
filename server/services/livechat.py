"""Live chat's conversation: messages both ways with their order, delivery and read state, typing, and
the end. Shared by the counselor's routes (by contact) and the person's (by conversation token).

Every change appends an event in the same transaction: to the contact's counselor (chat.*) and to the
conversation's own audience token, which only wakes the person's long-poll (the person reads the
conversation's tables, never the event log).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import bindparam, func, insert, literal, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import LiveChatMessage
from annyeong.console.wire.conversation import ChatSender
from annyeong.server import eventlog, schema
from annyeong.server.problems import ApiProblem
from annyeong.server.services import chat_crisis

s, m, ct = schema.chat_sessions, schema.chat_messages, schema.contacts
TYPING_HOLD_S = 6.0  # a typing indicator lapses on its own when the "stopped" never arrives


def session_audience(session_id: str) -> str:
    return f"chat:{session_id}"


def wake(conn: Connection, session_id: str) -> None:
    """Wake the person's long-poll after this transaction commits, for a change that is no event of its
    own (a counselor joined)."""
    conn.info.setdefault(eventlog.AUDIENCE_KEY, set()).add(session_audience(session_id))


def new_session(conn: Connection, source: str, token_hash: str | None, now: datetime) -> str:
    session_id = str(uuid.uuid4())
    conn.execute(
        insert(s).values(
            id=session_id, token_hash=token_hash, source=source, created_at=now, last_seen_at=now
        )
    )
    return session_id


def session_of_call(conn: Connection, call_id: str, now: datetime) -> Row[Any]:
    """The conversation of a chat call; a hand-off posted without one (the chatbot's older path) gets one
    here, so the counselor can still write (the person has no page to read it on)."""
    row = conn.execute(select(s).where(s.c.call_id == call_id)).first()
    if row is None:
        session_id = new_session(conn, "handoff", None, now)
        conn.execute(update(s).where(s.c.id == session_id).values(call_id=call_id))
        row = conn.execute(select(s).where(s.c.id == session_id)).one()
    return row


# The statements every message runs, built once: one made per call is walked for its cache key on every
# execution, and here that walk cost more than SQLite's own work, under the one write lock.
# The contact's columns a conversation uses (its id, counselor, call, caller and case): the whole row
# also decoded its four JSON columns and its wrap-up on every message.
_CONTACT_OF_CALL = select(ct.c.id, ct.c.call_id, ct.c.counselor_id, ct.c.caller_id, ct.c.case_id).where(
    ct.c.call_id == bindparam("call_id")
)
# The message with this id, if any, beside the conversation's newest seq: one statement, not two (a
# store of a message runs under the write lock). The row is there, all NULL but last_seq, when no message
# has the id.
_LAST = m.alias("last")
_MESSAGE_AND_LAST_SEQ = select(
    select(func.max(_LAST.c.seq))
    .where(_LAST.c.session_id == bindparam("session_id"))
    .scalar_subquery()
    .label("last_seq"),
    m,
).select_from(select(literal(1).label("one")).subquery("one").outerjoin(m, m.c.id == bindparam("id")))
_INSERT_MESSAGE = insert(m)


def contact_of(conn: Connection, session: Row[Any]) -> Row[Any] | None:
    if session.call_id is None:
        return None
    return conn.execute(_CONTACT_OF_CALL, {"call_id": session.call_id}).first()


def message_view(row: Row[Any], contact_id: str | None) -> LiveChatMessage:
    return LiveChatMessage(
        id=uuid.UUID(row.id),
        # Before a counselor joins there is no contact: the conversation's id stands in (only the person
        # sees such messages before the contact exists, and the console reads them by contact afterwards).
        contact_id=uuid.UUID(contact_id or row.session_id),
        seq=row.seq,
        sender=row.sender,
        text=row.text,
        sent_at=row.sent_at,
        delivered_at=row.delivered_at,
        read_at=row.read_at,
    )


def messages_after(conn: Connection, session: Row[Any], after_seq: int, limit: int = 500) -> list[Row[Any]]:
    return list(
        conn.execute(
            select(m).where(m.c.session_id == session.id, m.c.seq > after_seq).order_by(m.c.seq).limit(limit)
        ).all()
    )


_UNREAD: Any = object()


def _publish(
    conn: Connection,
    session: Row[Any],
    type_: str,
    data: dict[str, Any],
    now: datetime,
    *,
    to_counselor: bool = True,
    contact: Row[Any] | None = _UNREAD,
) -> None:
    """`contact`: the session's contact when the caller has just read it (one query fewer per message)."""
    audience = [session_audience(session.id)]
    if contact is _UNREAD:
        contact = contact_of(conn, session)
    if contact is not None and to_counselor:
        audience.append(eventlog.user_audience(contact.counselor_id))
    eventlog.append(conn, type_, data, audience, now)


def add_message(
    conn: Connection,
    session: Row[Any],
    message_id: str,
    sender: str,
    text: str,
    author_id: str | None,
    now: datetime,
    contact: Any = _UNREAD,
) -> tuple[bool, LiveChatMessage]:
    """Store a message once: the same id again returns the stored one (created False). `contact`: the
    session's contact (its id, call_id, counselor_id, caller_id, case_id) when the caller read it with the
    session (webchat.by_token_with_contact), one statement fewer a message."""
    if contact is _UNREAD:
        contact = contact_of(conn, session)
    contact_id = contact.id if contact is not None else None
    found = conn.execute(_MESSAGE_AND_LAST_SEQ, {"id": message_id, "session_id": session.id}).one()
    existing = found if found.id is not None else None
    if existing is not None:
        if existing.session_id != session.id or existing.sender != sender:
            raise ApiProblem(409, "message_id_conflict", "this message id belongs to another conversation")
        return False, message_view(existing, contact_id)
    if session.ended_at is not None:
        raise ApiProblem(409, "chat_ended", "this conversation has ended; nothing more can be sent")
    # Writes are serialized (server.db), so last + 1 leaves no gaps and no two messages share a place.
    seq = int(found.last_seq or 0) + 1
    conn.execute(
        _INSERT_MESSAGE,
        {
            "id": message_id,
            "session_id": session.id,
            "seq": seq,
            "sender": sender,
            "text": text,
            "author_id": author_id,
            "sent_at": now,
        },
    )
    # Whoever writes has stopped typing. (The session row was read in this transaction: when it shows no
    # typing there is nothing to clear, and a busy chat saves a statement a message.)
    typing_col = "person_typing_until" if sender == "person" else "counselor_typing_until"
    if getattr(session, typing_col, None) is not None:
        conn.execute(update(s).where(s.c.id == session.id).values({typing_col: None}))
    # The view from what was just inserted (the stored row reads back the same: UTC, to the microsecond)
    # rather than a read of it: every statement here runs under the one write lock.
    view = LiveChatMessage(
        id=uuid.UUID(message_id),
        contact_id=uuid.UUID(contact_id or session.id),
        seq=seq,
        sender=cast(ChatSender, sender),
        text=text,
        sent_at=now.astimezone(UTC),
        delivered_at=None,
        read_at=None,
    )
    _publish(
        conn,
        session,
        "chat.message",
        {"contact_id": contact_id, "message": view.model_dump(mode="json")},
        now,
        contact=contact,
    )
    # The person's words are checked where they are stored, so every way in (the page, the chatbot's
    # continuation) is covered, whatever the counselor's console does with them.
    chat_crisis.check_message(conn, session.id, contact, message_id, sender, text, now)
    return True, view


def mark_delivered(conn: Connection, session: Row[Any], reader: str, up_to_seq: int, now: datetime) -> None:
    """The reader's device has everything the other side wrote up to `up_to_seq`."""
    other = "counselor" if reader == "person" else "person"
    conn.execute(
        update(m)
        .where(
            m.c.session_id == session.id,
            m.c.sender == other,
            m.c.seq <= up_to_seq,
            m.c.delivered_at.is_(None),
        )
        .values(delivered_at=now)
    )


def mark_read(conn: Connection, session: Row[Any], reader: str, up_to_seq: int, now: datetime) -> int:
    """Everything the other side wrote up to `up_to_seq` was shown to `reader`. Never moves back."""
    column = "person_read_seq" if reader == "person" else "counselor_read_seq"
    newest = conn.execute(select(func.max(m.c.seq)).where(m.c.session_id == session.id)).scalar_one_or_none()
    up_to = min(up_to_seq, int(newest or 0))
    current = int(getattr(session, column))
    if up_to <= current:
        return current
    other = "counselor" if reader == "person" else "person"
    mark_delivered(conn, session, reader, up_to, now)
    conn.execute(
        update(m)
        .where(m.c.session_id == session.id, m.c.sender == other, m.c.seq <= up_to, m.c.read_at.is_(None))
        .values(read_at=now)
    )
    conn.execute(update(s).where(s.c.id == session.id).values({column: up_to}))
    contact = contact_of(conn, session)
    data = {"contact_id": contact.id if contact else None, "reader": reader, "up_to_seq": up_to}
    _publish(conn, session, "chat.read", data, now)
    return up_to


def set_typing(conn: Connection, session: Row[Any], who: str, typing: bool, now: datetime) -> None:
    if session.ended_at is not None:
        return
    column = "person_typing_until" if who == "person" else "counselor_typing_until"
    was = getattr(session, column)
    until = now + timedelta(seconds=TYPING_HOLD_S) if typing else None
    conn.execute(update(s).where(s.c.id == session.id).values({column: until}))
    # A repeated "still typing" only extends the hold; the event says when the state changes.
    if (was is not None and was > now) == typing:
        return
    contact = contact_of(conn, session)
    data = {"contact_id": contact.id if contact else None, "typing": typing}
    # The console hears the person typing; its own typing only wakes the person's page.
    _publish(conn, session, "chat.typing", data, now, to_counselor=who == "person")


def typing_now(session: Row[Any], who: str, now: datetime) -> bool:
    until = session.person_typing_until if who == "person" else session.counselor_typing_until
    return until is not None and until > now


def end_session(conn: Connection, session: Row[Any], ended_by: str, now: datetime) -> bool:
    """Mark the conversation ended (once) and say so. Returns whether it was still open."""
    if session.ended_at is not None:
        return False
    conn.execute(
        update(s)
        .where(s.c.id == session.id)
        .values(ended_at=now, ended_by=ended_by, person_typing_until=None, counselor_typing_until=None)
    )
    contact = contact_of(conn, session)
    data = {"contact_id": contact.id if contact else None, "ended_by": ended_by, "at": now.isoformat()}
    _publish(conn, session, "chat.ended", data, now)
    return True


def reload(conn: Connection, session_id: str) -> Row[Any]:
    return conn.execute(select(s).where(s.c.id == session_id)).one()
