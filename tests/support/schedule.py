"""The order the suite runs in under pytest-xdist: the tests that wait in real time are spread over the
workers and over the first three quarters of the run, so short CPU-bound tests fill its end.

Most of the suite keeps the CPUs busy; the outside-in tests (`e2e`) and the long ones (`slow`: kills,
a browser, a fresh venv, kernel faults) spend most of their wall time waiting for a desktop, a server or
a timer. Collected in file order they came last, where several of them waiting side by side left the
two cores half idle for the run's final minute. Spread out, their waits overlap the other workers' CPU
work, no more than a few of them run at once, and a worker that finishes early steals short tests from
the others' tails.

xdist's `worksteal` sends each worker one contiguous slice of the collection to start with
(`len(pending) // workers_left` items each, in order). The waiting files are dealt to those slices,
largest first to the least loaded, and placed at file boundaries within the first SPREAD of the slice.
A file stays whole, and no file is cut, so module fixtures (a server per module) are built once.
Without xdist nothing is reordered.
"""

from __future__ import annotations

import os
from collections import defaultdict

import pytest

WAITING_MARKERS = ("e2e", "slow")
# How far into its slice a worker's waiting tests reach: the last quarter is short tests only, the part
# an idle worker steals, so the run does not end on a wait.
SPREAD = 0.75


def _waits(item: pytest.Item) -> bool:
    return any(item.get_closest_marker(name) is not None for name in WAITING_MARKERS)


def _slice_sizes(total: int, workers: int) -> list[int]:
    """The sizes worksteal's first distribution gives each worker, in order."""
    sizes = []
    for left in range(workers, 0, -1):
        size = total // left
        sizes.append(size)
        total -= size
    return sizes


def _file_starts(items: list[pytest.Item]) -> list[int]:
    """Indexes where a new file begins: a waiting file goes in only there, so a module's fixtures (a
    server per module) are not torn down and built again around it."""
    return [i for i, item in enumerate(items) if i == 0 or item.path != items[i - 1].path]


def _interleave(units: list[list[pytest.Item]], short: list[pytest.Item]) -> list[pytest.Item]:
    """`units` spread over the first SPREAD of `short`, each at a file boundary; the rest of `short`
    is the slice's tail, which is what an idle worker steals."""
    if not units:
        return list(short)
    starts = _file_starts(short) or [0]
    reach = int(len(short) * SPREAD)
    out: list[pytest.Item] = []
    taken = 0
    for n, unit in enumerate(units):
        target = reach * n // len(units)
        cut = next((i for i in starts if i >= target), len(short))
        cut = max(cut, taken)
        out.extend(short[taken:cut])
        taken = cut
        out.extend(unit)
    out.extend(short[taken:])
    return out


def waiting_tests_first(items: list[pytest.Item]) -> None:
    """Reorder `items` in place (same tests, same order within a file) for the worker count of this
    run; every worker computes the same order, as xdist requires."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0") or 0)
    if workers < 2:
        return
    files: dict[str, list[pytest.Item]] = defaultdict(list)
    rest: list[pytest.Item] = []
    for item in items:
        if _waits(item):
            files[str(item.path)].append(item)
        else:
            rest.append(item)
    if not files:
        return
    shares: list[list[list[pytest.Item]]] = [[] for _ in range(workers)]
    for _, tests in sorted(files.items(), key=lambda pair: (-len(pair[1]), pair[0])):
        min(shares, key=lambda share: sum(map(len, share))).append(tests)
    sizes = _slice_sizes(len(items), workers)
    ordered: list[pytest.Item] = []
    taken = 0
    for share, size in zip(shares, sizes, strict=True):
        fill = max(0, size - sum(map(len, share)))
        ordered.extend(_interleave(share, rest[taken:taken + fill]))
        taken += fill
    ordered.extend(rest[taken:])
    assert len(ordered) == len(items)
    items[:] = ordered
