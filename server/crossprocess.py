"""What several worker processes on one PostgreSQL database need from each other.

Each worker keeps one dedicated connection (psycopg, async, autocommit) that
- LISTENs on the events channel: a write committed by another worker NOTIFYs at commit
  (server.db.Database.write), and the listener wakes this worker's SSE/long-poll followers, so a console
  connected to worker A sees events written by worker B within milliseconds;
- tries to hold the session-level sweeper lock: whoever holds it runs the background sweepers
  (ring-no-answer, escalations, audit retention), so none runs twice. Should that worker die, its
  connection closes, PostgreSQL releases the lock, and another worker takes over at its next try.

If the connection drops, this worker gives up leadership, reconnects with back-off, and wakes its
followers once it is back, since NOTIFYs sent meanwhile were lost (the followers just re-read the log).
SQLite runs one process and needs none of this.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from annyeong.server.db import EVENTS_CHANNEL, EVERYONE, SWEEPER_LOCK, Database

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger("annyeong.server.crossprocess")

# How often a follower (non-leading) worker asks for the sweeper lock, and the longest a broken
# connection goes unnoticed while nothing is NOTIFYing.
LEADER_RETRY_S = 2.0
MAX_BACKOFF_S = 10.0


def conninfo(engine: Engine) -> str:
    """The libpq connection string for the engine's database (the SQLAlchemy URL minus its driver)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


async def run(db: Database) -> None:
    """Listen and lead until cancelled. Never raises for a database outage: it retries."""
    # Imported here: a server on SQLite (training, every console's embedded one) never loads the driver.
    import psycopg

    backoff = 0.5
    target = conninfo(db.engine)
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(target, autocommit=True) as conn:
                await conn.execute(f"LISTEN {EVENTS_CHANNEL}")
                backoff = 0.5
                # Anything committed while we were not listening: let the followers look.
                db.bus.notify()
                await _serve(db, conn)
        except asyncio.CancelledError:
            db.leads_sweepers = False
            raise
        except (psycopg.Error, OSError) as exc:
            if db.leads_sweepers:
                log.warning("lost the database connection: no longer leading the sweepers")
            db.leads_sweepers = False
            # The type only: a message may carry the connection string.
            log.warning("event listener: %s; reconnecting in %.1f s", type(exc).__name__, backoff)
            await asyncio.sleep(backoff)
            backoff = min(MAX_BACKOFF_S, backoff * 2)


async def _serve(db: Database, conn: psycopg.AsyncConnection) -> None:
    while True:
        if not db.leads_sweepers:
            cursor = await conn.execute("SELECT pg_try_advisory_lock(%s)", (SWEEPER_LOCK,))
            row = await cursor.fetchone()
            if row is not None and row[0]:
                db.leads_sweepers = True
                log.info("this worker leads the sweepers")
        else:
            # A round trip, so a dead connection (and with it the lock) is noticed within the retry time.
            await conn.execute("SELECT 1")
        async for notify in conn.notifies(timeout=LEADER_RETRY_S):
            origin, _, tokens = notify.payload.partition(" ")
            # Our own commits already woke our followers (Database.write).
            if origin != db.origin:
                db.bus.notify(None if tokens in ("", EVERYONE) else tokens.split("|"))


@contextlib.asynccontextmanager
async def running(db: Database) -> AsyncIterator[None]:
    """Run the listener for the life of the block (PostgreSQL only)."""
    task = asyncio.create_task(run(db), name="crossprocess") if db.postgres else None
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
