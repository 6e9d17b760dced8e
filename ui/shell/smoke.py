"""``annyeong-console --smoke-test``: start exactly as usual, then leave cleanly once a window has painted.

For packaging/build_bundle.py (and an admin checking an install): the bundle must import everything,
find its resources, reach the sign-in window (a configured server) or the main window (training mode,
with the embedded server it starts) and shut down in order, with exit code 0. It prints one line,
``smoke: painted <objectName> at <unix time>`` (also appended to the file $ANNYEONG_SMOKE_REPORT names),
so the caller can measure start-up from its own clock.
A window that never paints within ``timeout_s`` ends the process with exit code 3.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

TIMEOUT_EXIT = 3
REPORT_ENV = "ANNYEONG_SMOKE_REPORT"


def _report(line: str) -> None:
    """To stdout, and to the file REPORT_ENV names: a windowed Windows build has no stdout at all."""
    if sys.stdout is not None:
        print(line, flush=True)
    target = os.environ.get(REPORT_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as report:
            report.write(line + "\n")


class SmokeTest(QObject):
    """Watches the app's paint events; the first window that paints is closed the way a person would."""

    def __init__(self, app: QCoreApplication, *, timeout_s: float = 60.0) -> None:
        super().__init__(app)
        self.setObjectName("smokeTest")
        self._done = False
        app.installEventFilter(self)
        QTimer.singleShot(int(timeout_s * 1000), self._give_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._done or event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if isinstance(window, QMainWindow | QDialog) and window.isVisible():
            self._done = True
            _report(f"smoke: painted {window.objectName()} at {time.time():.3f}")
            # After this paint has finished: closing inside a paint event would delete what is painting.
            QTimer.singleShot(0, lambda: self._leave(window))
        return False

    @staticmethod
    def _leave(window: QWidget) -> None:
        if isinstance(window, QDialog):
            window.reject()  # the sign-in window's 취소: the console then exits with 0
        else:
            window.close()  # the main window's close: the orderly shutdown, embedded server included

    def _give_up(self) -> None:
        if not self._done:
            if sys.stderr is not None:
                print("smoke: no window painted in time", file=sys.stderr, flush=True)
            os._exit(TIMEOUT_EXIT)  # the loop may be stuck: the exit code is the one thing that must get out
