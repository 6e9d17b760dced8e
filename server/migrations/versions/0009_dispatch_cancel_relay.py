"""A dispatch can be withdrawn (two more steps of the same record), and a colleague can be asked to phone
112 for a counselor who is on the line with the caller (dispatch_relays).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}")


def upgrade() -> None:
    with op.batch_alter_table("dispatches") as batch:
        batch.add_column(sa.Column("cancel_requested_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("cancel_acknowledged_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("cancel_reason", sa.String(32), nullable=True))
        batch.add_column(sa.Column("cancel_note", sa.String(500), nullable=True))
    with op.batch_alter_table("dispatch_steps") as batch:
        batch.add_column(sa.Column("note", sa.String(500), nullable=True))
    op.create_table(
        "dispatch_relays",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("dispatch_id", sa.String(36), nullable=True),
        sa.Column("service", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("requested_by", sa.String(36), nullable=False),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.Column("read_out", sa.Text(), nullable=False),
        sa.Column("person_number", sa.String(32), nullable=True),
        sa.Column("callback_line", sa.String(32), nullable=True),
        sa.Column("taken_by", sa.String(36), nullable=True),
        sa.Column("taken_at", UTCDateTime(), nullable=True),
        sa.Column("training", sa.Integer(), nullable=False, server_default="0"),
        _fk("dispatch_relays", "dispatch_id", "dispatches"),
        _fk("dispatch_relays", "requested_by", "users"),
        _fk("dispatch_relays", "taken_by", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_dispatch_relays"),
    )
    op.create_index("ix_dispatch_relays_dispatch_id", "dispatch_relays", ["dispatch_id"])
    op.create_index("ix_dispatch_relays_status", "dispatch_relays", ["status"])


def downgrade() -> None:
    op.drop_index("ix_dispatch_relays_status", table_name="dispatch_relays")
    op.drop_index("ix_dispatch_relays_dispatch_id", table_name="dispatch_relays")
    op.drop_table("dispatch_relays")
    with op.batch_alter_table("dispatch_steps") as batch:
        batch.drop_column("note")
    with op.batch_alter_table("dispatches") as batch:
        for column in ("cancel_note", "cancel_reason", "cancel_acknowledged_at", "cancel_requested_at"):
            batch.drop_column(column)
