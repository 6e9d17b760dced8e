"""Who signs in and how: staff accounts, their tokens, and the API keys of machines (the telephony
bridge, the 112/119 liaison, partner centres)."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table

from annyeong.server.schema.base import UTCDateTime, metadata

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


Index("ix_users_presence_idle", users.c.presence, users.c.idle_since)
