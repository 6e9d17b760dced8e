"""Referrals and their steps, partner organisations on API keys, fuller follow-ups.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}")


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("organisation", sa.String(64), nullable=True))
    with op.batch_alter_table("follow_ups") as batch:
        batch.alter_column("assignee_id", existing_type=sa.String(36), nullable=True)
        batch.add_column(sa.Column("pool", sa.String(16), nullable=True))
        batch.add_column(sa.Column("reason", sa.String(500), nullable=True))
        batch.add_column(sa.Column("source", sa.String(20), nullable=True))
        batch.add_column(sa.Column("source_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("outcome", sa.String(1000), nullable=True))
        batch.add_column(sa.Column("updated_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("completed_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("completed_by", sa.String(36), nullable=True))
        batch.add_column(sa.Column("overdue_notified_at", UTCDateTime(), nullable=True))
        batch.create_foreign_key("fk_follow_ups_completed_by_users", "users", ["completed_by"], ["id"])
        batch.create_index("ix_follow_ups_status_due_at", ["status", "due_at"])
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("target", sa.String(40), nullable=False),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("form_version", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("counselor_id", sa.String(36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("withheld_fields", sa.JSON(), nullable=False),
        sa.Column("consent", sa.JSON(), nullable=True),
        sa.Column("lawful_basis", sa.String(16), nullable=True),
        sa.Column("lawful_basis_note", sa.String(500), nullable=True),
        sa.Column("decline_reason", sa.String(500), nullable=True),
        sa.Column("submitted_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=True),
        sa.Column("assigned_at", UTCDateTime(), nullable=True),
        sa.Column("contacted_at", UTCDateTime(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("declined_at", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        _fk("referrals", "contact_id", "contacts"),
        _fk("referrals", "case_id", "cases"),
        _fk("referrals", "counselor_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_referrals"),
    )
    op.create_index("ix_referrals_case_id", "referrals", ["case_id"])
    op.create_index("ix_referrals_counselor_id", "referrals", ["counselor_id"])
    op.create_index("ix_referrals_target_status", "referrals", ["target", "status"])
    op.create_table(
        "referral_steps",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("referral_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(80), nullable=True),
        sa.Column("actor_role", sa.String(32), nullable=True),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("note", sa.String(500), nullable=True),
        _fk("referral_steps", "referral_id", "referrals"),
        sa.PrimaryKeyConstraint("seq", name="pk_referral_steps"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_referral_steps_referral_id", "referral_steps", ["referral_id"])


def downgrade() -> None:
    op.drop_table("referral_steps")
    op.drop_table("referrals")
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_index("ix_follow_ups_status_due_at")
        batch.drop_constraint("fk_follow_ups_completed_by_users", type_="foreignkey")
        for column in (
            "overdue_notified_at",
            "completed_by",
            "completed_at",
            "updated_at",
            "outcome",
            "source_id",
            "source",
            "reason",
            "pool",
        ):
            batch.drop_column(column)
        batch.alter_column("assignee_id", existing_type=sa.String(36), nullable=False)
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("organisation")
