"""drain: the outbox's delivery rate against a raw httpx client posting the same kind of records to the same
server in the same run.

Both sides post note entries (POST /v1/contacts/{id}/entries with an Idempotency-Key) one after another on
one keep-alive connection, as the engine does. The console side is the real store, outbox and sync engine
(console/sync/engine.py) on a real SQLite file with synchronous=FULL; the baseline does nothing but HTTP.
Rounds alternate (raw, console, raw, console …) so drift on this shared machine hits both alike.
Budget: console rate ≥ 0.8× raw.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from tests.perf.common import DEMO_PASSWORD, reference_server, table, verdict

BUDGET_RATIO = 0.8


async def _raw_round(url: str, token: str, contact_id: str, records: int) -> float:
    """Records per second posted by a bare httpx client."""
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        started = time.perf_counter()
        for i in range(records):
            entry_id = str(uuid.uuid4())
            r = await http.post(
                f"/v1/contacts/{contact_id}/entries",
                json={"id": entry_id, "body": f"raw note {i}", "revision": 1},
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"entry:{entry_id}:1"},
            )
            r.raise_for_status()
        return records / (time.perf_counter() - started)


async def _console_round(console: object, contact_id: str, records: int) -> float:
    """Records per second delivered by the sync engine, from the first row queued to the outbox empty."""
    from tests.sync.support import MiniConsole

    assert isinstance(console, MiniConsole)
    for i in range(records):
        console.add_entry(contact_id, f"console note {i}")
    started = time.perf_counter()
    console.engine.start()
    while console.outbox.counts()[0]:
        await asyncio.sleep(0.005)
    elapsed = time.perf_counter() - started
    await console.engine.stop()
    failed = console.outbox.counts()[1]
    if failed:
        raise RuntimeError(f"{failed} outbox rows were refused")
    return records / elapsed


async def _main(url: str, tmp: Path, records: int, rounds: int) -> bool:
    from tests.sync.support import mini_console, open_contact

    console = mini_console(url, tmp / "console.sqlite3", pull=False)
    await console.client.login(username="kim", password=DEMO_PASSWORD)
    contact = await open_contact(url, console.client)
    token = console.client._access_token  # the same session, so the server does the same work
    raw: list[float] = []
    mine: list[float] = []
    await _raw_round(url, str(token), contact.id, 20)  # warm-up: connection, caches
    for _ in range(rounds):
        raw.append(await _raw_round(url, str(token), contact.id, records))
        mine.append(await _console_round(console, contact.id, records))
    await console.close()
    await console.client.aclose()
    table(("round", "raw rec/s", "console rec/s", "ratio"),
          [[i + 1, r, m, f"{m / r:.2f}×"] for i, (r, m) in enumerate(zip(raw, mine, strict=True))])
    ratio = statistics.median(m / r for r, m in zip(raw, mine, strict=True))
    return verdict("drain", f"{statistics.median(mine):.0f} rec/s = {ratio:.2f}× raw "
                   f"({statistics.median(raw):.0f} rec/s), {records} records × {rounds} rounds",
                   f"≥ {BUDGET_RATIO}×", ratio >= BUDGET_RATIO)


def run(records: int = 500, rounds: int = 4) -> bool:
    tmp = Path(tempfile.mkdtemp(prefix="perf-drain-"))
    with reference_server(tmp / "server") as (url, _db):
        return asyncio.run(_main(url, tmp, records, rounds))


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
