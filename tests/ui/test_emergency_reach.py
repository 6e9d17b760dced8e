"""The red button where the panel is not: a shift lead on the 상황판, and the next call after a press.

Real server, real widgets: from the board, F12 brings the console view back with the panel on screen
(still two actions); the lead's own fallback pulls the console view forward by itself; an open dispatch
steps aside for the next call and the header chip keeps reminding until an outcome is recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from annyeong.ui.shell.composition import ConsoleWindow
from tests.console.test_dispatch import liaison
from tests.support.live_server import start_live_server
from tests.ui.support import close_console, fill_wrap_up, run, signed_in_console, take_call
from tests.ui.test_emergency import Actions, hold_key, received

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
WAIT = 10_000


def uncovered(console: ConsoleWindow, widget: Any) -> bool:
    window = console.window
    centre = widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2))
    hit = window.childAt(centre)
    return hit is widget or (hit is not None and widget.isAncestorOf(hit))


def end_with_dispatch_open(qtbot: Any, console: ConsoleWindow) -> None:
    """Ctrl+E (asked first, a dispatch being open), 그래도 종료, the wrap-up filled and finished."""
    window, view = console.window, console.window.contact
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.end_confirm.isVisible, timeout=WAIT)
    qtbot.mouseClick(view.end_confirm.end, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.state() == "wrap_up", timeout=WAIT)
    fill_wrap_up(qtbot, console)
    view.finish_wrap_up()
    qtbot.waitUntil(lambda: view.state() == "empty", timeout=15_000)


def sent_from_a_call(qtbot: Any, console: ConsoleWindow, post: Any, number: str) -> Any:
    """A call taken, F12 from its note and the hold: the dispatch, once the server has it."""
    take_call(qtbot, console, number, post=post)
    qtbot.keyClick(console.window.contact.notes.editor(), Qt.Key.Key_F12)
    hold_key(qtbot, console.window.dispatch_panel.confirm)
    pressed = console.core.dispatches.active_dispatch
    assert pressed is not None
    qtbot.waitUntil(lambda: received(console), timeout=WAIT)
    return pressed


def test_f12_on_the_board_brings_the_panel_on_screen(qtbot: Any, tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    consoles: list[ConsoleWindow] = []
    try:
        kim = signed_in_console(qtbot, server.url, tmp_path / "kim")
        consoles.append(kim)
        take_call(qtbot, kim, "010-3131-5252", post=server.post_call)
        contact = kim.core.active_contact
        assert contact is not None
        lee = signed_in_console(qtbot, server.url, tmp_path / "lee", user="lee", dispatch_ack_timeout_s=4.0)
        consoles.append(lee)
        window, panel, lead = lee.window, lee.window.dispatch_panel, lee.window.shift_lead
        run(qtbot, lee.core.board.take_over_contact(contact.contact_id))
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=WAIT)

        lead.show_view("board")
        lead.board.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
        assert not window.contact.isVisible()
        actions = Actions(qtbot)
        actions.key(Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        assert lead.view() == "console" and panel.isVisible(), "the form is on screen, not behind the board"
        assert panel.confirm.hasFocus()
        actions.hold_key(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
        assert actions.count == 2 and panel.status.isVisible()
        qtbot.waitUntil(lambda: received(lee), timeout=WAIT)

        # The header's red button on the board does the same (the dispatch of this contact comes back).
        lead.show_view("board")
        assert window.header.emergency.isVisible() and not panel.isVisible()
        qtbot.mouseClick(window.header.emergency, Qt.MouseButton.LeftButton)
        assert lead.view() == "console" and panel.isVisible() and panel.mode() == "status"

        # Back on the board, nobody acknowledges within 4 s: the fallback pulls the console forward.
        lead.show_view("board")
        qtbot.waitUntil(lambda: lead.view() == "console", timeout=20_000)
        assert panel.isVisible() and panel.status.fallback_text().startswith("지금 112에 직접 전화하세요")
    finally:
        for console in consoles:
            close_console(qtbot, console)
        server.stop()


def test_an_open_dispatch_steps_aside_for_the_next_call_and_the_chip_reminds(
    qtbot: Any, tmp_path: Path
) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    window, panel, chip = console.window, console.window.dispatch_panel, console.window.header.dispatch_chip
    view = window.contact
    try:
        take_call(qtbot, console, "010-6161-7272", post=server.post_call)
        assert chip.isHidden()
        qtbot.keyClick(view.notes.editor(), Qt.Key.Key_F12)
        hold_key(qtbot, panel.confirm)
        assert panel.mode() == "status"
        pressed = console.core.dispatches.active_dispatch
        assert pressed is not None
        qtbot.waitUntil(chip.isVisible, timeout=10_000)
        assert chip.text() == "출동 확인 대기 · 112 · 방금"
        qtbot.waitUntil(lambda: received(console), timeout=WAIT)
        # The agency's steps change the chip's words, never its width: nothing beside it shifts.
        width = chip.width()
        liaison(server, pressed.client_id, "acknowledge", {"incident_number": "112-7"})
        qtbot.waitUntil(lambda: chip.text().startswith("출동 접수됨"), timeout=WAIT)
        qtbot.wait(50)
        assert chip.width() == width

        # 접기: the wrap-up underneath can be written; the chip stays.
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(view.end_confirm.isVisible, timeout=WAIT)  # a dispatch open: ending asks first
        qtbot.mouseClick(view.end_confirm.end, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.state() == "wrap_up", timeout=WAIT)
        collapse = panel.findChild(QPushButton, "dispatchCollapseButton")
        assert collapse is not None and collapse.isVisible()
        qtbot.mouseClick(collapse, Qt.MouseButton.LeftButton)
        assert panel.mode() == "hidden" and not panel.isVisible() and chip.isVisible()
        fill_wrap_up(qtbot, console)
        view.finish_wrap_up()
        qtbot.waitUntil(lambda: view.state() == "empty", timeout=15_000)
        assert not panel.isVisible(), "stepped aside: it does not come back by itself"

        # The next call: its notes are not covered; the chip still says a dispatch waits.
        take_call(qtbot, console, "010-8383-9494", post=server.post_call)
        view.show_page("notes")
        assert not panel.isVisible() and uncovered(console, view.notes.editor())
        assert chip.isVisible() and chip.text().startswith("출동 접수됨 · 결과 기록 전 · 112")
        assert console.core.dispatches.dispatch_needs_reminder

        # The chip brings the old dispatch back; 연락 확인됨 ends the reminder and the chip goes.
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
        assert panel.isVisible() and panel.mode() == "status" and panel.client_id() == pressed.client_id
        qtbot.mouseClick(panel.status.confirm, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(chip.isHidden, timeout=10_000)
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=10_000)
        assert uncovered(console, view.notes.editor())
    finally:
        close_console(qtbot, console)
        server.stop()


def test_a_failure_the_agency_reports_comes_back_over_the_next_call(qtbot: Any, tmp_path: Path) -> None:
    """The person was not reached: the dispatch put away for the next call comes back by itself, and the
    chip says it failed until the counselor closes it (it used to vanish without a word)."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    window, panel, chip = console.window, console.window.dispatch_panel, console.window.header.dispatch_chip
    view = window.contact
    try:
        take_call(qtbot, console, "010-6161-7373", post=server.post_call)
        qtbot.keyClick(view.notes.editor(), Qt.Key.Key_F12)
        hold_key(qtbot, panel.confirm)
        pressed = console.core.dispatches.active_dispatch
        assert pressed is not None
        qtbot.waitUntil(lambda: received(console), timeout=WAIT)
        liaison(server, pressed.client_id, "acknowledge", {"incident_number": "119-9"})
        collapse = panel.findChild(QPushButton, "dispatchCollapseButton")
        assert collapse is not None
        qtbot.mouseClick(collapse, Qt.MouseButton.LeftButton)
        end_with_dispatch_open(qtbot, console)
        take_call(qtbot, console, "010-8383-9595", post=server.post_call)
        assert not panel.isVisible()

        liaison(server, pressed.client_id, "status", {"step": "failed", "reason": "주소지에 대상자 없음"})
        qtbot.waitUntil(lambda: panel.isVisible() and panel.client_id() == pressed.client_id, timeout=WAIT)
        assert panel.property("alarm") is True
        assert panel._title.text().endswith("이전 상담의 출동"), "not about the person on the line now"
        qtbot.waitUntil(lambda: panel.status.delivery_text().startswith("출동 실패"), timeout=WAIT)
        assert chip.isVisible() and chip.text().startswith("출동 실패 · 확인 필요")
        outcome = panel.status._steps["outcome"][1]
        qtbot.waitUntil(lambda: "주소지에 대상자 없음" in outcome.text(), timeout=WAIT)
        # Nothing recorded since the failure: 닫기 asks once, in place, and closes on the second press.
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        assert panel.mode() == "status" and chip.isVisible()
        assert "‘119에 직접 전화함’을 먼저 눌러 주세요" in panel.status._message.text() \
            or "‘112에 직접 전화함’을 먼저 눌러 주세요" in panel.status._message.text()
        assert panel.status.close_button.text() == "그래도 닫기"
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(chip.isHidden, timeout=WAIT)
    finally:
        close_console(qtbot, console)
        server.stop()


def test_a_failure_raised_between_calls_says_whose_it_is_once_the_next_call_opens(
    qtbot: Any, tmp_path: Path
) -> None:
    """The failure came while the screen was idle, so the panel came up titled only by its service; the
    next caller's contact then opened under it. From then on it says it is the last contact's."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    panel = console.window.dispatch_panel
    try:
        pressed = sent_from_a_call(qtbot, console, server.post_call, "010-6161-8484")
        panel.step_aside()
        end_with_dispatch_open(qtbot, console)
        liaison(server, pressed.client_id, "status", {"step": "failed", "reason": "주소지에 대상자 없음"})
        qtbot.waitUntil(lambda: panel.isVisible() and panel.client_id() == pressed.client_id, timeout=WAIT)
        assert not panel._title.text().endswith("이전 상담의 출동"), "idle: nobody else's call yet"
        take_call(qtbot, console, "010-8383-1616", post=server.post_call)
        assert panel.isVisible() and panel.client_id() == pressed.client_id, "a failure stays over the call"
        assert panel._title.text().endswith("이전 상담의 출동"), "not about the person on the line now"
    finally:
        close_console(qtbot, console)
        server.stop()


def test_offline_the_open_dispatch_says_its_news_stopped(qtbot: Any, tmp_path: Path) -> None:
    """출동 중 shown offline read as live: the face says no newer step can reach this PC until it is back."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    panel = console.window.dispatch_panel
    try:
        pressed = sent_from_a_call(qtbot, console, server.post_call, "010-6161-7474")
        liaison(server, pressed.client_id, "acknowledge", {"incident_number": "112-8"})
        liaison(server, pressed.client_id, "status", {"step": "en_route"})
        qtbot.waitUntil(lambda: "출동 중" in panel.status.step_text("en_route"), timeout=WAIT)
        assert "서버 연결 끊김" not in panel.status.delivery_text()
        server.stop()
        qtbot.waitUntil(lambda: "서버 연결 끊김" in panel.status.delivery_text(), timeout=20_000)
        assert panel.status.delivery_text().endswith("이후 소식은 다시 연결되면 표시됩니다")
        # The person reached, recorded offline: no news awaited now, but not green while it waits here.
        qtbot.mouseClick(panel.status.confirm, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "기록 1건 전송 대기" in panel.status.delivery_text(), timeout=WAIT)
        assert panel.status._delivery.property("tone") == "warn"
    finally:
        close_console(qtbot, console)
        server.stop()


def test_a_call_ringing_over_an_open_dispatch_is_never_under_its_panel(qtbot: Any, tmp_path: Path) -> None:
    """An open dispatch of the last call stays up on the idle screen; the next ring's card lies over it
    and stays there while the dispatch's steps are redrawn (they raised the panel over the card every few
    seconds, and an outside tester's rings went unanswered behind it)."""
    from PySide6.QtCore import QEvent

    server = start_live_server(tmp_path / "server", offer_timeout_s=30.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    window, panel, view = console.window, console.window.dispatch_panel, console.window.contact
    try:
        take_call(qtbot, console, "010-6262-7373", post=server.post_call)
        qtbot.keyClick(view.notes.editor(), Qt.Key.Key_F12)
        hold_key(qtbot, panel.confirm)
        qtbot.waitUntil(lambda: received(console), timeout=WAIT)
        end_with_dispatch_open(qtbot, console)
        assert panel.isVisible() and panel.mode() == "status", "the open dispatch stays in sight"

        server.post_call("010-8484-9595")
        qtbot.waitUntil(window.card.isVisible, timeout=WAIT)
        qtbot.wait(50)
        assert uncovered(console, window.card)
        for _ in range(3):  # the steps' redraws: each re-places the panel
            QApplication.postEvent(panel, QEvent(QEvent.Type.LayoutRequest))
            panel.refresh()
            qtbot.wait(50)
            assert uncovered(console, window.card), "the panel came back over the ringing card"
    finally:
        close_console(qtbot, console)
        server.stop()


def test_a_failure_answered_with_a_direct_call_closes_at_once(qtbot: Any, tmp_path: Path) -> None:
    """Once the counselor recorded the direct call, 닫기 closes without a question."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    panel = console.window.dispatch_panel
    try:
        pressed = sent_from_a_call(qtbot, console, server.post_call, "010-6161-9292")
        liaison(server, pressed.client_id, "status", {"step": "failed", "reason": "연락 두절"})
        qtbot.waitUntil(lambda: panel.status.delivery_text().startswith("출동 실패"), timeout=WAIT)
        qtbot.mouseClick(panel.status.called, Qt.MouseButton.LeftButton)  # 112에 직접 전화함
        qtbot.waitUntil(lambda: not panel.status.called.isVisible(), timeout=WAIT)
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=WAIT)
    finally:
        close_console(qtbot, console)
        server.stop()


@pytest.mark.usefixtures("app_look")  # the console's own font and style sheet: what was sent then scrolls
def test_news_of_a_dispatch_is_read_from_its_first_line(qtbot: Any, tmp_path: Path) -> None:
    """Scrolled down to the end of what was sent, the failure the agency reports came in half above the
    scroll's top edge: the face goes back to its first line when its news changes."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    window, panel = console.window, console.window.dispatch_panel
    try:
        pressed = sent_from_a_call(qtbot, console, server.post_call, "010-6161-3131")
        window.resize(1100, 680)  # the smallest the window goes: what was sent scrolls
        for n in range(3):
            window.error_banner.show_message(f"알림 {n + 1}")
        scrolled = panel.status._scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: scrolled.maximum() > 0, timeout=WAIT)
        scrolled.setValue(scrolled.maximum())
        liaison(server, pressed.client_id, "status", {"step": "failed", "reason": "주소지에 대상자 없음"})
        qtbot.waitUntil(lambda: panel.status.delivery_text().startswith("출동 실패"), timeout=WAIT)
        assert scrolled.value() == 0
    finally:
        close_console(qtbot, console)
        server.stop()
