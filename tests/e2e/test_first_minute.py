"""A counselor's first minute on a real server, read from the screen: the first state says plainly that
calls are not coming yet and offers the one step that starts them; the server link and the presence each
have their own words; while a call rings the state reads 전화 옴, not 대기."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e


def test_the_first_sign_in_says_calls_are_not_coming_yet_and_one_click_starts_them(
    server: Server, console_factory: ConsoleFactory
) -> None:
    console = console_factory("kim", available=False)
    headline = console.find("idleHeadline")
    console.wait(lambda: headline.name == "아직 전화를 받지 않는 상태입니다", what="the first idle sentence")
    combo = console.find("presenceCombo")
    assert combo.name == "전화 받지 않음"
    sync = console.find("syncText")
    console.wait(lambda: sync.name.startswith("서버 연결됨"), what="the server link in its own words")
    assert "오프라인" not in headline.name + combo.name + sync.name

    console.click("idleStartButton")
    lead = server.api("lee")

    def kim_available() -> bool:
        return any(p["display_name"] == "김상담" and p["status"] == "available"
                   for p in lead.get("/v1/presence").json())

    console.wait(kim_available, timeout=20, what="the server to hear kim is available")
    console.wait(lambda: headline.name == "다음 전화를 기다리고 있습니다", what="the waiting sentence")
    console.wait(lambda: not console.exists("idleStartButton"), what="the start button to go away")

    server.sim("call", "--from", "010-1234-5678")
    console.find("callCard", timeout=20)
    console.wait(lambda: combo.name == "전화 옴", what="the state to read 전화 옴 while the call rings")
    console.key("Return")
    console.wait(lambda: combo.name == "상담 중", timeout=20, what="the state to read 상담 중 once taken")


def test_a_newcomer_in_training_sees_the_window_at_once_and_a_practice_call_soon_after(
    console_factory: ConsoleFactory,
) -> None:
    """Training mode: the window shows while the practice server boots, the demo counselor is signed in
    and set to 대기 by itself, and the simulator's first call rings soon, not after a minute of nothing.
    (The bounds are generous for a busy machine; tests/perf/startup.py reports the real figures.)"""
    console = console_factory("kim", training=True, available=False)
    combo = console.find("presenceCombo")
    console.wait(lambda: combo.name == "대기", timeout=60, what="the practice server and the sign-in")
    console.find("callCard", timeout=60)
    console.wait(lambda: combo.name == "전화 옴", what="the first practice call to ring")
