"""The counselor's side of a live chat, by contact: write, read the transcript, read receipts, typing,
the end. Only the contact's holder writes; whoever may read the contact reads its transcript."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import ChatEnd, LiveChatMessage, LiveChatMessageCreate, LiveChatMessageList
from annyeong.server.deps import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services import calls, livechat
from annyeong.server.services.contacts import contact_row


def _chat(conn: Connection, principal: Principal, contact_id: str, *, write: bool, now: datetime) -> Row[Any]:
    contact = contact_row(conn, principal, contact_id, write=False)
    if write and contact.counselor_id != principal.id:
        raise ApiProblem(409, "chat_not_yours", "only the counselor holding this chat can write in it")
    if contact.channel != "chat":
        raise ApiProblem(409, "not_a_chat", "this contact is a phone call, not a chat")
    return livechat.session_of_call(conn, contact.call_id, now)


def post_message(
    conn: Connection, principal: Principal, contact_id: str, body: LiveChatMessageCreate, now: datetime
) -> tuple[int, LiveChatMessage]:
    session = _chat(conn, principal, contact_id, write=True, now=now)
    created, view = livechat.add_message(
        conn, session, str(body.id), "counselor", body.text, principal.id, now
    )
    return (201 if created else 200), view


def list_messages(
    conn: Connection, principal: Principal, contact_id: str, after_seq: int, now: datetime
) -> LiveChatMessageList:
    session = _chat(conn, principal, contact_id, write=False, now=now)
    rows = livechat.messages_after(conn, session, after_seq)
    contact = contact_row(conn, principal, contact_id, write=False)
    if rows and contact.counselor_id == principal.id:
        # The holder's console has them now: the person's page shows 전달됨.
        livechat.mark_delivered(conn, session, "counselor", rows[-1].seq, now)
        rows = livechat.messages_after(conn, session, after_seq)
    return LiveChatMessageList(
        items=[livechat.message_view(r, contact_id) for r in rows],
        ended_at=session.ended_at,
        ended_by=session.ended_by,
    )


def read(conn: Connection, principal: Principal, contact_id: str, up_to_seq: int, now: datetime) -> None:
    session = _chat(conn, principal, contact_id, write=True, now=now)
    livechat.mark_read(conn, session, "counselor", up_to_seq, now)


def typing(conn: Connection, principal: Principal, contact_id: str, is_typing: bool, now: datetime) -> None:
    session = _chat(conn, principal, contact_id, write=True, now=now)
    livechat.set_typing(conn, session, "counselor", is_typing, now)


def end(
    conn: Connection, principal: Principal, contact_id: str, body: ChatEnd, now: datetime, timeout_s: float
) -> LiveChatMessageList:
    """Idempotent: ending an ended chat returns its transcript. The contact ends with it (the counselor
    wraps it up as usual)."""
    session = _chat(conn, principal, contact_id, write=True, now=now)
    if session.ended_at is None:
        if body.farewell:
            # One farewell per conversation, whatever the retries: its id follows from the conversation.
            farewell_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"annyeong-farewell:{session.id}"))
            livechat.add_message(conn, session, farewell_id, "counselor", body.farewell, principal.id, now)
        livechat.end_session(conn, livechat.reload(conn, session.id), "counselor", now)
        contact = contact_row(conn, principal, contact_id, write=False)
        calls.end_call(conn, principal, contact.call_id, now, timeout_s)
    return list_messages(conn, principal, contact_id, 0, now)
