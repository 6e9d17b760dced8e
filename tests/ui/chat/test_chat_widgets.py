"""The live chat widgets on a real Conversations feature and SQLite store: plain-text bubbles with ticks,
the crisis expression shown with its message, the composer's keys and 상용구, the switcher's keys."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit, QWidget

from annyeong.console.api.client import ApiClient
from annyeong.console.chats.conversations import Conversations
from annyeong.console.chats.quick_texts import load as load_texts
from annyeong.console.store.db import Database
from annyeong.console.store.outbox import Outbox
from annyeong.console.wire import ChatHandoff, Event, SelfTest, SelfTestAnswer
from annyeong.ui.chat.conversation_view import ConversationView
from annyeong.ui.chat.switcher import ChatSwitcher, SwitchItem

T0 = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


@pytest.fixture
def chats(tmp_path: Path) -> Any:
    db = Database(tmp_path / "account.db")
    # Nothing listens on the discard port: these tests never reach a server.
    feature = Conversations(db=db, outbox=Outbox(db), client=ApiClient(server_url="http://127.0.0.1:9"),
                            now=lambda: T0 + timedelta(minutes=5))
    yield feature
    db.close()


def person_says(chats: Conversations, contact: str, seq: int, text: str, sender: str = "person") -> None:
    message = {"id": str(uuid.uuid4()), "contact_id": contact, "seq": seq, "sender": sender, "text": text,
               "sent_at": (T0 + timedelta(seconds=seq)).isoformat()}
    chats.on_event(Event(seq=seq, type="chat.message", created_at=T0,
                         data={"contact_id": contact, "message": message}))


def handoff() -> ChatHandoff:
    answers = [SelfTestAnswer(item_id=f"q{i}", value=i % 2) for i in range(1, 13)]
    test = SelfTest(answers=answers, result_text="외로움이 큰 편이에요")
    return ChatHandoff(self_test=test, received_at=T0)


def view_of(qtbot: Any, chats: Conversations, contact: str) -> ConversationView:
    view = ConversationView(chats, load_texts())
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show()
    view.set_chat(contact, handoff())
    return view


def test_messages_are_plain_text_with_ticks_and_the_self_test_stays_on_top(qtbot: Any, chats: Any) -> None:
    contact = str(uuid.uuid4())
    chats.store.ensure(contact)
    person_says(chats, contact, 1, "<b>안녕하세요</b> 저 좀 도와주세요")
    view = view_of(qtbot, chats, contact)
    assert view.pinned.toPlainText().startswith("결과: 12문항 중")
    text = view.transcript.toPlainText()
    assert "<b>안녕하세요</b> 저 좀 도와주세요" in text
    view.composer.editor.setPlainText("네, 듣고 있어요.")  # QTest types ASCII only
    view.composer.editor.setFocus()
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "보내는 중" in view.transcript.toPlainText())
    assert view.composer.editor.toPlainText() == ""
    [mine] = [line for line in chats.lines(contact) if line.sender == "counselor"]
    chats.on_event(Event(seq=10, type="chat.message", created_at=T0, data={"contact_id": contact, "message": {
        "id": mine.id, "contact_id": contact, "seq": 2, "sender": "counselor", "text": mine.text,
        "sent_at": T0.isoformat()}}))
    chats.on_event(Event(seq=11, type="chat.read", created_at=T0,
                         data={"contact_id": contact, "reader": "person", "up_to_seq": 2}))
    view.refresh()
    assert "✓✓ 읽음" in view.transcript.toPlainText()
    assert chats.summary(contact).unread == 0  # shown, so read


def test_a_crisis_expression_is_shown_with_the_message_and_marked(qtbot: Any, chats: Any) -> None:
    contact = str(uuid.uuid4())
    chats.store.ensure(contact)
    person_says(chats, contact, 1, "사실 번개탄을 사 놨어요")
    view = view_of(qtbot, chats, contact)
    assert view.crisis.isVisible()
    assert "‘번개탄을’" in view.crisis.text()
    # The person's words: under 자세히 and in the tooltip (marked in the conversation as well).
    assert "“사실 번개탄을 사 놨어요”" in view.crisis_details.text()
    assert "“사실 번개탄을 사 놨어요”" in view.crisis.toolTip()
    doc = view.transcript.document()
    at = doc.find("번개탄")
    assert at.charFormat().fontWeight() == 700


def test_a_refused_send_keeps_the_text_and_says_why(qtbot: Any, chats: Any) -> None:
    contact = str(uuid.uuid4())
    chats.store.ensure(contact)
    chats.on_event(Event(seq=1, type="chat.ended", created_at=T0,
                         data={"contact_id": contact, "ended_by": "person", "at": T0.isoformat()}))
    view = view_of(qtbot, chats, contact)
    assert "대화를 나갔습니다" in view.transcript.toPlainText()
    assert not view.composer.isEnabled()
    view.composer.setEnabled(True)  # as if it ended while the counselor was typing
    view.composer.editor.setPlainText("혹시 보고 계세요?")
    view.composer.request_send()
    assert view.composer.editor.toPlainText() == "혹시 보고 계세요?"
    assert "대화가 끝나서" in view.problem.text()


def test_slash_at_the_start_opens_the_quick_texts_and_inserts_one(qtbot: Any, chats: Any) -> None:
    contact = str(uuid.uuid4())
    chats.store.ensure(contact)
    view = view_of(qtbot, chats, contact)
    view.composer.editor.setFocus()
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Slash)
    picker = view.composer.picker
    assert picker is not None and picker.isVisible()
    picker.filter.setText("대기")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "잠시만 기다려 주세요" in view.composer.editor.toPlainText())
    view.composer.editor.setFocus()
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    picker = view.composer.picker
    assert picker is not None and picker.isVisible()
    picker.reject()
    assert not view.composer.editor.toPlainText().endswith("/")  # Ctrl+/ gives no slash back


def test_every_interactive_widget_has_a_name(qtbot: Any, chats: Any) -> None:
    contact = str(uuid.uuid4())
    chats.store.ensure(contact)
    view = view_of(qtbot, chats, contact)
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QListWidget)
    for widget in view.findChildren(QWidget):
        if isinstance(widget, kinds) and widget.objectName() not in ("qt_scrollarea_viewport",):
            assert widget.objectName(), type(widget).__name__
            assert widget.accessibleName(), widget.objectName()


def test_the_switcher_changes_chat_by_one_key(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    switcher = ChatSwitcher(lambda: T0 + timedelta(minutes=3), host)
    items = [SwitchItem("call", "call", "통화"),
             SwitchItem("a", "chat", "채팅 14:05", unread=2, waiting_since=T0),
             SwitchItem("b", "chat", "채팅 14:20", crisis=True)]
    switcher.set_items(items)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    chosen: list[str] = []
    switcher.chat_selected.connect(chosen.append)
    assert switcher.chips()[1].text() == "채팅 14:05 · 새 2 · 3분 대기"
    assert switcher.chips()[1].accessibleName() == "채팅 14:05 · 새 메시지 2 · 3분 대기 · Ctrl+Alt+2"
    assert switcher.chips()[1].accessibleName().endswith("Ctrl+Alt+2")
    assert switcher.chips()[2].property("tone") == "crisis"
    qtbot.keyClick(host, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(host, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(host, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert chosen == ["a", "b", "call"]
    assert switcher.current == "call" and switcher.chips()[0].isChecked()


def test_what_is_typed_in_one_chat_waits_there_while_another_is_shown(qtbot: Any, chats: Any) -> None:
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    for contact in (first, second):
        chats.store.ensure(contact)
    view = view_of(qtbot, chats, first)
    view.composer.editor.setPlainText("쓰던 말")
    view.set_chat(second, None)
    assert view.composer.editor.toPlainText() == ""
    assert "자가진단이 없습니다" in view.pinned.toPlainText()
    view.set_chat(first, handoff())
    assert view.composer.editor.toPlainText() == "쓰던 말"


def test_the_newest_message_stays_in_view_when_the_conversation_gets_shorter(qtbot: Any, chats: Any) -> None:
    """The crisis banner or panel appearing takes height from the conversation: a reader who was at the
    newest message is kept there, not left looking at older ones."""
    contact = str(uuid.uuid4())
    view = view_of(qtbot, chats, contact)
    for seq in range(1, 30):
        person_says(chats, contact, seq, f"{seq}번째 이야기입니다. 요즘 밤에 잠이 잘 안 와요.")
    view.refresh()
    bar = view.transcript.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=10_000)
    view.resize(900, 420)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=10_000)
    assert bar.maximum() > 0
