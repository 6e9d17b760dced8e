"""The console fits the screen it opens on — the office PC's 1366×768 at 100 %, and 1920×1080 at 150 %
(1280×720 logical) — and opens where it was left."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ConsoleFactory, require_e2e_programs
from tests.e2e.desktop import Desktop

pytestmark = pytest.mark.e2e

SCREENS = {"1366x768": ((1366, 768), {}), "1920x1080@150%": ((1920, 1080), {"QT_SCALE_FACTOR": "1.5"})}


@pytest.fixture(params=list(SCREENS))
def desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desktop]:
    """This module's desktops: the two screens counselors' PCs have."""
    require_e2e_programs()
    size, env = SCREENS[request.param]
    screen = Desktop(tmp_path / "desktop", screen=size, extra_env=env)
    try:
        screen.start()
        yield screen
    finally:
        screen.stop()


def _frame(desktop: Desktop, pid: int) -> tuple[int, int, int, int]:
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "상담 콘솔"],
        env=desktop.env, capture_output=True, text=True, check=True).stdout.split()
    geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", out[-1]], env=desktop.env,
                              capture_output=True, text=True, check=True).stdout
    values = dict(line.split("=", 1) for line in geometry.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def test_the_window_fits_the_screen_and_reopens_where_it_was_left(
    desktop: Desktop, console_factory: ConsoleFactory
) -> None:
    console = console_factory("kim", available=False)
    screen_w, screen_h = desktop.screen_size
    x, y, width, height = _frame(desktop, console.pid)
    assert width <= screen_w and height <= screen_h, (x, y, width, height)
    # What the screen shows, from the top bar to the bottom of the centre column, is on the screen.
    for name in ("presenceCombo", "idleView"):
        left, top, w, h = (round(v * desktop.scale) for v in console.find(name).extents)
        assert left >= 0 and top >= 0 and left + w <= screen_w and top + h <= screen_h, (name, left, top, w)
    console.quit()
    console.restart()
    assert _frame(desktop, console.pid)[2:] == (width, height)
