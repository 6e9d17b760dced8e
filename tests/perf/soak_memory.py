"""soak_memory: the console's memory over a shift — 1,000 simulated calls, each taken from ring to wrap-up.

The real console (window shown offscreen, with the app's font, style sheet and palette) against a
reference server process. Each call: the telephony bridge posts it, the card rings, the counselor
accepts, types a note in a few saves, fills the wrap-up (summary, service type, disposition), ends and
wraps up, and is available again — the core's own operations, with the window reacting to each change as
it does for a person. RSS (VmRSS) is read after sign-in, then every 100 calls; garbage is not collected
by hand. Baseline of the same run: a bare PySide6 window of the console's size (a QLabel, 1360×840,
offscreen) in a fresh interpreter, its RSS read once it has painted and settled. Budget: idle signed in ≤
1.6× the bare window; RSS ≤ 250 MB after 1,000 calls, and < 10 % growth over the second half (500 →
1,000).

`python -m tests.perf.soak_memory 200` runs a shorter shift (to iterate); PERF_MEM_TRACE=1 also prints
where the Python heap is at idle (tracemalloc: the top lines, and the total per package), to find what
to cut. Tracing slows the run and inflates RSS: take the figures from a run without it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections import Counter
from pathlib import Path

import httpx

from tests.perf.common import ROOT, child_env, post_call, reference_server, rss_mb, table, verdict
from tests.perf.qt_harness import qt_app, signed_in_console, wait_until

BUDGET_RSS_MB = 250.0
BUDGET_GROWTH = 0.10
BUDGET_IDLE_RATIO = 1.6
BARE = """
import time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("외로움안녕120"); w.resize(1360, 840); w.show()
end = time.monotonic() + 1.5
while time.monotonic() < end:
    app.processEvents(); time.sleep(0.01)
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""


def _where(filename: str) -> str:
    """A traced file as the package it belongs to (ours by folder, the stdlib as one)."""
    if "site-packages/" in filename:
        return filename.split("site-packages/")[1].split("/")[0].removesuffix(".py")
    if filename.startswith(str(ROOT) + "/"):
        return "/".join(Path(filename).relative_to(ROOT).parts[:2])
    return "stdlib and interpreter"


def print_heap(top: int = 15) -> None:
    snapshot = tracemalloc.take_snapshot()
    print(f"Python heap at idle (tracemalloc): {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MB")
    for stat in snapshot.statistics("lineno")[:top]:
        frame = stat.traceback[0]
        print(f"{stat.size / 2**20:8.2f} MB {stat.count:>8}  {frame.filename.replace(str(ROOT) + '/', '')}:"
              f"{frame.lineno}")
    per_package: Counter[str] = Counter()
    for stat in snapshot.statistics("filename"):
        per_package[_where(stat.traceback[0].filename)] += stat.size
    for package, size in per_package.most_common(top):
        print(f"{size / 2**20:8.2f} MB  {package}")


def rss_breakdown(top: int = 6) -> str:
    """Where the resident memory is (Linux): anonymous (the malloc heap, Python's arenas, Qt's buffers)
    against file-backed (the shared libraries' touched pages, fonts), and the largest mappings."""
    per_mapping: Counter[str] = Counter()
    name = "[anon]"
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()
            if fields and not fields[0].endswith(":"):
                name = Path(fields[5]).name if len(fields) > 5 else "[anon]"
            elif fields and fields[0] == "Rss:":
                per_mapping[name] += int(fields[1])
    with open("/proc/self/smaps_rollup", encoding="utf-8") as f:
        rollup = {ln.split(":")[0]: int(ln.split()[1]) for ln in f if ln.rstrip().endswith("kB")}
    anon, file = rollup["Anonymous"] / 1024, (rollup["Rss"] - rollup["Anonymous"]) / 1024
    largest = ", ".join(f"{n} {kb / 1024:.1f}" for n, kb in per_mapping.most_common(top))
    return f"anonymous {anon:.1f} MB, file-backed {file:.1f} MB; largest mappings (MB): {largest}"


def bare_window_mb() -> float:
    out = subprocess.run([sys.executable, "-c", BARE], cwd=ROOT, env=child_env(), capture_output=True,
                         text=True, check=True, timeout=120).stdout
    return int(out.split()[-1]) / 1024
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
    bare = bare_window_mb()
    rows.append(["bare PySide6 window (baseline)", "-", bare, "-"])
    async with signed_in_console(url, tmp / "console") as console:
        await asyncio.sleep(1.0)
        marks[0] = rss_mb()
        rows.append(["signed in, idle", 0, marks[0], "-"])
        print(f"bare window {bare:.1f} MB, signed in idle {marks[0]:.1f} MB ({marks[0] / bare:.2f}×), "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        print(f"signed in idle: {rss_breakdown()}", flush=True)
        if tracemalloc.is_tracing():
            print_heap()
        started = time.perf_counter()
        with httpx.Client(base_url=url, timeout=20) as http:
            for i in range(1, calls + 1):
                await _one_call(console, http, i)
                if i % 100 == 0:
                    marks[i] = rss_mb()
                    rows.append([f"after {i:,} calls", i, marks[i], f"{time.perf_counter() - started:.0f}"])
                    print(*rows[-1], sep="\t", flush=True)  # progress, for a run on a slow machine
    table(("point", "calls", "RSS MB", "elapsed s"), rows)
    half = calls // 2 // 100 * 100
    final = marks[calls]
    growth = (final - marks[half]) / marks[half]
    idle_ratio = marks[0] / bare
    print(f"load average {os.getloadavg()[0]:.1f}; idle signed in {idle_ratio:.2f}× the bare window; "
          f"after {calls:,} calls {final / bare:.2f}×")
    ok = final <= BUDGET_RSS_MB and growth < BUDGET_GROWTH and idle_ratio <= BUDGET_IDLE_RATIO
    figure = (f"idle {idle_ratio:.2f}× bare ({marks[0]:.0f} vs {bare:.0f} MB); RSS {final:.0f} MB after "
              f"{calls:,} calls, {growth * 100:+.1f} % over calls {half:,}→{calls:,}")
    budget = f"idle ≤ {BUDGET_IDLE_RATIO}×, ≤ {BUDGET_RSS_MB:.0f} MB, < {BUDGET_GROWTH * 100:.0f} %"
    return verdict("soak_memory", figure, budget, ok)


def run(calls: int = 1000) -> bool:
    import qasync

    if os.environ.get("PERF_MEM_TRACE") == "1":
        tracemalloc.start()
    _app = qt_app()  # must outlive the run
    # The console as a counselor runs it: its font, style sheet and palette (about 17 MB of the widgets'
    # styled state and font faces that an unstyled window leaves out).
    from annyeong.ui.main import apply_look

    apply_look(_app)
    tmp = Path(tempfile.mkdtemp(prefix="perf-soak-"))
    with reference_server(tmp / "server") as (url, _db):
        return bool(qasync.run(_main(url, tmp, calls)))


if __name__ == "__main__":
    sys.exit(0 if run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000) else 1)
