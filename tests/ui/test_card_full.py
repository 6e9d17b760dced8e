"""The full incoming-call card against the real server: a returning caller's flags and risk tier, a chat
hand-off's 자가진단 and transcript, and a slow or failing history that never holds up 받기."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame

from tests.ui.fault_proxy import FaultProxy
from tests.ui.support import close_console, signed_in_console, sim_chat

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")



def test_returning_caller_card_shows_flags_risk_case_and_history(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    live_server.post_call("010-2345-6789")
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    card = window.card
    assert card.state() == "ringing" and card._accept.isEnabled()
    details = card.details
    assert details.state() == "shown", "the card came with the offered event: nothing to wait for"
    flags = details.flag_texts()
    assert len(flags) == 1 and flags[0].startswith("자살 위험 — 야간에는 반드시 위기 선별 먼저")
    assert flags[0].endswith("까지)"), "the flag's expiry is shown"
    flag_label = details._flags.findChildren(type(card._number))[0]
    assert flag_label.property("tone") == "crisis", "a suicide-risk flag is the one red thing"
    assert details.risk_text().startswith("최근 위험도: 높음")
    assert details._case.text() == "진행 중 사례 · 담당 박상담"
    assert card._history.text().startswith("이전 상담 3회 · 최근 ") and "박상담 ② ③ ⑤" in card._history.text()
    assert details._recent.isHidden(), "listed once, on the history line"
    assert "후속 연락" in details._pending.text()
    assert "자살 위험" in card.accessibleDescription()
    assert card.ring.ringing() and card.ring.rings == 1

    # History column: the case timeline, newest first, while the card still rings.
    qtbot.waitUntil(lambda: window.history.state() == "shown", timeout=10_000)
    assert window.history.summary_text().startswith("사례 기록 ")
    assert window.history.item_count() >= 3
    texts = window.history.item_texts()
    assert any("새벽 2시 불면으로 전화" in t for t in texts)
    # The marks ① … ⑤ say what they stand for on hover.
    tips = [w.toolTip() for w in window.history.timeline.findChildren(QFrame) if w.toolTip()]
    assert any("서비스 유형: ① 단순정보 · ② 외로움 대화" in t for t in tips), tips

    # The contact keeps the person's risk and flags at the top, whatever tab is open.
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    assert not card.ring.ringing()
    line = window.contact.caller_line
    assert line.text() == "이름 미상 · 010-****-6789"
    assert line.risk_text() == "위험도: 높음" and line.flags_text() == "주의 표시 1"
    assert line._flags.property("tone") == "crisis"


def test_chat_handoff_card_shows_self_test_and_transcript(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    call_id = sim_chat(live_server.url, "010-7777-1212", "1,1,1,0,0,1,0,0,1,0,0,1")
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    card = window.card
    assert card.call() is not None and card.call().id == call_id
    assert card._title.text() == "채팅 연결 요청" and card._channel.text() == "채팅"
    assert card._number.text() == "010-****-1212"
    self_test = card.details.self_test.toPlainText()
    assert "1. [" in self_test and "] 나는 같이 있어 줄 사람이 부족하다고 자주 느낀다." in self_test
    assert self_test.count("\n") >= 12, "result line plus 12 answers"
    assert "simulated" not in self_test, "the chatbot's own result code is not for the counselor"
    assert "simulated" not in card.details.self_test.toolTip(), "nor in its tooltip"
    transcript = card.details.transcript.toPlainText()
    assert transcript and ("본인:" in transcript or "챗봇:" in transcript)
    assert card.details.self_test.isReadOnly() and card.details.transcript.isReadOnly()
    assert card._accept.isEnabled()


def test_slow_then_failing_history_never_blocks_accept(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    proxy = FaultProxy(live_server.url)
    console = signed_in_console(qtbot, proxy.url, tmp_path / "console")
    window = console.window
    try:
        # The lookup gives up after 6 s; the accept below must land while it still waits, which on a
        # loaded machine can take seconds, so the margin is wide and the delay far longer than both.
        console.core.lookup_timeout_s = 6.0
        proxy.delays["/timeline"] = 30.0
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.waitUntil(lambda: window.history.state() == "loading", timeout=10_000)
        assert window.history.summary_text() == "이력을 불러오는 중…"

        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
        assert window.history.state() == "loading", "accepted while the history was still loading"

        qtbot.waitUntil(lambda: window.history.state() == "failed", timeout=20_000)
        assert window.history.summary_text() == "이력을 불러오지 못했습니다"
        assert window.history._retry.isVisible() and window.history._retry.text() == "다시 시도"
        assert window.contact.state() == "in_call"

        del proxy.delays["/timeline"]
        proxy.failures["/timeline"] = 500
        qtbot.mouseClick(window.history._retry, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.history.state() == "failed", timeout=10_000)

        del proxy.failures["/timeline"]
        qtbot.mouseClick(window.history._retry, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.history.state() == "shown", timeout=10_000)
        assert window.history.item_count() >= 3
    finally:
        close_console(qtbot, console)
        proxy.stop()


def test_a_call_event_without_its_card_shows_loading_and_never_blocks_accept(
    qtbot: Any, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from annyeong.console.wire import Call, CallerCard, CallerSummary
    from tests.ui.support import make_console

    console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
    try:
        now = datetime.now(UTC)
        caller = CallerSummary(number_masked="010-****-1111", returning=True, prior_contacts=2)
        call = Call(id="c-9", status="offered", channel="phone", caller=caller, created_at=now)
        card = console.window.card
        console.window.show()
        card.show_call(call)
        assert card.details.state() == "loading"
        assert card.details._loading.text() == "불러오는 중…"
        assert card._accept.isEnabled() and card.state() == "ringing"
        assert card._countdown.text() == "", "no expiry in the event: no made-up countdown"

        card.set_card(None, failed=True)
        assert card.details.state() == "failed" and card._accept.isEnabled()
        card.set_card(CallerCard(caller=caller, pending_referrals=2))
        assert card.details.state() == "shown" and card.details._pending.text() == "연계 진행 중 2건"
    finally:
        close_console(qtbot, console)
