"""A short soak in the normal run: 5 sessions through the fault proxy with SIGKILLs (tests/sync/soak.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.sync.soak import run


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_short_soak_loses_and_doubles_nothing(tmp_path: Path) -> None:
    result = run(sessions=5, records=25, seed=5, work=tmp_path, quiet=True, pace=0.1)
    print("; ".join(result.lines()))
    assert result.expected >= 5 * 20
    assert result.lost == 0 and result.duplicated == 0
    assert result.found == result.expected
