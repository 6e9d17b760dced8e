"""Grouped writes (every write that queued while another ran, such as the access-log entries of event
deliveries): many queued together commit in one transaction, each caller returns only once its entry is
committed, each sees what the ones before it did, the audit chain stays whole, and one bad write fails
alone. On PostgreSQL the access-log entries go beside the writes, under the chain's lock alone."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Connection

from annyeong.server import eventlog
from annyeong.server.db import WRITE_LOCK, Database, make_engine
from annyeong.server.services import audit
from annyeong.server.services.audit import AuditEntry
from annyeong.server.state import utcnow
from tests.support import sqlite_template


def _entry(n: int) -> Callable[[Connection], None]:
    def work(conn: Connection) -> None:
        audit.record_system(conn, AuditEntry("events.read", "granted", resource=f"events:{n}-{n}"), utcnow())

    return work


def _database(tmp_path: Path) -> tuple[Database, list[int]]:
    path = tmp_path / "grouped.sqlite3"
    sqlite_template.copy_migrated(path)
    engine = make_engine(f"sqlite:///{path}")
    commits: list[int] = []
    event.listen(engine, "commit", lambda _conn: commits.append(1))
    return Database(engine), commits


def test_entries_queued_together_commit_in_one_transaction_and_chain(tmp_path: Path) -> None:
    db, commits = _database(tmp_path)

    async def scenario() -> list[int]:
        await asyncio.gather(*(db.write_grouped(_entry(n)) for n in range(50)))
        # Every caller has returned, so every entry is committed: read them back.
        return await db.read(
            lambda conn: [
                int(r[0].split(":")[1].split("-")[0])
                for r in conn.execute(text("SELECT resource FROM audit_log WHERE action = 'events.read'"))
            ]
        )

    try:
        written = asyncio.run(scenario())
        assert sorted(written) == list(range(50))
        assert len(commits) - 1 <= 2  # the read's commit aside: one group (two if the first left early)
        with db.engine.connect() as conn:
            verdict = audit.verify(conn)
        assert verdict.ok, verdict.problem
    finally:
        db.dispose()


def test_entries_held_beside_other_writes_chain_and_each_is_there(tmp_path: Path) -> None:
    """Grouped entries are held and inserted together after the group's other writes, whose entries go in
    at once: every entry is there once and the chain verifies."""
    db, _commits = _database(tmp_path)

    async def scenario() -> list[int]:
        await asyncio.gather(
            *(db.write_grouped(_entry(n)) if n % 3 else db.write(_entry(n)) for n in range(60))
        )
        return await db.read(
            lambda conn: [
                int(r[0].split(":")[1].split("-")[0])
                for r in conn.execute(text("SELECT resource FROM audit_log WHERE action = 'events.read'"))
            ]
        )

    try:
        assert sorted(asyncio.run(scenario())) == list(range(60))
        with db.engine.connect() as conn:
            verdict = audit.verify(conn)
        assert verdict.ok, verdict.problem
    finally:
        db.dispose()


def test_a_write_waits_off_the_loop_while_another_process_holds_the_lock(tmp_path: Path) -> None:
    """SQLite: the writer takes the write lock at once when it is free; when another process holds it, the
    write waits for it in a thread while the event loop goes on, and is written once it is released."""
    db, _commits = _database(tmp_path)
    other = sqlite3.connect(tmp_path / "grouped.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    async def scenario() -> None:
        waiting = asyncio.create_task(db.write(_entry(7)))
        for _ in range(20):  # the loop turns while the write waits for the lock
            await asyncio.sleep(0.01)
        assert not waiting.done()
        other.execute("COMMIT")
        await waiting
        await db.write(_entry(8))  # and the next takes it at once

    try:
        asyncio.run(scenario())
        with db.engine.connect() as conn:
            resources = [r[0] for r in conn.execute(text("SELECT resource FROM audit_log ORDER BY seq"))]
            assert resources[-2:] == ["events:7-7", "events:8-8"]
            assert audit.verify(conn).ok
    finally:
        other.close()
        db.dispose()


def test_a_bad_entry_fails_alone(tmp_path: Path) -> None:
    db, _ = _database(tmp_path)

    def bad(_conn: Connection) -> None:
        raise ValueError("refused")

    async def scenario() -> list[BaseException | None]:
        found = await asyncio.gather(
            db.write_grouped(_entry(1)), db.write_grouped(bad), db.write_grouped(_entry(2)),
            return_exceptions=True,
        )
        return list(found)

    try:
        outcomes = asyncio.run(scenario())
        assert outcomes[0] is None and outcomes[2] is None
        assert isinstance(outcomes[1], ValueError)
        with db.engine.connect() as conn:
            query = text("SELECT count(*) FROM audit_log WHERE action = 'events.read'")
            assert conn.execute(query).scalar_one() == 2
            assert audit.verify(conn).ok
    finally:
        db.dispose()


def test_a_lone_entry_is_written_at_once(tmp_path: Path) -> None:
    db, commits = _database(tmp_path)
    try:
        asyncio.run(db.write_grouped(_entry(1)))
        assert len(commits) == 1
    finally:
        db.dispose()


def test_writes_queued_together_run_in_order_and_a_refusal_undoes_only_its_own(tmp_path: Path) -> None:
    db, _ = _database(tmp_path)
    count = text("SELECT count(*) FROM audit_log WHERE action = 'events.read'")

    def put(n: int) -> Callable[[Connection], int]:
        def work(conn: Connection) -> int:
            # Each write sees what the ones before it did, as if each were a transaction of its own.
            seen = conn.execute(count).scalar_one()
            _entry(n)(conn)
            return int(seen)

        return work

    def refused(conn: Connection) -> int:
        _entry(99)(conn)
        raise ValueError("refused")

    async def scenario() -> list[int | BaseException]:
        return list(
            await asyncio.gather(
                db.write(put(1)), db.write(put(2)), db.write(refused), db.write(put(3)),
                return_exceptions=True,
            )
        )

    try:
        outcomes = asyncio.run(scenario())
        assert outcomes[:2] == [0, 1] and outcomes[3] == 2
        assert isinstance(outcomes[2], ValueError)
        with db.engine.connect() as conn:
            resources = conn.execute(
                text("SELECT resource FROM audit_log WHERE action = 'events.read' ORDER BY seq")
            ).scalars().all()
            assert resources == ["events:1-1", "events:2-2", "events:3-3"]
            assert audit.verify(conn).ok
    finally:
        db.dispose()


def test_postgres_entries_commit_while_another_process_holds_the_write_lock(postgres_database: str) -> None:
    """On PostgreSQL an access-log entry waits for the audit chain's lock alone, never for the write
    lock another worker holds for its writes; a write still waits for it, and the chain stays whole."""
    db = Database(make_engine(postgres_database))
    holder = make_engine(postgres_database)

    async def scenario() -> None:
        with holder.connect() as other:
            other.begin()
            other.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
            write = asyncio.create_task(db.write(_entry(1)))
            # Generous: the entry needs no lock the other connection holds, however slow the machine.
            await asyncio.wait_for(asyncio.gather(*(db.write_grouped(_entry(n)) for n in range(2, 12))), 120)
            assert not write.done()
            other.rollback()
        await asyncio.wait_for(write, 120)

    try:
        asyncio.run(scenario())
        with db.engine.connect() as conn:
            resources = conn.execute(
                text("SELECT resource FROM audit_log WHERE action = 'events.read' ORDER BY seq")
            ).scalars().all()
            assert sorted(resources) == sorted(f"events:{n}-{n}" for n in range(1, 12))
            assert resources[-1] == "events:1-1"
            assert audit.verify(conn).ok
    finally:
        db.dispose()
        holder.dispose()


def test_postgres_an_entry_that_appends_an_event_is_refused(postgres_database: str) -> None:
    """An access-log write runs without the write lock there: an event appended in it could commit out of
    sequence, so it is refused and nothing of it stays."""
    db = Database(make_engine(postgres_database))

    def sneaky(conn: Connection) -> None:
        _entry(1)(conn)
        eventlog.append(conn, "presence.changed", {}, [eventlog.ALL], utcnow())

    try:
        with pytest.raises(RuntimeError):
            asyncio.run(db.write_grouped(sneaky))
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM events")).scalar_one() == 0
            entries = text("SELECT count(*) FROM audit_log WHERE action = 'events.read'")
            assert conn.execute(entries).scalar_one() == 0
    finally:
        db.dispose()
