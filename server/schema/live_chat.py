"""Chat: the chatbot's hand-off to a call (chats), and live chat conversations, their messages, the
crisis expressions found in them and the KakaoTalk chatbot's place in its dialogue."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, String, Table, Text

from annyeong.server.schema.base import UTCDateTime, metadata

chats = Table(
    "chats",
    metadata,
    Column("call_id", String(36), ForeignKey("calls.id"), primary_key=True),
    Column("self_test", JSON, nullable=True),
    Column("transcript", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# Live chat. A conversation exists before any counselor does: the person consents, answers the self-test
# and asks for a counselor; only then is a "chat" call created (call_id). The person reaches it with a
# bearer token of its own, stored hashed like staff tokens.
chat_sessions = Table(
    "chat_sessions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("token_hash", String(64), nullable=True, unique=True),  # null: a hand-off without a page
    Column("source", String(8), nullable=False),  # web | kakao | handoff
    Column("call_id", String(36), ForeignKey("calls.id"), nullable=True, unique=True),
    Column("consented_at", UTCDateTime(), nullable=True),
    Column("self_test", JSON, nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_seen_at", UTCDateTime(), nullable=True),
    Column("ended_at", UTCDateTime(), nullable=True),
    Column("ended_by", String(16), nullable=True),
    Column("person_read_seq", Integer, nullable=False, server_default="0"),
    Column("counselor_read_seq", Integer, nullable=False, server_default="0"),
    Column("person_typing_until", UTCDateTime(), nullable=True),
    Column("counselor_typing_until", UTCDateTime(), nullable=True),
)

chat_messages = Table(
    "chat_messages",
    metadata,
    Column("id", String(36), primary_key=True),  # the sender's client-made id: a retry is stored once
    Column("session_id", String(36), ForeignKey("chat_sessions.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("sender", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("author_id", String(36), ForeignKey("users.id"), nullable=True),
    Column("sent_at", UTCDateTime(), nullable=False),
    Column("delivered_at", UTCDateTime(), nullable=True),
    Column("read_at", UTCDateTime(), nullable=True),
)
Index("ix_chat_messages_session_id_seq", chat_messages.c.session_id, chat_messages.c.seq, unique=True)

# A crisis expression found in the person's messages (console.domain.crisis_text), once per expression per
# conversation: what makes a chat contact count as "crisis raised" (wrap-up, the board) after a restart.
# Ids and rules only; the words stay in the transcript. contact_id and raised_at are null while the person
# waits in the queue: the alert needs a contact and is raised when a counselor takes the chat.
chat_crises = Table(
    "chat_crises",
    metadata,
    Column("session_id", String(36), ForeignKey("chat_sessions.id"), primary_key=True),
    Column("expression_id", String(64), primary_key=True),
    Column("category", String(16), nullable=False),
    Column("rule", String(32), nullable=False),
    Column("message_id", String(36), ForeignKey("chat_messages.id"), nullable=False),
    Column("found_at", UTCDateTime(), nullable=False),
    Column("contact_id", String(36), ForeignKey("contacts.id"), nullable=True),
    Column("raised_at", UTCDateTime(), nullable=True),
)

# The KakaoTalk chatbot's place in its dialogue per Kakao user (the id is the bot-scoped user key, hashed).
kakao_dialogues = Table(
    "kakao_dialogues",
    metadata,
    Column("user_hash", String(64), primary_key=True),
    Column("step", String(32), nullable=False),
    Column("answers", JSON, nullable=False),
    Column("session_id", String(36), ForeignKey("chat_sessions.id"), nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
)
