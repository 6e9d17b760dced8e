"""Handoffs and take-overs between counselors and partners, escalations to the shift lead, and
messages to counselors."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Integer, String, Table

from annyeong.server.schema.base import UTCDateTime, metadata

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
