"""startup: process start → login window painted, against a bare PySide6 window in the same run.

Each run is a fresh `python` process (tests/perf/startup_child.py): `console` runs the real entry point
(ui.main.main with --server, a fresh data directory, so the login window is what it shows), `bare` shows a
QLabel. Both print a line from their window's own first paintEvent (a subclass; startup_child.py says
why not an application-wide event filter); the time is taken here, from just before the process is
spawned to that line. Runs alternate bare/console so drift on this shared machine hits both alike.
Offscreen platform.
Budget: median console / median bare ≤ 1.3×.

Then a newcomer's first minute (`training`: no --server, a fresh data directory each run, so the embedded
server creates and seeds its database as on a first start): process start → main window painted, and
sign-in → the first simulated call ringing, each run paired with a bare window start. The first window is
the splash (ui/shell/training_splash.py), painted before the heavy imports; the main window follows them.
Budget: window painted ≤ 2 s after the process start; the first call rings ≤ 15 s after the sign-in.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.perf.common import ROOT, child_env, free_port, table, verdict

BUDGET_RATIO = 1.3
BUDGET_WINDOW_S = 2.0
BUDGET_RING_S = 15.0
CHILD = str(Path(__file__).with_name("startup_child.py"))


def _env() -> dict[str, str]:
    """As installed: pip and the bundle compile the modules, so a start reads cached bytecode. This
    machine sets PYTHONDONTWRITEBYTECODE, which made every console start compile ui/ and console/ from
    source while the bare window read PySide6's compiled files; the warm-up runs write the cache here."""
    env = child_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _once(args: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, CHILD, *args], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    proc.wait(30)
    if not line.startswith("painted"):
        raise RuntimeError(f"child {args[0]} did not paint (exit {proc.returncode})")
    return elapsed, line.split()[1]


def _training_once(data_dir: Path) -> dict[str, float]:
    """Seconds from the spawn to each line the training child prints: painted, signed-in, rang."""
    env = _env()
    env["ANNYEONG_DATA_DIR"] = str(data_dir)
    env["ANNYEONG_CONFIG_DIR"] = str(data_dir) + "-config"  # no settings file: training mode
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, CHILD, "training", str(data_dir)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    # A hung start ends the run rather than the benchmark; SIGTERM, so its training server is stopped too.
    guard = threading.Timer(180, proc.terminate)
    guard.start()
    marks: dict[str, float] = {}
    try:
        for line in proc.stdout:
            marks[line.split()[0]] = time.perf_counter() - started
            if "rang" in marks:
                break
    finally:
        guard.cancel()
        proc.send_signal(signal.SIGTERM)  # an orderly close: the training server is stopped with it
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if not {"painted", "signed-in", "rang"} <= marks.keys():
        raise RuntimeError(f"training child stopped early: {sorted(marks)} (exit {proc.returncode})")
    return marks


def run_training(runs: int = 3) -> bool:
    tmp = Path(tempfile.mkdtemp(prefix="perf-first-minute-"))
    bare: list[float] = []
    window: list[float] = []
    first: list[float] = []
    ring: list[float] = []
    _once(["bare"])
    for i in range(runs):
        bare.append(_once(["bare"])[0])
        marks = _training_once(tmp / f"run{i}")
        window.append(marks["painted"] * 1000)
        first.append(marks.get("splash", marks["painted"]) * 1000)
        ring.append((marks["rang"] - marks["signed-in"]) * 1000)
    table(("newcomer's first start (training)", "runs", "median ms", "min ms", "max ms"), [
        ["bare PySide6 window (baseline)", runs, statistics.median(bare), min(bare), max(bare)],
        ["start → first window (splash) painted", runs, statistics.median(first), min(first), max(first)],
        ["start → main window painted", runs, statistics.median(window), min(window), max(window)],
        ["sign-in → first call rings", runs, statistics.median(ring), min(ring), max(ring)],
    ])
    worst_window, worst_ring = max(first) / 1000, max(ring) / 1000
    base = statistics.median(bare)
    print(f"load average {os.getloadavg()[0]:.1f}; first window {statistics.median(first) / base:.1f}× bare, "
          f"main window {statistics.median(window) / base:.1f}× bare; "
          f"first ring {statistics.median(ring) / base:.0f}× a bare window's start")
    return verdict("startup_training",
                   f"window ≤ {worst_window:.2f} s, first ring ≤ {worst_ring:.1f} s after sign-in "
                   f"(worst of {runs})",
                   f"window ≤ {BUDGET_WINDOW_S:.0f} s, ring ≤ {BUDGET_RING_S:.0f} s",
                   worst_window <= BUDGET_WINDOW_S and worst_ring <= BUDGET_RING_S)


def run(runs: int = 15) -> bool:
    login_ok = run_login(runs)
    return run_training() and login_ok


def run_login(runs: int = 15) -> bool:
    tmp = Path(tempfile.mkdtemp(prefix="perf-startup-"))
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: the login window needs no server to show
    bare: list[float] = []
    console: list[float] = []
    window = ""
    _once(["bare"])  # warm the OS file cache for both, so the first pair is not an outlier
    _once(["console", url, str(tmp / "warm")])
    for i in range(runs):
        bare.append(_once(["bare"])[0])
        elapsed, window = _once(["console", url, str(tmp / f"run{i}")])
        console.append(elapsed)
    table(("process start → first paint", "runs", "median ms", "min ms", "max ms"), [
        ["bare PySide6 window (baseline)", runs, statistics.median(bare), min(bare), max(bare)],
        [f"console ({window})", runs, statistics.median(console), min(console), max(console)],
    ])
    ratio = statistics.median(console) / statistics.median(bare)
    pairs = statistics.median(c / b for c, b in zip(console, bare, strict=True))
    print(f"median of the {runs} pairs' own ratios (each pair run back to back): {pairs:.2f}×")
    return verdict("startup", f"{ratio:.2f}× bare ({statistics.median(console):.0f} ms vs "
                   f"{statistics.median(bare):.0f} ms, median of {runs})", f"≤ {BUDGET_RATIO}×",
                   ratio <= BUDGET_RATIO)


if __name__ == "__main__":
    if sys.argv[1:] == ["training"]:
        sys.exit(0 if run_training() else 1)
    sys.exit(0 if run() else 1)
