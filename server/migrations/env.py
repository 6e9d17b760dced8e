"""Alembic environment, driven programmatically by server.db.migrate (no alembic.ini needed).

The caller passes an open connection in `config.attributes["connection"]`, so the same SQLite pragmas
and engine are used as at runtime, and this works from an installed wheel.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from annyeong.server.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table when needed.
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("annyeong.server.db.migrate passes the connection; run migrations through it")
_run(connection)
