"""오늘, driven from outside on a 1366x768 screen: a contact finished and wrapped up with the keyboard is a
row of the list that opens it, read-only, in the history column (by a click, as the outside tester
tried)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.e2e.console_app import Console
from tests.e2e.server_app import Server
from tests.e2e.test_flows import take_call

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
