"""The login dialog names what was wrong, keeps what was typed, and never blocks the loop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from annyeong.ui.account.login_dialog import LoginDialog, server_url_problem
from annyeong.ui.account.login_flow import LoginFlow
from tests.ui.support import close_console, make_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def _dialog(qtbot: Any, console: Any, url: str) -> LoginDialog:
    async def sign_in(server_url: str, user: str, password: str) -> object:
        return await console.core.sign_in(server_url=server_url, username=user, password=password)

    dialog = LoginDialog(sign_in, server_url=url, username="")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit(qtbot: Any, dialog: LoginDialog, *, user: str, password: str) -> None:
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, user)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_wrong_password_is_named_and_typing_is_kept(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = make_console(qtbot, live_server.url, tmp_path / "console")
    dialog = _dialog(qtbot, console, live_server.url)
    try:
        _submit(qtbot, dialog, user="kim", password="not-the-password")
        qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=10_000)
        assert dialog.error_text() == "아이디 또는 비밀번호가 맞지 않습니다. 다시 입력해 주세요."
        assert dialog.user_edit.text() == "kim"
        assert dialog.server_edit.text() == live_server.url
        assert dialog.password_edit.hasFocus()
        assert dialog.isVisible() and not dialog.is_busy()
        assert console.core.me is None

        # Then the right password: signed in, the dialog closes and says so.
        with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signal:
            _submit(qtbot, dialog, user="kim", password="annyeong120")
        assert signal.args[0].username == "kim"
        assert not dialog.isVisible()
    finally:
        close_console(qtbot, console)


def test_unreachable_server_is_named(qtbot: Any, tmp_path: Path) -> None:
    url = "http://127.0.0.1:9"  # discard port: nothing listens
    console = make_console(qtbot, url, tmp_path / "console")
    dialog = _dialog(qtbot, console, url)
    try:
        _submit(qtbot, dialog, user="kim", password="annyeong120")
        qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=15_000)
        assert dialog.error_text().startswith("서버에 연결할 수 없습니다.")
        assert url in dialog.error_text()
        assert dialog.user_edit.text() == "kim" and dialog.server_edit.text() == url
    finally:
        close_console(qtbot, console)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("ftp://example.org", "서버 주소가 올바르지 않습니다."),
        ("not a url", "서버 주소가 올바르지 않습니다."),
        ("http://example.org", "보안을 위해 https 주소만"),
        ("https://example.org:99999", "서버 주소가 올바르지 않습니다."),
    ],
)
def test_bad_addresses_are_refused_before_any_request(url: str, expected: str) -> None:
    problem = server_url_problem(url)
    assert problem is not None and problem.startswith(expected)


@pytest.mark.parametrize(
    "url", ["https://console.seoul.go.kr", "http://127.0.0.1:8120", "http://localhost:1"]
)
def test_good_addresses_pass(url: str) -> None:
    assert server_url_problem(url) is None


def test_bad_url_in_dialog_keeps_fields(qtbot: Any, tmp_path: Path) -> None:
    console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
    dialog = _dialog(qtbot, console, "htp:/oops")
    try:
        _submit(qtbot, dialog, user="park", password="x")
        qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=20_000)
        assert dialog.error_text().startswith("서버 주소가 올바르지 않습니다.")
        assert dialog.server_edit.text() == "htp:/oops" and dialog.user_edit.text() == "park"
        assert dialog.server_edit.hasFocus()
    finally:
        close_console(qtbot, console)


def test_login_flow_resolves_without_blocking(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    """The app's flow: open() the dialog, await a future; the loop keeps running meanwhile."""
    import asyncio

    console = make_console(qtbot, live_server.url, tmp_path / "console")
    try:
        flow = LoginFlow(console, username="kim", parent_window=False)
        task = asyncio.ensure_future(flow.run(modal=True))
        qtbot.waitUntil(flow.dialog.isVisible, timeout=20_000)
        assert flow.dialog.user_edit.text() == "kim"
        assert flow.dialog.password_edit.hasFocus()
        qtbot.keyClicks(flow.dialog.password_edit, "annyeong120")
        qtbot.keyClick(flow.dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(task.done, timeout=10_000)
        assert task.result() is True
        assert console.core.me is not None and console.core.me.username == "kim"
        qtbot.waitUntil(lambda: console.core.sync_status.state == "online", timeout=10_000)
    finally:
        close_console(qtbot, console)
