"""A note that comes back with its contact (a restart mid-call) is continued, not prefixed: the caret is
after what was written, so the next words go at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_a_restored_note_is_continued_at_its_end(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    first = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    try:
        take_call(qtbot, first, "010-3131-2020", post=live_server.post_call)
        editor = first.window.contact.notes.editor()
        qtbot.keyClicks(editor, "first words")
        qtbot.waitUntil(lambda: first.window.contact.notes.status_text() == "저장됨 · 전송 완료",
                        timeout=20_000)
    finally:
        close_console(qtbot, first)

    again = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    try:
        contact = again.window.contact
        qtbot.waitUntil(lambda: contact.state() == "in_call", timeout=20_000)
        editor = contact.notes.editor()
        qtbot.waitUntil(lambda: editor.toPlainText() == "first words", timeout=20_000)
        assert editor.textCursor().atEnd()
        editor.setFocus()
        qtbot.keyClicks(editor, " and more")
        assert editor.toPlainText() == "first words and more"
    finally:
        close_console(qtbot, again)
