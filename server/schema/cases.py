"""Cases that outlive a call: a number's open case, its flags, and follow-ups."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table

from annyeong.server.schema.base import UTCDateTime, metadata

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
