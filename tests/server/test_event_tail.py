"""The event tail held in memory answers exactly as a read of the log does, on either database: the same
events for every audience and cursor, the same cursor to move to, across pages, trims and a backlog."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime

from annyeong.server import eventlog
from annyeong.server.db import Database, make_engine, migrate
from annyeong.server.eventtail import PAGE, EventTail

AUDIENCES = [
    ["all"],
    ["user:a"],
    ["user:b", "role:shift_lead"],
    ["role:shift_lead", "role:admin"],
    ["partner:x"],
    ["chat:s1"],
    ["user:a", "chat:s1"],
]
FOLLOWERS = [
    eventlog.tokens_for("a", "counselor"),
    eventlog.tokens_for("b", "counselor"),
    eventlog.tokens_for("c", "shift_lead"),
    eventlog.tokens_for("d", "partner", "x"),
    ["chat:s1"],
]


def _append(db: Database, count: int, rng: random.Random) -> None:
    def work(conn: object) -> None:
        for _ in range(count):
            eventlog.append(
                conn,  # type: ignore[arg-type]
                "test.event",
                {"n": rng.randrange(1000)},
                rng.choice(AUDIENCES),
                datetime.now(UTC),
            )

    with db.engine.begin() as conn:
        work(conn)


def _from_log(db: Database, after: int, tokens: list[str], limit: int) -> tuple[list[int], int]:
    with db.engine.begin() as conn:
        items, last = eventlog.read_after(conn, after, tokens, limit)
    return [e.seq for e in items], last


def test_the_tail_answers_as_the_log(scratch_database: str) -> None:
    engine = make_engine(scratch_database)
    migrate(engine)
    db = Database(engine)
    rng = random.Random(7)
    try:
        _append(db, 30, rng)  # before the tail's first read: never held, read from the log

        async def scenario() -> None:
            tail = EventTail(db.read, keep=200)
            for round_ in range(12):
                # A burst, now and then larger than one read's page.
                _append(db, PAGE + 40 if round_ == 5 else rng.randrange(1, 60), rng)
                with db.engine.begin() as conn:
                    newest = eventlog.newest_seq(conn)
                for tokens in FOLLOWERS:
                    for after in {0, 10, max(0, newest - 70), max(0, newest - 3), newest, newest + 5}:
                        for limit in (1, 7, 200):
                            held, last = await tail.read_after(after, tokens, limit)
                            assert ([h.seq for h in held], last) == _from_log(db, after, tokens, limit)
                            for h in held:
                                assert h.block().startswith(f"id: {h.seq}\nevent: test.event\ndata: ")

        asyncio.run(scenario())
    finally:
        db.dispose()


def test_followers_woken_together_share_one_read(scratch_database: str) -> None:
    engine = make_engine(scratch_database)
    migrate(engine)
    db = Database(engine)
    reads = 0

    async def counting(work):
        nonlocal reads
        reads += 1
        return await db.read(work)

    try:

        async def scenario() -> None:
            tail = EventTail(counting)
            await tail.held_after(0, ["all"], 10)  # the first read: where the tail starts
            before = reads
            _append(db, 3, random.Random(1))
            everyone = sorted({token for audience in AUDIENCES for token in audience})
            answers = await asyncio.gather(*(tail.held_after(0, everyone, 10) for _ in range(50)))
            # One read serves the first follower; those that asked while it ran are served by at most
            # one more (their tickets came after it started).
            assert reads - before <= 2
            assert all(a is not None and len(a[0]) == 3 for a in answers)

        asyncio.run(scenario())
    finally:
        db.dispose()
