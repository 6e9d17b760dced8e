"""The database: engine set-up, programmatic Alembic migrations, and the one serialized write path.

Every state change runs through `Database.write`: an asyncio lock held around a worker-thread
transaction. One writer at a time is what makes routing safe (two offers never reach the same counselor,
one call is never offered twice) and makes Idempotency-Key checks race-free, without relying on SQLite
locking semantics. Reads run concurrently in worker threads (WAL lets them proceed during a write).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import anyio.to_thread
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

from server.eventlog import EventBus

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(database_url: str) -> Engine:
    if database_url.startswith("sqlite"):
        engine = create_engine(database_url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # FULL: an acknowledged write (a counselor's note) survives a power cut.
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(database_url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision. Safe to call on every start."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write_lock = asyncio.Lock()
        self.bus = EventBus()

    async def write(self, work: Callable[[Connection], T], *, notify: bool = True) -> T:
        """Run `work` in one transaction, serialized with every other write; commit, or roll back on error.

        notify=False for a read that only appends its audit entry: no event follower needs waking."""
        async with self._write_lock:
            result = await anyio.to_thread.run_sync(self._in_transaction, work)
        # After the commit: followers woken now will find the new events.
        if notify:
            self.bus.notify()
        return result

    async def read(self, work: Callable[[Connection], T]) -> T:
        return await anyio.to_thread.run_sync(self._in_transaction, work)

    def _in_transaction(self, work: Callable[[Connection], T]) -> T:
        with self.engine.begin() as connection:
            return work(connection)

    def dispose(self) -> None:
        self.engine.dispose()
