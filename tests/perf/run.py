"""Benchmark suite entry point: `python tests/perf/run.py [name ...]`. Not part of the test run.

Each benchmark runs in a fresh interpreter of its own (so one's Qt objects, memory and imports never
colour another's figures), prints a table and a last line `NAME: figure (budget ...) ok|over`. The exit
status is non-zero when any budget is missed. Figures are set against baselines measured in the same
run (the machine is shared and noisy): see each module's docstring.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ["startup", "screen_pop", "ui_stall", "search", "drain", "soak_memory", "fanout", "server_load"]


def run_one(name: str) -> bool:
    print(f"== {name}", flush=True)
    code = f"import sys; from tests.perf.{name} import run; sys.exit(0 if run() else 1)"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode == 0


def main(argv: list[str]) -> int:
    names = argv or BENCHMARKS
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    failed = [n for n in names if not run_one(n)]
    if failed:
        print(f"over budget: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
