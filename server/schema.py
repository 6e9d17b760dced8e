"""Tables of the case API (SQLAlchemy 2 Core). Alembic migrations in server/migrations build the same.

tests/server/test_migrations.py compares the migrated database with this metadata, so a column added here
without a migration fails the suite.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out.

    SQLite has no time zone type; storing naive UTC and re-attaching UTC on the way out keeps every
    timestamp the API returns RFC 3339 with an offset, and ordering by the column stays correct.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

users = Table(
    "users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(32), nullable=False),
    Column("display_name", String(100), nullable=False),
    Column("presence", String(16), nullable=False),
    Column("presence_since", UTCDateTime(), nullable=False),
    # Routing order: the available counselor idle the longest gets the next call.
    Column("idle_since", UTCDateTime(), nullable=True),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", UTCDateTime(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # access | refresh
    # sha256 of the opaque token: a leaked database does not hand out working tokens.
    Column("token_hash", String(64), nullable=False, unique=True),
    # An access token and the refresh token issued with it share a family, so logout revokes both.
    Column("family", String(36), nullable=False, index=True),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("role", String(32), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
    # Migration 0006: the partner organisation a referral_partner key acts for (a referral
    # target id, or "*" for the training desk that plays every partner). None: no organisation.
    Column("organisation", String(64), nullable=True),
)

callers = Table(
    "callers",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("e164", String(20), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
)

calls = Table(
    "calls",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("status", String(16), nullable=False, index=True),
    Column("channel", String(8), nullable=False),
    Column("caller_id", String(36), ForeignKey("callers.id"), nullable=True),  # null: withheld
    Column("bridge_ref", String(64), nullable=True),
    Column("created_by", String(80), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("offered_to", String(36), ForeignKey("users.id"), nullable=True),
    Column("offered_at", UTCDateTime(), nullable=True),
    Column("offer_expires_at", UTCDateTime(), nullable=True),
    Column("accepted_at", UTCDateTime(), nullable=True),
    Column("ended_at", UTCDateTime(), nullable=True),
    # No foreign key: contacts.call_id already points back, and a cycle would complicate inserts.
    Column("contact_id", String(36), nullable=True),
)

call_offers = Table(
    "call_offers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("call_id", String(36), ForeignKey("calls.id"), nullable=False, index=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("offered_at", UTCDateTime(), nullable=False),
    Column("outcome", String(16), nullable=False),  # offered | accepted | declined | missed
    Column("outcome_at", UTCDateTime(), nullable=True),
    Column("reason", String(200), nullable=True),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("call_id", String(36), ForeignKey("calls.id"), nullable=False, unique=True),
    Column("counselor_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("caller_id", String(36), ForeignKey("callers.id"), nullable=True, index=True),
    Column("channel", String(8), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("ended_at", UTCDateTime(), nullable=True),
    # Migration 0002: the case it belongs to and the details written at wrap-up.
    Column("case_id", String(36), ForeignKey("cases.id"), nullable=True, index=True),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("service_types", JSON, nullable=True),
    Column("summary", Text, nullable=True),
    Column("disposition", String(16), nullable=True),
    Column("reporter", JSON, nullable=True),
    Column("subject", JSON, nullable=True),
    # Reporter and subject names, space-joined: what name search matches (a JSON column would match keys).
    Column("party_names", String(210), nullable=True),
    Column("follow_up", JSON, nullable=True),
    Column("wrapped_up_at", UTCDateTime(), nullable=True),
)

contact_entries = Table(
    "contact_entries",
    metadata,
    Column("id", String(36), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("contact_id", String(36), ForeignKey("contacts.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("body", Text, nullable=False),
    Column("author_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    # Migration 0005: the checklist result or crisis decision of such an entry.
    Column("data", JSON, nullable=True),
    PrimaryKeyConstraint("id", "revision"),
)

events = Table(
    "events",
    metadata,
    # AUTOINCREMENT on SQLite: a sequence number is never reused, even after the newest row is deleted,
    # so a console's stored Last-Event-ID never skips a later event.
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("type", String(40), nullable=False),
    # "|all|", "|role:shift_lead|user:<id>|": delimited tokens so a LIKE can filter in SQL.
    Column("audience", String(400), nullable=False),
    Column("data", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    sqlite_autoincrement=True,
)

idempotency = Table(
    "idempotency",
    metadata,
    Column("principal", String(80), nullable=False),
    Column("key", String(200), nullable=False),
    Column("method", String(8), nullable=False),
    Column("path", String(300), nullable=False),
    Column("request_hash", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    PrimaryKeyConstraint("principal", "key"),
)

Index("ix_users_presence_idle", users.c.presence, users.c.idle_since)

# --- Migration 0002 ------------------------------------------------------------------------

cases = Table(
    "cases",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("caller_id", String(36), ForeignKey("callers.id"), nullable=True, index=True),
    Column("status", String(16), nullable=False),
    Column("owner_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("version", Integer, nullable=False),
    # The last tier a checklist produced; the checklist issue writes these, results live in their own rows.
    Column("risk_tier", String(16), nullable=True),
    Column("risk_instrument_id", String(64), nullable=True),
    Column("risk_assessed_at", UTCDateTime(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("closed_at", UTCDateTime(), nullable=True),
)
# A number links to at most one open case: enforced by the database, not only by the service code.
Index(
    "uq_cases_open_caller",
    cases.c.caller_id,
    unique=True,
    sqlite_where=cases.c.status == "open",
    postgresql_where=cases.c.status == "open",
)

case_flags = Table(
    "case_flags",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("case_id", String(36), ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("instruction", String(500), nullable=False),
    Column("set_by", String(36), ForeignKey("users.id"), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=True),
)

follow_ups = Table(
    "follow_ups",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("case_id", String(36), ForeignKey("cases.id"), nullable=False, index=True),
    Column("contact_id", String(36), ForeignKey("contacts.id"), nullable=True),
    Column("due_at", UTCDateTime(), nullable=False),
    # Null for a pool follow-up (migration 0006).
    Column("assignee_id", String(36), ForeignKey("users.id"), nullable=True),
    Column("status", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_by", String(36), ForeignKey("users.id"), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("pool", String(16), nullable=True),
    Column("reason", String(500), nullable=True),
    Column("source", String(20), nullable=True),
    Column("source_id", String(64), nullable=True),
    Column("outcome", String(1000), nullable=True),
    Column("updated_at", UTCDateTime(), nullable=True),
    Column("completed_at", UTCDateTime(), nullable=True),
    Column("completed_by", String(36), ForeignKey("users.id"), nullable=True),
    # When follow_up.updated last said it became overdue (the sweeper says it once).
    Column("overdue_notified_at", UTCDateTime(), nullable=True),
)
Index("ix_follow_ups_status_due_at", follow_ups.c.status, follow_ups.c.due_at)

chats = Table(
    "chats",
    metadata,
    Column("call_id", String(36), ForeignKey("calls.id"), primary_key=True),
    Column("self_test", JSON, nullable=True),
    Column("transcript", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    # A gap-free sequence: the security issue chains rows by hash in this order (prev_hash → hash).
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("actor", String(80), nullable=False),  # a user id, or "key:<name>"
    Column("actor_role", String(32), nullable=False),
    Column("source", String(64), nullable=True),  # client address as the server saw it
    Column("action", String(40), nullable=False),  # e.g. caller.unmask
    Column("subject_type", String(16), nullable=True),  # whose data: caller | case | contact
    Column("subject_id", String(36), nullable=True),
    Column("resource", String(80), nullable=True),  # "call:<id>" / "contact:<id>"
    Column("outcome", String(16), nullable=False),  # granted | denied | not_found | withheld
    Column("reason", String(200), nullable=True),
    Column("prev_hash", String(64), nullable=True),
    Column("hash", String(64), nullable=True),
    sqlite_autoincrement=True,
)
# Migration 0007: retention purges and exports select by time.
Index("ix_audit_log_at", audit_log.c.at)

# --- Migration 0003: emergency dispatch ------------------------------------------------------

dispatches = Table(
    "dispatches",
    metadata,
    Column("id", String(36), primary_key=True),  # the console's id of the first press
    Column("service", String(16), nullable=False),
    Column("status", String(20), nullable=False, index=True),
    Column("contact_id", String(36), ForeignKey("contacts.id"), nullable=True),
    Column("case_id", String(36), ForeignKey("cases.id"), nullable=True, index=True),
    Column("caller_id", String(36), ForeignKey("callers.id"), nullable=True),
    Column("counselor_id", String(36), ForeignKey("users.id"), nullable=False, index=True),
    # E.164 when it parses, else as typed: a dispatch never loses a number over its format.
    Column("person_number", String(32), nullable=True),
    Column("location", JSON, nullable=False),
    Column("risk", JSON, nullable=False),
    Column("caller_relation", String(16), nullable=True),
    Column("callback_line", String(32), nullable=True),
    Column("summary", Text, nullable=True),
    Column("incident_number", String(64), nullable=True),
    Column("failed_reason", String(500), nullable=True),
    Column("training", Integer, nullable=False, server_default="0"),
    Column("requested_at", UTCDateTime(), nullable=True),  # the console's clock
    Column("received_at", UTCDateTime(), nullable=False),
    Column("acknowledged_at", UTCDateTime(), nullable=True),
    Column("en_route_at", UTCDateTime(), nullable=True),
    Column("contact_confirmed_at", UTCDateTime(), nullable=True),
    Column("failed_at", UTCDateTime(), nullable=True),
    Column("fallback_called_at", UTCDateTime(), nullable=True),
    Column("closed_at", UTCDateTime(), nullable=True),
    # A mistaken dispatch is withdrawn by two more steps of the same record, never by erasing it.
    Column("cancel_requested_at", UTCDateTime(), nullable=True),
    Column("cancel_acknowledged_at", UTCDateTime(), nullable=True),
    Column("cancel_reason", String(32), nullable=True),
    Column("cancel_note", String(500), nullable=True),
)
# One dispatch per intent: the open dispatch for a contact and service is found by this index.
Index("ix_dispatches_intent", dispatches.c.contact_id, dispatches.c.service, dispatches.c.received_at)

dispatch_requests = Table(
    "dispatch_requests",
    metadata,
    # Every press that reached the server, by the console's id: the first one's id is the dispatch id,
    # a second console's press for the same intent is an alias that GET /v1/dispatches/{id} resolves.
    Column("id", String(36), primary_key=True),
    Column("dispatch_id", String(36), ForeignKey("dispatches.id"), nullable=False, index=True),
    Column("requested_by", String(36), ForeignKey("users.id"), nullable=False),
    Column("pressed_at", UTCDateTime(), nullable=True),
    Column("received_at", UTCDateTime(), nullable=False),
)

dispatch_steps = Table(
    "dispatch_steps",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("dispatch_id", String(36), ForeignKey("dispatches.id"), nullable=False, index=True),
    Column("step", String(20), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("clock", String(8), nullable=False),  # client | server
    Column("actor", String(80), nullable=True),
    Column("actor_role", String(32), nullable=True),
    Column("incident_number", String(64), nullable=True),
    Column("reason", String(500), nullable=True),
    Column("note", String(500), nullable=True),
    sqlite_autoincrement=True,
)

# --- Migration 0004: handoffs, escalations, messages -----------------------------------------

handoffs = Table(
    "handoffs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(16), nullable=False),  # handoff | take_over
    Column("status", String(16), nullable=False, index=True),
    Column("target", String(20), nullable=False),
    Column("to_user_id", String(36), ForeignKey("users.id"), nullable=True),
    Column("from_user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("contact_id", String(36), ForeignKey("contacts.id"), nullable=True, index=True),
    Column("case_id", String(36), ForeignKey("cases.id"), nullable=True, index=True),
    Column("live", Integer, nullable=False),
    Column("sbar", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("escalate_at", UTCDateTime(), nullable=True),
    Column("escalated_at", UTCDateTime(), nullable=True),
    Column("decided_at", UTCDateTime(), nullable=True),
    Column("decided_by", String(80), nullable=True),
    Column("reject_reason", String(500), nullable=True),
)

escalations = Table(
    "escalations",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("handoff_id", String(36), ForeignKey("handoffs.id"), nullable=True, index=True),
    Column("case_id", String(36), ForeignKey("cases.id"), nullable=True),
    Column("contact_id", String(36), ForeignKey("contacts.id"), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("acknowledged_at", UTCDateTime(), nullable=True),
    Column("acknowledged_by", String(36), ForeignKey("users.id"), nullable=True),
)

messages = Table(
    "messages",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("from_user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("to_user_id", String(36), ForeignKey("users.id"), nullable=False, index=True),
    Column("text", String(1000), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# --- Migration 0006: referrals to partner services -------------------------------------------

referrals = Table(
    "referrals",
    metadata,
    Column("id", String(36), primary_key=True),  # the console's id (also the Idempotency-Key)
    Column("target", String(40), nullable=False),
    Column("form_id", String(64), nullable=False),
    Column("form_version", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("contact_id", String(36), ForeignKey("contacts.id"), nullable=True),
    Column("case_id", String(36), ForeignKey("cases.id"), nullable=True, index=True),
    Column("counselor_id", String(36), ForeignKey("users.id"), nullable=False, index=True),
    # Only what consent (or the lawful basis) allowed: withheld fields never reach this table.
    Column("fields", JSON, nullable=False),
    Column("withheld_fields", JSON, nullable=False),
    Column("consent", JSON, nullable=True),
    Column("lawful_basis", String(16), nullable=True),
    Column("lawful_basis_note", String(500), nullable=True),
    Column("decline_reason", String(500), nullable=True),
    Column("submitted_at", UTCDateTime(), nullable=False),
    Column("received_at", UTCDateTime(), nullable=True),
    Column("assigned_at", UTCDateTime(), nullable=True),
    Column("contacted_at", UTCDateTime(), nullable=True),
    Column("closed_at", UTCDateTime(), nullable=True),
    Column("declined_at", UTCDateTime(), nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
)
Index("ix_referrals_target_status", referrals.c.target, referrals.c.status)

referral_steps = Table(
    "referral_steps",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("referral_id", String(36), ForeignKey("referrals.id"), nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("actor", String(80), nullable=True),
    Column("actor_role", String(32), nullable=True),
    Column("reason", String(500), nullable=True),
    Column("note", String(500), nullable=True),
    sqlite_autoincrement=True,
)

# --- migration 0009: a colleague phones 112 for a counselor who is on the line with the caller ----------

dispatch_relays = Table(
    "dispatch_relays",
    metadata,
    Column("id", String(36), primary_key=True),  # made by the console; also the Idempotency-Key
    Column("dispatch_id", String(36), ForeignKey("dispatches.id"), nullable=True, index=True),
    Column("service", String(16), nullable=False),
    Column("status", String(16), nullable=False, index=True),  # open | taken
    Column("requested_by", String(36), ForeignKey("users.id"), nullable=False),
    Column("requested_at", UTCDateTime(), nullable=False),
    # The read-out as the requester's console showed it, and the numbers in full: an emergency is the
    # lawful basis for giving them to a colleague who phones 112.
    Column("read_out", Text, nullable=False),
    Column("person_number", String(32), nullable=True),
    Column("callback_line", String(32), nullable=True),
    Column("taken_by", String(36), ForeignKey("users.id"), nullable=True),
    Column("taken_at", UTCDateTime(), nullable=True),
    Column("training", Integer, nullable=False, server_default="0"),
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
