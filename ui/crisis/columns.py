"""The window's columns while the crisis panel is open. The panel takes 오늘's place, at 오늘's width, so the
contact in the middle does not move or change size the moment a crisis rule fires: it used to jump sideways
and re-wrap under the counselor's eyes, and the red button at its bottom right moved with it. 이력 stays in
view beside it (the guardian's contact and the flag's instructions live there); with no number it was
never shown for this contact (ui/shell/window.py), so nothing beside it moves either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class CrisisColumns(QObject):
    def __init__(self, window: QWidget, *, today: QWidget, crisis: QWidget) -> None:
        super().__init__(window)
        self._today = today
        self._crisis = crisis
        crisis.setFixedWidth(today.minimumWidth())  # 오늘's slot, exactly: the centre keeps its place
        # In the same moment the panel shows or hides: no layout pass ever has both it and 오늘.
        crisis.installEventFilter(self)

    def update(self) -> None:
        self._today.setVisible(self._crisis.isHidden())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._crisis and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.update()
        return super().eventFilter(watched, event)
