"""startup: process start → login window painted, against a bare PySide6 window in the same run.

Each run is a fresh `python` process (tests/perf/startup_child.py): `console` runs the real entry point
(ui.main.main with --server, a fresh data directory, so the login window is what it shows), `bare` shows a
QLabel. Both print a line from their window's own first paintEvent (a subclass; startup_child.py says
why not an application-wide event filter); the time is taken here, from just before the process is
spawned to that line. Runs alternate bare/console so drift on this shared machine hits both alike.
Offscreen platform.
Budget: median console / median bare ≤ 1.3×.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.perf.common import ROOT, child_env, free_port, table, verdict

BUDGET_RATIO = 1.3
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


def run(runs: int = 15) -> bool:
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
    sys.exit(0 if run() else 1)
