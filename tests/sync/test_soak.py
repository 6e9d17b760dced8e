"""A short soak in the normal run: 5 sessions through the fault proxy with SIGKILLs (tests/sync/soak.py),
writing every kind of record a counselor produces."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.sync.soak import run
from tests.sync.soak_driver import KINDS


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_short_soak_loses_and_doubles_nothing(tmp_path: Path) -> None:
    result = run(sessions=5, records=25, seed=5, work=tmp_path, quiet=True, pace=0.1)
    print("; ".join(result.lines()))
    # Not 5 × 25: a SIGKILL lands at a random moment, and how far a session got by then depends on the
    # machine's speed. The per-kind checks below keep it from passing vacuously.
    assert result.expected >= 5 * 10
    assert set(result.kinds) == set(KINDS)
    for kind, tally in result.kinds.items():
        assert tally.expected > 0, kind  # the seed's plans hold every kind: none is checked vacuously
        assert (tally.lost, tally.duplicated) == (0, 0), kind
    assert result.kinds["handoff"].expected == 5  # one per session, however often it was pressed
    assert result.refused == []
    assert result.found == result.expected
