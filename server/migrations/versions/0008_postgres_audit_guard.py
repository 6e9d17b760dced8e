"""The access log append-only on PostgreSQL too, as 0007 made it on SQLite.

Triggers refuse any UPDATE, a DELETE of an entry younger than two years (the retention sweeper deletes
only older ones) and TRUNCATE. A superuser can drop them; the hash chain still shows what was changed.
Nothing to do on SQLite.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_UPGRADE = (
    """
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' OR TG_OP = 'TRUNCATE' THEN
            RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        -- "at" is naive UTC (server.schema.UTCDateTime).
        IF OLD.at > (now() AT TIME ZONE 'UTC') - interval '2 years' THEN
            RAISE EXCEPTION 'audit_log entries are kept two years'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN OLD;
    END
    $$
    """,
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_early_delete BEFORE DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger in ("audit_log_no_truncate", "audit_log_no_early_delete", "audit_log_no_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
