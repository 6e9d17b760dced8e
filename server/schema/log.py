"""What the server promises about its own history: the event log consoles follow, the idempotency
records that answer a retried write once, and the hash-chained access log."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Index, Integer, PrimaryKeyConstraint, String, Table, Text

from annyeong.server.schema.base import UTCDateTime, metadata

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
