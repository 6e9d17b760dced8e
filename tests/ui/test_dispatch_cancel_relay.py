"""요청 취소 and 동료·팀장에게 112 신고 요청 in real windows: two consoles on one real server.

kim's dispatch is not acknowledged in time, so the fallback shows; one press of the relay button reaches
the lead, who answers "제가 신고합니다"; kim's fallback then names who phones. kim then withdraws the
dispatch inline (a reason, a note, one send), the lead is told, the liaison's stand-down shows. With the
server gone, the fallback says to ask the next desk instead of offering the button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QRadioButton

from annyeong.ui.shell.composition import ConsoleWindow
from tests.support import web
from tests.support.live_server import start_live_server
from tests.ui.support import close_console, signed_in_console, take_call
from tests.ui.test_emergency import LIAISON_KEY, hold_key

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_relay_then_withdraw_then_next_desk(qtbot: Any, tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    consoles: list[ConsoleWindow] = []
    try:
        lee = signed_in_console(qtbot, server.url, tmp_path / "lee", user="lee")
        consoles.append(lee)
        kim = signed_in_console(qtbot, server.url, tmp_path / "kim", dispatch_ack_timeout_s=1.0,
                                dispatch_receive_timeout_s=1.0)
        consoles.append(kim)
        take_call(qtbot, kim, "010-3131-4242", post=server.post_call)
        panel = kim.window.dispatch_panel
        qtbot.mouseClick(kim.window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        hold_key(qtbot, panel.confirm)  # the deliberate send: a held key, never a tap
        dispatch = kim.core.dispatches.active_dispatch
        assert dispatch is not None

        wiring = kim.window.relays
        relay_box = wiring.relay
        qtbot.waitUntil(lambda: relay_box.isVisible() and relay_box.button.isVisible(), timeout=30_000)
        assert relay_box.button.text().startswith("동료·팀장에게 112 신고 요청")
        qtbot.mouseClick(relay_box.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "기다리는 중" in relay_box.state_text(), timeout=30_000)

        notices = lee.window.relays.notices
        qtbot.waitUntil(lambda: len(notices.notice_keys()) == 1, timeout=30_000)
        notice = notices.notice(notices.notice_keys()[0])
        assert notice is not None and notice.isVisible()
        assert notice.title.text() == "112 신고 요청 · 김상담 님"
        qtbot.waitUntil(lambda: "[외로움안녕120" in notice.body.text(), timeout=30_000)  # read-out fetched
        assert "010-3131-4242" in notice.body.text()  # the full number, for 112
        take = notice.findChild(QPushButton, "relayTakeButton")
        assert take is not None and take.isVisible()
        qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: notice.title.text() == "제가 112에 신고합니다", timeout=30_000)
        assert not take.isVisible()
        qtbot.waitUntil(lambda: relay_box.state_text() == "이팀장 님이 112에 신고합니다", timeout=30_000)

        # 요청 취소: inline, asks once; nothing is sent before a reason is chosen.
        withdraw = wiring.withdraw
        assert withdraw.open_button.isVisible()
        qtbot.mouseClick(withdraw.open_button, Qt.MouseButton.LeftButton)
        assert withdraw.asking() and not withdraw.send.isEnabled()
        reason = withdraw.findChild(QRadioButton, "dispatchWithdrawReason_pressed_by_mistake")
        assert reason is not None
        qtbot.mouseClick(reason, Qt.MouseButton.LeftButton)
        withdraw.note.setText("메모 중 잘못 누름")
        assert withdraw.send.isEnabled()
        qtbot.mouseClick(withdraw.send, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: withdraw.state.isVisible(), timeout=10_000)
        assert "요청 취소" in withdraw.state.text() and "잘못 누름" in withdraw.state.text()
        assert not withdraw.open_button.isVisible() and not panel.status.confirm.isVisible()
        assert not panel.status.fallback.isVisible(), "withdrawn: no more 'phone 112 now'"
        qtbot.waitUntil(lambda: kim.core.sync_status.pending == 0, timeout=10_000)

        cancels = lee.window.relays.cancels
        qtbot.waitUntil(lambda: len(cancels.notice_keys()) == 1, timeout=30_000)
        cancel_notice = cancels.notice(cancels.notice_keys()[0])
        assert cancel_notice is not None and cancel_notice.title.text() == "출동 요청 취소 · 112 경찰"
        assert "사유: 잘못 누름 · 메모 중 잘못 누름" in cancel_notice.body.text()
        # The colleague phoning 112 for it hears it at once, in the relay's own notice.
        withdrawn = "출동 요청 취소됨 · 김상담 님의 112 신고 요청"
        qtbot.waitUntil(lambda: notice.title.text() == withdrawn, timeout=30_000)
        assert "112에 신고하지 않아도 됩니다" in notice.body.text()
        assert "이미 신고했다면 김상담 님에게 알려 주세요" in notice.body.text()
        assert notice.property("tone") == "info" and not take.isVisible()

        stood_down = web.post(f"{server.url}/v1/dispatches/{dispatch.client_id}/status",
                                json={"step": "cancel_acknowledged"}, headers={"X-API-Key": LIAISON_KEY})
        stood_down.raise_for_status()
        qtbot.waitUntil(lambda: "출동 기관이 취소를 확인했습니다" in withdraw.state.text(), timeout=30_000)
        qtbot.waitUntil(lambda: "출동 기관이 취소를 확인했습니다" in cancel_notice.body.text(),
                        timeout=30_000)
        assert panel.status.close_button.isEnabled()
        qtbot.mouseClick(panel.status.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "hidden", timeout=10_000)

        # The server is gone: the fallback says to ask the next desk, no button. What the relay box
        # said about the first dispatch (이팀장 phones) is never painted on the second's fallback.
        painted = PaintedText(relay_box.state)
        server.stop()
        qtbot.waitUntil(lambda: kim.core.sync_status.state != "online", timeout=15_000)
        qtbot.mouseClick(kim.window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        hold_key(qtbot, panel.confirm)  # the deliberate send: a held key, never a tap
        qtbot.waitUntil(lambda: relay_box.isVisible(), timeout=30_000)
        next_desk = "옆자리 동료에게 112 신고를 부탁하세요"
        qtbot.waitUntil(lambda: next_desk in relay_box.state_text(), timeout=10_000)
        assert not relay_box.button.isVisible()
        qtbot.waitUntil(lambda: painted.texts != [], timeout=10_000)
        assert not [text for text in painted.texts if "이팀장" in text], painted.texts

    finally:
        for console in consoles:
            close_console(qtbot, console)
        server.stop()


class PaintedText(QObject):
    """Every text a label paints, in order: what the counselor could have seen, not what it says now."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.texts: list[str] = []
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QLabel):
            self.texts.append(watched.text())
        return False


def test_while_withdraw_asks_the_steps_make_room(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    """요청 취소 cannot be undone: its question, reasons and note get the room, the steps above them step
    aside while it asks and come back when it closes. Esc answers it, over a ringing call too."""
    from tests.ui.test_emergency_reach import end_with_dispatch_open

    kim = signed_in_console(qtbot, live_server.url, tmp_path / "kim")
    try:
        take_call(qtbot, kim, "010-3232-4242", post=live_server.post_call)
        window = kim.window
        panel = window.dispatch_panel
        qtbot.mouseClick(window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        hold_key(qtbot, panel.confirm)
        qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
        steps = panel.status.findChild(QFrame, "dispatchSteps")
        assert steps is not None
        qtbot.waitUntil(steps.isVisible, timeout=10_000)
        withdraw = window.relays.withdraw
        qtbot.waitUntil(withdraw.open_button.isVisible, timeout=10_000)
        qtbot.mouseClick(withdraw.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: withdraw.asking() and not steps.isVisible(), timeout=5_000)
        # Esc is "no", as in every other question: from a reason and from the note alike.
        reason = withdraw.findChild(QRadioButton, "dispatchWithdrawReason_duplicate")
        assert reason is not None
        qtbot.mouseClick(reason, Qt.MouseButton.LeftButton)
        qtbot.keyClick(reason, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not withdraw.asking() and steps.isVisible(), timeout=5_000)
        assert withdraw.open_button.hasFocus(), "the keyboard goes back to 요청 취소…"
        qtbot.keyClick(withdraw.open_button, Qt.Key.Key_Space)
        qtbot.waitUntil(withdraw.asking, timeout=5_000)
        assert withdraw.findChild(QRadioButton, "dispatchWithdrawReason_duplicate").isChecked() is False
        withdraw.note.setFocus()
        qtbot.keyClicks(withdraw.note, "x")
        qtbot.keyClick(withdraw.note, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not withdraw.asking(), timeout=5_000)
        dispatch = kim.core.dispatches.active_dispatch
        assert dispatch is not None and not dispatch.cancelled, "closing the question withdraws nothing"
        # On the idle screen a ringing call has Esc too (거절): in the question, Esc still answers it.
        qtbot.mouseClick(withdraw.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(withdraw.asking, timeout=5_000)
        end_with_dispatch_open(qtbot, kim)
        qtbot.waitUntil(lambda: panel.mode() == "status", timeout=10_000)
        if not withdraw.asking():
            qtbot.mouseClick(withdraw.open_button, Qt.MouseButton.LeftButton)
        reason = withdraw.findChild(QRadioButton, "dispatchWithdrawReason_duplicate")
        qtbot.mouseClick(reason, Qt.MouseButton.LeftButton)
        live_server.post_call("010-9898-1212")
        qtbot.waitUntil(window.card.isVisible, timeout=15_000)
        qtbot.mouseClick(reason, Qt.MouseButton.LeftButton)  # back into the question while it rings
        qtbot.waitUntil(reason.hasFocus, timeout=5_000)
        qtbot.keyClick(reason, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not withdraw.asking(), timeout=5_000)
        assert window.card.state() == "ringing", "the call still rings: Esc was the question's"
    finally:
        close_console(qtbot, kim)


def test_a_relay_answered_by_the_agency_tells_whoever_phones(qtbot: Any) -> None:
    """The agency acknowledges the dispatch after the relay was asked for: the one who took it keeps the
    read-out (they may be on the line to 112 already) and is told the incident number and that a call
    not yet made is not needed; a colleague who did not take it is told not to dial; nobody is offered
    제가 신고합니다 any more."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QWidget

    from annyeong.console.wire import Relay
    from annyeong.ui.dispatch.relay_notice import RelayNotices

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1366, 768)
    notices = RelayNotices(host)
    notices.me_id = "park"
    at = datetime(2026, 12, 7, 3, 12, tzinfo=UTC)
    common = {
        "service": "police_112", "requested_by": {"id": "kim", "name": "김상담"}, "requested_at": at,
        "read_out": "[외로움안녕120 긴급출동 요청] 마포구 망원동", "dispatch_acknowledged_at": at,
        "incident_number": "서울청-0412",
    }
    mine = Relay.model_validate({"id": "r1", "status": "taken", "taken_by": {"id": "park", "name": "박상담"},
                                 **common})
    open_one = Relay.model_validate({"id": "r2", "status": "open", **common})
    notices.show_relays([mine, open_one])
    first, second = notices.notice("r1"), notices.notice("r2")
    assert first is not None and second is not None
    assert first.title.text() == "출동 기관 접수됨 · 김상담 님의 112 신고 요청"
    assert "사건번호 서울청-0412" in first.body.text() and "12:12" in first.body.text()  # Seoul time
    assert "112와 통화 중이라면 이미 접수된 건(사건번호 서울청-0412)이라고 알려 주세요" in first.body.text()
    assert "마포구 망원동" in first.body.text(), "the one phoning keeps the read-out"
    assert "112에 신고하지 않아도 됩니다" in second.body.text() and "마포구" not in second.body.text()
    for notice in (first, second):
        take = notice.findChild(QPushButton, "relayTakeButton")
        ok = notice.findChild(QPushButton, "relayNoticeDismissButton")
        assert take is not None and ok is not None
        assert take.isHidden() and not ok.isHidden() and ok.text() == "확인"
        assert notice.property("tone") == "info"

    # The agency then reports it failed: 112 is needed again, said loudly, even where the notice was
    # closed; the read-out (an audited read) is asked for only where a notice shows it.
    asked: list[str] = []
    notices.read_requested.connect(asked.append)
    notices.dismiss("r2")
    failed_at = {"dispatch_failed_at": at}
    notices.show_relays([mine.model_copy(update=failed_at),
                         open_one.model_copy(update={**failed_at, "read_out": None})])
    again = notices.notice("r2:failed")
    assert again is not None and again.property("tone") == "crisis"
    assert again.body.text().startswith("출동 기관이 출동 요청을 처리하지 못했다고 알렸습니다.")
    take = again.findChild(QPushButton, "relayTakeButton")
    assert take is not None and not take.isHidden(), "offered again"
    assert asked == ["r2"]
    settled_elsewhere = Relay.model_validate({**common, "id": "r3", "status": "taken", "read_out": None,
                                              "taken_by": {"id": "choi", "name": "최상담"}})
    notices.show_relays([settled_elsewhere])
    assert asked == ["r2"], "nothing read that no notice here shows"


def test_notices_never_lie_over_a_ringing_card(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    """At 1366 px the notices' column reached into the ringing card, over 받기's edge and its countdown:
    while a card rings they start under it, and go back up when it is answered."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QPoint, QRect

    from annyeong.console.wire import Relay

    kim = signed_in_console(qtbot, live_server.url, tmp_path / "kim")
    window = kim.window
    window.resize(1366, 768)
    try:
        notices = window.relays.notices
        relay = Relay.model_validate({
            "id": "r1", "service": "police_112", "status": "open", "requested_at": datetime.now(UTC),
            "requested_by": {"id": "someone", "name": "박상담"},
        })
        notices.show_relays([relay])
        qtbot.waitUntil(notices.isVisible, timeout=5_000)
        at_rest = notices.y()

        def overlap() -> bool:
            card = window.card
            central = notices.parentWidget()
            card_box = QRect(card.mapTo(central, QPoint(0, 0)), card.size())
            return card_box.intersects(notices.geometry())

        live_server.post_call("010-7272-8383")
        qtbot.waitUntil(window.card.isVisible, timeout=15_000)
        # The console's own refresh knows no such relay and may drop it: shown again, as an event would.
        notices.show_relays([relay])
        qtbot.waitUntil(lambda: not overlap(), timeout=5_000)
        assert notices.y() > at_rest and notices.isVisible(), "moved under the card, still in sight"
        assert notices.geometry().bottom() < notices.parentWidget().height(), "and whole in the window"
        qtbot.keyClick(window.card, Qt.Key.Key_Return)  # 받기
        qtbot.waitUntil(lambda: kim.core.active_contact is not None and window.card.isHidden(),
                        timeout=15_000)
        notices.show_relays([relay])
        qtbot.waitUntil(lambda: notices.isVisible() and notices.y() == at_rest, timeout=5_000)
    finally:
        close_console(qtbot, kim)


def test_switching_straight_between_two_open_dispatches_shows_each_ones_relay(
    qtbot: Any, tmp_path: Path
) -> None:
    """Two dispatches wait for their outcome: the first one's relay is out, the second's is not. From the
    second, the header chip brings the first on screen (status face to status face, never hidden between):
    its relay line, never the second's button; F12 in the second contact brings the second back, and
    the first one's words are never painted on it."""
    from tests.ui.test_emergency_reach import end_with_dispatch_open

    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, training_auto_ack_s=0)
    kim = signed_in_console(qtbot, server.url, tmp_path / "kim", dispatch_ack_timeout_s=1.0,
                            dispatch_receive_timeout_s=1.0)
    try:
        window, panel = kim.window, kim.window.dispatch_panel
        relay_box = window.relays.relay
        take_call(qtbot, kim, "010-1212-3434", post=server.post_call)
        qtbot.mouseClick(window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        hold_key(qtbot, panel.confirm)
        first = kim.core.dispatches.active_dispatch
        assert first is not None
        qtbot.waitUntil(lambda: relay_box.isVisible() and relay_box.button.isVisible(), timeout=30_000)
        qtbot.mouseClick(relay_box.button, Qt.MouseButton.LeftButton)
        asked = "기다리는 중"
        qtbot.waitUntil(lambda: asked in relay_box.state_text(), timeout=30_000)
        end_with_dispatch_open(qtbot, kim)

        take_call(qtbot, kim, "010-5656-7878", post=server.post_call)
        qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        hold_key(qtbot, panel.confirm)
        second = kim.core.dispatches.active_dispatch
        assert second is not None and second.client_id != first.client_id
        qtbot.waitUntil(lambda: relay_box.isVisible() and relay_box.button.isVisible(), timeout=30_000)
        assert asked not in relay_box.state_text()

        painted = PaintedText(relay_box.state)
        chip = window.header.dispatch_chip
        assert chip.client_id == first.client_id, "the chip names the oldest waiting"
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.client_id() == first.client_id, timeout=10_000)
        assert panel.mode() == "status"
        qtbot.waitUntil(lambda: relay_box.isVisible() and asked in relay_box.state_text(), timeout=10_000)
        assert not relay_box.button.isVisible(), "the first one's relay is out: no second request offered"

        painted.texts.clear()
        qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)  # the second contact's own
        qtbot.waitUntil(lambda: panel.client_id() == second.client_id, timeout=10_000)
        qtbot.waitUntil(lambda: relay_box.button.isVisible(), timeout=10_000)
        assert asked not in relay_box.state_text()
        assert not [text for text in painted.texts if asked in text], painted.texts
    finally:
        close_console(qtbot, kim)
        server.stop()
