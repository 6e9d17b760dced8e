"""Keyboard first: Tab reaches every control on each main screen; F1 lists the live shortcuts; the look
(theme, font size) switches from the keyboard and the header and is remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from annyeong.console import paths
from annyeong.ui.common.theme import ThemeController
from annyeong.ui.shell.composition import ConsoleWindow
from tests.ui.support import close_console, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

INTERACTIVE = (
    QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox, QTabBar
)
MAX_STEPS = 400


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _controls(window: QWidget) -> set[QWidget]:
    """Enabled, visible interactive widgets of the window (a spin box's or combo's parts count as it)."""
    return {
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and w.isEnabled()
        and w.window() is window
        and not _inside(w, (QComboBox, QAbstractSpinBox, QAbstractItemView))
    }


def _tab_walk(qtbot: Any) -> set[QWidget]:
    """Press Tab until focus comes back round; every widget focus visited, and its ancestors."""
    reached: set[QWidget] = set()
    first: QWidget | None = None
    for _ in range(MAX_STEPS):
        focus = QApplication.focusWidget()
        assert focus is not None, "focus left the window"
        if focus is first:
            break
        first = first or focus
        widget: QWidget | None = focus
        while widget is not None:
            reached.add(widget)
            widget = widget.parentWidget()
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    else:
        pytest.fail(f"Tab never came back round to where it started (last: {_names({focus})})")
    return reached


def _names(widgets: set[QWidget]) -> list[str]:
    return sorted(f"{type(w).__name__}#{w.objectName()}" for w in widgets)


def _check_screen(qtbot: Any, console: ConsoleWindow, start: QWidget, screen: str) -> None:
    window = console.window
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    controls = _controls(window)
    assert len(controls) >= 4, screen
    missed = controls - _tab_walk(qtbot)
    assert not missed, f"{screen}: Tab never reaches {_names(missed)}"


def test_tab_reaches_every_control_on_each_screen(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        _check_screen(qtbot, console, window.header.theme, "idle")

        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        _check_screen(qtbot, console, window.header.theme, "ringing")

        qtbot.keyClick(window, Qt.Key.Key_Return)  # 받기
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
        tabs = window.contact.tabs
        for index in range(tabs.count()):
            window.contact.show_tab(index)
            qtbot.waitUntil(lambda i=index: tabs.currentIndex() == i)
            _check_screen(qtbot, console, window.header.theme, f"in call, tab {tabs.tabText(index)}")
    finally:
        close_console(qtbot, console)


def test_f1_lists_the_live_shortcuts_and_esc_closes(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        editor_before = window.header.theme
        editor_before.setFocus()
        qtbot.waitUntil(editor_before.hasFocus)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        sheet = window.view_actions.sheet
        qtbot.waitUntil(sheet.isVisible)
        rows = {(e.keys, e.text) for e in sheet.entries()}
        assert ("F12", "긴급 출동 요청") in rows
        assert ("Ctrl+E", "통화 종료") in rows
        assert any(keys.startswith("F1") and text == "단축키 안내" for keys, text in rows)
        # Never over the red button: the sheet keeps to the left half of the window.
        assert sheet.geometry().right() < window.width() // 2 + 20
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(sheet.isHidden)
        assert QApplication.focusWidget() is editor_before
        # Where a counselor looks for it with the mouse: first under 도움말, not under 테마.
        help_menu = [a.text() for a in window.header.help.menu().actions() if not a.isSeparator()]
        assert help_menu[0] == "단축키 안내", help_menu
        assert "단축키 안내" not in [a.text() for a in window.header.theme.menu().actions()]
    finally:
        close_console(qtbot, console)


def test_theme_and_font_size_are_remembered(qtbot: Any, tmp_path: Path, look: ThemeController) -> None:
    from tests.ui.support import make_console

    console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
    window = console.window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        window.header.theme.theme_actions["night"].trigger()
        assert "night theme" in app.styleSheet() and look.theme() == "night"
        assert "font-size: 15px" in app.styleSheet()
        window.header.theme.setFocus()
        qtbot.waitUntil(window.header.theme.hasFocus)
        qtbot.keyClick(window.header.theme, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert look.scale() > 1.0
        assert "font-size: 17px" in app.styleSheet()  # 15 px × 1.1, rounded
        stored = QSettings(str(paths.config_dir() / "look.ini"), QSettings.Format.IniFormat)
        assert stored.value("look/theme") == "night"
        again = ThemeController(app)  # what the next start reads
        try:
            assert again.theme() == "night" and again.scale() == look.scale()
        finally:
            again.setParent(None)
            again.deleteLater()
        qtbot.keyClick(window.header.theme, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert look.scale() == 1.0
    finally:
        close_console(qtbot, console)


def test_alt_r_and_alt_digits_work_from_any_tab_and_type_nothing(
    qtbot: Any, console: Any, live_server: Any
) -> None:
    """처리 결과 says Alt+R. From 메모 the key did nothing there and Linux typed its "r" into the note,
    saved and sent with it: it now brings 마무리 forward with 처리 결과 open, whatever tab shows."""
    from tests.ui.support import take_call

    window, view = console.window, console.window.contact
    take_call(qtbot, console, "010-2727-3838", post=live_server.post_call)
    editor = view.notes.editor()
    qtbot.waitUntil(editor.hasFocus, timeout=5_000)
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.wrap_up.disposition.view().isVisible(), timeout=5_000)
    assert editor.toPlainText() == "abc", "nothing typed into the note"
    view.wrap_up.disposition.hidePopup()
    assert window.contact.tabs.currentWidget() is not view.notes, "마무리 came forward"
    # Alt+1…5 the same: from 메모, ① ticks on 마무리 and no digit goes into the note.
    window.contact.show_tab(0)
    qtbot.waitUntil(editor.hasFocus, timeout=5_000)
    info = view.wrap_up.service_boxes["info"]
    before = info.isChecked()
    qtbot.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: info.isChecked() != before, timeout=5_000)
    assert editor.toPlainText() == "abc" and window.contact.tabs.currentWidget() is not view.notes
