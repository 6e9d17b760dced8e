"""The first emergency of a console process looks like every other, and F12 on a ringing card takes the
call into the dispatch panel. Real server, real widgets, the real stylesheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.support.live_server import start_live_server
from tests.ui.support import close_console, signed_in_console, take_call
from tests.ui.test_emergency import hold_key

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def form_geometry(panel: Any) -> tuple[int, int, int]:
    """(scroll height, form width shown, confirm width): all three fill the panel when laid out."""
    scroll = panel.form_face.form_scroll
    return scroll.height(), scroll.viewport().width(), panel.confirm.width()


def test_the_first_f12_lays_the_form_out_like_the_second(qtbot: Any, tmp_path: Path, look: Any) -> None:
    look.apply()
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    window, panel = console.window, console.window.dispatch_panel
    try:
        take_call(qtbot, console, "010-4444-1212", post=server.post_call)
        shapes = []
        for _ in range(2):
            qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)
            qtbot.waitUntil(lambda: panel.mode() == "form" and not panel.sliding(), timeout=10_000)
            qtbot.wait(50)
            shapes.append(form_geometry(panel))
            assert panel.form.visibleRegion().boundingRect().height() > 200, "the form is on screen"
            assert panel.confirm.hasFocus()
            bar = panel.form_face.form_scroll.verticalScrollBar()
            assert bar.value() == 0, "위치 first, wherever the form was left the last time"
            bar.setValue(bar.maximum())
            qtbot.keyClick(panel.confirm, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=10_000)
        assert shapes[0] == shapes[1], shapes
        assert shapes[0][0] > 200 and shapes[0][1] > panel.width() // 2, shapes
    finally:
        close_console(qtbot, console)
        server.stop()


def test_f12_on_the_ringing_card_takes_the_call_and_a_hold_sends(qtbot: Any, tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=20.0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    window, panel = console.window, console.window.dispatch_panel
    try:
        server.post_call("010-5656-1212")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        assert window.contact.state() == "in_call" and console.core.active_contact is not None
        qtbot.waitUntil(panel.confirm.hasFocus, timeout=10_000)
        # A tap of Enter or space is a reflex: it explains, and sends nothing.
        qtbot.keyClick(panel.confirm, Qt.Key.Key_Return)
        qtbot.keyClick(panel.confirm, Qt.Key.Key_Space)
        # A release settles for a moment first (a key's auto-repeat can look like release/press pairs).
        qtbot.waitUntil(lambda: "아직 보내지 않았습니다" in panel.form_face.hint.text(), timeout=10_000)
        assert console.core.dispatches.open_dispatches == [] and panel.mode() == "form"
        hold_key(qtbot, panel.confirm)
        qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
        assert len(console.core.dispatches.open_dispatches) == 1
    finally:
        close_console(qtbot, console)
        server.stop()
