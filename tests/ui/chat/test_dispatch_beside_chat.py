"""A crisis chat at 1366×768: the dispatch panel slides over the conversation, so the conversation comes
along beside it. What the person writes while the counselor fills the form, and after the press while
the steps show, is in sight without closing the panel."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.support import PASSWORD, take_chat

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def _on_screen(widget: QWidget, window: QWidget) -> bool:
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().contains(shown)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_what_the_person_writes_shows_beside_the_dispatch_panel(
    training_console: Any, qtbot: Any, live_server: Any,
) -> None:
    console = training_console
    window = console.window
    window.resize(1366, 768 - 28)
    person = take_chat(qtbot, console, live_server)
    person.say("사실 아까 수면제를 한 통 다 먹었어요")
    qtbot.waitUntil(window.contact.emergency.is_pulsing, timeout=15_000)

    qtbot.keyClick(window, Qt.Key.Key_F12)
    panel = window.dispatch_panel
    qtbot.waitUntil(lambda: panel.mode() == "form" and not panel.sliding(), timeout=5_000)
    beside = panel.chat.transcript
    qtbot.waitUntil(lambda: "수면제" in beside.toPlainText(), timeout=5_000)
    assert _on_screen(beside, window) and beside.height() >= 200
    assert panel.confirm.hasFocus(), "the keyboard stays on the form"
    assert _on_screen(panel.form.address, window)

    # The person writes while the counselor fills the form: it shows at once, beside it.
    person.say("지금 한강 다리 위에 있어요")
    qtbot.waitUntil(lambda: "한강 다리" in beside.toPlainText(), timeout=15_000)
    bar = beside.verticalScrollBar()
    assert bar.value() == bar.maximum(), "the newest message is in view"

    # After the press the steps show, and the conversation stays beside them.
    panel.confirm_dispatch()
    qtbot.waitUntil(lambda: panel.mode() == "status", timeout=5_000)
    person.say("무서워요")
    qtbot.waitUntil(lambda: "무서워요" in beside.toPlainText(), timeout=15_000)
    assert _on_screen(beside, window)

    # Locked (지금 잠그기, or the idle minutes): the panel steps aside so the cover and its password show.
    # The red button still opens it through the cover, but without the conversation beside it; that comes
    # back with the password, with what the person wrote meanwhile.
    console.lock_now(asked=True)
    qtbot.waitUntil(console.lock.is_locked, timeout=5_000)
    assert not panel.isVisible() and console.lock.password.isVisible()
    window.header.emergency.click()
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    assert not panel.chat.isVisible()
    person.say("아직 여기 있어요")
    qtbot.wait(300)
    assert not panel.chat.isVisible()
    console.lock.password.setText(PASSWORD)
    qtbot.keyClick(console.lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not console.lock.is_locked(), timeout=10_000)
    qtbot.waitUntil(lambda: "아직 여기" in beside.toPlainText() and panel.chat.isVisible(), timeout=15_000)
    assert "무서워요" in beside.toPlainText()
