"""The workstation bundle: PyInstaller builds it, and the built program starts, paints and exits cleanly.

The build-and-start test takes about a minute and a half on two cores (the build about 60–80 s); it runs
what an engineer runs by hand, ``python packaging/build_bundle.py``, with one timed start of each kind.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from annyeong.console import embedded

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "dist" / "annyeong-console"


def test_frozen_console_runs_its_training_server_through_its_own_executable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert embedded.server_command(sys.executable) == [sys.executable, "-m", "annyeong.server"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert embedded.server_command(sys.executable) == [sys.executable, embedded.SERVE_FLAG]
    assert embedded._child_env() == dict(os.environ), "the bundle's child gets no PYTHONPATH of ours"


def test_packaging_files_agree_with_the_project() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    iss = (ROOT / "packaging" / "windows" / "annyeong-console.iss").read_text(encoding="utf-8")
    assert "build\\dist\\annyeong-console" in iss and '"\\VERSION"' in iss, "the installer reads VERSION"
    desktop = (ROOT / "packaging" / "linux" / "annyeong-console.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Exec=annyeong-console\b", desktop, re.MULTILINE)
    assert re.search(r"^Icon=annyeong-console$", desktop, re.MULTILINE)
    assert "Name[ko]=" in desktop
    assert version.count(".") == 2


@pytest.mark.slow
@pytest.mark.packaged
@pytest.mark.timeout(900)
def test_bundle_builds_starts_and_exits_cleanly() -> None:
    pytest.importorskip("PyInstaller")
    done = subprocess.run(
        # One timed start of each kind: the suite checks that the bundle starts, paints and exits
        # cleanly; the median start time is for an engineer's run of the script (its default, 5).
        [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--runs", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=840,
    )
    report = done.stdout
    assert done.returncode == 0, report + done.stderr[-4000:]
    assert "smoke test:       ok" in report
    assert re.search(r"training \(bundle\): main window painted after [\d.]+ s", report), report
    size = re.search(r"build/dist/annyeong-console\s+(\d+) MB", report)
    assert size is not None and int(size[1]) < 400, report  # one-dir Qt Widgets app: ~230 MB today
    assert (BUNDLE / "VERSION").read_text(encoding="utf-8").strip() == tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    )["project"]["version"]
    assert (BUNDLE / "_internal" / "annyeong" / "resources" / "translations" / "console_en.qm").exists()
    print(report)  # the figures, in the CI log with -rA / -s
