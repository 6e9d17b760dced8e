"""A crisis chat that ends: the crisis panel says what the counselor decided (never asks again for what is
recorded), and the timer holds the contact's length, said as such, the same for a chat and a call."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.support import take_call, take_chat

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_the_crisis_panel_follows_the_decision_and_the_timer_says_it_is_final(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    contact, panel = window.contact, window.crisis_panel
    person = take_chat(qtbot, console, live_server)
    person.say("그냥 죽고 싶어요")
    qtbot.waitUntil(panel.isVisible, timeout=15_000)
    assert panel.decided_text() == ""

    panel.decision.buttons["safety_plan_agreed"].click()
    qtbot.waitUntil(lambda: "안전 계획에 함께 동의함" in panel.decided_text(), timeout=5_000)
    assert "대화를 이어 가세요" in panel._title.text(), "the chat goes on: the panel still says so"
    # A safety plan agreed, nobody dispatched: 마무리 ticks ⑤ 위기 시 긴급 대응 all the same.
    qtbot.waitUntil(contact.wrap_up.service_boxes["crisis"].isChecked, timeout=5_000)
    assert "crisis" in contact.wrap_up.auto_marked()

    person.call("POST", "/conversation/end")
    qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=15_000)
    qtbot.waitUntil(lambda: "결정을 기록했습니다" in panel._title.text(), timeout=5_000)
    assert "기록해 주세요" not in panel._title.text()
    assert "안전 계획에 함께 동의함" in panel.decided_text()

    # The timer is the chat's length, start to end, and says so; it does not run on through 마무리.
    assert contact.phase_text() == "채팅 끝남\n후처리 중"
    shown = contact.timer_text()
    qtbot.wait(1_500)
    assert contact.timer_text() == shown

    # Another decision in 마무리: the panel follows it at once.
    contact.crisis_decision.buttons["other"].click()
    contact.crisis_decision.reason.setText("보호자에게 연락해 곁에 있기로 함")
    contact.crisis_decision.record_other()
    qtbot.waitUntil(lambda: "보호자에게 연락해" in panel.decided_text(), timeout=5_000)


def test_a_calls_timer_in_wrap_up_reads_the_same_way(qtbot: Any, live_server: Any, console: Any) -> None:
    contact = console.window.contact
    take_call(qtbot, console, "010-3333-0808", post=live_server.post_call)
    qtbot.wait(100)
    width = contact._clock.width()
    contact.end_contact()
    qtbot.waitUntil(lambda: contact.state() == "wrap_up", timeout=10_000)
    assert contact.phase_text() == "통화 끝남\n후처리 중"
    qtbot.wait(100)
    assert contact._clock.width() == width, "the clock keeps its width: the caller's lines beside it stay put"
    shown = contact.timer_text()
    qtbot.wait(1_500)
    assert contact.timer_text() == shown
