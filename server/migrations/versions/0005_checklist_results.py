"""Checklist results and crisis decisions are contact entries carrying a JSON member.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact_entries") as batch:
        batch.add_column(sa.Column("data", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact_entries") as batch:
        batch.drop_column("data")
