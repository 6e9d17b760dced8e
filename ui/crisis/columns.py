"""The window's columns while the crisis panel is open. The panel takes 오늘's place, at 오늘's width, so the
contact in the middle does not move or narrow the moment a crisis rule fires (it used to jump sideways
and re-wrap under the counselor's eyes). 이력 stays in view beside it (the guardian's contact and the
flag's instructions live there) unless there can be none (no number: its column goes to the
conversation, which then widens to the right, its left edge where it was).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class CrisisColumns(QObject):
    def __init__(
        self, window: QWidget, *, today: QWidget, history: QWidget, crisis: QWidget,
        history_blank: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(window)
        self._history_blank = history_blank
        self._today = today
        self._history = history
        self._crisis = crisis
        crisis.setFixedWidth(today.minimumWidth())  # 오늘's slot, exactly: the centre keeps its place
        # In the same moment the panel shows or hides: no layout pass ever has both it and 오늘.
        crisis.installEventFilter(self)

    def update(self) -> None:
        crisis = not self._crisis.isHidden()
        # With no number there is no history, only a sentence saying so: in a crisis its column goes to
        # the conversation (a chat's transcript was left a few lines high at 1366×768).
        self._history.setVisible(not (crisis and self._history_blank()))
        self._today.setVisible(not crisis)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._crisis and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.update()
        return super().eventFilter(watched, event)
