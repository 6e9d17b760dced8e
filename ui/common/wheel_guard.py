"""A choice is changed by a deliberate act, never by scrolling past it.

Qt gives the mouse wheel to a combo box or date box under the pointer even when it has no focus, so
scrolling a long form changed what the pointer crossed (a tester's referral consent went from 고르세요 to
기타 by scrolling). Under this guard an unfocused choice passes the wheel on to the form, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not accepted: Qt offers it to the parent, the scrolling form
            return True
        return False


def guard_wheel(form: QWidget) -> WheelGuard:
    """Guard every combo box and spin/date box inside `form` as it is now (call again after building more:
    the form keeps one guard)."""
    guard = form.findChild(WheelGuard, "wheelGuard", Qt.FindChildOption.FindDirectChildrenOnly)
    if not isinstance(guard, WheelGuard):
        guard = WheelGuard(form)
        guard.setObjectName("wheelGuard")
    for widget in (*form.findChildren(QComboBox), *form.findChildren(QAbstractSpinBox)):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel never gives it the focus either
        widget.installEventFilter(guard)
    return guard
