"""The history column lists a dispatch closed during the call, with its outcome, without the call ending:
the case timeline is read again once the close has reached the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import close_console, signed_in_console, take_call
from tests.ui.test_emergency import hold_key

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_a_dispatch_closed_in_the_call_appears_in_the_history_column(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window, panel = console.window, console.window.dispatch_panel
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)  # has a case
        qtbot.waitUntil(lambda: window.history.state() == "shown", timeout=10_000)
        listed = [t for t in window.history.item_texts() if "긴급 출동" in t]
        qtbot.mouseClick(window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        hold_key(qtbot, panel.confirm)
        qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
        qtbot.mouseClick(panel.status.confirm, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(panel.status.close_button.isEnabled, timeout=10_000)
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=10_000)
        qtbot.waitUntil(  # generous: the close is sent, then the timeline read again
            lambda: len([t for t in window.history.item_texts() if "긴급 출동" in t]) == len(listed) + 1,
            timeout=30_000,
        )
        assert window.contact.state() == "in_call", "listed during the call, not only after it"
        texts = window.history.item_texts()
        head = next(i for i, t in enumerate(texts) if "긴급 출동" in t and "종료" in t)
        assert "결과: 대상자 연락 확인" in texts[head + 1: head + 4], "what became of it, not only closed"
    finally:
        close_console(qtbot, console)
