"""Emergency dispatch (112/119): the dispatch, its requests and steps, and a colleague phoning 112 for a
counselor who is on the line."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, String, Table, Text

from annyeong.server.schema.base import UTCDateTime, metadata

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
