"""The person's side of a live chat (web page and the KakaoTalk chatbot's continuation): start after
consent, the self-test, 상담사 연결 into the same queue as calls, messages, read receipts, typing, the end.

The person is known only by the conversation's bearer token. What they see of the staff is "상담사": no
name, no id (the service's choice: a name on the page is something a person can search, be harassed by
or complain about outside the service, and nothing the conversation needs).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal, NamedTuple

from pydantic import Field
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain import selftest
from annyeong.console.wire import ChatCreate, SelfTest
from annyeong.console.wire._base import WireModel
from annyeong.server import schema
from annyeong.server.deps import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.security import new_secret, secret_hash
from annyeong.server.services import calls, livechat, routing

# The person acts through the service itself: the call is created and ended as the chatbot would.
WEBCHAT = Principal(id="key:webchat", role="chatbot", is_user=False)
NOTICE_VERSION = "2026-12"

PersonState = Literal["consented", "waiting", "connected", "ended"]


class ConversationStart(WireModel):
    consent: Literal[True] = Field(description="the person agreed to the privacy notice shown on the page")
    notice_version: str = Field(default=NOTICE_VERSION, max_length=20)


class ConversationCreated(WireModel):
    token: str = Field(description="the conversation's bearer token: keep it to reconnect")
    state: PersonState


class PersonMessage(WireModel):
    id: uuid.UUID
    seq: int
    sender: Literal["person", "counselor", "system"]
    text: str
    sent_at: datetime
    delivered: bool = False
    read: bool = False


class PersonView(WireModel):
    """Everything the page shows, after the seq it already has."""

    state: PersonState
    queue_position: int | None = Field(default=None, description="1: next; while waiting only")
    messages: list[PersonMessage] = Field(default_factory=list)
    counselor_typing: bool = False
    counselor_read_seq: int = Field(default=0, description="the counselor has read up to here")
    delivered_seq: int = Field(
        default=0, description="the counselor's console has the person's messages up to here"
    )
    ended_by: Literal["counselor", "person", "silence"] | None = None
    self_test_result: str | None = None
    version: str = Field(default="", description="the state without the messages: pass it back as `known`")


class PersonMessageCreate(WireModel):
    id: uuid.UUID
    text: str = Field(min_length=1, max_length=2000)


def start(conn: Connection, source: str, now: datetime) -> tuple[str, str]:
    """A new conversation after consent: (its id, its token). Only the token's hash is stored."""
    token = new_secret()
    session_id = livechat.new_session(conn, source, secret_hash(token), now)
    conn.execute(
        update(schema.chat_sessions).where(schema.chat_sessions.c.id == session_id).values(consented_at=now)
    )
    return session_id, token


# Built once: every request of the person's page looks its conversation up (see livechat's statements).
_BY_TOKEN_HASH = select(schema.chat_sessions).where(
    schema.chat_sessions.c.token_hash == bindparam("token_hash")
)


def by_token(conn: Connection, token: str | None) -> Row[Any]:
    if not token:
        raise ApiProblem(401, "chat_token_missing", "this conversation's token is missing")
    row = conn.execute(_BY_TOKEN_HASH, {"token_hash": secret_hash(token)}).first()
    if row is None:
        raise ApiProblem(401, "chat_token_invalid", "no conversation has this token")
    return row


class ChatContact(NamedTuple):
    """The columns of a conversation's contact that a message uses (livechat.contact_of's)."""

    id: str
    call_id: str
    counselor_id: str
    caller_id: str | None
    case_id: str | None


_ct = schema.contacts
# The conversation and its contact in one statement: the person's message is the busiest write of a chat
# load, and each statement there runs under the one write lock.
_BY_TOKEN_WITH_CONTACT = (
    select(
        schema.chat_sessions,
        _ct.c.id.label("ct_id"),
        _ct.c.counselor_id.label("ct_counselor_id"),
        _ct.c.caller_id.label("ct_caller_id"),
        _ct.c.case_id.label("ct_case_id"),
    )
    .select_from(schema.chat_sessions.outerjoin(_ct, _ct.c.call_id == schema.chat_sessions.c.call_id))
    .where(schema.chat_sessions.c.token_hash == bindparam("token_hash"))
)


def by_token_with_contact(conn: Connection, token: str | None) -> tuple[Row[Any], ChatContact | None]:
    """by_token, and the conversation's contact once a counselor took it."""
    if not token:
        raise ApiProblem(401, "chat_token_missing", "this conversation's token is missing")
    row = conn.execute(_BY_TOKEN_WITH_CONTACT, {"token_hash": secret_hash(token)}).first()
    if row is None:
        raise ApiProblem(401, "chat_token_invalid", "no conversation has this token")
    if row.ct_id is None:
        return row, None
    return row, ChatContact(row.ct_id, row.call_id, row.ct_counselor_id, row.ct_caller_id, row.ct_case_id)


def save_self_test(conn: Connection, session: Row[Any], test: SelfTest, now: datetime) -> str:
    ids = [a.item_id for a in test.answers]
    if len(ids) != len(set(ids)):
        raise ApiProblem(422, "duplicate_self_test_item", "each self-test item may be answered once")
    if session.call_id is not None:
        raise ApiProblem(409, "already_connected", "the self-test is answered before 상담사 연결")
    result = selftest.result_text(selftest.score({a.item_id: a.value for a in test.answers}))
    stored = test.model_copy(update={"result_text": result})
    conn.execute(
        update(schema.chat_sessions)
        .where(schema.chat_sessions.c.id == session.id)
        .values(self_test=stored.model_dump(mode="json"), last_seen_at=now)
    )
    return result


def connect(conn: Connection, session: Row[Any], now: datetime, timeout_s: float) -> None:
    """상담사 연결: a chat call with the self-test, into the one queue. Idempotent."""
    if session.ended_at is not None:
        raise ApiProblem(409, "chat_ended", "this conversation has ended")
    if session.call_id is not None:
        return
    test = SelfTest.model_validate(session.self_test) if session.self_test else None
    body = ChatCreate(self_test=test, transcript=[], bridge_ref=f"{session.source}-chat")
    call_id = calls.insert_call(conn, WEBCHAT, "chat", None, body.bridge_ref, now)
    conn.execute(
        schema.chats.insert().values(
            call_id=call_id,
            self_test=body.self_test.model_dump(mode="json") if body.self_test else None,
            transcript=[],
            created_at=now,
        )
    )
    conn.execute(
        update(schema.chat_sessions).where(schema.chat_sessions.c.id == session.id).values(call_id=call_id)
    )
    calls.route_new_call(conn, WEBCHAT, call_id, now, timeout_s)


def view(conn: Connection, session: Row[Any], after_seq: int, now: datetime) -> PersonView:
    contact = livechat.contact_of(conn, session)
    if session.ended_at is not None:
        state: PersonState = "ended"
    elif contact is not None:
        state = "connected"
    elif session.call_id is not None:
        state = "waiting"
    else:
        state = "consented"
    rows = livechat.messages_after(conn, session, after_seq)
    if rows:
        livechat.mark_delivered(conn, session, "person", rows[-1].seq, now)
        rows = livechat.messages_after(conn, session, after_seq)
    conn.execute(
        update(schema.chat_sessions).where(schema.chat_sessions.c.id == session.id).values(last_seen_at=now)
    )
    test = session.self_test or {}
    found = PersonView(
        state=state,
        queue_position=routing.queue_position(conn, session.call_id) if state == "waiting" else None,
        messages=[
            PersonMessage(
                id=r.id,
                seq=r.seq,
                sender=r.sender,
                text=r.text,
                sent_at=r.sent_at,
                delivered=r.delivered_at is not None,
                read=r.read_at is not None,
            )
            for r in rows
        ],
        counselor_typing=livechat.typing_now(session, "counselor", now),
        counselor_read_seq=session.counselor_read_seq,
        delivered_seq=_delivered(conn, session),
        ended_by=session.ended_by,
        self_test_result=test.get("result_text"),
    )
    parts = (
        found.state,
        found.queue_position,
        found.counselor_typing,
        found.counselor_read_seq,
        found.delivered_seq,
    )
    return found.model_copy(update={"version": "|".join(str(v) for v in parts)})


def _delivered(conn: Connection, session: Row[Any]) -> int:
    m = schema.chat_messages
    newest = conn.execute(
        select(func.max(m.c.seq)).where(
            m.c.session_id == session.id, m.c.sender == "person", m.c.delivered_at.is_not(None)
        )
    ).scalar_one_or_none()
    return int(newest or 0)


def send(conn: Connection, token: str | None, body: PersonMessageCreate, now: datetime) -> PersonMessage:
    session, contact = by_token_with_contact(conn, token)
    if session.call_id is None:
        raise ApiProblem(409, "not_connected", "ask for a counselor (상담사 연결) before writing")
    _created, message = livechat.add_message(
        conn, session, str(body.id), "person", body.text, None, now, contact=contact
    )
    return PersonMessage(
        id=message.id, seq=message.seq, sender="person", text=message.text, sent_at=message.sent_at
    )


def end(conn: Connection, session: Row[Any], now: datetime, timeout_s: float) -> None:
    """The person ends it (대화 끝내기): the conversation and the call or contact with it. Idempotent."""
    if livechat.end_session(conn, session, "person", now) and session.call_id is not None:
        calls.end_call(conn, WEBCHAT, session.call_id, now, timeout_s)
