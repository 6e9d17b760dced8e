"""The red button against the real server: two actions from anywhere in a contact, no accidental or
doubled dispatch, the live steps from the event stream, the reminder, and the button never covered."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from annyeong.ui.shell.composition import ConsoleWindow
from tests.support import web
from tests.support.live_server import start_live_server
from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

LIAISON_KEY = "training-dispatch-key"
# Longer than the confirm's 1 s fill with a wide margin: the fill completes (and sends) while the key or
# button is still down, so a longer hold changes nothing but survives a GUI thread starved for a while.
HOLD_MS = 2000
REMINDER = "연락 확인 여부를 기록해 주세요"


class Actions:
    """What the counselor does, counted: every key press, click or hold is one action."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def key(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        self.count += 1
        target = widget or QApplication.focusWidget()
        assert target is not None, "something in the window has the focus"
        self.qtbot.keyClick(target, key)

    def click(self, widget: QWidget) -> None:
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def hold(self, widget: QWidget, ms: int = HOLD_MS) -> None:
        self.count += 1
        QTest.mousePress(widget, Qt.MouseButton.LeftButton)
        self.qtbot.wait(ms)
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton)

    def hold_key(self, key: Qt.Key = Qt.Key.Key_Return) -> None:
        self.count += 1
        target = QApplication.focusWidget()
        assert target is not None, "something in the window has the focus"
        hold_key(self.qtbot, target, key)


def hold_key(qtbot: Any, widget: QWidget, key: Qt.Key = Qt.Key.Key_Return, ms: int = HOLD_MS) -> None:
    """A key held down for longer than the confirm's fill (the keyboard's deliberate send)."""
    QTest.keyPress(widget, key)
    qtbot.wait(ms)
    if widget.isVisible():
        QTest.keyRelease(widget, key)


def assert_red_button_uncovered(console: ConsoleWindow) -> None:
    """Visible, on top at its centre (nothing laid over it), and no modal window anywhere."""
    window = console.window
    assert QApplication.activeModalWidget() is None
    for button in (window.contact.emergency, window.header.emergency):
        assert button.isVisible(), button.objectName()
        centre = button.mapTo(window, QPoint(button.width() // 2, button.height() // 2))
        assert window.childAt(centre) is button, f"{button.objectName()} is covered"


def server_dispatches(server: Any, contact_id: str) -> list[dict[str, Any]]:
    items = server.get("/v1/dispatches").json()["items"]
    return [d for d in items if d["contact_id"] == contact_id]


def liaison(server: Any, path: str, body: dict[str, Any]) -> None:
    r = web.post(f"{server.url}{path}", json=body, headers={"X-API-Key": LIAISON_KEY}, timeout=10)
    r.raise_for_status()


def close_loop(qtbot: Any, console: ConsoleWindow, server: Any) -> None:
    """Record 연락 확인 and close, then wait until the server has the close (so the next press is new)."""
    panel = console.window.dispatch_panel
    client_id = panel.client_id()
    qtbot.mouseClick(panel.status.confirm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=20_000)
    qtbot.waitUntil(  # generous: the machine may be busy; this waits, it measures nothing
        lambda: server.get(f"/v1/dispatches/{client_id}").json()["closed_at"] is not None, timeout=45_000
    )


@pytest.mark.timeout(600)  # ten places, each a press, a delivery and a close: long on a busy machine
def test_two_actions_from_anywhere_in_a_contact(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    contact_view = window.contact
    panel = window.dispatch_panel
    try:
        # No contact and no open dispatch: F12 says why nothing opens, and where to call instead.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        Actions(qtbot).key(Qt.Key.Key_F12, QApplication.focusWidget() or window)
        qtbot.waitUntil(window.error_banner.isVisible, timeout=5_000)
        assert "112·119에 직접 전화하세요" in window.error_banner.message()
        assert not panel.isVisible()
        Actions(qtbot).key(Qt.Key.Key_F12, QApplication.focusWidget() or window)
        assert "외" not in window.error_banner.message(), "said again, not counted as more problems"

        call_id = take_call(qtbot, console, "010-4444-1234", post=live_server.post_call)
        contact_id = live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
        assert all("112·119" not in m for m in window.error_banner.messages()), "F12 works now: it goes"
        assert_red_button_uncovered(console)
        assert "F12" in contact_view.emergency.toolTip()
        places = Places(qtbot, console)
        counts: dict[str, int] = {}
        for name, setup in places.setups():
            setup()
            qtbot.wait(50)
            start = QApplication.focusWidget()
            assert start is not None, name
            actions = Actions(qtbot)
            actions.key(Qt.Key.Key_F12)
            qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
            qtbot.waitUntil(panel.confirm.hasFocus, timeout=10_000)  # from a dialog: once the window is back
            assert panel.isVisible() and QApplication.activeWindow() is window, name
            assert_red_button_uncovered(console)
            actions.hold_key(Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
            counts[name] = actions.count
            assert console.core.dispatches.active_dispatch is not None
            qtbot.waitUntil(lambda: received(console), timeout=10_000)
            places.leave(name)
            close_loop(qtbot, console, live_server)

        # After the call: the mouse way, in wrap-up — a click on the red button, a one-second hold.
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: contact_view.state() == "wrap_up" or contact_view.end_confirm.isVisible(),
                        timeout=10_000)
        if contact_view.end_confirm.isVisible():  # a crisis was raised above: ending asks first
            qtbot.mouseClick(contact_view.end_confirm.end, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: contact_view.state() == "wrap_up", timeout=10_000)
        assert_red_button_uncovered(console)
        actions = Actions(qtbot)
        actions.click(contact_view.emergency)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        actions.hold(panel.confirm)
        qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
        counts["마무리 (마우스)"] = actions.count
        qtbot.waitUntil(lambda: received(console), timeout=10_000)

        assert counts == dict.fromkeys([*places.names, "마무리 (마우스)"], 2), counts
        presses = len(places.names) + 1
        assert len(server_dispatches(live_server, contact_id)) == presses, "one dispatch per press, none lost"
    finally:
        close_console(qtbot, console)


def received(console: ConsoleWindow) -> bool:
    dispatch = console.core.dispatches.active_dispatch
    return dispatch is not None and dispatch.received_at is not None


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the focus"
    return widget


class Places:
    """Where a counselor may be when the emergency comes: each setup leaves the focus there."""

    def __init__(self, qtbot: Any, console: ConsoleWindow) -> None:
        self.qtbot = qtbot
        self.console = console
        self.window = console.window
        self.names: list[str] = []

    def focus_key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, modifier)

    def in_window(self, top: QWidget, focus: QWidget) -> None:
        """A window of the console's own (a non-modal dialog) in front, with the focus in it."""
        top.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=10_000)
        focus.setFocus()
        self.qtbot.waitUntil(focus.hasFocus, timeout=10_000)

    def setups(self) -> list[tuple[str, Any]]:
        window, view = self.window, self.window.contact

        def notes() -> None:
            view.show_page("notes")
            view.notes.editor().setFocus()

        def wrap_up_tab() -> None:
            view.show_page("wrap_up")
            view.wrap_up.summary.setFocus()

        def directory() -> None:
            view.show_page("directory")

        def checklist_question() -> None:
            self.focus_key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the 체크리스트 tab
            index = view.checklist.picker.instrument_ids().index("phq9_item9")
            self.focus_key(getattr(Qt.Key, f"Key_{index + 1}"))
            assert view.checklist.face() == "question"
            assert view.checklist.isAncestorOf(focused())

        def search_box() -> None:
            self.focus_key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            assert focused().objectName() == "searchField"

        def referral_panel() -> None:
            view.show_page("referral")
            assert view.referral.open_target("isolation-prevention-center")
            assert view.referral.isAncestorOf(focused())  # its form, prefilled, 보내기 focused

        def crisis_panel() -> None:
            # The PHQ-9 item 9 question left open above, answered "several days": a crisis rule fires.
            self.focus_key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
            self.focus_key(Qt.Key.Key_2)
            self.qtbot.waitUntil(window.crisis_panel.isVisible, timeout=10_000)
            inside = [b for b in window.crisis_panel.findChildren(QPushButton)
                      if b.isVisible() and b is not window.crisis_panel.open_dispatch]
            inside[0].setFocus()

        def shortcut_sheet() -> None:
            window.view_actions.sheet.toggle()
            self.qtbot.waitUntil(window.view_actions.sheet.isVisible, timeout=10_000)
            assert window.view_actions.sheet.isAncestorOf(focused())

        def handoff_dialog() -> None:
            self.qtbot.mouseClick(view.handoff_button, Qt.MouseButton.LeftButton)
            dialog = window.shift_lead.panel
            self.qtbot.waitUntil(dialog.isVisible, timeout=10_000)
            self.in_window(dialog, dialog.fields["recommendation"])

        def sync_details() -> None:
            window.show_sync_details()
            dialog = window._sync_details
            assert dialog is not None
            focusable = [w for w in dialog.findChildren(QWidget)
                         if w.isVisible() and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
            self.in_window(dialog, focusable[0])

        found = [
            ("메모", notes), ("마무리", wrap_up_tab), ("자원 안내", directory),
            ("체크리스트 문항", checklist_question), ("검색창", search_box), ("연계", referral_panel),
            ("위기 대응 패널", crisis_panel), ("단축키 안내", shortcut_sheet),
            ("인계 창 (SBAR)", handoff_dialog), ("동기화 상세 창", sync_details),
        ]
        self.names = [name for name, _ in found]
        return found

    def leave(self, name: str) -> None:
        """Put away what the setup opened, so the next place starts from the plain contact."""
        window = self.window
        if name == "단축키 안내":
            window.view_actions.sheet.toggle()
        elif name == "인계 창 (SBAR)":
            window.shift_lead.panel.hide()
        elif name == "동기화 상세 창" and window._sync_details is not None:
            window._sync_details.hide()


def test_no_stray_dispatch_one_per_intent_live_steps_and_reminder(qtbot: Any, tmp_path: Path) -> None:
    # The liaison is played by hand here (no training auto-ack) to see each step arrive by itself.
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    window = console.window
    panel = window.dispatch_panel
    try:
        call_id = take_call(qtbot, console, "010-2345-6789", post=server.post_call)
        contact_id = server.get(f"/v1/calls/{call_id}").json()["contact_id"]
        # A suicide-risk flag on this caller's case: the red button pulses.
        qtbot.waitUntil(window.contact.emergency.is_pulsing, timeout=10_000)
        assert window.contact.emergency.pulse_running() and window.header.emergency.is_pulsing()

        # --- stray clicks: the button opens the panel, a click on the confirm sends nothing ----------
        qtbot.mouseClick(window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        assert panel.form.service() == "police_112"
        qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.wait(300)
        assert console.core.dispatches.open_dispatches == [] and panel.mode() == "form"
        assert "아직 보내지 않았습니다" in panel.form_face.hint.text()
        qtbot.keyClick(panel.confirm, Qt.Key.Key_Escape)
        assert panel.mode() == "hidden" and console.core.dispatches.open_dispatches == []

        # --- a stray F12 while typing, then typing on: Enter and space taps send nothing --------------
        qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Enter, Qt.Key.Key_Return):
            qtbot.keyClick(QApplication.focusWidget() or window, key)
        qtbot.keyClicks(QApplication.focusWidget() or window, "ok ")
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
        qtbot.wait(1_300)
        assert console.core.dispatches.open_dispatches == [] and panel.mode() == "form"

        # --- double press: F12 hold, F12 hold → one dispatch ----------------------------------------
        hold_key(qtbot, panel.confirm)
        qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        hold_key(qtbot, QApplication.focusWidget() or window)
        assert panel.mode() == "status" and len(console.core.dispatches.open_dispatches) == 1
        client_id = console.core.dispatches.open_dispatches[0].client_id
        assert panel.status.step_text("requested").startswith("요청 ")
        qtbot.waitUntil(lambda: panel.status.step_text("received") != "서버 접수", timeout=10_000)
        assert "출동 기관의 접수 확인을 기다리는 중" in panel.status.delivery_text()
        assert len(server_dispatches(server, contact_id)) == 1
        assert_red_button_uncovered(console)

        # --- the liaison acknowledges: the incident number arrives through the event stream ----------
        liaison(server, f"/v1/dispatches/{client_id}/acknowledge", {"incident_number": "112-2026-0777"})
        qtbot.waitUntil(lambda: "사건번호 112-2026-0777" in panel.status.step_text("acknowledged"),
                        timeout=10_000)
        assert panel.status.incident_text() == "", "said once, in its step: 보낸 내용 keeps the room"
        liaison(server, f"/v1/dispatches/{client_id}/status", {"step": "en_route"})
        qtbot.waitUntil(lambda: panel.status.step_text("en_route") != "출동 중", timeout=10_000)

        # --- the reminder stays, blinking, until an outcome is recorded ------------------------------
        assert panel.status.reminding() and panel.status.reminder_text() == REMINDER
        lit = panel.status._reminder.property("lit")
        qtbot.waitUntil(lambda: panel.status._reminder.property("lit") != lit, timeout=10_000)
        assert not panel.status.close_button.isEnabled()
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        assert panel.mode() == "status", "the panel stays until an outcome is recorded"
        qtbot.mouseClick(panel.status.fail, Qt.MouseButton.LeftButton)
        assert panel.status.reason.hasFocus()
        qtbot.keyClicks(panel.status.reason, "Not at home")
        qtbot.keyClick(panel.status.reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.status.reminding(), timeout=10_000)
        assert panel.status.reminder_text() == ""
        assert "Not at home" in panel.status.step_text("outcome")
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=10_000)

        def server_closed() -> bool:
            return bool(server.get(f"/v1/dispatches/{client_id}").json()["closed_at"])

        qtbot.waitUntil(server_closed, timeout=45_000)  # generous: a busy machine; nothing is timed
        held = server.get(f"/v1/dispatches/{client_id}").json()
        assert held["incident_number"] == "112-2026-0777" and held["failed_reason"] == "Not at home"
        assert len(server_dispatches(server, contact_id)) == 1
    finally:
        close_console(qtbot, console)
        server.stop()


def test_server_down_at_press_fallback_then_delivered_once(qtbot: Any, tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0)
    port = int(server.url.rsplit(":", 1)[1])
    console = signed_in_console(qtbot, server.url, tmp_path / "console", dispatch_receive_timeout_s=3.0)
    window = console.window
    panel = window.dispatch_panel
    restarted: Any = None
    try:
        call_id = take_call(qtbot, console, "010-5555-8765", post=server.post_call)
        contact_id = server.get(f"/v1/calls/{call_id}").json()["contact_id"]
        server.stop()
        qtbot.waitUntil(lambda: console.core.sync_status.state != "online", timeout=15_000)

        # Offline, the press is the same two actions; the panel says where the request is.
        qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)
        hint = panel.form_face.hint.text()
        assert hint.startswith("서버 연결 끊김"), "what a send does offline, said before it"
        hold_key(qtbot, panel.confirm)
        pressed = time.monotonic()
        assert panel.mode() == "status"
        assert panel.status.delivery_text().startswith("이 PC에 저장됨 · 전송 재시도 중")
        qtbot.waitUntil(lambda: panel.status.fallback_text() != "", timeout=20_000)
        assert time.monotonic() - pressed <= 5.0
        text = panel.status.fallback_text()
        assert text.startswith("지금 112에 직접 전화하세요")
        assert "[외로움안녕120 긴급출동 요청 · 경찰 112]" in text, "the summary to read out"
        assert panel.property("alarm") is True
        assert_red_button_uncovered(console)
        chip = window.header.dispatch_chip  # says it too, for when the panel is folded
        qtbot.waitUntil(lambda: chip.text().startswith("지금 직접 전화하세요 · 112"), timeout=5_000)

        qtbot.mouseClick(panel.status.fallback_called, Qt.MouseButton.LeftButton)
        assert panel.status.fallback_text() == ""
        assert "112에 직접 전화함" in panel.status.step_text("fallback")
        assert panel.status.reminding(), "calling 112 directly is not yet contact confirmed"
        # Its button is gone; the keyboard does not pass to 연락 확인됨, so a stray Space records nothing.
        focused = QApplication.focusWidget()
        assert focused is not panel.status.confirm and focused is not panel.status.fail
        qtbot.keyClick(focused or window, Qt.Key.Key_Space)
        assert panel.status.confirm.isVisible() and panel.status.reminding(), "no outcome recorded"
        qtbot.waitUntil(lambda: chip.text().startswith("출동 확인 대기"), timeout=5_000)

        restarted = start_live_server(tmp_path / "server", port=port, offer_timeout_s=5.0)
        qtbot.waitUntil(lambda: panel.status.step_text("received") != "서버 접수", timeout=20_000)
        qtbot.waitUntil(lambda: "전송 대기" not in panel.status.delivery_text(), timeout=10_000)
        held = server_dispatches(restarted, contact_id)
        assert len(held) == 1, "delivered exactly once"
        assert held[0]["fallback_called_at"] is not None, "the record shows both paths"
        steps = [s["step"] for s in held[0]["steps"]]
        assert steps.count("requested") == 1 and steps.count("fallback_called") == 1
        # The server also knows the console told the counselor to phone, when, and why (no click needed).
        shown = [x for x in held[0]["steps"] if x["step"] == "fallback_shown"]
        assert [(x["reason"], x["clock"]) for x in shown] == [("not_received", "client")]
        # A client stamp on the server's clock, learnt from whole-second Date headers: within ~1 s.
        assert _moment(shown[0]["at"]) < _moment(held[0]["received_at"]) + CLOCK_SLACK
        assert "직접 전화 경로" in panel.status.step_text("fallback")
    finally:
        close_console(qtbot, console)
        if restarted is not None:
            restarted.stop()


CLOCK_SLACK = timedelta(seconds=1.5)  # console/clock.py: the server's time learnt to about a second


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_f12_while_the_call_connects_opens_the_form_once_taken(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    """Enter, then F12 at once: the card is still connecting, with no contact yet. The panel opens once
    the call is taken, and nothing says it cannot (it used to say there was no contact to send for)."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window, panel = console.window, console.window.dispatch_panel
    try:
        call_id = str(live_server.post_call("010-4444-1200")["id"])
        qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
        pressed: list[str] = []

        def f12_while_connecting(state: str) -> None:
            if state == "accepting" and not pressed:
                pressed.append(state)
                window.open_emergency()

        window.card.state_changed.connect(f12_while_connecting)
        window.card.accept()
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        assert pressed == ["accepting"]
        assert not window.error_banner.isVisible(), window.error_banner.messages()
        assert live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
    finally:
        close_console(qtbot, console)
