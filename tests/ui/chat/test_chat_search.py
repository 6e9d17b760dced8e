"""검색 finds a chat by what was said in it (the server searches transcripts) and shows the matching line
as plain text, in the results and in the history column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.server.chat_helpers import Person
from tests.ui.support import close_console, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_search_finds_a_chat_by_its_words(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        person = Person(live_server)
        person.self_test()
        person.connect()
        qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
        window.card.accept()
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
        person.say("사실 아까 <b>수면제</b>를 한 통 다 먹었어요")
        conversation = window.chats.conversation
        qtbot.waitUntil(lambda: "수면제" in conversation.transcript.toPlainText(), timeout=15_000)

        assert window.history.isHidden(), "a chat without a number: its column went to the conversation"
        search = window.search
        search.field().setText("수면제")
        search.field().returnPressed.emit()
        qtbot.waitUntil(lambda: search.results().count() == 1, timeout=15_000)
        shown = search.results().item(0).text()
        assert "채팅: …사실 아까 <b>수면제</b>를 한 통 다 먹었어요…" in shown, shown
        search.results().setCurrentRow(0)
        history = window.history
        qtbot.waitUntil(lambda: any("<b>수면제</b>" in t for t in history.item_texts()), timeout=10_000)
        assert any(t.count("채팅: …") == 1 for t in window.history.item_texts())
        assert history.isVisible(), "a result the counselor picked is shown, beside that chat too"
        assert window.contact.state() == "in_call"
    finally:
        close_console(qtbot, console)
