"""The access log refuses INSERT OR REPLACE on SQLite.

REPLACE deletes the row it replaces without firing the DELETE trigger (SQLite fires the delete triggers
of a REPLACE only with recursive_triggers on), so an entry could be rewritten in place past 0007's
append-only triggers: an insert naming an existing seq is refused before the conflict resolution.
PostgreSQL has no REPLACE; its INSERT ... ON CONFLICT DO UPDATE fires 0008's UPDATE trigger, which
refuses it. Nothing to do there.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
            "WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq) "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_replace")
