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
