"""The window's columns while the crisis panel is open: 이력 stays in view beside it (the guardian's contact
and the flag's instructions live there) unless there can be none (no number: its column goes to the
conversation), and 오늘 gives way when the window is too narrow for four columns (1366×768 among them),
so the contact in the middle keeps a width a counselor can work in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

# The centre column's least width beside 이력 and the crisis panel (the checklist's answers, the caller line).
MIN_CENTRE = 600
SIDE_SPACE = 16 * 2 + 14 * 3  # the body's margins and the spacing between its four columns


class CrisisColumns(QObject):
    def __init__(
        self, window: QWidget, *, today: QWidget, history: QWidget, crisis: QWidget,
        history_blank: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(window)
        self._history_blank = history_blank
        self._window = window
        self._today = today
        self._history = history
        self._crisis = crisis
        window.installEventFilter(self)

    def update(self) -> None:
        crisis = not self._crisis.isHidden()
        # With no number there is no history, only a sentence saying so: in a crisis its column goes to
        # the conversation (a chat's transcript was left a few lines high at 1366×768).
        blank = self._history_blank()
        self._history.setVisible(not (crisis and blank))
        # 오늘 gives way as it would beside 이력: the room is the conversation's, not the day's list's.
        needed = self._today.width() + self._history.width() + self._crisis.width() + MIN_CENTRE + SIDE_SPACE
        self._today.setVisible(not (crisis and self._window.width() < needed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.update()
        return super().eventFilter(watched, event)
