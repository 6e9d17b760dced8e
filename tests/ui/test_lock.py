"""Auto-lock after idle. The cover hides the content but not the red button during a contact,
swallows typing, keeps the note and the sync going, says a call rings (nothing of the caller) with the
keyboard kept in the password field, and lifts only with the password (the server's check, or the local
verifier when offline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from annyeong.console import errors
from annyeong.console.reauth import Reauth
from annyeong.console.secrets import SecretStore
from annyeong.ui.account.idle_watch import IdleWatch
from tests.ui.support import PASSWORD, close_console, run, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

NOTE = "잠들기 전 많이 외롭다고 하심"


def test_idle_watch_fires_once_after_the_timeout_and_input_resets_it(qtbot: Any) -> None:
    now = [100.0]
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    dialog = QDialog(window)  # opened after the watch started: watched once it takes the keyboard
    watch = IdleWatch(600, clock=lambda: now[0])
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    watch.start()

    def quiet_for(seconds: float) -> None:
        now[0] += seconds
        watch.check()

    try:
        quiet_for(599)
        assert not fired
        # Input as the window system delivers it: through the window, as a person's mouse and keys are.
        QTest.mouseMove(window.windowHandle(), QPoint(5, 5))
        quiet_for(599)
        assert not fired, "the move reset the idle time"
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)
        quiet_for(599)
        assert not fired, "the key reset the idle time"
        # Hangul through an input method arrives as a commit to the focused widget, never as keys.
        commit = QInputMethodEvent()
        commit.setCommitString("안")
        QApplication.sendEvent(field, commit)
        quiet_for(599)
        assert not fired, "the input method's commit reset the idle time"
        # What is not a person's input never counts: a repaint, an event the application gets.
        window.repaint()
        field.update()
        QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.User))
        quiet_for(2)
        watch.check()
        assert fired == [True], "once per idle period"
        watch.reset()
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
        quiet_for(599)
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_B)
        quiet_for(599)
        assert fired == [True], "typing in a dialog opened later counts"
        quiet_for(2)
        assert fired == [True, True]
    finally:
        watch.stop()
        dialog.close()


def test_lock_during_a_call_keeps_the_red_button_and_the_note(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        assert console.idle_watch.timeout_s == 600.0, "the default: 10 minutes"
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        editor = window.contact.notes.editor()
        editor.setPlainText(NOTE)
        # Stepping away: 지금 잠그기 is the first entry of the name's menu, and Ctrl+L anywhere does it.
        account_menu = [a for a in window.header.account.menu().actions() if not a.isSeparator()]
        assert account_menu[0].text() == "지금 잠그기" and account_menu[0].isEnabled()
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus, timeout=10_000)
        qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        lock = console.lock
        qtbot.waitUntil(lock.is_locked, timeout=10_000)
        assert lock.is_locked() and lock.geometry() == window.centralWidget().rect()
        assert console.core.active_contact is not None and console.core.active_contact.note_text == NOTE
        explain = lock.findChild(QLabel, "lockExplain")
        assert explain is not None and explain.text().startswith("화면을 잠갔습니다."), "asked, not idle"

        # The red button stays reachable through the cover; the notes under it do not.
        button = window.header.emergency
        assert button.isVisible()
        centre = button.mapTo(window.centralWidget(), button.rect().center())
        assert not lock.mask().contains(centre)
        notes_at = editor.mapTo(window.centralWidget(), editor.rect().center())
        assert lock.mask().contains(notes_at)
        # F12 through the cover: the form opens, and the password box moves beside it, not under it.
        window.resize(1366, 768)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        panel = window.dispatch_panel
        qtbot.waitUntil(lambda: panel.mode() == "form" and not panel.sliding(), timeout=5_000)
        qtbot.waitUntil(lambda: lock.mask().contains(
            lock.password.mapTo(window.centralWidget(), lock.password.rect().center())), timeout=5_000)
        unlock_at = lock.unlock_button.mapTo(window.centralWidget(), lock.unlock_button.rect().center())
        assert lock.mask().contains(unlock_at) and lock.password.isVisible()
        panel.cancel_form()
        qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=5_000)
        editor.setFocus()
        qtbot.keyClicks(editor, "typed while locked")
        assert editor.toPlainText() == NOTE, "typing into covered widgets is swallowed"
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert window.contact.state() == "in_call", "shortcuts other than F12 do nothing while locked"

        # The outbox keeps going while locked: the note reaches the server.
        qtbot.waitUntil(lambda: console.core.sync_status.pending == 0, timeout=10_000)

        # A wrong password keeps it locked, with the reason shown.
        lock.password.setText("wrong-password")
        qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: lock.error_text() != "", timeout=10_000)
        assert lock.is_locked() and lock.password.text() == ""
        assert lock.error_text() == "비밀번호가 맞지 않습니다. 다시 입력해 주세요.", "no ID was asked"

        lock.password.setText(PASSWORD)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.is_locked(), timeout=10_000)
        assert editor.toPlainText() == NOTE and window.contact.state() == "in_call"
    finally:
        close_console(qtbot, console)


def test_back_at_a_ringing_phone_the_password_and_enter_unlock_at_once(
    qtbot: Any, live_server: Any, tmp_path: Path, app_look: QApplication  # noqa: ARG001 (its own look)
) -> None:
    """Locked, then a call rings: the cover says so without anything of the caller, the keyboard stays in
    the password field, and typing the password and Enter unlock onto the card with 받기 focused."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window, lock = console.window, console.lock
    try:
        console.lock_now()
        qtbot.waitUntil(lock.password.hasFocus, timeout=5_000)
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(lambda: lock.ringing_text() != "", timeout=10_000)
        qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
        text = lock.ringing_text()
        assert "전화" in text
        assert not any(part in text for part in ("010", "6789", "****")), "nothing of the caller"
        qtbot.waitUntil(lock.password.hasFocus, timeout=5_000)
        qtbot.wait(300)  # the card's own ticks and alerts come and go: the keyboard stays
        assert lock.password.hasFocus()
        for name in ("lockExplain", "lockRinging"):  # every wrapped line whole, none cut at the bottom
            label = lock.findChild(QLabel, name)
            assert label is not None and label.height() >= label.heightForWidth(label.width()), name

        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, PASSWORD)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.is_locked(), timeout=10_000)
        assert window.card.state() == "ringing"
        qtbot.waitUntil(window.card._accept.hasFocus, timeout=5_000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # and the next Enter takes it
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    finally:
        close_console(qtbot, console)


def test_locked_while_ringing_the_password_has_the_keyboard(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window, lock = console.window, console.lock
    try:
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(window.card._accept.hasFocus, timeout=10_000)
        console.lock_now()
        qtbot.waitUntil(lock.password.hasFocus, timeout=5_000)
        window.card.take_keyboard()  # what a ring under the cover may do: the keyboard comes back
        qtbot.waitUntil(lock.password.hasFocus, timeout=5_000)
        qtbot.keyClicks(lock.password, PASSWORD)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.is_locked(), timeout=10_000)
    finally:
        close_console(qtbot, console)


def test_locked_with_nothing_open_f12_says_so_on_the_cover(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window, lock = console.window, console.lock
    try:
        console.lock_now()
        qtbot.waitUntil(lock.password.hasFocus, timeout=5_000)
        qtbot.keyClick(lock.password, Qt.Key.Key_F12)  # the window's notice strip is under the cover
        qtbot.waitUntil(lambda: "112·119에 직접 전화하세요" in lock.error_text(), timeout=5_000)
        assert not window.dispatch_panel.isVisible()
        lock.password.setText(PASSWORD)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.is_locked(), timeout=10_000)
        said = window.error_banner.messages
        assert not [m for m in said() if "112·119" in m], "read on the cover: not left behind it"

        # Said again unlocked, it goes when a call rings: F12 now takes that call.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: any("112·119" in m for m in said()), timeout=5_000)
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=15_000)
        assert not [m for m in said() if "112·119" in m], "a ring: F12 has something to act on"
    finally:
        close_console(qtbot, console)


def test_a_call_ringing_under_the_cover_replaces_the_f12_notice(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    lock = console.lock
    try:
        console.lock_now()
        qtbot.waitUntil(lock.password.hasFocus, timeout=5_000)
        qtbot.keyClick(lock.password, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: "112·119에 직접 전화하세요" in lock.error_text(), timeout=5_000)
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(lambda: lock.ringing_text() != "", timeout=15_000)
        assert lock.error_text() == "", "F12 would take the ringing call now: the notice is untrue"
    finally:
        close_console(qtbot, console)


def test_unlocked_over_a_form_opened_through_the_lock_the_form_has_the_keys(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    """F12 through the lock, then the password: the form's send control has the keyboard, so its keys
    (Esc to close, the hold to send) work at once; it went to the ringing card's place, and Esc did
    nothing."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window, lock, panel = console.window, console.lock, console.window.dispatch_panel
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        console.lock_now()
        qtbot.waitUntil(lock.password.hasFocus, timeout=5_000)
        if console.core.training:
            assert "annyeong120" in lock.findChild(QLabel, "lockExplain").text(), "a trainee never typed it"
        qtbot.keyClick(lock.password, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: panel.mode() == "form" and not panel.sliding(), timeout=5_000)
        lock.password.setText(PASSWORD)
        qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not lock.is_locked(), timeout=10_000)
        assert panel.confirm.hasFocus(), f"the keyboard is on {QApplication.focusWidget()}"
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=5_000)
    finally:
        close_console(qtbot, console)


def test_offline_unlock_uses_the_local_verifier(qtbot: Any) -> None:
    reauth = Reauth(SecretStore())
    down = "http://127.0.0.1:9"  # nothing listens there: Offline
    with pytest.raises(errors.Offline):
        run(qtbot, reauth.verify(down, "kim", PASSWORD))  # no verifier yet: only the server can unlock
    run(qtbot, reauth.remember(down, "kim", PASSWORD))
    assert run(qtbot, reauth.verify(down, "kim", PASSWORD)) == "local"
    for _ in range(5):
        with pytest.raises(errors.AuthFailed):
            run(qtbot, reauth.verify(down, "kim", "wrong"))
    with pytest.raises(errors.Offline):
        run(qtbot, reauth.verify(down, "kim", PASSWORD))  # too many wrong tries: the server decides


def test_the_server_check_does_not_disturb_the_session(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    try:
        token = console.core.client.refresh_token
        assert run(qtbot, console.reauth.verify(live_server.url, "kim", PASSWORD)) == "server"
        assert console.core.client.refresh_token == token
        run(qtbot, console.core.calls.set_presence("available"))  # the session still works
        with pytest.raises(errors.AuthFailed):
            run(qtbot, console.reauth.verify(live_server.url, "kim", "wrong-password"))
    finally:
        close_console(qtbot, console)
