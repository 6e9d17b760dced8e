"""A crisis chat on a 1366×768 screen keeps room for the conversation: the crisis line is one line (every
expression under 자세히), the composer starts at two lines and grows, the chatbot's result is one row."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.chat_helpers import connected_person
from tests.ui.support import type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

MIN_TRANSCRIPT_PX = 260




@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_crisis_chat_keeps_the_conversation_in_sight(
    training_console: Any, qtbot: Any, live_server: Any,
) -> None:
    console = training_console
    # In training mode, as the outside tester ran it: the training banner takes a row of its own.
    window = console.window
    window.resize(1366, 768)
    people = []
    for n in range(2):  # two chats: the switcher is shown too
        people.append(connected_person(live_server))
        qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
        window.card.accept()
        qtbot.waitUntil(lambda n=n: len(window._core.contacts.held()) == n + 1, timeout=10_000)
    first = window._core.contacts.held()[0].contact_id
    window.chats.focus(first)
    qtbot.waitUntil(lambda: window._core.active_contact.contact_id == first, timeout=5_000)
    conversation = window.chats.conversation
    people[0].say("그냥 죽고 싶어요")
    people[0].say("사실 아까 수면제를 한 통 다 먹었어요")
    qtbot.waitUntil(lambda: "수면제" in conversation.crisis.text(), timeout=15_000)
    window.error_banner.dismiss()
    qtbot.waitUntil(lambda: conversation.transcript.height() >= MIN_TRANSCRIPT_PX, timeout=5_000)

    # The newest expression is on the line, and says how many more; every one is a click away.
    crisis = conversation.crisis
    assert "죽고 싶어요" not in crisis.text()
    assert "외 1건" in crisis.text() or "and 1 more" in crisis.text()
    assert "죽고 싶어요" in crisis.toolTip()
    assert "“사실 아까 수면제를 한 통 다 먹었어요”" in crisis.toolTip()
    assert "“그냥 죽고 싶어요”" in crisis.accessibleName(), "a screen reader hears every one"
    assert crisis.height() <= crisis.fontMetrics().lineSpacing() * 2 + 20, "the crisis line is one line"
    assert not conversation.crisis_details.isVisible()
    conversation.crisis_more.click()
    assert conversation.crisis_details.isVisible()
    assert "“그냥 죽고 싶어요”" in conversation.crisis_details.text()
    conversation.crisis_more.click()

    # The composer: two lines to start, more as the counselor writes a longer message.
    composer = conversation.composer
    assert composer.lines_shown() == 2
    type_with_ime(qtbot, composer.editor, "지금 어디에 계세요?\n혼자 계신가요?\n곁에 누가 있나요?")
    qtbot.waitUntil(lambda: composer.lines_shown() == 3, timeout=5_000)
    qtbot.waitUntil(lambda: conversation.transcript.height() >= MIN_TRANSCRIPT_PX - 30, timeout=5_000)
    composer.editor.clear()
    qtbot.waitUntil(lambda: composer.lines_shown() == 2, timeout=5_000)

    # The chatbot's result: one row; what does not fit ends in "…" and is whole in the tooltip.
    summary = conversation.pinned_summary
    assert summary.height() < 2 * summary.fontMetrics().lineSpacing()
    shown = summary.text()
    assert shown == summary.whole() or (shown.endswith("…") and summary.whole() in summary.toolTip())
    assert summary.accessibleName() == summary.whole()
    assert summary.fontMetrics().horizontalAdvance(shown) <= summary.contentsRect().width()
