"""Cases, flags, follow-ups, chat hand-offs, audit log; contact details for wrap-up.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("caller_id", sa.String(36), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("owner_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("risk_tier", sa.String(16), nullable=True),
        sa.Column("risk_instrument_id", sa.String(64), nullable=True),
        sa.Column("risk_assessed_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["caller_id"], ["callers.id"], name="fk_cases_caller_id_callers"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name="fk_cases_owner_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
    )
    op.create_index("ix_cases_caller_id", "cases", ["caller_id"])
    op.create_index(
        "uq_cases_open_caller",
        "cases",
        ["caller_id"],
        unique=True,
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )
    op.create_table(
        "case_flags",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("instruction", sa.String(500), nullable=False),
        sa.Column("set_by", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_case_flags_case_id_cases"),
        sa.ForeignKeyConstraint(["set_by"], ["users.id"], name="fk_case_flags_set_by_users"),
        sa.PrimaryKeyConstraint("id", name="pk_case_flags"),
    )
    op.create_index("ix_case_flags_case_id", "case_flags", ["case_id"])
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("case_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("service_types", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("summary", sa.Text(), nullable=True))
        batch.add_column(sa.Column("disposition", sa.String(16), nullable=True))
        batch.add_column(sa.Column("reporter", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("subject", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("party_names", sa.String(210), nullable=True))
        batch.add_column(sa.Column("follow_up", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("wrapped_up_at", UTCDateTime(), nullable=True))
        batch.create_foreign_key("fk_contacts_case_id_cases", "cases", ["case_id"], ["id"])
        batch.create_index("ix_contacts_case_id", ["case_id"])
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("assignee_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_follow_ups_case_id_cases"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name="fk_follow_ups_contact_id_contacts"),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"], name="fk_follow_ups_assignee_id_users"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name="fk_follow_ups_created_by_users"),
        sa.PrimaryKeyConstraint("id", name="pk_follow_ups"),
    )
    op.create_index("ix_follow_ups_case_id", "follow_ups", ["case_id"])
    op.create_table(
        "chats",
        sa.Column("call_id", sa.String(36), nullable=False),
        sa.Column("self_test", sa.JSON(), nullable=True),
        sa.Column("transcript", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name="fk_chats_call_id_calls"),
        sa.PrimaryKeyConstraint("call_id", name="pk_chats"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("actor_role", sa.String(32), nullable=False),
        sa.Column("source", sa.String(64), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject_type", sa.String(16), nullable=True),
        sa.Column("subject_id", sa.String(36), nullable=True),
        sa.Column("resource", sa.String(80), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(200), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=True),
        sa.Column("hash", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    for table in ("audit_log", "chats", "follow_ups"):
        op.drop_table(table)
    with op.batch_alter_table("contacts") as batch:
        batch.drop_index("ix_contacts_case_id")
        batch.drop_constraint("fk_contacts_case_id_cases", type_="foreignkey")
        for column in (
            "wrapped_up_at",
            "follow_up",
            "party_names",
            "subject",
            "reporter",
            "disposition",
            "summary",
            "service_types",
            "version",
            "case_id",
        ):
            batch.drop_column(column)
    op.drop_table("case_flags")
    op.drop_table("cases")
