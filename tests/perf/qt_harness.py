"""A real console (build_console: core, bridge, main window) signed in to a reference server, for the
benchmarks that measure the whole app: ui_stall and soak_memory. The window is shown offscreen."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.common import DEMO_PASSWORD, ROOT, percentile


def qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


@asynccontextmanager
async def signed_in_console(url: str, data_dir: Path, *, sync: bool = True) -> AsyncIterator[Any]:
    from annyeong.console.secrets import SecretStore
    from annyeong.ui.shell.composition import build_console, settle_heap

    console = build_console(server_url=url, data_dir=data_dir, training=True, secrets=SecretStore.in_memory())
    console.window.resize(1360, 840)
    console.window.show()
    await console.core.sign_in(server_url=url, username="kim", password=DEMO_PASSWORD)
    if sync:
        await console.core.start_sync()
    await console.core.calls.set_presence("available")
    settle_heap()  # as ui.shell.lifetime._run does once the window is up
    try:
        yield console
    finally:
        await console.aclose()


class LagProbe:
    """Event-loop lag as the UI feels it: a precise Qt timer every `interval_ms`; each tick records how
    late it fired. Anything that blocks the GUI thread (a slow slot, a long SQLite call) shows up here."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_s = interval_ms / 1000
        self.samples: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.samples = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return self.samples

    def _tick(self) -> None:
        now = time.perf_counter()
        self.samples.append(max(0.0, (now - self._last - self.interval_s) * 1000))
        self._last = now


def lag_row(name: str, samples: list[float]) -> list[object]:
    return [name, len(samples), percentile(samples, 50), percentile(samples, 99), max(samples)]


async def wait_until(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.01)


class StallTracer:
    """Diagnosis aid (PERF_STALL_TRACE=1): a watchdog thread that, whenever the GUI thread has not ticked
    for `threshold_ms`, samples what the GUI thread is executing. Printed grouped by the innermost frames
    of our own code, so a stall names its cause."""

    def __init__(self, probe: LagProbe, threshold_ms: float = 20.0) -> None:
        import threading

        self._probe = probe
        self._threshold = threshold_ms / 1000
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self.samples: dict[str, int] = {}
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)
        for where, count in sorted(self.samples.items(), key=lambda kv: -kv[1])[:12]:
            print(f"{count:>5}  {where}")

    def _watch(self) -> None:
        import traceback

        while not self._stop.wait(0.005):
            if time.perf_counter() - self._probe._last < self._threshold:
                continue
            frame = sys._current_frames().get(self._main or 0)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            ours = [f for f in stack if str(ROOT) + "/" in f.filename and "/.venv/" not in f.filename
                    and "tests/perf" not in f.filename]
            top = (ours or stack)[-3:] + stack[-1:]
            where = " > ".join(f"{Path(f.filename).name}:{f.lineno}({f.name})" for f in top)
            self.samples[where] = self.samples.get(where, 0) + 1


class ThreadCpu:
    """Diagnosis aid (PERF_STALL_CPU=1): the CPU seconds each thread of this process used between
    `start()` and `stop()`, read from /proc (Linux; empty elsewhere). Says how much of the console's time
    per delivered item and per received event is the GUI thread's own, and how much went to workers."""

    def __init__(self) -> None:
        self._start: dict[str, float] = {}
        self._end: dict[str, float] = {}

    @staticmethod
    def snapshot() -> dict[str, float]:
        import threading

        names = {t.native_id: t.name for t in threading.enumerate()}
        main = threading.main_thread().native_id
        tick = os.sysconf("SC_CLK_TCK")
        out: dict[str, float] = {}
        try:
            tids = os.listdir("/proc/self/task")
        except OSError:
            return out
        for tid in tids:
            try:
                with open(f"/proc/self/task/{tid}/stat", encoding="ascii") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                with open(f"/proc/self/task/{tid}/comm", encoding="ascii") as f:
                    comm = f.read().strip()
            except OSError:
                continue
            name = "GUI thread" if int(tid) == main else names.get(int(tid), comm)
            # Python's worker pools name threads by number; group them by pool, not one row each.
            name = name.rsplit("_", 1)[0] if name.startswith("asyncio_") else name
            if name.startswith("Thread-"):
                name = "second session (the load)" if "_event_source" in name else "Thread (other)"
            out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
        return out

    def start(self) -> None:
        self._start = self.snapshot()

    def stop(self) -> None:
        """At the end of the window, while the load's threads still run (their rows vanish once ended)."""
        self._end = self.snapshot()

    def report(self, items: int, events: int, elapsed: float, what: str = "") -> None:
        now = self._end or self.snapshot()
        rows = sorted(((name, now[name] - self._start.get(name, 0.0)) for name in now), key=lambda r: -r[1])
        work = f"{items:,} items delivered, {events:,} events received" if items + events else what
        print(f"CPU per thread over {elapsed:.0f} s ({work}):")
        for name, used in rows:
            if used <= 0:
                continue
            each = f"  {used * 1000 / (items + events):6.2f} ms per item+event" if items + events else ""
            print(f"  {name:<28}{used:8.2f} s  {used / elapsed * 100:5.1f} % of a core{each}")
