"""A chat hand-off after 받기: the chatbot's 12 answers, its result and the chat stay in the contact
(beside the notes), and everything that names the contact speaks of a chat, not a call."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import sim_chat

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")



def test_chat_contact_keeps_the_hand_off_and_speaks_of_chat(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    sim_chat(live_server.url, "010-7777-3434", "1,1,0,0,1,1,0,1,1,1,0,1")
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    contact = window.contact
    qtbot.waitUntil(lambda: contact.state() == "in_call", timeout=10_000)

    # A chat opens on its conversation (the first tab); the notes beside the hand-off are the second.
    assert contact.tabs.currentWidget() is window.chats.conversation
    assert contact.tabs.tabText(0) == "대화" and contact.tabs.tabText(1) == "메모"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    pane = contact.notes.chat
    assert pane.isVisible(), "the hand-off stays in sight after 받기"
    text = pane.self_test.toPlainText()
    assert text.startswith("결과: 12문항 중 5문항이 외로움·고립 쪽 응답 (관계 단절 3/5 · 일상생활 2/7)")
    assert "1. [그렇다] 나는 같이 있어 줄 사람이 부족하다고 자주 느낀다." in text
    assert "4. [그렇지 않다] 나는 몸이 아파서 도움이 필요할 때 도움 줄 사람이 있다." in text
    assert "챗봇:" in pane.transcript.toPlainText()

    assert contact._end.text() == "채팅 종료  (Ctrl+E)" and contact._end.accessibleName() == "채팅 종료"
    assert contact.phase_text() == "채팅 중"
    assert "통화" not in contact.notes.editor().placeholderText()
    assert contact.end_action.text() == "채팅 종료"

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # The person may still be writing: ending asks once, and the end is chosen deliberately.
    qtbot.waitUntil(contact.end_confirm.asking, timeout=20_000)
    qtbot.mouseClick(contact.end_confirm.end, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=20_000)
    assert contact._wrap_note.text().startswith("채팅이 끝났습니다.")
    assert pane.self_test.toPlainText() == text, "still there while wrapping up"


def test_a_phone_contact_still_speaks_of_a_call(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    live_server.post_call("010-2222-3434")
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    contact = window.contact
    qtbot.waitUntil(lambda: contact.state() == "in_call", timeout=10_000)
    assert not contact.notes.chat.isVisible()
    assert contact.tabs.indexOf(window.chats.conversation) < 0 and contact.tabs.tabText(0) == "메모"
    assert not window.chats.switcher.isVisible()
    assert contact._end.text() == "통화 종료  (Ctrl+E)" and contact.phase_text() == "통화 중"


def test_the_case_timeline_keeps_the_chat_hand_off(qtbot: Any, live_server: Any, console: Any) -> None:
    from annyeong.console.wire import CaseTimeline
    from annyeong.ui.history.timeline import TimelineView

    window = console.window
    call_id = sim_chat(live_server.url, "010-2345-6789", "1,1,1,0,0,0,0,0,0,0,0,0")  # the demo's open case
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    contact_id = live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
    case_id = live_server.get(f"/v1/contacts/{contact_id}").json()["case_id"]
    assert case_id, "the chat joined the person's open case"
    timeline = CaseTimeline.model_validate(live_server.get(f"/v1/cases/{case_id}/timeline").json())
    mine = [i for i in timeline.items if i.contact is not None and i.contact.id == contact_id]
    assert mine and mine[0].contact is not None and mine[0].contact.chat is not None
    assert len(mine[0].contact.chat.self_test.answers) == 12  # type: ignore[union-attr]

    view = TimelineView()
    qtbot.addWidget(view)
    view.show_timeline(timeline.items)
    texts = view.texts()
    expected = "챗봇 자가진단 — 결과: 12문항 중 12문항이 외로움·고립 쪽 응답"
    assert any(t.startswith(expected) for t in texts), texts
    assert any(t.startswith("챗봇 채팅 — [") for t in texts)
