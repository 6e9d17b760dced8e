"""Handoffs (and take-overs), escalations to the shift lead, messages to counselors.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}")


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("target", sa.String(20), nullable=False),
        sa.Column("to_user_id", sa.String(36), nullable=True),
        sa.Column("from_user_id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("live", sa.Integer(), nullable=False),
        sa.Column("sbar", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("escalate_at", UTCDateTime(), nullable=True),
        sa.Column("escalated_at", UTCDateTime(), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(80), nullable=True),
        sa.Column("reject_reason", sa.String(500), nullable=True),
        _fk("handoffs", "to_user_id", "users"),
        _fk("handoffs", "from_user_id", "users"),
        _fk("handoffs", "contact_id", "contacts"),
        _fk("handoffs", "case_id", "cases"),
        sa.PrimaryKeyConstraint("id", name="pk_handoffs"),
    )
    op.create_index("ix_handoffs_status", "handoffs", ["status"])
    op.create_index("ix_handoffs_contact_id", "handoffs", ["contact_id"])
    op.create_index("ix_handoffs_case_id", "handoffs", ["case_id"])
    op.create_table(
        "escalations",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("handoff_id", sa.String(36), nullable=True),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(36), nullable=True),
        _fk("escalations", "handoff_id", "handoffs"),
        _fk("escalations", "case_id", "cases"),
        _fk("escalations", "contact_id", "contacts"),
        _fk("escalations", "acknowledged_by", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_escalations"),
    )
    op.create_index("ix_escalations_handoff_id", "escalations", ["handoff_id"])
    op.create_table(
        "messages",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("from_user_id", sa.String(36), nullable=False),
        sa.Column("to_user_id", sa.String(36), nullable=False),
        sa.Column("text", sa.String(1000), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("messages", "from_user_id", "users"),
        _fk("messages", "to_user_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
    )
    op.create_index("ix_messages_to_user_id", "messages", ["to_user_id"])


def downgrade() -> None:
    op.drop_table("messages")
    op.drop_table("escalations")
    op.drop_table("handoffs")
