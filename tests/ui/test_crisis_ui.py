"""Crisis and risk in the window, against the real server: what the flagged caller's case knows reaches the
checklist (the crisis screen first and focused, the case's risk beside the result, the raised step in
view), the columns during a crisis, and 통화 종료 asking once while a dispatch is open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

FLAGGED = "010-2345-6789"  # the demo's returning caller: 높음, an active 자살 위험 flag


def test_a_flagged_callers_case_reaches_the_checklist(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.training = True  # UCLA-3 needs a permission a training console shows
    window = console.window
    window.resize(1366, 740)  # a 1366×768 screen, less the title bar
    contact = window.contact
    panel = contact.checklist
    try:
        take_call(qtbot, console, FLAGGED, post=live_server.post_call)
        assert contact.caller_line.risk_text() == "위험도: 높음"
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        first = panel.picker.first_button()
        assert first is not None and first is panel.picker.buttons["crisis_safety_screen"]
        assert panel.picker.instrument_ids()[0] == "crisis_safety_screen"
        qtbot.waitUntil(first.hasFocus, timeout=10_000)
        assert panel.picker.first_notice().startswith("주의 표시에 따라 위기 안전 확인부터")

        panel.start("ucla3_loneliness")
        for key in (Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_2):
            qtbot.keyClick(QApplication.focusWidget(), key)
        assert panel.face() == "result"
        card = panel.result
        assert card.case_risk_text() == "사례에 기록된 위험도: 높음 · 주의 표시: 자살 위험"
        assert card.recommended_text().startswith("권장: 정신건강복지센터·109 연계 — ")
        assert card.step_codes()[-1] == "refer_mental_health"
        button = card.recommended_button()
        assert button is card.extra_step and button is not None
        scroll = panel.findChild(QScrollArea, "checklistResultScroll")
        assert scroll is not None
        qtbot.waitUntil(lambda: scroll.rect().contains(button.mapTo(scroll, QPoint(0, button.height() - 1))),
                        timeout=10_000)
        assert contact.caller_line.risk_text() == "위험도: 중간 (이전 평가 높음)"

        # A crisis answer: the panel takes 오늘's place, 이력 stays, the contact does not move or narrow.
        def place() -> tuple[QPoint, object, QPoint]:
            origin = QPoint(0, 0)
            return contact.mapTo(window, origin), contact.size(), contact.tabs.mapTo(window, origin)

        qtbot.wait(100)  # the result's own layout pass done
        before = place()  # the tabs too: a longer risk pill used to push them down a line
        panel.new_checklist()
        panel.start("crisis_safety_screen")
        for key in (Qt.Key.Key_1, Qt.Key.Key_1):
            qtbot.keyClick(QApplication.focusWidget(), key)
        qtbot.waitUntil(window.crisis_panel.isVisible, timeout=10_000)
        assert window.history.isVisible() and window.today.isHidden()
        assert contact.caller_line.risk_text() == "위험도: 긴급"
        assert contact.caller_line._risk.accessibleName() == "위험도: 매우 높음(긴급)"
        qtbot.waitUntil(lambda: place() == before, timeout=5_000)
        assert window.crisis_panel.mapTo(window, QPoint(0, 0)).x() < contact.mapTo(window, QPoint(0, 0)).x()

        # Its F12 button says what F12 will do: open the form, then, once pressed, show that dispatch.
        opener = window.crisis_panel.open_dispatch
        assert opener.text().startswith("출동 요청 창 열기")
        console.core.dispatches.request_dispatch("police_112")
        qtbot.waitUntil(lambda: opener.text().startswith("출동 상황 보기"), timeout=10_000)
    finally:
        close_console(qtbot, console)


def test_without_a_number_the_crisis_moves_nothing_either(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    """No number, no history: that column went to the contact when it opened, so when the crisis fires the
    contact (with the red button at its bottom right) stays where and as wide as it was."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    window.resize(1366, 740)
    panel = window.contact.checklist
    try:
        take_call(qtbot, console, None, post=live_server.post_call)
        qtbot.waitUntil(window.history.isHidden, timeout=10_000)
        contact = window.contact

        def place() -> tuple[QPoint, object, QPoint]:
            return (contact.mapTo(window, QPoint(0, 0)), contact.size(),
                    contact.emergency.mapTo(window, QPoint(0, 0)))

        before = place()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        panel.start("crisis_safety_screen")
        for key in (Qt.Key.Key_1, Qt.Key.Key_1):
            qtbot.keyClick(QApplication.focusWidget(), key)
        qtbot.waitUntil(window.crisis_panel.isVisible, timeout=10_000)
        assert window.today.isHidden() and window.history.isHidden()
        qtbot.wait(100)
        assert place() == before, "the contact and its red button stay put"
    finally:
        close_console(qtbot, console)


def test_ending_asks_once_while_a_dispatch_is_open(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    contact = window.contact
    try:
        take_call(qtbot, console, "010-3838-2929", post=live_server.post_call)
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=10_000)  # nothing at stake: at once
    finally:
        close_console(qtbot, console)

    console = signed_in_console(qtbot, live_server.url, tmp_path / "console2", user="park")
    window = console.window
    contact = window.contact
    try:
        take_call(qtbot, console, "010-3838-3030", post=live_server.post_call)
        console.core.dispatches.request_dispatch("police_112")
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        confirm = contact.end_confirm
        qtbot.waitUntil(confirm.isVisible, timeout=10_000)
        question = confirm.question()
        assert question == "출동 요청의 결과가 아직 확인되지 않았습니다. 통화를 종료할까요?"
        assert confirm.keep.hasFocus()
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # again: still one question
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # on 계속 통화
        assert confirm.isHidden() and contact.state() == "in_call"
        assert contact.notes.editor().hasFocus(), "back to the note"

        contact.end_contact()
        assert confirm.question() == question
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert confirm.isHidden() and contact.state() == "in_call"
        contact.end_contact()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert confirm.end.hasFocus()
        qtbot.keyClick(confirm.end, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=10_000)
        assert confirm.isHidden()
    finally:
        close_console(qtbot, console)
