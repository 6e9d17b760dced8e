"""Tables of the case API (SQLAlchemy 2 Core), one module per feature, all on one metadata. Alembic
migrations in server/migrations build the same.

tests/server/test_migrations.py compares the migrated database with this metadata, so a column added here
without a migration fails the suite. Foreign keys name their table as text ("users.id"), so a table may
point into another feature's module without importing it.
"""

from annyeong.server.schema.accounts import api_keys, tokens, users
from annyeong.server.schema.base import UTCDateTime, metadata
from annyeong.server.schema.cases import case_flags, cases, follow_ups
from annyeong.server.schema.contacts import call_offers, callers, calls, contact_entries, contacts
from annyeong.server.schema.dispatch import dispatch_relays, dispatch_requests, dispatch_steps, dispatches
from annyeong.server.schema.handoffs import escalations, handoffs, messages
from annyeong.server.schema.live_chat import chat_crises, chat_messages, chat_sessions, chats, kakao_dialogues
from annyeong.server.schema.log import audit_log, events, idempotency
from annyeong.server.schema.referrals import referral_steps, referrals

__all__ = [
    "UTCDateTime",
    "api_keys",
    "audit_log",
    "call_offers",
    "callers",
    "calls",
    "case_flags",
    "cases",
    "chat_crises",
    "chat_messages",
    "chat_sessions",
    "chats",
    "contact_entries",
    "contacts",
    "dispatch_relays",
    "dispatch_requests",
    "dispatch_steps",
    "dispatches",
    "escalations",
    "events",
    "follow_ups",
    "handoffs",
    "idempotency",
    "kakao_dialogues",
    "messages",
    "metadata",
    "referral_steps",
    "referrals",
    "tokens",
    "users",
]
