"""The dispatch form at 1366×768, as a counselor meets it on a phone call: with the training banner and a
notice in the banner row, what 112/119 ask (where, the person's number) and the read-out are in sight
without scrolling, in Korean and English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from tests.ui.support import take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

SCREEN = (1366, 768 - 28)  # a 1366×768 screen less the window's title bar


def _in_view(widget: QWidget, scroll: QScrollArea) -> bool:
    viewport = scroll.viewport()
    shown = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(shown)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_where_the_number_and_the_read_out_are_in_sight_without_scrolling(
    training_console: Any, qtbot: Any, live_server: Any,
) -> None:
    console = training_console
    window = console.window
    window.resize(*SCREEN)
    take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
    window.show_error("받지 못한 연결 요청이 있어 상태가 ‘휴식’으로 바뀌었습니다.")  # a row of its own
    qtbot.keyClick(window, Qt.Key.Key_F12)
    panel = window.dispatch_panel
    qtbot.waitUntil(lambda: panel.mode() == "form" and not panel.sliding(), timeout=5_000)
    form = panel.form
    scroll = panel.form_face.form_scroll
    qtbot.waitUntil(lambda: _in_view(form.address, scroll), timeout=5_000)
    assert scroll.verticalScrollBar().value() == 0
    for name in ("address", "landmark", "district", "unknown", "lookup", "number", "summary"):
        assert _in_view(getattr(form, name), scroll), f"{name} is below the fold"
    for button in form.services.values():
        assert button.isVisible() and panel.rect().contains(
            QRect(button.mapTo(panel, QPoint(0, 0)), button.size()))
    assert panel.confirm.isVisible() and panel.confirm.hasFocus()
    # The rows below the fold are prefilled; typing into the form still lands where it is typed.
    form.address.setFocus()
    qtbot.keyClicks(form.address, "Mangwon-dong 412-7")
    assert "Mangwon-dong 412-7" in form.summary.toPlainText()
    # Enter in 주소 brings the keyboard to the confirm and says that another hold is what sends.
    qtbot.keyClick(form.address, Qt.Key.Key_Return)
    assert panel.confirm.hasFocus() and console.core.dispatches.active_dispatch is None
    assert "옮겼습니다" in panel.form_face.hint.text() or "moved" in panel.form_face.hint.text().lower()
