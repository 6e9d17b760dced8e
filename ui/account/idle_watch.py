"""Idle detection for the auto-lock: an application-wide event filter notes the last input.

Only input a person makes counts (keys, mouse buttons and moves, wheel, touch, input-method commits);
a ringing call, sync or a timer never resets it. The check runs on a coarse timer; `check()` can be
called directly (tests pass their own clock, so nothing depends on the machine's speed).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod, QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    """Emits `idle` once when no input came for `timeout_s`; `reset()` (after an unlock) re-arms it."""

    idle = Signal()

    def __init__(
        self,
        timeout_s: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self._clock = clock
        self._last_input = clock()
        self._fired = False
        self._timer = QTimer(self)
        # A tenth of the timeout, between 1 s and 15 s: late by at most that much, and cheap.
        every = check_every_ms or int(min(15.0, max(1.0, timeout_s / 10)) * 1000)
        self._timer.setInterval(every)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def reset(self) -> None:
        self._last_input = self._clock()
        self._fired = False

    def idle_for(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        if not self._fired and self.idle_for() >= self.timeout_s:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 (Qt signature)
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False
