"""Live chat in the real window against the real server: a person writes from the web chat, the counselor
answers from the 대화 tab, a second chat rings over the first without stealing the keys being typed, the
switcher moves between them by one key, and a crisis expression in the chat that is not on screen is
told at once and shown where it happened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.server.chat_helpers import connected_person
from tests.ui.support import close_console, run, signed_in_console, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")



def test_two_chats_side_by_side_from_the_keyboard(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    contact, chats = window.contact, window.chats
    first = connected_person(live_server)
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # idle: Enter takes it
    qtbot.waitUntil(lambda: contact.state() == "in_call", timeout=10_000)
    assert contact.tabs.currentWidget() is chats.conversation
    editor = chats.conversation.composer.editor
    qtbot.waitUntil(editor.hasFocus, timeout=5_000)
    type_with_ime(qtbot, editor, "안녕하세요, 상담사입니다.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(m["text"] == "안녕하세요, 상담사입니다." for m in first.view()["messages"]),
                    timeout=15_000)

    # A second chat rings while the counselor types: Enter stays a new line in the composer.
    second = connected_person(live_server)
    qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
    type_with_ime(qtbot, editor, "잠시만요")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.card.state() == "ringing" and editor.toPlainText() == "잠시만요\n"
    assert window.card._accept.text() == "받기"
    qtbot.mouseClick(window.card._accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window._core.contacts.held()) == 2 and contact.state() == "in_call",
                    timeout=10_000)
    first_id, second_id = (c.contact_id for c in window._core.contacts.held())
    assert window._core.active_contact.contact_id == second_id
    assert chats.switcher.isVisible() and len(chats.switcher.chips()) == 2
    assert editor.toPlainText() == ""  # the second chat's own composer

    # The first person writes: the chip counts it; Ctrl+Alt+1 brings that chat back with what was typed.
    first.say("저 아직 있어요")
    qtbot.waitUntil(lambda: "새 1" in chats.switcher.chips()[0].text(), timeout=15_000)
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window, Qt.Key.Key_1, ctrl_alt)
    qtbot.waitUntil(lambda: window._core.active_contact.contact_id == first_id, timeout=5_000)
    assert editor.toPlainText() == "잠시만요\n"
    assert "저 아직 있어요" in chats.conversation.transcript.toPlainText()
    qtbot.waitUntil(lambda: "새 " not in chats.switcher.chips()[0].text(), timeout=5_000)

    # A crisis expression in the chat off screen: the banner names it; its button brings it on screen.
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window._core.active_contact.contact_id == second_id, timeout=5_000)
    first.say("그냥 죽고 싶어요")
    qtbot.waitUntil(window.error_banner.isVisible, timeout=15_000)
    assert "위기 표현" in window.error_banner.message()
    assert chats.switcher.chips()[0].property("tone") == "crisis"
    assert window._core.active_contact.contact_id == second_id
    assert not contact.emergency.is_pulsing()  # the chat on screen has none
    window.error_banner._action_button.click()
    qtbot.waitUntil(lambda: window._core.active_contact.contact_id == first_id, timeout=5_000)
    qtbot.waitUntil(contact.emergency.is_pulsing, timeout=5_000)
    assert "죽고 싶어요" in chats.conversation.crisis.text()

    # The second person leaves while the first chat is on screen: said in words, never silently.
    window.error_banner.dismiss()
    second.call("POST", "/conversation/end")
    qtbot.waitUntil(lambda: window.error_banner.isVisible()
                    and "대화를 나갔습니다" in window.error_banner.message(), timeout=15_000)
    assert "마무리를 채워 주세요" in window.error_banner.message()
    run(qtbot, window._core.chats.wait_idle())


def test_what_is_typed_in_a_chat_survives_closing_the_console(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    data = tmp_path / "console"
    console = signed_in_console(qtbot, live_server.url, data)
    window = console.window
    connected_person(live_server)
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    editor = window.chats.conversation.composer.editor
    qtbot.waitUntil(editor.hasFocus, timeout=5_000)
    type_with_ime(qtbot, editor, "보내기 전에 닫혔어요")
    close_console(qtbot, console)  # at once: the draft's pause has not passed

    again = signed_in_console(qtbot, live_server.url, data)
    try:
        qtbot.waitUntil(lambda: again.window.contact.state() == "in_call", timeout=10_000)
        assert again.window.contact.tabs.currentWidget() is again.window.chats.conversation
        assert again.window.chats.conversation.composer.editor.toPlainText() == "보내기 전에 닫혔어요"
    finally:
        close_console(qtbot, again)
