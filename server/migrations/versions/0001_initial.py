"""Initial schema: users, tokens, api keys, callers, calls, offers, contacts, entries, events, idempotency.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("presence", sa.String(16), nullable=False),
        sa.Column("presence_since", UTCDateTime(), nullable=False),
        sa.Column("idle_since", UTCDateTime(), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("username", name="uq_users_username"),
    )
    op.create_index("ix_users_presence_idle", "users", ["presence", "idle_since"])
    op.create_table(
        "tokens",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("family", sa.String(36), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_tokens_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_tokens"),
        sa.UniqueConstraint("token_hash", name="uq_tokens_token_hash"),
    )
    op.create_index("ix_tokens_family", "tokens", ["family"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
        sa.UniqueConstraint("name", name="uq_api_keys_name"),
        sa.UniqueConstraint("key_hash", name="uq_api_keys_key_hash"),
    )
    op.create_table(
        "callers",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("e164", sa.String(20), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_callers"),
        sa.UniqueConstraint("e164", name="uq_callers_e164"),
    )
    op.create_table(
        "calls",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("caller_id", sa.String(36), nullable=True),
        sa.Column("bridge_ref", sa.String(64), nullable=True),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("offered_to", sa.String(36), nullable=True),
        sa.Column("offered_at", UTCDateTime(), nullable=True),
        sa.Column("offer_expires_at", UTCDateTime(), nullable=True),
        sa.Column("accepted_at", UTCDateTime(), nullable=True),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(["caller_id"], ["callers.id"], name="fk_calls_caller_id_callers"),
        sa.ForeignKeyConstraint(["offered_to"], ["users.id"], name="fk_calls_offered_to_users"),
        sa.PrimaryKeyConstraint("id", name="pk_calls"),
    )
    op.create_index("ix_calls_status", "calls", ["status"])
    op.create_table(
        "call_offers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("call_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("offered_at", UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("outcome_at", UTCDateTime(), nullable=True),
        sa.Column("reason", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name="fk_call_offers_call_id_calls"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_call_offers_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_call_offers"),
    )
    op.create_index("ix_call_offers_call_id", "call_offers", ["call_id"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("call_id", sa.String(36), nullable=False),
        sa.Column("counselor_id", sa.String(36), nullable=False),
        sa.Column("caller_id", sa.String(36), nullable=True),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name="fk_contacts_call_id_calls"),
        sa.ForeignKeyConstraint(["counselor_id"], ["users.id"], name="fk_contacts_counselor_id_users"),
        sa.ForeignKeyConstraint(["caller_id"], ["callers.id"], name="fk_contacts_caller_id_callers"),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
        sa.UniqueConstraint("call_id", name="uq_contacts_call_id"),
    )
    op.create_index("ix_contacts_caller_id", "contacts", ["caller_id"])
    op.create_table(
        "contact_entries",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name="fk_contact_entries_contact_id_contacts"
        ),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name="fk_contact_entries_author_id_users"),
        sa.PrimaryKeyConstraint("id", "revision", name="pk_contact_entries"),
    )
    op.create_index("ix_contact_entries_contact_id", "contact_entries", ["contact_id"])
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("audience", sa.String(400), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_events"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "idempotency",
        sa.Column("principal", sa.String(80), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("path", sa.String(300), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("principal", "key", name="pk_idempotency"),
    )


def downgrade() -> None:
    for table in (
        "idempotency",
        "events",
        "contact_entries",
        "contacts",
        "call_offers",
        "calls",
        "callers",
        "api_keys",
        "tokens",
        "users",
    ):
        op.drop_table(table)
