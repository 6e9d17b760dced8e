"""How the dispatch panel comes on screen: in from the right edge of its parent, over the centre column,
quickly enough never to delay the confirm (the keyboard is on it from the first frame)."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation
from PySide6.QtWidgets import QWidget

SLIDE_MS = 180


class SlideIn:
    """The slide of one widget to where it stands now (its layout place), from its parent's right edge."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._animation = QPropertyAnimation(widget, b"pos", widget)
        self._animation.setDuration(SLIDE_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)

    def running(self) -> bool:
        return self._animation.state() == QPropertyAnimation.State.Running

    def start(self) -> None:
        parent = self._widget.parentWidget()
        if parent is None:
            return
        end = self._widget.pos()
        self._animation.stop()
        self._animation.setStartValue(QPoint(parent.width(), end.y()))
        self._animation.setEndValue(end)
        self._animation.start()

    def stop(self) -> None:
        self._animation.stop()
