"""Scrolling over a form never changes a choice the pointer crosses; a focused choice still takes the
wheel (a counselor who clicked into it)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QVBoxLayout, QWidget

from annyeong.ui.common.wheel_guard import WheelGuard, guard_wheel
from annyeong.ui.dispatch.form import DispatchForm

pytestmark = pytest.mark.usefixtures("qloop")


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def test_an_unfocused_choice_ignores_the_wheel_a_focused_one_takes_it(qtbot: Any) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    combo = QComboBox(form)
    combo.addItems(["고르세요", "본인", "보호자", "기타"])
    QVBoxLayout(form).addWidget(combo)
    guard_wheel(form)
    form.show()
    _wheel(combo)
    assert combo.currentIndex() == 0
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=10_000)
    _wheel(combo)
    assert combo.currentIndex() == 1


def test_the_dispatch_form_guards_its_choices(qtbot: Any) -> None:
    form = DispatchForm()
    qtbot.addWidget(form)
    guard = form.findChild(WheelGuard, "wheelGuard")
    assert guard is not None
    assert all(c.focusPolicy() == Qt.FocusPolicy.StrongFocus for c in form.findChildren(QComboBox))
