"""Emergency dispatches, the presses that reached the server, and every step of each.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}")


def upgrade() -> None:
    op.create_table(
        "dispatches",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("service", sa.String(16), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("caller_id", sa.String(36), nullable=True),
        sa.Column("counselor_id", sa.String(36), nullable=False),
        sa.Column("person_number", sa.String(32), nullable=True),
        sa.Column("location", sa.JSON(), nullable=False),
        sa.Column("risk", sa.JSON(), nullable=False),
        sa.Column("caller_relation", sa.String(16), nullable=True),
        sa.Column("callback_line", sa.String(32), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("incident_number", sa.String(64), nullable=True),
        sa.Column("failed_reason", sa.String(500), nullable=True),
        sa.Column("training", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("requested_at", UTCDateTime(), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("en_route_at", UTCDateTime(), nullable=True),
        sa.Column("contact_confirmed_at", UTCDateTime(), nullable=True),
        sa.Column("failed_at", UTCDateTime(), nullable=True),
        sa.Column("fallback_called_at", UTCDateTime(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        _fk("dispatches", "contact_id", "contacts"),
        _fk("dispatches", "case_id", "cases"),
        _fk("dispatches", "caller_id", "callers"),
        _fk("dispatches", "counselor_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_dispatches"),
    )
    op.create_index("ix_dispatches_status", "dispatches", ["status"])
    op.create_index("ix_dispatches_case_id", "dispatches", ["case_id"])
    op.create_index("ix_dispatches_counselor_id", "dispatches", ["counselor_id"])
    op.create_index("ix_dispatches_intent", "dispatches", ["contact_id", "service", "received_at"])
    op.create_table(
        "dispatch_requests",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("dispatch_id", sa.String(36), nullable=False),
        sa.Column("requested_by", sa.String(36), nullable=False),
        sa.Column("pressed_at", UTCDateTime(), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        _fk("dispatch_requests", "dispatch_id", "dispatches"),
        _fk("dispatch_requests", "requested_by", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_dispatch_requests"),
    )
    op.create_index("ix_dispatch_requests_dispatch_id", "dispatch_requests", ["dispatch_id"])
    op.create_table(
        "dispatch_steps",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("dispatch_id", sa.String(36), nullable=False),
        sa.Column("step", sa.String(20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("clock", sa.String(8), nullable=False),
        sa.Column("actor", sa.String(80), nullable=True),
        sa.Column("actor_role", sa.String(32), nullable=True),
        sa.Column("incident_number", sa.String(64), nullable=True),
        sa.Column("reason", sa.String(500), nullable=True),
        _fk("dispatch_steps", "dispatch_id", "dispatches"),
        sa.PrimaryKeyConstraint("seq", name="pk_dispatch_steps"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_dispatch_steps_dispatch_id", "dispatch_steps", ["dispatch_id"])


def downgrade() -> None:
    op.drop_table("dispatch_steps")
    op.drop_table("dispatch_requests")
    op.drop_table("dispatches")
