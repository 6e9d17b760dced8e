"""Load: N simulated consoles and a telephony bridge posting calls against several server workers.

    ANNYEONG_TEST_POSTGRES_URL=postgresql+psycopg://annyeong:annyeong@127.0.0.1:5432/annyeong_test \\
        .venv/bin/python -m tests.load.run [--seconds 300] [--consoles 100] [--rate 10] [--workers 4]

Starts `annyeong-server --workers N --training` on a fresh PostgreSQL database (or uses --database URL),
adds the console users, then: every console signs in, follows /v1/events over SSE and answers each call
offered to it (accept, talk --talk seconds, end, back to available); the bridge posts --rate calls a
second, each with its Idempotency-Key. Prints the offer latency (POST /v1/calls sent -> call.offered
received by the console it rang) p50/p95/p99, the errors, and per console the events lost or duplicated
against what a full read of the log from 0 says it may see (both must be 0). Exit 1 if any was lost or
duplicated. Not a test: figures are printed, never asserted on a timer.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from argon2 import PasswordHasher
from sqlalchemy import insert, select

from annyeong.console.api.client import POOL
from annyeong.server import schema
from annyeong.server.db import make_engine, migrate
from tests.load.consoles import Console
from tests.support import postgres
from tests.support.live_server import DEMO_PASSWORD, TELEPHONY_KEY
from tests.support.server_process import launch, wait_ready


def add_consoles(database_url: str, count: int) -> list[str]:
    """Counselor accounts load001..; those already there are kept (a rerun on the same database)."""
    names = [f"load{n:03d}" for n in range(1, count + 1)]
    engine = make_engine(database_url)
    migrate(engine)
    password_hash = PasswordHasher().hash(DEMO_PASSWORD)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        have = set(conn.execute(select(schema.users.c.username)).scalars())
        for name in names:
            if name not in have:
                conn.execute(
                    insert(schema.users).values(
                        id=str(uuid.uuid4()), username=name, password_hash=password_hash, role="counselor",
                        display_name=f"부하 {name}", presence="offline", presence_since=now, idle_since=None,
                        failed_logins=0, created_at=now,
                    )
                )
    engine.dispose()
    return names


# How long the streams may take to deliver what the log held when the calls ended. Generous: a server
# with a backlog delivers late, and that is in the latencies; only what never arrives is lost.
DELIVERY_WAIT_S = 120.0


async def delivered_within(
    consoles: list[Console], expected: list[list[int]], limit_s: float
) -> float | None:
    """Wait until every console received what it should have; how long that took (None: not within)."""
    start = time.monotonic()
    while True:
        if all(set(want) <= set(c.seqs) for c, want in zip(consoles, expected, strict=True)):
            return time.monotonic() - start
        if time.monotonic() - start > limit_s:
            return None
        await asyncio.sleep(0.5)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def bridge(
    http: httpx.AsyncClient,
    url: str,
    rate: float,
    seconds: float,
    posted: dict[str, float],
    errors: Counter[str],
    answered: list[float],
) -> None:
    """Post calls at a steady rate (scheduled, not back-to-back: a slow answer does not slow the rate)."""
    async def one(n: int) -> None:
        sent = time.monotonic()
        try:
            r = await http.post(
                f"{url}/v1/calls",
                json={"from_number": f"010-{2000 + n % 3000:04d}-{n % 10000:04d}", "channel": "phone"},
                headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": str(uuid.uuid4())},
            )
        except httpx.HTTPError as exc:
            errors[f"post call: {type(exc).__name__}"] += 1
            return
        if r.status_code != 201:
            errors[f"post call: {r.status_code}"] += 1
            return
        posted[r.json()["id"]] = sent
        answered.append((time.monotonic() - sent) * 1000)

    start = time.monotonic()
    tasks: list[asyncio.Task[None]] = []
    n = 0
    while time.monotonic() - start < seconds:
        due = start + n / rate
        if due > time.monotonic():
            await asyncio.sleep(due - time.monotonic())
        tasks.append(asyncio.create_task(one(n)))
        n += 1
    await asyncio.gather(*tasks)


@dataclass
class LoadResult:
    """What one run measured: offer latencies (ms) and whether every console got exactly its events."""

    rate: float
    posted: int
    posting_s: float
    latencies: list[float]
    by_minute: list[float]  # p95 of the calls posted in each minute of the run: does latency grow?
    generator_lag: tuple[float, float]  # the load generator's own loop lag while posting: p99, max (ms)
    answered: tuple[float, float]  # the POST's own answer (written, committed): p50, p95 (ms)
    never_offered: int
    errors: Counter[str]
    events: int
    lost: int
    holes: int
    late_s: float | None  # how long the streams took to deliver the log after the calls ended (None: never)
    duplicated: int
    out_of_order: int

    @property
    def intact(self) -> bool:
        """Nothing lost, duplicated or out of order, and every call posted reached a console."""
        return self.lost == 0 and self.duplicated == 0 and self.out_of_order == 0 and self.never_offered == 0

    def p(self, q: float) -> float:
        return percentile(self.latencies, q)


async def watch_lag(lags: list[float], every_s: float = 0.01) -> None:
    """The generator's own event-loop lag: a stalled generator would show as the server's latency."""
    while True:
        before = time.monotonic()
        await asyncio.sleep(every_s)
        lags.append((time.monotonic() - before - every_s) * 1000)


async def run(args: argparse.Namespace, url: str) -> LoadResult:
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=100)  # the bridge's
    # Generous: on a machine loaded far past its cores an answer takes long; that is in the figures.
    timeout = httpx.Timeout(60.0, read=300.0)
    offered_at: dict[str, float] = {}
    posted: dict[str, float] = {}
    errors: Counter[str] = Counter()
    lags: list[float] = []
    answered: list[float] = []  # POST /v1/calls sent -> its answer (the write committed), ms
    async with contextlib.AsyncExitStack() as stack:
        # The bridge is one client, as a telephony bridge is. Each console has its own, with the pool a
        # console keeps (console/api/client.py): one pool shared by 100 consoles put most requests on its
        # few warmest connections, so on few workers, which no counselor room does.
        http = await stack.enter_async_context(httpx.AsyncClient(limits=limits, timeout=timeout))
        consoles = [Console(name, url, args.talk, offered_at) for name in args.names]
        own = [
            await stack.enter_async_context(httpx.AsyncClient(limits=POOL, timeout=timeout)) for _ in consoles
        ]
        for k in range(0, len(consoles), 10):  # sign-in hashes a password: not all at once
            batch = zip(consoles[k : k + 10], own[k : k + 10], strict=True)
            await asyncio.gather(*(c.sign_in(h) for c, h in batch))
        opened = [asyncio.Event() for _ in consoles]
        followers = [
            asyncio.create_task(c.follow(h, o)) for c, h, o in zip(consoles, own, opened, strict=True)
        ]
        await asyncio.wait_for(asyncio.gather(*(o.wait() for o in opened)), 120)
        await asyncio.gather(*(c.presence(h, "available") for c, h in zip(consoles, own, strict=True)))
        # The generator is the instrument: its own full garbage collections (150-900 ms over the
        # consoles' set-up) would show as the server's latency. What set-up built is left out of them.
        gc.freeze()
        print(f"load: {len(consoles)} consoles following, posting {args.rate} calls/s for {args.seconds} s")
        started = time.monotonic()
        watcher = asyncio.create_task(watch_lag(lags))
        await bridge(http, url, args.rate, args.seconds, posted, errors, answered)
        posting_s = time.monotonic() - started
        watcher.cancel()
        # Let the last calls ring, be answered and ended, and their events arrive.
        await asyncio.sleep(args.talk + 5)
        for c in consoles:
            await c.drain()
        # What each console may see by now, read from the log while the streams still run; then each
        # stream gets time to deliver it. Reading it after the streams stop counted as lost whatever a
        # server with a backlog had committed but not yet sent (and what the ring-no-answer sweeper
        # wrote after the end): a loss is an event the stream never delivered while it ran.
        expected = [await c.all_events(h) for c, h in zip(consoles, own, strict=True)]
        late = await delivered_within(consoles, expected, DELIVERY_WAIT_S)
        for task in followers:
            task.cancel()
        await asyncio.gather(*followers, return_exceptions=True)
        # Calls the sweeper re-offered meanwhile are still being answered: while the client is open.
        for c in consoles:
            await c.drain()

    timed = sorted(
        (sent, (offered_at[cid] - sent) * 1000) for cid, sent in posted.items() if cid in offered_at
    )
    latencies = [ms for _, ms in timed]
    first = timed[0][0] if timed else 0.0
    if timeline := os.environ.get("LOAD_TIMELINE"):  # for a profile: each call's post time and latency
        Path(timeline).write_text(json.dumps([(round(t - first, 3), round(ms, 1)) for t, ms in timed]))
    by_minute: dict[int, list[float]] = {}
    for sent, ms in timed:
        by_minute.setdefault(int((sent - first) // 60), []).append(ms)
    for c in consoles:
        errors.update(c.errors)
    lost = [len(set(want) - set(c.seqs)) for c, want in zip(consoles, expected, strict=True)]
    # A hole (a seq missing below one the console received) can only be a stream that skipped it.
    holes = [
        sum(1 for seq in set(want) - set(c.seqs) if c.seqs and seq < max(c.seqs))
        for c, want in zip(consoles, expected, strict=True)
    ]
    duplicated = [len(c.seqs) - len(set(c.seqs)) for c in consoles]
    return LoadResult(
        rate=args.rate,
        posted=len(posted),
        posting_s=posting_s,
        latencies=latencies,
        by_minute=[percentile(by_minute[m], 95) for m in sorted(by_minute)],
        generator_lag=(percentile(lags, 99), max(lags, default=float("nan"))),
        answered=(percentile(answered, 50), percentile(answered, 95)),
        never_offered=sum(1 for cid in posted if cid not in offered_at),
        errors=errors,
        events=sum(len(c.seqs) for c in consoles),
        lost=sum(lost),
        holes=sum(holes),
        late_s=late,
        duplicated=sum(duplicated),
        out_of_order=sum(1 for c in consoles if c.seqs != sorted(c.seqs)),
    )


def report(result: LoadResult, consoles: int) -> None:
    latencies = result.latencies
    print(f"calls posted: {result.posted} in {result.posting_s:.0f} s "
          f"({result.posted / result.posting_s:.1f}/s); "
          f"offered to a console: {len(latencies)}; never offered: {result.never_offered}")
    print(
        f"offer latency ms: p50 {result.p(50):.0f}  p95 {result.p(95):.0f}  "
        f"p99 {result.p(99):.0f}  max {max(latencies, default=float('nan')):.0f}"
        + (f"  mean {statistics.fmean(latencies):.0f}" if latencies else "")
    )
    if len(result.by_minute) > 1:
        print("offer latency p95 by minute ms: " + " ".join(f"{ms:.0f}" for ms in result.by_minute))
    print(f"the POST's own answer (the call written): p50 {result.answered[0]:.0f} ms, "
          f"p95 {result.answered[1]:.0f} ms")
    print(f"the generator's own loop lag while posting: p99 {result.generator_lag[0]:.0f} ms, "
          f"max {result.generator_lag[1]:.0f} ms")
    errors = result.errors
    print(f"errors: {sum(errors.values())} {dict(errors) if errors else ''}")
    print(f"events received: {result.events} over {consoles} consoles")
    print(
        f"events lost: {result.lost} ({result.holes} of them holes); duplicated: {result.duplicated}; "
        f"consoles out of order: {result.out_of_order}"
    )
    if result.late_s is None:
        print(f"the streams had not delivered the log {DELIVERY_WAIT_S:.0f} s after the calls ended")
    else:
        print(f"the streams delivered the whole log {result.late_s:.1f} s after the calls ended")


def measure(args: argparse.Namespace) -> LoadResult:
    """One run as `args` says: a fresh database and server unless --database / --url name them."""
    drop = None
    database = args.database
    if database is None:
        if postgres.base_url() is None:
            raise RuntimeError(f"give --database or set {postgres.ENV}")
        database, drop = postgres.fresh_database()
    args.names = add_consoles(database, args.consoles)
    server = None
    try:
        if args.url:
            url = args.url.rstrip("/")
        else:
            log = Path(tempfile.mkdtemp(prefix="annyeong-load-")) / "server.log"
            server = launch(database, log, workers=args.workers, offer_timeout_s=20.0)
            # A busy machine starts four workers slowly: waiting longer is not a slower result.
            wait_ready(server, timeout_s=300.0)
            url = server.url
            print(f"load: server with {args.workers} workers at {url} (log {log})")
        return asyncio.run(run(args, url))
    finally:
        if server is not None:
            server.stop()
        if drop is not None:
            drop()


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(prog="tests.load.run", description=__doc__.split("\n\n")[0])
    parse.add_argument("--seconds", type=float, default=300.0)
    parse.add_argument("--consoles", type=int, default=100)
    parse.add_argument("--rate", type=float, default=10.0, help="calls posted per second")
    parse.add_argument("--workers", type=int, default=4)
    parse.add_argument("--talk", type=float, default=3.0, help="seconds a console stays on a call")
    parse.add_argument("--database", help=f"PostgreSQL URL (default: a fresh one, {postgres.ENV})")
    parse.add_argument("--url", help="a server already running on --database (default: start one)")
    return parse


def main(argv: list[str] | None = None) -> int:
    parse = parser()
    args = parse.parse_args(argv)
    if args.database is None and postgres.base_url() is None:
        parse.error(f"give --database or set {postgres.ENV}")
    result = measure(args)
    report(result, args.consoles)
    return 0 if result.lost == 0 and result.duplicated == 0 and result.out_of_order == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
