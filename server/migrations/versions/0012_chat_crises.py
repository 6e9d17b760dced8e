"""Crisis expressions found in the person's live chat messages, once per expression per conversation, so a
chat contact stays "crisis raised" (wrap-up gate, the shift lead's board) across a restart.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}")


def upgrade() -> None:
    op.create_table(
        "chat_crises",
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("expression_id", sa.String(64), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("message_id", sa.String(36), nullable=False),
        sa.Column("found_at", UTCDateTime(), nullable=False),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("raised_at", UTCDateTime(), nullable=True),
        _fk("chat_crises", "session_id", "chat_sessions"),
        _fk("chat_crises", "message_id", "chat_messages"),
        _fk("chat_crises", "contact_id", "contacts"),
        sa.PrimaryKeyConstraint("session_id", "expression_id", name="pk_chat_crises"),
    )


def downgrade() -> None:
    op.drop_table("chat_crises")
