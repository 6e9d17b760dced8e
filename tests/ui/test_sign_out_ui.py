"""로그아웃 from the header's name. Refused during a contact; asked with Cancel as the default;
this PC's copy wiped only when everything reached the server, and the person is told which it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annyeong.console.paths import account_db_path
from annyeong.ui.account import sign_out_flow
from tests.ui.support import close_console, run, signed_in_console, take_call, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def _box(qtbot: Any, console: Any) -> QMessageBox:
    flow = console.sign_out
    qtbot.waitUntil(lambda: flow.box is not None and flow.box.isVisible(), timeout=20_000)
    box = flow.box
    assert box is not None
    return box


def _click(box: QMessageBox, name: str) -> None:
    button = next(b for b in box.buttons() if b.objectName() == name)
    button.click()


def test_sign_out_with_everything_delivered_wipes_and_offers_the_next_sign_in(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    path = account_db_path(tmp_path / "console", live_server.url, "kim")
    try:
        header = console.window.header
        assert header.account.isVisible() and header.user_text() == "김상담"
        assert path.exists()

        header.account.sign_out_action.trigger()
        box = _box(qtbot, console)
        assert "모든 기록이 서버에 저장되었습니다" in box.text()
        assert box.defaultButton().objectName() == "signOutCancel", "Enter by reflex keeps you signed in"
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: console.sign_out.box is None, timeout=20_000)
        assert console.core.me is not None, "Esc cancels"

        header.account.sign_out_action.trigger()
        _click(_box(qtbot, console), "signOutConfirm")
        qtbot.waitUntil(lambda: console.relogin_dialog is not None, timeout=15_000)
        dialog = console.relogin_dialog
        assert dialog is not None
        assert dialog.intro.text() == "로그아웃했습니다. 이 PC에 남아 있던 상담 기록을 지웠습니다."
        assert dialog.user_edit.text() == "", "the next counselor types their own ID"
        assert console.core.me is None and not path.exists()
        assert header.account.isHidden() and not header.account.sign_out_action.isEnabled()

        # The next counselor signs in on the same window.
        qtbot.keyClicks(dialog.user_edit, "lee")
        qtbot.keyClicks(dialog.password_edit, "annyeong120")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: console.core.me is not None, timeout=15_000)
        assert console.core.me is not None and console.core.me.username == "lee"
        qtbot.waitUntil(lambda: console.relogin_dialog is None and header.account.isVisible(), timeout=15_000)
    finally:
        close_console(qtbot, console)


def test_sign_out_is_refused_during_a_contact(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        console.window.header.account.sign_out_action.trigger()
        box = _box(qtbot, console)
        assert box.text() == "상담 중에는 로그아웃할 수 없습니다. 상담을 마무리한 뒤 다시 해 주세요."
        assert [b.objectName() for b in box.buttons()] == ["signOutOk"]
        _click(box, "signOutOk")
        qtbot.waitUntil(lambda: console.sign_out.box is None, timeout=20_000)
        assert console.core.me is not None and console.core.active_contact is not None
    finally:
        close_console(qtbot, console)


def test_sign_out_with_unsent_work_keeps_it_and_says_so(
    qtbot: Any, live_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sign_out_flow, "DRAIN_S", 0.5)
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    path = account_db_path(tmp_path / "console", live_server.url, "kim")
    try:
        window = console.window
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        live_server.stop()  # the server goes away mid-call: the note and the end stay in the outbox
        type_with_ime(qtbot, window.contact.notes.editor(), "잠을 못 주무심")
        window.contact.flush_quietly()
        run(qtbot, console.core.contacts.end_contact())
        qtbot.waitUntil(lambda: console.core.sync_status.state != "online", timeout=15_000)
        pending = console.core.sync_status.pending
        assert pending >= 2

        window.header.account.sign_out_action.trigger()
        box = _box(qtbot, console)
        assert box.text().startswith("서버에 연결되지 않아 지금 상담을 마무리할 수 없습니다.")
        _click(box, "signOutConfirm")
        qtbot.waitUntil(lambda: console.relogin_dialog is not None, timeout=15_000)
        dialog = console.relogin_dialog
        assert dialog is not None
        assert dialog.intro.text() == (
            f"로그아웃했습니다. 보내지 못한 기록 {pending}건이 있어 이 PC의 기록을 지우지 않았습니다. "
            "같은 계정으로 다시 로그인하면 이어서 보냅니다."
        )
        assert path.exists() and console.core.me is None

        with qtbot.waitSignal(window.closed, timeout=20_000):
            dialog.reject()  # nobody signs in: the console ends, as when the first sign-in is closed
    finally:
        close_console(qtbot, console)
