"""Referrals to partner services (고립예방센터, 외로움돌봄동행단 …) and their steps."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, String, Table

from annyeong.server.schema.base import UTCDateTime, metadata

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
