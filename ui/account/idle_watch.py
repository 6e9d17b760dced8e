"""Idle detection for the auto-lock: filters on the console's windows and on the focused widget note
the last input.

Only input a person makes counts (keys, mouse buttons and moves, wheel, touch, input-method commits);
a ringing call, sync or a timer never resets it. Not an application-wide filter: that one sees every
event of every widget (each paint crosses into Python) and doubled the cost of a repaint. Qt hands
keys, mouse, wheel, touch and tablet input to the window first, and an input method's commit (Hangul
typed through an IME never arrives as keys) to the focused widget, so those two places see all input.
The check runs on a coarse timer; `check()` can be called directly (tests pass their own clock, so
nothing depends on the machine's speed).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

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
        self._windows: list[QWindow] = []
        self._focused: QObject | None = None
        self._watching = False

    def start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._watching:
            self._watching = True
            for window in app.topLevelWindows():
                self._watch_window(window)
            # A dialog or pop-up opened later is watched from the moment it takes the keyboard.
            app.focusWindowChanged.connect(self._watch_window)
            app.focusObjectChanged.connect(self._watch_focus)
            self._watch_focus(app.focusObject())
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if not self._watching or not isinstance(app, QGuiApplication):
            return
        self._watching = False
        app.focusWindowChanged.disconnect(self._watch_window)
        app.focusObjectChanged.disconnect(self._watch_focus)
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows.clear()
        self._watch_focus(None)

    def _watch_window(self, window: QWindow | None) -> None:
        if window is None or window in self._windows:
            return
        self._windows = [w for w in self._windows if shiboken6.isValid(w)]
        self._windows.append(window)
        window.installEventFilter(self)

    def _watch_focus(self, focused: QObject | None) -> None:
        if self._focused is not None and shiboken6.isValid(self._focused):
            self._focused.removeEventFilter(self)
        self._focused = focused
        if focused is not None:
            focused.installEventFilter(self)

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
