"""fanout: 100 consoles on the event stream; how long a call takes from the telephony bridge's POST to the
call.offered event at the console it was offered to.

The reference server runs as its own process. 100 counselors (added to its database) each sign in with
the console's ApiClient, go available and follow GET /v1/events as SSE — the sync engine's pull side,
without a window — from one client process. Every commit wakes every follower, so each call costs the
server a read per console. The telephony bridge then posts calls one after another; each is offered to
the longest-idle counselor, and ended once it rang. Baseline in the same run: the same calls with one
console following the stream.
Budget: p95 ≤ 50 ms with 100 consoles.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from annyeong.console.api import calls as api_calls
from annyeong.console.api import events as api_events
from tests.perf.common import (
    DEMO_PASSWORD,
    SUMMARY_HEADER,
    TELEPHONY_KEY,
    add_counselors,
    percentile,
    reference_server,
    summary_row,
    table,
    verdict,
)

BUDGET_P95_MS = 50.0


class Follower:
    """One console's pull side: signed in, available, following its events; notes when calls ring."""

    def __init__(self, url: str, username: str, rang: dict[str, float], ready: asyncio.Event) -> None:
        from annyeong.console.api.client import ApiClient

        self.client = ApiClient(server_url=url)
        self.username = username
        self._rang = rang
        self._ready = ready
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.client.login(username=self.username, password=DEMO_PASSWORD)
        # From the start: a new counselor's audience holds only its own few events.
        self.task = asyncio.create_task(self._follow(0))
        await self._ready.wait()
        await api_calls.set_presence(self.client, "available")

    async def _follow(self, after: int) -> None:
        stream = api_events.stream_events(self.client, after=after, on_open=self._ready.set)
        async with contextlib.aclosing(stream):
            async for sse in stream:
                if sse.event == "call.offered":
                    call_id = sse.json()["data"]["id"]  # an Event: the call is its data
                    self._rang.setdefault(call_id, time.perf_counter())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task
        with contextlib.suppress(Exception):
            await api_calls.set_presence(self.client, "offline")
        await self.client.aclose()


async def _round(url: str, names: list[str], calls: int) -> list[float]:
    rang: dict[str, float] = {}
    followers = [Follower(url, name, rang, asyncio.Event()) for name in names]
    for i in range(0, len(followers), 10):  # sign in ten at a time, as a shift starting
        await asyncio.gather(*(f.start() for f in followers[i:i + 10]))
    await asyncio.sleep(1.0)
    latencies: list[float] = []
    headers = {"X-API-Key": TELEPHONY_KEY}
    async with httpx.AsyncClient(base_url=url, timeout=10) as http:
        for i in range(calls):
            started = time.perf_counter()
            r = await http.post("/v1/calls", json={"from_number": f"010-{3000 + i:04d}-{4000 + i:04d}"},
                                headers={**headers, "Idempotency-Key": str(uuid.uuid4())})
            r.raise_for_status()
            call_id = r.json()["id"]
            deadline = time.perf_counter() + 5
            while call_id not in rang and time.perf_counter() < deadline:
                await asyncio.sleep(0.0005)
            if call_id in rang:
                latencies.append((rang[call_id] - started) * 1000)
            await http.post(f"/v1/calls/{call_id}/end", headers=headers)
            await asyncio.sleep(0.02)
    await asyncio.gather(*(f.stop() for f in followers))
    if len(latencies) < calls:
        print(f"{calls - len(latencies)} calls never rang at a console")
    return latencies


async def _main(url: str, names: list[str], calls: int) -> bool:
    one = await _round(url, names[:1], calls)
    many = await _round(url, names, calls)
    table(SUMMARY_HEADER, [summary_row("1 console (baseline)", one),
                           summary_row(f"{len(names)} consoles", many)])
    p95 = percentile(many, 95)
    ok = p95 <= BUDGET_P95_MS and len(many) == calls
    ratio = statistics.median(many) / statistics.median(one)
    return verdict("fanout", f"p95 {p95:.1f} ms with {len(names)} consoles (1 console: p95 "
                   f"{percentile(one, 95):.1f} ms; median ratio {ratio:.2f}×)",
                   f"p95 ≤ {BUDGET_P95_MS:.0f} ms", ok)


def run(consoles: int = 100, calls: int = 200) -> bool:
    tmp = Path(tempfile.mkdtemp(prefix="perf-fanout-"))
    with reference_server(tmp / "server") as (url, database):
        names = add_counselors(database, consoles)
        return asyncio.run(_main(url, names, calls))


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
