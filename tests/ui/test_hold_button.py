"""The hold-to-send confirm on the keyboard: a held key sends even when the system's auto-repeat arrives
as release/press pairs Qt does not mark as repeats; a tap never sends, however its release is timed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from annyeong.ui.dispatch.hold_button import HoldToConfirmButton

pytestmark = pytest.mark.usefixtures("qloop")


def _key(button: HoldToConfirmButton, kind: QEvent.Type, *, repeat: bool = False) -> None:
    event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", repeat)
    QApplication.sendEvent(button, event)


def _button(qtbot: Any, hold_ms: int = 400) -> tuple[HoldToConfirmButton, list[str]]:
    button = HoldToConfirmButton("보내기", hold_ms=hold_ms)
    qtbot.addWidget(button)
    button.show()
    button.setFocus()
    seen: list[str] = []
    button.confirmed.connect(lambda: seen.append("sent"))
    button.hold_cancelled.connect(lambda: seen.append("tap"))
    return button, seen


def test_a_held_key_sends_through_unmarked_repeats(qtbot: Any) -> None:
    button, seen = _button(qtbot)
    _key(button, QEvent.Type.KeyPress)
    for _ in range(12):  # the X server's repeat, as release/press pairs not flagged as auto-repeat
        qtbot.wait(40)
        _key(button, QEvent.Type.KeyRelease)
        _key(button, QEvent.Type.KeyPress)
    qtbot.waitUntil(lambda: seen == ["sent"], timeout=10_000)


def test_a_held_key_with_marked_repeats_sends(qtbot: Any) -> None:
    button, seen = _button(qtbot)
    _key(button, QEvent.Type.KeyPress)
    for _ in range(12):
        qtbot.wait(40)
        _key(button, QEvent.Type.KeyRelease, repeat=True)
        _key(button, QEvent.Type.KeyPress, repeat=True)
    qtbot.waitUntil(lambda: seen == ["sent"], timeout=10_000)


@pytest.mark.parametrize("held_ms", [0, 120])
def test_a_tap_never_sends(qtbot: Any, held_ms: int) -> None:
    """Released well before the fill is full (a long hold time: a busy machine's late wait cannot
    turn the tap into a hold)."""
    button, seen = _button(qtbot, hold_ms=3000)
    _key(button, QEvent.Type.KeyPress)
    qtbot.wait(held_ms)
    _key(button, QEvent.Type.KeyRelease)
    qtbot.waitUntil(lambda: seen == ["tap"], timeout=20_000)
    qtbot.wait(600)
    assert seen == ["tap"] and button.progress() == 0.0
