"""Calls and what a counselor writes about them: callers (by number), calls and their offers, contacts
and their entries."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Integer, PrimaryKeyConstraint, String, Table, Text

from annyeong.server.schema.base import UTCDateTime, metadata

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
