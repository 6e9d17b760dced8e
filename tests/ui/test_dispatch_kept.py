"""The emergency form closed unsent (Esc) keeps what the counselor typed: F12 again in the same contact
brings the place and the ticks back, with no question in the way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_esc_then_f12_brings_back_what_was_typed(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    panel = window.dispatch_panel
    try:
        take_call(qtbot, console, "010-4444-5656", post=live_server.post_call)
        qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=20_000)
        form = panel.form
        assert form.address.text() == ""
        form.address.setFocus()
        form.address.insert("마포구 월드컵북로 400 3층")  # as an input method commits Hangul (no key events)
        form.risks["attempt_in_progress"].setChecked(True)
        assert form.service() == "fire_ems_119", "an attempt suggests 119"
        qtbot.keyClick(panel.confirm, Qt.Key.Key_Escape)
        assert panel.mode() == "hidden" and console.core.dispatches.open_dispatches == []

        qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=20_000)
        assert form.address.text() == "마포구 월드컵북로 400 3층"
        assert form.risks["attempt_in_progress"].isChecked() and form.service() == "fire_ems_119"
        assert not form.unknown.isChecked(), "a place was given"
        assert "마포구 월드컵북로 400 3층" in form.summary.toPlainText(), "the read-out follows"
        assert form.request_fields()["location"]["address"] == "마포구 월드컵북로 400 3층"
    finally:
        close_console(qtbot, console)
