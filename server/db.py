"""The database: engine set-up, programmatic Alembic migrations, and the one serialized write path.

Every state change runs through `Database.write`: one transaction, one writer at a time. One writer is
what makes routing safe (two offers never reach the same counselor, one call is never offered twice),
makes Idempotency-Key checks race-free, and commits events in sequence order. Within a process one task
runs the writes, in the order they came, several to a transaction when they queued up meanwhile (group
commit); on PostgreSQL, where several worker processes (and hosts) share the database,
each write transaction also takes a transaction-level advisory lock first, released by the commit
itself. Access-log entries that change nothing else (Database.write_grouped) are the exception on
PostgreSQL: they run in transactions of their own, beside the writes, under the audit chain's lock alone
(server.services.audit.CHAIN_LOCK). Reads run concurrently (SQLite: WAL; PostgreSQL: MVCC).

SQLite is single-process only: its file lock would serialize too, but the event wake-up
(server.eventlog.EventBus) reaches only the followers of the process that wrote.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

import anyio.to_thread
from sqlalchemy import create_engine, event, make_url, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import SingletonThreadPool

from annyeong.server import eventlog
from annyeong.server.config import (
    AUDIT_HEAD_KEY,
    AUDIT_HELD_KEY,
    DEFAULT_MAX_CHATS,
    MAX_CHATS_KEY,
    PREPARED_KEY,
)
from annyeong.server.eventlog import AUDIENCE_KEY, EventBus
from annyeong.server.eventtail import EventTail
from annyeong.server.services import audit

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration's revision. A database already there is not handed to Alembic at all: loading
# Alembic and every migration script cost about a fifth of a server's start, paid on every start of a
# training console's server for nothing. tests/server/test_migrations.py keeps it equal to Alembic's head.
HEAD_REVISION = "0012"

# Advisory lock keys (PostgreSQL). Arbitrary, but fixed: every worker and the admin CLI must agree.
WRITE_LOCK = 120_0001
MIGRATE_LOCK = 120_0002
SWEEPER_LOCK = 120_0003
# NOTIFY channel that tells the other workers "events were committed, for these audiences". Payload:
# "<origin> <token>|<token>…", or "<origin> *" for everyone (PostgreSQL caps a payload at 8000 bytes).
EVENTS_CHANNEL = "annyeong_events"
EVERYONE = "*"
_MAX_PAYLOAD = 7000
# The most writes one group transaction runs (Database.write): a bound on one transaction's size. It
# does not make anyone wait less (a group runs what queued in the order it came), so it is generous.
MAX_GROUP = 64
# Connections a SQLite file database keeps open (make_engine): anyio's worker threads and the writer.
SQLITE_POOL = 48
# How long a SQLite statement waits for a lock another connection (or process) holds.
BUSY_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class _Job:
    """One write waiting for its turn: the work, whether its events wake followers, and its answer."""

    work: Callable[[Connection], object]
    notify: bool
    done: asyncio.Future[Any]
    # Reads the work will use, run in its transaction before the write lock is taken.
    prepare: Callable[[Connection], object] | None = None
    # A write_grouped work: runs after the group's other works, its access-log entries held and inserted
    # together with those of the other grouped works (server.services.audit.hold).
    grouped: bool = False


def _settle(done: asyncio.Future[Any], result: object = None, *, exc: BaseException | None = None) -> None:
    if done.done():  # the caller went away meanwhile; what was written stays written
        return
    if exc is not None:
        done.set_exception(exc)
    else:
        done.set_result(result)


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def make_engine(database_url: str, *, pool_size: int = 10) -> Engine:
    if database_url.startswith("sqlite"):
        url = make_url(database_url)
        # A file database keeps a connection for every thread that reads at once (anyio's 40 workers and
        # the writer). SQLAlchemy's default of 5 + 10 overflow closed each extra connection as it came
        # back and opened a new one at the next burst, paying the file's open and the pragmas below
        # (journal_mode=WAL among them) every time: about a tenth of the server's CPU under a chat load.
        # (An in-memory database keeps SQLAlchemy's own pool: it must stay on one connection.)
        file_db = bool(url.database) and url.database != ":memory:" and "mode=memory" not in database_url
        pool: dict[str, Any] = {"pool_size": SQLITE_POOL, "max_overflow": SQLITE_POOL} if file_db else {}
        engine = create_engine(
            database_url, connect_args={"check_same_thread": False, "timeout": 30}, **pool
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # FULL: an acknowledged write (a counselor's note) survives a power cut.
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.close()

        return engine
    # Reads run in anyio's worker threads (40 by default), so the pool, not the threads, is what bounds
    # the connections one worker process holds: size it with max_connections / workers in mind.
    return create_engine(database_url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size)


def _begin_at_once(connection: Connection) -> bool:
    """SQLite: take the write lock (BEGIN IMMEDIATE) if no other connection holds it; False, and no
    transaction begun, if one does. A thread hop each way cost the writer more than its own work did."""
    connection.exec_driver_sql("PRAGMA busy_timeout=0")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError:  # SQLITE_BUSY: another process is writing
        return False
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return True


_LOCK_WRITES = text("SELECT pg_advisory_xact_lock(:key)")


def lock_writes(conn: Connection) -> None:
    """Take the cluster-wide write lock for the rest of this transaction (PostgreSQL; no-op on SQLite,
    where the file lock and the single process serialize). Anything writing outside Database.write, such
    as the admin CLI, calls this first."""
    if is_postgres(conn):
        conn.execute(_LOCK_WRITES, {"key": WRITE_LOCK})


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision. Safe to call on every start, from every worker at once:
    on PostgreSQL the first to arrive migrates (DDL is transactional) while the others wait, then find
    nothing to do."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        if is_postgres(connection):
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _at_head(engine: Engine) -> bool:
    with engine.connect() as connection:
        try:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except DBAPIError:  # a new database has no version table yet: Alembic creates it
            return False
    return versions == [HEAD_REVISION]


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgres = is_postgres(engine)
        # A SQLite file runs its write transactions' works on the event loop (_in_write_transaction_here).
        # Not an in-memory database: its pool gives each thread a connection, and a database, of its own.
        sqlite = engine.dialect.name == "sqlite"
        self._writes_here = sqlite and not isinstance(engine.pool, SingletonThreadPool)
        self.bus = EventBus()
        # The newest events, read once per wake-up for all of this process's followers.
        self.tail = EventTail(self.read)
        # Names this process in its NOTIFYs, so its own listener can ignore them (it woke its followers
        # directly). Random, not the pid: two hosts may run workers with the same pid.
        self.origin = uuid.uuid4().hex
        # Whether this process runs the sweepers. SQLite: the only process. PostgreSQL: whichever worker
        # holds the sweeper lock (server.crossprocess).
        self.leads_sweepers = not self.postgres
        # The centre's chat limit per counselor, handed to routing in every write transaction.
        self.max_chats = DEFAULT_MAX_CHATS
        # The writes waiting for the next transaction, and the task running them (Database.write).
        self._queue: list[_Job] = []
        self._writer: asyncio.Task[None] | None = None
        # PostgreSQL: the access-log entries waiting for theirs (Database.write_grouped), and its task.
        self._entries: list[_Job] = []
        self._entry_writer: asyncio.Task[None] | None = None

    async def write(
        self,
        work: Callable[[Connection], T],
        *,
        notify: bool = True,
        prepare: Callable[[Connection], object] | None = None,
    ) -> T:
        """Run `work` in one transaction, serialized with every other write; commit, or roll back on error.

        notify=False for a read that only appends its audit entry: no event follower needs waking.
        prepare: reads for `work` that need not wait for the lock (server.services.prepared), run in the
        same transaction before it is taken.

        Group commit: while one transaction holds the writer, the writes that arrive queue up, and the next
        transaction runs them together, one after the other, in the order they came (up to MAX_GROUP).
        Each sees what the ones before it did, exactly as if each had been a transaction of its own
        following the other; one lock turn, one commit and one wake-up serve them all. Under load this is
        what keeps the cluster-wide lock from being handed from worker to worker for every small write.
        Should any of them fail, the group is rolled back and each runs alone, so a refusal (or a bug)
        undoes only its own work. Nothing waits on a timer: a lone write goes at once."""
        job: _Job = _Job(work, notify, asyncio.get_running_loop().create_future(), prepare)
        self._queue.append(job)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_queued(), name="writes")
        return cast(T, await job.done)

    async def write_grouped(self, work: Callable[[Connection], object]) -> None:
        """Run `work` (access-log entries only: it appends no event and changes no other table) with the
        other such works queued meanwhile; return once it committed. It is written even when the caller
        goes away meanwhile (what was read was read).

        SQLite: with the writes queued meanwhile, after them. PostgreSQL: in a transaction of its own
        beside the writes, under the audit chain's lock alone: the delivery of an event (its entry is
        committed before the event is sent) then never waits for the write lock, which every write to
        calls and contacts of every worker takes in turn."""
        job = _Job(work, False, asyncio.get_running_loop().create_future(), grouped=True)
        if not self.postgres:
            self._queue.append(job)
            if self._writer is None or self._writer.done():
                self._writer = asyncio.create_task(self._write_queued(), name="writes")
        else:
            self._entries.append(job)
            if self._entry_writer is None or self._entry_writer.done():
                self._entry_writer = asyncio.create_task(
                    self._write_queued(self._entries), name="access-log entries"
                )
        await asyncio.shield(job.done)

    async def _write_queued(self, queue: list[_Job] | None = None) -> None:
        queue = self._queue if queue is None else queue
        while queue:
            # A write whose caller was cancelled before it started is dropped, as it would have been
            # while waiting for a lock.
            group = [job for job in queue[:MAX_GROUP] if not job.done.cancelled()]
            del queue[:MAX_GROUP]
            if not group:
                continue
            try:
                results, audience = await self._transaction(group)
            except Exception as exc:
                if len(group) == 1:
                    _settle(group[0].done, exc=exc)
                    continue
                # One of them failed (or the commit did): each alone, so only its own work is undone.
                for job in group:
                    try:
                        results, audience = await self._transaction([job])
                    except Exception as alone:
                        _settle(job.done, exc=alone)
                    else:
                        self._wake(audience)
                        _settle(job.done, results[0])
                continue
            # After the commit: followers woken now will find the new events. A group that appended
            # none wakes nobody.
            self._wake(audience)
            for job, result in zip(group, results, strict=True):
                _settle(job.done, result)

    def _wake(self, audience: frozenset[str]) -> None:
        if audience:
            self.bus.notify(audience)

    async def read(self, work: Callable[[Connection], T]) -> T:
        return await anyio.to_thread.run_sync(self._in_transaction, work)

    def _in_transaction(self, work: Callable[[Connection], T]) -> T:
        with self.engine.begin() as connection:
            return work(connection)

    async def _transaction(self, group: list[_Job]) -> tuple[list[object], frozenset[str]]:
        if self._writes_here:
            return await self._in_write_transaction_here(group)
        return await anyio.to_thread.run_sync(self._in_write_transaction, group)

    def _in_write_transaction(self, group: list[_Job]) -> tuple[list[object], frozenset[str]]:
        """Run the group's works in one transaction; their results, and the audiences to wake (only of
        the works that asked to notify)."""
        with self.engine.begin() as connection:
            return self._run_group(connection, group)

    async def _in_write_transaction_here(self, group: list[_Job]) -> tuple[list[object], frozenset[str]]:
        """_in_write_transaction for a SQLite file, its works run on the event loop itself.

        In a worker thread, the writer gave up the GIL at every statement (SQLite runs without it) and
        waited for it again behind the event loop: under a chat load a write's wall time was five times
        its CPU, and the one writer, not the CPU, was what the messages queued for. Here the works' Python
        runs at once. What waits stays off the loop: the write lock is taken at once when it is free (it
        is, unless another process such as the admin CLI writes) and else waited for in a thread, and
        the commit, which waits for the disk (synchronous=FULL), runs in a thread."""
        connection = self.engine.connect()
        try:
            transaction = connection.begin()
            try:
                if not _begin_at_once(connection):
                    await anyio.to_thread.run_sync(connection.exec_driver_sql, "BEGIN IMMEDIATE")
                found = self._run_group(connection, group)
            except BaseException:
                transaction.rollback()
                raise
            await anyio.to_thread.run_sync(transaction.commit)
            return found
        finally:
            connection.close()

    def _run_group(self, connection: Connection, group: list[_Job]) -> tuple[list[object], frozenset[str]]:
        results: list[object] = []
        audience: set[str] = set()
        info = connection.info
        # Connection.info outlives the transaction (the connection goes back to the pool): what is
        # set here for the transaction is taken out again however it ends.
        info.pop(AUDIENCE_KEY, None)
        info[MAX_CHATS_KEY] = self.max_chats
        # PostgreSQL runs the access-log entries (write_grouped) in groups of their own (see there).
        entries_only = self.postgres and all(job.grouped for job in group)
        try:
            info[AUDIT_HEAD_KEY] = None
            if entries_only:
                return self._run_entries(connection, group)
            if self.postgres:
                eventlog.hold(connection)
            # What each write reads before the lock (its own, so one never sees another's) costs
            # the writers waiting for the lock nothing.
            prepared: list[dict[object, object]] = [{} for _ in group]
            for job, own in zip(group, prepared, strict=True):
                if job.prepare is not None:
                    info[PREPARED_KEY] = own
                    job.prepare(connection)
            lock_writes(connection)
            # The grouped works (access-log entries, which answer nothing and wake nobody) go last, as
            # if they had queued after the others, so their entries go in as one statement.
            order = [n for n, job in enumerate(group) if not job.grouped]
            order += [n for n, job in enumerate(group) if job.grouped]
            answers: dict[int, object] = {}
            for n in order:
                job = group[n]
                if job.grouped and AUDIT_HELD_KEY not in info:
                    audit.hold(connection)
                info[PREPARED_KEY] = prepared[n]
                answers[n] = job.work(connection)
                appended = info.pop(AUDIENCE_KEY, ())
                if job.notify:
                    audience.update(appended)
            audit.flush(connection)
            results = [answers[n] for n in range(len(group))]
            notify = None
            if audience and self.postgres:
                # Queued with the events' insert, delivered by PostgreSQL at commit (and dropped on
                # rollback), so another worker's followers read only what is committed.
                tokens = "|".join(sorted(audience))
                told = tokens if len(tokens) < _MAX_PAYLOAD else EVERYONE
                notify = (EVENTS_CHANNEL, f"{self.origin} {told}")
            eventlog.flush(connection, notify)
        finally:
            for key in (PREPARED_KEY, eventlog.PENDING_KEY, AUDIT_HEAD_KEY, AUDIT_HELD_KEY):
                info.pop(key, None)
        return results, frozenset(audience)

    @staticmethod
    def _run_entries(connection: Connection, group: list[_Job]) -> tuple[list[object], frozenset[str]]:
        """Access-log entries without the write lock: the chain's lock (taken by audit.append) is all
        they need. Should one append an event, the transaction is refused: an event appended without
        the write lock could commit out of sequence."""
        audit.hold(connection)
        eventlog.hold(connection)
        results = [job.work(connection) for job in group]
        if connection.info.get(eventlog.PENDING_KEY) or connection.info.get(AUDIENCE_KEY):
            raise RuntimeError("an access-log write may not append events")
        audit.flush(connection)
        return results, frozenset()

    def dispose(self) -> None:
        self.engine.dispose()
