"""Chain the audit log by hash, index it by time, and make it append-only in SQLite.

Rows written before this revision get their prev_hash/hash now, in seq order (server.auditchain).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from annyeong.server import auditchain
from annyeong.server.schema import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _columns() -> list[sa.Column[Any]]:
    found: list[sa.Column[Any]] = [
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("at", UTCDateTime()),
    ]
    found += [sa.Column(name, sa.String) for name in (*auditchain.FIELDS[2:], "prev_hash", "hash")]
    return found


# Append-only at the database too: no entry is ever changed, and none younger than two years is deleted
# (the retention sweeper deletes older ones). Someone with the file can drop these; the chain still
# shows what they changed.
_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_early_delete BEFORE DELETE ON audit_log "
    "WHEN OLD.at > datetime('now', '-2 years') "
    "BEGIN SELECT RAISE(ABORT, 'audit_log entries are kept two years'); END",
)


def upgrade() -> None:
    conn = op.get_bind()
    table = sa.Table("audit_log", sa.MetaData(), *_columns())
    prev = auditchain.GENESIS
    for row in conn.execute(sa.select(table).order_by(table.c.seq)).mappings().all():
        digest = auditchain.entry_hash(row, prev)
        conn.execute(sa.update(table).where(table.c.seq == row["seq"]).values(prev_hash=prev, hash=digest))
        prev = digest
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    if conn.dialect.name == "sqlite":
        for statement in _TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_early_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
