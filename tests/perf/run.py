"""Benchmark suite entry point: `python tests/perf/run.py [name ...]`. Not part of the test run.

Each benchmark prints a table and a last line `NAME: figure (budget ...) ok|over`; the exit status is
non-zero when any budget is missed.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ["screen_pop"]


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    names = argv or BENCHMARKS
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    failed = [n for n in names if not importlib.import_module(f"tests.perf.{n}").run()]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
