"""soak_memory: the console's memory over a shift — 1,000 simulated calls, each taken from ring to wrap-up.

The real console (window shown offscreen) against a reference server process. Each call: the telephony
bridge posts it, the card rings, the counselor accepts, types a note in a few saves, fills the wrap-up
(summary, service type, disposition), ends and wraps up, and is available again — the core's own
operations, with the window reacting to each change as it does for a person. RSS (VmRSS) is read after
sign-in (the baseline of the same run), then every 100 calls; garbage is not collected by hand.
Budget: RSS ≤ 250 MB after 1,000 calls, and < 10 % growth over the second half (500 → 1,000).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from tests.perf.common import post_call, reference_server, rss_mb, table, verdict
from tests.perf.qt_harness import qt_app, signed_in_console, wait_until

BUDGET_RSS_MB = 250.0
BUDGET_GROWTH = 0.10
NOTE = "요즘 잠이 오지 않고 혼자 밥을 먹는 날이 많다고 하심. 동네 복지관 프로그램 안내함."


async def _one_call(console: object, http: httpx.Client, i: int) -> None:
    core = console.core  # type: ignore[attr-defined]
    number = f"010-{7000 + i % 2000:04d}-{1000 + i % 9000:04d}"
    call = post_call(http, number, str(uuid.uuid4()))
    await wait_until(lambda: core.offered_call is not None and core.offered_call.id == call["id"], 20,
                     "the call to ring")
    await core.calls.accept_call(str(call["id"]))
    for n in (20, 45, len(NOTE)):
        core.contacts.update_note(NOTE[:n])
        await asyncio.sleep(0)
    core.contacts.update_contact_details(
        summary="외로움 호소, 복지관 연계 안내", service_types=["conversation"], disposition="completed"
    )
    await core.contacts.end_contact()
    await core.contacts.finish_wrap_up()


async def _main(url: str, tmp: Path, calls: int) -> bool:
    rows: list[list[object]] = []
    marks: dict[int, float] = {}
    async with signed_in_console(url, tmp / "console") as console:
        await asyncio.sleep(1.0)
        marks[0] = rss_mb()
        rows.append(["signed in, idle (baseline)", 0, marks[0], "-"])
        started = time.perf_counter()
        with httpx.Client(base_url=url, timeout=20) as http:
            for i in range(1, calls + 1):
                await _one_call(console, http, i)
                if i % 100 == 0:
                    marks[i] = rss_mb()
                    rows.append([f"after {i:,} calls", i, marks[i], f"{time.perf_counter() - started:.0f}"])
    table(("point", "calls", "RSS MB", "elapsed s"), rows)
    half = calls // 2 // 100 * 100
    final = marks[calls]
    growth = (final - marks[half]) / marks[half]
    ok = final <= BUDGET_RSS_MB and growth < BUDGET_GROWTH
    return verdict("soak_memory", f"RSS {final:.0f} MB after {calls:,} calls (idle {marks[0]:.0f} MB), "
                   f"{growth * 100:+.1f} % over calls {half:,}→{calls:,}",
                   f"≤ {BUDGET_RSS_MB:.0f} MB, < {BUDGET_GROWTH * 100:.0f} %", ok)


def run(calls: int = 1000) -> bool:
    import qasync

    _app = qt_app()  # must outlive the run
    tmp = Path(tempfile.mkdtemp(prefix="perf-soak-"))
    with reference_server(tmp / "server") as (url, _db):
        return bool(qasync.run(_main(url, tmp, calls)))


if __name__ == "__main__":
    sys.exit(0 if run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000) else 1)
