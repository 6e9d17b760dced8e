"""오늘, driven from outside on a 1366x768 screen: a contact finished and wrapped up with the keyboard is a
row of the list that opens it, read-only, in the history column (by a click, as the outside tester
tried)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from annyeong.console.events import PAST_MARGIN
from tests.e2e.console_app import Console
from tests.e2e.server_app import Server
from tests.e2e.test_flows import take_call
from tests.support.live_server import TELEPHONY_KEY

pytestmark = pytest.mark.e2e
ConsoleFactory = Callable[..., Console]
SUMMARY = "Could not sleep; told about the Maeum store."


def test_a_finished_contact_opens_from_today(server: Server, console_factory: ConsoleFactory) -> None:
    kim = console_factory(lang="ko")
    take_call(server, kim, "010-3131-5353")
    kim.key("ctrl+e")
    kim.wait(lambda: kim.exists("finishWrapUpButton"), timeout=20, what="마무리")

    # 마무리 with the keyboard and a click: the summary, ① and the outcome, then Ctrl+Enter.
    kim.click("wrapUpSummary")
    kim.type(SUMMARY)
    kim.click("serviceType_info")
    kim.key("alt+r")
    disposition = kim.find("wrapUpDisposition")
    kim.wait(lambda: disposition.focused or kim.exists("QComboBoxListView"), what="처리 결과 open")
    kim.key("Down")
    kim.key("Return")
    kim.wait(lambda: "선택" not in kim.find("wrapUpDisposition").name, what="an outcome chosen")
    kim.key("ctrl+Return")
    kim.wait(lambda: not kim.exists("finishWrapUpButton"), timeout=20, what="the contact wrapped up")

    # The finished contact's row opens it in the history column; nothing is reopened.
    row = kim.find("todayItem", timeout=10)
    assert "기록 보기" in row.name, row.name
    kim.click("todayItem")
    summary = kim.find("historySummary")
    kim.wait(lambda: "오늘 목록에서 고른 상담" in summary.name or "사례 기록" in summary.name,
             timeout=15, what="the contact opened in the history column")
    assert not kim.exists("finishWrapUpButton")


def test_another_pc_does_not_tell_of_a_ring_missed_before_it_signed_in(
    tmp_path: Path, console_factory: ConsoleFactory
) -> None:
    """The outside tester saw '받지 못한 연결 요청 … (외 5건)' at every start: a new store reads the event
    log from its start, and the old rings and 휴식 in it were taken for this sign-in's."""
    quick = Server(tmp_path / "quick-server", extra_args=("--offer-timeout", "5"))
    quick.start()
    try:
        kim = console_factory(server=quick)
        missed = quick.sim("call", "--from", "010-3131-6464").stdout.strip()
        kim.find("callCard", timeout=20)
        banner = kim.find("errorBannerText", timeout=30)  # nobody answers: the server takes it back
        kim.wait(lambda: "받지 못한 연결 요청" in banner.name, timeout=30, what="the missed ring told")
        # The caller gives up (a call still waiting would rightly ring again at the next 대기).
        hung_up = httpx.post(f"{quick.url}/v1/calls/{missed}/end", headers={"X-API-Key": TELEPHONY_KEY},
                             timeout=15, trust_env=False)
        assert hung_up.status_code == 200, hung_up.text
        missed_at = time.monotonic()
        kim.kill()
        # Past the margin within which an event counts as made at sign-in itself.
        while time.monotonic() - missed_at < PAST_MARGIN.total_seconds() + 2:
            time.sleep(0.5)

        # The same counselor on another PC: a new store, so it reads the log from its start.
        other = console_factory(server=quick, data_dir=tmp_path / "another-pc")
        # A new ring after sign-in: the log is read in order, so when it shows, the old one was read.
        quick.sim("call", "--from", "010-3131-7575")
        number = other.find("callCardNumber", timeout=20)
        other.wait(lambda: "7575" in number.name, timeout=20, what="the new ring on the other PC")
        assert "6464" not in number.name
        if other.exists("errorBannerText"):
            told = other.find("errorBannerText")
            assert not told.showing or "받지 못한 연결 요청" not in told.name, told.name
    finally:
        quick.stop()
