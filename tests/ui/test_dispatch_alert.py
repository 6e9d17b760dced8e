"""The shift lead is alerted at once when a counselor presses the red button: two real consoles
on one real server. The lead works in the 상담 view; the count beside 상황판 and a notice naming the
counselor, the service and the time appear within a second, without a refresh, and go away when the
person was reached."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annyeong.ui.shell.composition import ConsoleWindow
from tests.support import web
from tests.support.live_server import start_live_server
from tests.ui.support import close_console, signed_in_console, take_call
from tests.ui.test_emergency import LIAISON_KEY, hold_key

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_the_lead_sees_a_press_within_a_second(qtbot: Any, tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    consoles: list[ConsoleWindow] = []
    try:
        lee = signed_in_console(qtbot, server.url, tmp_path / "lee", user="lee")
        consoles.append(lee)
        kim = signed_in_console(qtbot, server.url, tmp_path / "kim")
        consoles.append(kim)
        lead = lee.window
        badge, notices = lead.header.dispatch_badge, lead.dispatch_alerts.notices
        assert lead.shift_lead.view() == "console" and badge.isHidden() and notices.notice_keys() == []
        assert kim.window.header.dispatch_badge.isHidden(), "a counselor has no floor count"
        take_call(qtbot, kim, "010-2727-3838", post=server.post_call)

        # kim presses by mouse (two windows in one process: keys go to the active one), a held Enter sends.
        panel = kim.window.dispatch_panel
        qtbot.mouseClick(kim.window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        hold_key(qtbot, panel.confirm)
        pressed = time.monotonic()
        assert panel.mode() == "status"
        dispatch = kim.core.dispatches.active_dispatch
        assert dispatch is not None

        qtbot.waitUntil(lambda: badge.isVisible() and bool(notices.notice_keys()), timeout=10_000)
        elapsed = time.monotonic() - pressed
        print(f"press → lead's badge and notice: {elapsed:.2f} s")
        assert elapsed <= 1.0
        assert badge.text() == "출동 대기 1"
        (key,) = notices.notice_keys()
        assert key == dispatch.client_id
        notice = notices.notice(key)
        assert notice is not None and notices.isVisible() and notice.isVisible()
        assert notice.title.text() == "긴급 출동 요청 · 112 경찰"
        assert re.fullmatch(r"김상담 상담원 · \d\d:\d\d 요청 · 출동 기관 접수 대기", notice.body.text())
        assert lead.shift_lead.view() == "console" and not lead.dispatch_panel.isVisible(), "nothing modal"

        # The liaison's step shows on the notice as it happens.
        headers = {"X-API-Key": LIAISON_KEY}
        url = f"{server.url}/v1/dispatches/{dispatch.client_id}"
        acknowledged = web.post(f"{url}/acknowledge", json={"incident_number": "112-55"}, headers=headers)
        acknowledged.raise_for_status()
        qtbot.waitUntil(lambda: "사건번호 112-55" in notice.body.text(), timeout=10_000)

        # 상황판 보기: the board, which lists it itself (the notice steps back, the count stays).
        board_button = notice.findChild(QPushButton, "dispatchNoticeBoardButton")
        assert board_button is not None
        qtbot.mouseClick(board_button, Qt.MouseButton.LeftButton)
        assert lead.shift_lead.view() == "board" and not notices.isVisible() and badge.isVisible()
        lead.shift_lead.show_view("console")
        assert notices.isVisible()

        # The person was reached: the count and the notice go, on their own.
        web.post(f"{url}/status", json={"step": "contact_confirmed"}, headers=headers).raise_for_status()
        qtbot.waitUntil(lambda: badge.isHidden() and notices.notice_keys() == [], timeout=10_000)
        assert not notices.isVisible()
    finally:
        for console in consoles:
            close_console(qtbot, console)
        server.stop()


def test_a_lead_signing_in_later_sees_the_dispatches_already_open(qtbot: Any, tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    consoles: list[ConsoleWindow] = []
    try:
        kim = signed_in_console(qtbot, server.url, tmp_path / "kim")
        consoles.append(kim)
        take_call(qtbot, kim, "010-4949-5050", post=server.post_call)
        kim.core.dispatches.request_dispatch("fire_ems_119")
        qtbot.waitUntil(lambda: kim.core.sync_status.pending == 0, timeout=10_000)
        lee = signed_in_console(qtbot, server.url, tmp_path / "lee", user="lee")
        consoles.append(lee)
        badge = lee.window.header.dispatch_badge
        qtbot.waitUntil(badge.isVisible, timeout=20_000)
        assert badge.text() == "출동 대기 1"
        (key,) = lee.window.dispatch_alerts.notices.notice_keys()
        notice = lee.window.dispatch_alerts.notices.notice(key)
        assert notice is not None and notice.title.text() == "긴급 출동 요청 · 119 소방·구급"
        dismiss = notice.findChild(QPushButton, "dispatchNoticeDismissButton")
        assert dismiss is not None
        qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
        assert lee.window.dispatch_alerts.notices.notice_keys() == [] and badge.isVisible()
    finally:
        for console in consoles:
            close_console(qtbot, console)
        server.stop()
