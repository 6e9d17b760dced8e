"""The database: engine set-up, programmatic Alembic migrations, and the one serialized write path.

Every state change runs through `Database.write`: one transaction, one writer at a time. One writer is
what makes routing safe (two offers never reach the same counselor, one call is never offered twice),
makes Idempotency-Key checks race-free, and commits events in sequence order. Within a process an
asyncio lock serializes; on PostgreSQL, where several worker processes (and hosts) share the database,
each write transaction also takes a transaction-level advisory lock first, released by the commit
itself. Reads run concurrently (SQLite: WAL; PostgreSQL: MVCC).

SQLite is single-process only: its file lock would serialize too, but the event wake-up
(server.eventlog.EventBus) reaches only the followers of the process that wrote.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import anyio.to_thread
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine

from annyeong.server.config import DEFAULT_MAX_CHATS, MAX_CHATS_KEY
from annyeong.server.eventlog import AUDIENCE_KEY, EventBus

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Advisory lock keys (PostgreSQL). Arbitrary, but fixed: every worker and the admin CLI must agree.
WRITE_LOCK = 120_0001
MIGRATE_LOCK = 120_0002
SWEEPER_LOCK = 120_0003
# NOTIFY channel that tells the other workers "events were committed, for these audiences". Payload:
# "<origin> <token>|<token>…", or "<origin> *" for everyone (PostgreSQL caps a payload at 8000 bytes).
EVENTS_CHANNEL = "annyeong_events"
EVERYONE = "*"
_MAX_PAYLOAD = 7000


def _run_all(works: list[Callable[[Connection], object]], conn: Connection) -> None:
    for work in works:
        work(conn)


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def make_engine(database_url: str, *, pool_size: int = 10) -> Engine:
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
    # Reads run in anyio's worker threads (40 by default), so the pool, not the threads, is what bounds
    # the connections one worker process holds: size it with max_connections / workers in mind.
    return create_engine(database_url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size)


def lock_writes(conn: Connection) -> None:
    """Take the cluster-wide write lock for the rest of this transaction (PostgreSQL; no-op on SQLite,
    where the file lock and the single process serialize). Anything writing outside Database.write, such
    as the admin CLI, calls this first."""
    if is_postgres(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision. Safe to call on every start, from every worker at once:
    on PostgreSQL the first to arrive migrates (DDL is transactional) while the others wait, then find
    nothing to do."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        if is_postgres(connection):
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgres = is_postgres(engine)
        self._write_lock = asyncio.Lock()
        self.bus = EventBus()
        # Names this process in its NOTIFYs, so its own listener can ignore them (it woke its followers
        # directly). Random, not the pid: two hosts may run workers with the same pid.
        self.origin = uuid.uuid4().hex
        # Whether this process runs the sweepers. SQLite: the only process. PostgreSQL: whichever worker
        # holds the sweeper lock (server.crossprocess).
        self.leads_sweepers = not self.postgres
        # The centre's chat limit per counselor, handed to routing in every write transaction.
        self.max_chats = DEFAULT_MAX_CHATS
        # write_grouped: what waits for the next group transaction, and the task writing them.
        self._grouped: list[tuple[Callable[[Connection], object], asyncio.Future[None]]] = []
        self._group_writer: asyncio.Task[None] | None = None

    async def write(self, work: Callable[[Connection], T], *, notify: bool = True) -> T:
        """Run `work` in one transaction, serialized with every other write; commit, or roll back on error.

        notify=False for a read that only appends its audit entry: no event follower needs waking."""
        async with self._write_lock:
            result, audience = await anyio.to_thread.run_sync(self._in_write_transaction, work, notify)
        # After the commit: followers woken now will find the new events. A write that appended none
        # wakes nobody.
        if notify and audience:
            self.bus.notify(audience)
        return result

    async def write_grouped(self, work: Callable[[Connection], object]) -> None:
        """Run `work` (a small write that wakes nobody and answers nothing, such as an access-log entry)
        in a transaction shared with every other such write queued meanwhile; return once it committed.

        Group commit: while one transaction holds the writer, the entries that arrive queue up and go
        together in the next, so a hundred consoles recording what they were sent cost a few turns of the
        cluster-wide write lock and a few commits, not a hundred. Nothing waits on a timer."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._grouped.append((work, done))
        if self._group_writer is None or self._group_writer.done():
            self._group_writer = asyncio.create_task(self._write_groups(), name="grouped-writes")
        # Shielded: a follower that goes away still has its entry written (what was read was read).
        await asyncio.shield(done)

    async def _write_groups(self) -> None:
        while self._grouped:
            group, self._grouped = self._grouped, []
            try:
                await self.write(partial(_run_all, [work for work, _ in group]), notify=False)
            except Exception:
                # One bad entry must not sink the others: each goes alone, and only its own fails.
                for work, done in group:
                    try:
                        await self.write(work, notify=False)
                    except Exception as exc:
                        done.set_exception(exc)
                    else:
                        done.set_result(None)
            else:
                for _, done in group:
                    done.set_result(None)

    async def read(self, work: Callable[[Connection], T]) -> T:
        return await anyio.to_thread.run_sync(self._in_transaction, work)

    def _in_transaction(self, work: Callable[[Connection], T]) -> T:
        with self.engine.begin() as connection:
            return work(connection)

    def _in_write_transaction(
        self, work: Callable[[Connection], T], notify: bool
    ) -> tuple[T, frozenset[str]]:
        with self.engine.begin() as connection:
            # Connection.info outlives the transaction: drop what a rolled-back one left.
            connection.info.pop(AUDIENCE_KEY, None)
            connection.info[MAX_CHATS_KEY] = self.max_chats
            lock_writes(connection)
            result = work(connection)
            audience = frozenset(connection.info.pop(AUDIENCE_KEY, ()))
            if notify and audience and self.postgres:
                # Queued now, delivered by PostgreSQL at commit (and dropped on rollback), so another
                # worker's followers read only what is committed.
                tokens = "|".join(sorted(audience))
                payload = f"{self.origin} {tokens if len(tokens) < _MAX_PAYLOAD else EVERYONE}"
                connection.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": EVENTS_CHANNEL, "payload": payload},
                )
            return result, audience

    def dispose(self) -> None:
        self.engine.dispose()
