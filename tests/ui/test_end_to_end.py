"""Server up → the real composition signed in as kim → annyeong-sim rings → Enter → a note is typed →
the call ends → the server holds the note exactly once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import close_console, signed_in_console, sim_call, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

TYPED = "2nd call this week; sleeps badly. "
SPOKEN = "어르신이 요즘 밤에 잠이 안 온다고 하심. 다음 주 목요일에 다시 전화 드리기로 함."
NOTE = TYPED + SPOKEN


def test_ring_accept_note_end_reaches_server_once(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        assert window.header.user_text() == "김상담"
        assert window.header.presence.presence() == "available"

        call_id = sim_call(live_server.url, "010-1234-5678")

        qtbot.waitUntil(lambda: window.card.isVisible(), timeout=10_000)
        assert window.card.call() is not None and window.card.call().id == call_id
        assert window.card._number.text() == "010-****-5678"
        assert window.card._badge.text() == "신규"

        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
        assert window.card.isHidden()
        assert window.centre.current() is window.contact
        assert window.contact.caller_text() == "이름 미상 · 010-****-5678"
        assert window.header.presence.presence() == "on_call"
        assert window.today.count() == 1

        editor = window.contact.notes.editor()
        assert editor.hasFocus()
        qtbot.keyClicks(editor, TYPED)
        type_with_ime(qtbot, editor, SPOKEN)
        assert editor.toPlainText() == NOTE
        qtbot.waitUntil(lambda: window.contact.notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)

        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=10_000)
        qtbot.mouseClick(window.contact._finish, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.contact.state() == "empty", timeout=15_000)
        assert window.centre.current() is window.idle
        assert window.header.presence.presence() == "available"

        contact_id = live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
        entries = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert len({e["id"] for e in entries}) == 1, "one note"
        revisions = [(e["id"], e["revision"]) for e in entries]
        assert len(revisions) == len(set(revisions)), "no revision stored twice"
        latest = max(entries, key=lambda e: e["revision"])
        assert latest["body"] == NOTE
        assert sum(1 for e in entries if e["body"] == NOTE) == 1, "the final text exactly once"
        contact = live_server.get(f"/v1/contacts/{contact_id}").json()
        assert contact["ended_at"] is not None
    finally:
        close_console(qtbot, console)
