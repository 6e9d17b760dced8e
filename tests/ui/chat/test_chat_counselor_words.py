"""What a counselor meets in live chat, in the real window against the real server: ending a chat the
person is still in asks first (Enter keeps it); a ringing chat reads 채팅 옴 and its person is a first
contact, not a caller; a chat's chip keeps its name when an earlier one is wrapped up; and a counselor on
a phone call sees the chats waiting in the queue (a crisis one in red) without losing the keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annyeong.ui.chat.switcher import ChatSwitcher, SwitchItem
from annyeong.ui.text.i18n import install_translators
from tests.server.chat_helpers import Person, connected_person
from tests.server.helpers import post_chat
from tests.ui.support import fill_wrap_up, run, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")



def _press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "something in the window has the focus"
    qtbot.keyClick(target, key, modifier)


def _take_chat(qtbot: Any, console: Any, live_server: Any) -> tuple[Person, str]:
    window = console.window
    held = {c.contact_id for c in console.core.contacts.held()}
    person = connected_person(live_server)
    qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
    window.card.accept()
    qtbot.waitUntil(lambda: len({c.contact_id for c in console.core.contacts.held()} - held) == 1,
                    timeout=10_000)
    (contact_id,) = {c.contact_id for c in console.core.contacts.held()} - held
    return person, contact_id


def test_ending_a_chat_the_person_is_still_in_asks_and_enter_keeps_it(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    contact = window.contact
    person, contact_id = _take_chat(qtbot, console, live_server)
    editor = window.chats.conversation.composer.editor
    qtbot.waitUntil(editor.hasFocus, timeout=5_000)

    _press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(contact.end_confirm.asking, timeout=5_000)
    question = contact.end_confirm.question()
    assert "대화방" in question and "채팅을 종료할까요?" in question, question
    assert contact.end_confirm.keep.hasFocus(), "계속 채팅 is the default"
    assert contact.end_confirm.property("tone") == "warn"  # no crisis: amber, not the alert red
    _press(qtbot, Qt.Key.Key_Return)  # a reflex Enter keeps the chat
    qtbot.waitUntil(lambda: not contact.end_confirm.asking(), timeout=5_000)
    assert contact.state() == "in_call"
    assert person.view()["state"] == "connected"

    _press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(contact.end_confirm.asking, timeout=5_000)
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(contact.end_confirm.end.hasFocus, timeout=5_000)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=10_000)
    qtbot.waitUntil(lambda: person.view()["state"] == "ended", timeout=15_000)
    assert console.core.active_contact is not None and console.core.active_contact.contact_id == contact_id


def test_a_ringing_chat_reads_incoming_chat_and_its_person_is_a_first_contact(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    combo = window.header.presence.combo()
    r = post_chat(live_server, {"from_number": "010-7373-1212", "transcript": []})
    assert r.status_code == 201, r.text
    qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
    assert combo.currentText() == "채팅 옴"
    assert "전화" not in combo.currentText()
    history = window.card.findChild(type(window.card._history), "callCardHistory")
    assert history is not None and history.text() == "처음 연락하신 분입니다."
    app = QApplication.instance()
    assert app is not None
    if not install_translators(app, "en"):
        pytest.skip("no English catalog could be built here")
    try:
        assert QApplication.translate("Presence", "채팅 옴") == "Incoming chat"
        assert QApplication.translate("CallCard", "처음 연락하신 분입니다.") == "First contact with us."
        assert QApplication.translate("CallCard", "처음 전화하신 분입니다.") == "First-time caller."
    finally:
        install_translators(app, "ko")


def test_a_chat_keeps_its_chip_name_when_an_earlier_one_is_wrapped_up(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    chats = window.chats
    first_person, first = _take_chat(qtbot, console, live_server)
    _second_person, second = _take_chat(qtbot, console, live_server)
    qtbot.waitUntil(lambda: len(chats.switcher.chips()) == 2, timeout=5_000)
    named = {c.contact_id: t for c, t in zip(console.core.contacts.held(), (
        chip.text().split(" · ")[0] for chip in chats.switcher.chips()), strict=True)}
    held = {c.contact_id: c for c in console.core.contacts.held()}
    if held[first].started_at.replace(second=0, microsecond=0) == \
            held[second].started_at.replace(second=0, microsecond=0):
        assert named[second] == named[first] + "-2", named  # told apart within the minute

    # The first person leaves; the counselor wraps that chat up: the second keeps its name.
    first_person.call("POST", "/conversation/end")
    qtbot.waitUntil(lambda: any(c.contact_id == first and c.ended_at is not None
                                for c in console.core.contacts.held()), timeout=15_000)
    window.chats.focus(first)
    qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=10_000)
    fill_wrap_up(qtbot, console)
    run(qtbot, window.contact.finish_wrap_up())
    qtbot.waitUntil(lambda: [c.contact_id for c in console.core.contacts.held()] == [second], timeout=10_000)
    qtbot.waitUntil(lambda: len(chats.switcher.chips()) == 1, timeout=5_000)
    assert chats.switcher.chips()[0].text().split(" · ")[0] == named[second]


def test_a_counselor_on_a_phone_call_sees_the_chats_waiting_without_losing_the_keyboard(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    take_call(qtbot, console, "010-4545-2323", post=live_server.post_call)
    waiting = window.chats.waiting
    note = QApplication.focusWidget()
    assert note is not None
    assert waiting.text() == ""

    calm = connected_person(live_server)  # queued: nobody is offered a chat beside a phone call
    qtbot.waitUntil(lambda: waiting.text() == "대기 채팅 1", timeout=30_000)
    assert waiting.label.isVisible() and window.chats.switcher.isVisible()
    assert waiting.label.property("tone") == "warn"
    assert waiting.label.accessibleName() == "대기 채팅 1"
    assert window.card.state() == "hidden", "nothing rings over the call"

    crisis = connected_person(live_server)
    crisis.say("수면제를 한 통 다 먹었어요")
    qtbot.waitUntil(lambda: waiting.text() == "위기 대기 채팅 1 · 대기 채팅 1", timeout=30_000)
    assert waiting.label.property("tone") == "crisis"
    # Whole in its bold tone: the width is measured after the tone's font, never the lighter one.
    qtbot.waitUntil(lambda: waiting.label.width() >= waiting.label.sizeHint().width(), timeout=20_000)
    assert QApplication.focusWidget() is note, "the call's note keeps the keyboard"
    assert calm.view()["state"] == "waiting"
    assert window.desktop_alert.sent == [], "in front: the line is seen, the desktop is not told"

    # Behind another window, a second crisis chat is told on the desktop (the window is not raised).
    window.showMinimized()
    connected_person(live_server).say("유서를 써 놨어요")
    qtbot.waitUntil(lambda: waiting.text() == "위기 대기 채팅 2 · 대기 채팅 1", timeout=30_000)
    told = ["위기 표현이 있는 채팅이 기다립니다"]
    qtbot.waitUntil(lambda: window.desktop_alert.sent == told, timeout=5_000)
    assert window.isMinimized()


def test_a_chat_crisis_shows_its_tier_and_the_dispatch_reads_out_the_chat_and_its_words(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    person, _contact_id = _take_chat(qtbot, console, live_server)
    risk = window.contact.caller_line.findChild(type(window.card._history), "contactRisk")
    assert risk is not None and "평가 없음" in risk.text()
    person.say("수면제를 한 통 다 먹었어요")
    qtbot.waitUntil(lambda: "매우 높음(긴급)" in risk.accessibleName(), timeout=15_000)
    assert risk.property("tone") == "crisis"

    window.open_emergency()  # F12
    summary = window.dispatch_panel.form.summary
    quoted = '채팅에 쓴 말: "수면제를 한 통 다 먹었어요"'
    qtbot.waitUntil(lambda: quoted in summary.toPlainText(), timeout=5_000)
    text = summary.toPlainText()
    assert "웹 채팅 상담 중인 본인" in text and "전화한 본인" not in text, text
    assert text.splitlines()[0].endswith("소방·구급 119]"), "an overdose taken: 119 first"


def test_a_chips_wait_counts_on_past_five_minutes_on_its_own_tick(qtbot: Any) -> None:
    """No event comes while a person waits for an answer: the chip's own tick keeps the minutes true."""
    start = datetime(2026, 12, 6, 21, 33, tzinfo=UTC)
    waited = [timedelta(0)]
    switcher = ChatSwitcher(lambda: start + waited[0], tick_ms=20)
    qtbot.addWidget(switcher)
    switcher.set_items([SwitchItem("c1", "chat", "채팅 06:33", unread=1, waiting_since=start)])
    for minutes in (1, 4, 5, 6, 9, 31):
        waited[0] = timedelta(minutes=minutes, seconds=5)  # no set_items: only the tick reads the clock
        qtbot.waitUntil(lambda m=minutes: f"{m}분 대기" in switcher.chips()[0].text(), timeout=10_000)
    assert "31분 대기" in switcher.chips()[0].accessibleName()
