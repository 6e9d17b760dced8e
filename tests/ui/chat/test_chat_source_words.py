"""A chat names where the person writes from (KakaoTalk's chatbot or the web chat page) on its card and in
the contact, and a chat without a number reads "번호 미제공" everywhere: on the card, and in search and the
history column afterwards (never "발신번호 표시제한", a phone's word)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.chat_helpers import connected_person
from tests.server.test_kakao_skill import KakaoUser
from tests.ui.support import fill_wrap_up, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_a_chat_says_where_it_came_from_and_its_missing_number_in_one_word(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    card, contact = window.card, window.contact
    person = connected_person(live_server)
    qtbot.waitUntil(lambda: card.state() == "ringing", timeout=10_000)
    assert card._channel.text() == "채팅 · 웹 채팅 페이지"
    assert card._number.text() == "번호 미제공"
    card.accept()
    qtbot.waitUntil(lambda: contact.state() == "in_call", timeout=10_000)
    assert contact._details.text().startswith("채팅 (웹 채팅 페이지)")
    assert "번호 미제공" in contact.caller_text()

    # KakaoTalk's chatbot, continued in the page: rings over the chat on screen, and says so.
    kakao = KakaoUser(live_server)
    notice = kakao.say("상담사 연결")
    kakao.say(notice["template"]["quickReplies"][0]["messageText"])
    qtbot.waitUntil(lambda: card.state() == "ringing", timeout=10_000)
    assert card._channel.text() == "채팅 · 카카오톡 챗봇"
    card.decline("away")

    # Afterwards, found by the person's words: the same "번호 미제공".
    person.say("고시원에서 혼자 지내요")
    qtbot.waitUntil(lambda: "고시원" in window.chats.conversation.transcript.toPlainText(), timeout=15_000)
    person.call("POST", "/conversation/end")
    qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=15_000)
    fill_wrap_up(qtbot, console, "Lives alone in a goshiwon.")
    contact.finish_wrap_up()
    qtbot.waitUntil(lambda: contact.state() == "empty", timeout=10_000)
    qtbot.waitUntil(lambda: console.core.sync_status.pending == 0, timeout=15_000)
    window.search.focus_field()
    type_with_ime(qtbot, window.search.field(), "고시원")
    results = window.search.results()
    qtbot.waitUntil(lambda: results.count() > 0, timeout=15_000)
    shown = [results.item(i).text() for i in range(results.count())]
    assert any("번호 미제공" in text for text in shown), shown
    assert not any("표시제한" in text for text in shown), shown
    results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.history.state() == "shown", timeout=10_000)
    assert "표시제한" not in window.history._summary.text()
