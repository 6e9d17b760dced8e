"""A session that expires mid-call: the note stays local, one banner asks to sign in again, a non-modal
dialog does it, and the note then reaches the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annyeong.ui.account.login_dialog import LoginDialog
from tests.ui.support import close_console, run, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_expired_session_asks_once_and_resumes(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        call_id = live_server.post_call("010-7777-0707")["id"]
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)

        run(qtbot, console.core.client.logout())  # the server forgets this session (as after a revoke)
        qtbot.keyClicks(window.contact.notes.editor(), "kept while signed out")
        window.contact.notes.flush()
        qtbot.waitUntil(lambda: console.core.sync_status.state == "auth_required", timeout=15_000)
        qtbot.waitUntil(window.error_banner.isVisible, timeout=20_000)
        assert window.error_banner.message().startswith("로그인이 만료되었습니다.")
        assert window.header.sync.text().startswith("다시 로그인 필요")

        qtbot.mouseClick(window.error_banner._action_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: console.relogin_dialog is not None and console.relogin_dialog.isVisible(), timeout=5_000
        )
        dialog = console.relogin_dialog
        assert isinstance(dialog, LoginDialog) and dialog.user_edit.text() == "kim"
        assert not dialog.isModal() and QApplication.activeModalWidget() is None
        assert window.isEnabled(), "the window (and its emergency area) stays usable"
        qtbot.keyClicks(dialog.password_edit, "annyeong120")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: console.relogin_dialog is None, timeout=10_000)

        qtbot.waitUntil(lambda: window.contact.notes.status_text() == "저장됨 · 전송 완료", timeout=15_000)
        contact_id = live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
        entries = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert max(entries, key=lambda e: e["revision"])["body"] == "kept while signed out"
    finally:
        close_console(qtbot, console)
