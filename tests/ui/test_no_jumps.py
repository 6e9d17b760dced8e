"""At 1366×768 nothing the counselor is reading moves under their eyes: what wrap-up still misses takes a
line that was already there, and a chat's conversation keeps its room when the question before ending
and a notice in the banner row show at once (the question asks in the bottom row, in place of the
buttons it stands for; the red button stays)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError

from tests.ui.support import take_call, take_chat

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

SCREEN = (1366, 768 - 28)


def _place(widget: QWidget, window: QWidget) -> tuple[int, int, int, int]:
    top = widget.mapTo(window, QPoint(0, 0))
    return top.x(), top.y(), widget.width(), widget.height()


def test_what_wrap_up_misses_appears_without_moving_the_form(
    training_console: Any, qtbot: Any, live_server: Any,
) -> None:
    console = training_console
    window = console.window
    contact = window.contact
    window.resize(*SCREEN)
    take_call(qtbot, console, "010-3333-0808", post=live_server.post_call)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=10_000)
    qtbot.wait(100)

    def where() -> tuple[object, ...]:
        # What sits above the tabs, so a failure says which of them moved.
        line = contact.caller_line
        return (_place(contact.tabs, window), line.height(), line.pills_below(), line.risk_text(),
                window.history.isVisible(), window.today.isVisible(), window.crisis_panel.isVisible())

    before = where()
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: contact.missing_text().startswith("빠진 항목"), timeout=5_000)
    try:
        qtbot.waitUntil(lambda: where() == before, timeout=5_000)
    except QtTimeoutError:
        raise AssertionError(f"the form moved: {before} → {where()}") from None
    missing = contact._missing
    assert missing.height() < 2 * missing.fontMetrics().lineSpacing(), "still one line"


def test_a_crisis_chat_keeps_its_conversation_while_asked_before_ending(
    training_console: Any, qtbot: Any, live_server: Any,
) -> None:
    console = training_console
    window = console.window
    contact = window.contact
    window.resize(*SCREEN)
    person = take_chat(qtbot, console, live_server)
    person.say("그냥 죽고 싶어요")
    qtbot.waitUntil(window.crisis_panel.isVisible, timeout=15_000)
    window.show_error("받지 못한 연결 요청이 있어 상태가 ‘휴식’으로 바뀌었습니다. "
                      "다시 받으려면 상태를 ‘대기’로 바꾸세요.")
    transcript = window.chats.conversation.transcript

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(contact.end_confirm.asking, timeout=5_000)
    assert contact.end_confirm.keep.hasFocus()
    # In the bottom row, beside the red button: no row of its own above the buttons.
    def in_bottom_row() -> bool:
        return abs(_place(contact.end_confirm, window)[1] - _place(contact.emergency, window)[1]) <= 12

    qtbot.waitUntil(in_bottom_row, timeout=5_000)
    qtbot.waitUntil(lambda: transcript.height() >= 150, timeout=5_000)  # it was ~125 px, ~103 here
    assert contact.emergency.isVisible() and _place(contact.emergency, window)[0] > _place(
        contact.end_confirm, window)[0], "the red button stays at the bottom right"
    assert not contact._end.isVisible(), "the question stands in for 채팅 종료 while it asks"

    qtbot.keyClick(contact.end_confirm.keep, Qt.Key.Key_Escape)  # 계속 채팅
    qtbot.waitUntil(lambda: not contact.end_confirm.asking(), timeout=5_000)
    assert contact._end.isVisible() and contact.handoff_button.isVisible()
    assert contact.state() == "in_call"


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_crisis_panel_in_todays_place_keeps_its_words_whole(
    training_console: Any, qtbot: Any, live_server: Any,
) -> None:
    console = training_console
    window = console.window
    window.resize(*SCREEN)
    person = take_chat(qtbot, console, live_server)
    before = _place(window.contact, window)
    person.say("그냥 죽고 싶어요")
    panel = window.crisis_panel
    qtbot.waitUntil(panel.isVisible, timeout=15_000)
    assert panel.width() == window.today.minimumWidth() and window.today.isHidden()
    # The left edge and the top stay (with no number, 이력's column went to the contact when it opened).
    qtbot.waitUntil(lambda: _place(window.contact, window)[:2] == before[:2], timeout=5_000)
    # Nothing in the panel is wider than its column: no word is cut at its right edge.
    viewport = panel._scroll.viewport()
    qtbot.waitUntil(lambda: panel._body.width() <= viewport.width(), timeout=5_000)
