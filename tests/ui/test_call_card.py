"""The incoming-call card against the real server: who is calling, Esc → reason → declined, and a
clear inline message when a call cannot be taken."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import sim_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")



def test_returning_caller_card_shows_history_summary(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    live_server.post_call("010-2345-6789")
    qtbot.waitUntil(window.card.isVisible, timeout=30_000)
    card = window.card
    assert card._number.text() == "010-****-6789"
    assert card._badge.text() == "재이용"
    assert card._history.text().startswith("이전 상담 3회 · 최근 ")
    assert card._history.text().count("상담") >= 3, "date, counselor and service types of the last ones"
    assert card._accept.isEnabled() and card._accept.hasFocus()
    assert "초 뒤 다음 상담원에게 연결" in card._countdown.text()
    # The side column shows what is known without blocking anything.
    qtbot.waitUntil(lambda: window.history.summary_text().startswith("사례 기록 "), timeout=10_000)
    assert card.geometry().top() < 40, "the card overlays the top of the centre column"


def test_withheld_number(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    sim_call(live_server.url, None)
    qtbot.waitUntil(window.card.isVisible, timeout=30_000)
    assert window.card._number.text() == "발신번호 표시제한"
    assert window.card._badge.text() == "이력 확인 불가"
    qtbot.waitUntil(lambda: "찾을 수 없습니다" in window.history.summary_text(), timeout=10_000)


def test_a_number_that_is_not_valid_rings_as_unknown(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    live_server.post_call("1234")  # what a bridge may pass on: not a phone number, still a person calling
    qtbot.waitUntil(window.card.isVisible, timeout=30_000)
    assert window.card._number.text() == "번호 확인 불가 (**34)"
    assert window.card._badge.text() == "신규"
    window.card._accept.click()
    qtbot.waitUntil(lambda: window.contact.isVisible(), timeout=10_000)
    assert not window.contact.caller_line._unmask.isVisible(), "nothing to unmask: there is no number"


def test_decline_with_esc_and_a_reason(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    call_id = live_server.post_call("010-5555-0101")["id"]
    qtbot.waitUntil(window.card.isVisible, timeout=30_000)

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.card.state() == "choosing_reason"
    assert window.card._reasons.isVisible()
    assert window.card.isVisible(), "the reason picker is inline, not a dialog"

    # Esc again goes back to ringing; Esc once more opens the picker again.
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.card.state() == "ringing" and not window.card._reasons.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.card.state() == "choosing_reason"

    with qtbot.waitSignal(window.card.call_declined, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_2)
    assert window.card.isHidden()
    call = live_server.get(f"/v1/calls/{call_id}").json()
    me = console.core.me.id
    assert call["offered_to"] != me, "declined: not offered to this counselor any more"
    assert call["status"] in ("queued", "offered")


def test_accept_while_server_is_gone_says_so_inline(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    live_server.post_call("010-5555-0202")
    qtbot.waitUntil(window.card.isVisible, timeout=30_000)
    live_server.stop()

    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.card.status_text() != "" and window.card.state() == "ringing", timeout=20_000
    )
    assert window.card.status_text() == (
        "서버와 연결이 끊겨 전화를 받을 수 없습니다. 네트워크 연결을 확인해 주세요.")
    assert window.card.isVisible() and window.card._accept.isEnabled()
    assert window.contact.state() == "empty"
