"""The console fits the office PC's 1366×768 screen it opens on, and opens where it was left."""

from __future__ import annotations

import subprocess

import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.desktop import Desktop

pytestmark = pytest.mark.e2e


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
    x, y, width, height = _frame(desktop, console.pid)
    assert width <= 1366 and height <= 768, (x, y, width, height)
    # What the screen shows, from the top bar to the bottom of the centre column, is on the screen.
    for name in ("presenceCombo", "idleView"):
        left, top, w, h = console.find(name).extents
        assert left >= 0 and top >= 0 and left + w <= 1366 and top + h <= 768, (name, left, top, w, h)
    console.quit()
    console.restart()
    assert _frame(desktop, console.pid)[2:] == (width, height)
