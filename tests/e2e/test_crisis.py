"""Crisis and risk, driven from outside: the installed console and server as separate processes, real keys
and clicks, the screen read through the accessibility tree, what was stored checked through the API.

The demo's returning caller 010-2345-6789 has an open case with risk 높음 and an active 자살 위험 flag whose
instruction says the crisis screen comes first at night. Each test here failed on the console before the
change it proves: a reopened contact lost the card, the pill ignored this contact's results, the crisis
panel took 이력's place, Ctrl+E ended a crisis call at once, and a checklist recommended less than the case
knew."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.console_app import Console
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e
ConsoleFactory = Callable[..., Console]

FLAGGED = "010-2345-6789"
FLAG_LINE = "자살 위험 — 야간에는 반드시 위기 선별 먼저. 보호자 연락처 사례 메모 참조"
YES = "1"  # the crisis screen's answer keys: 1 예, 2 아니요


def take_call(server: Server, console: Console, number: str) -> str:
    """Ring `number`, take it with Enter; the contact's id once the server has kim's accepting it."""
    call_id = server.sim("call", "--from", number).stdout.strip()
    console.find("callCard", timeout=20)
    console.key("Return")
    api = server.api("kim")

    def contact_id() -> str | None:
        found = api.get(f"/v1/calls/{call_id}").json().get("contact_id")
        return str(found) if found else None

    contact = console.wait(contact_id, timeout=20, what="the server to record the accepted call")
    console.find("contactRisk", timeout=20)
    return str(contact)


def caller_line(console: Console) -> tuple[str, str, str]:
    """위험도 · 주의 표시 N · the red flag line (its instruction), as the caller line shows them."""
    lines = [n.name for n in console.find_all("contactFlagLines")]
    return console.find("contactRisk").name, console.find("contactFlags").name, "\n".join(lines)


def raise_crisis(console: Console) -> None:
    """The 체크리스트 tab, the crisis screen (number 1), 예 to thoughts and to a plan: the rule fires."""
    console.key("ctrl+2")
    console.find("checklistPicker", timeout=10)
    start = console.find("checklistStart_crisis_safety_screen")
    console.wait(lambda: start.showing, what="the crisis screen in the picker")
    console.key("1")
    console.find("checklistQuestion", timeout=10)
    console.key(YES)
    console.key(YES)
    console.find("crisisPanel", timeout=10)


def contact_on_server(server: Server, contact_id: str) -> dict[str, object]:
    answer = server.api("kim").get(f"/v1/contacts/{contact_id}")
    answer.raise_for_status()
    return dict(answer.json())


def test_a_reopened_contact_shows_the_flags_and_risk_of_the_first_open(
    server: Server, console_factory: ConsoleFactory, tmp_path: Path
) -> None:
    kim = console_factory()
    take_call(server, kim, FLAGGED)
    first = caller_line(kim)
    assert first[:2] == ("위험도: 높음", "주의 표시 1")
    assert first[2].startswith(FLAG_LINE)

    kim.kill()  # a crash: the same PC starts again on the same data dir
    kim.restart()
    kim.find("contactRisk", timeout=30)
    kim.wait(lambda: caller_line(kim) == first, timeout=20, what=f"the caller line after a crash: {first}")

    kim.kill()  # another PC: the same counselor signs in with a data dir of its own
    other = console_factory(data_dir=tmp_path / "another-pc", available=False)
    other.find("contactRisk", timeout=30)
    other.wait(lambda: caller_line(other) == first, timeout=20, what=f"the line on another PC: {first}")


def test_the_risk_pill_follows_the_newest_result_of_this_contact(server: Server, console: Console) -> None:
    take_call(server, console, "010-4040-5050")  # a first-time caller: nothing assessed yet
    assert console.find("contactRisk").name == "위험도: 평가 없음"
    raise_crisis(console)
    imminent = "위험도: 매우 높음(긴급)"
    pill = console.find("contactRisk")
    console.wait(lambda: pill.name == imminent, what="the pill to follow the crisis answer")

    console.kill()
    console.restart()
    console.wait(lambda: console.exists("contactRisk") and console.find("contactRisk").name == imminent,
                 timeout=30, what="the pill to say the same after a restart")


def test_the_crisis_panel_keeps_the_history_and_the_flag_in_view(server: Server, console: Console) -> None:
    take_call(server, console, FLAGGED)
    console.find("historyItemBody", timeout=20)
    raise_crisis(console)
    window = console.find("mainWindow")
    wx, wy, ww, wh = window.extents
    panel = console.find("crisisPanel")
    history = console.find("historyPanel", timeout=5)  # 이력 beside the crisis panel
    console.wait(lambda: any("보호자(여동생)" in n.name for n in console.find_all("historyItemBody")),
                 what="the guardian's contact in 이력")
    guardian = next(n for n in console.find_all("historyItemBody") if "보호자(여동생)" in n.name)
    flag = console.find("contactFlagLines")
    assert flag.name.startswith(FLAG_LINE)
    for node in (panel, history, guardian, flag, console.find("emergencyButton")):
        x, y, w, h = node.extents
        assert w > 0 and h > 0 and wx <= x and x + w <= wx + ww and wy <= y and y + h <= wy + wh, (
            f"{node.object_name} at {node.extents} is not inside the window {window.extents}")
    # The panel in 오늘's place, left of the contact; 이력 on the right, both in view.
    assert panel.extents[0] + panel.extents[2] <= history.extents[0], "이력 beside the crisis panel"


def test_ending_a_crisis_call_asks_first(server: Server, console: Console) -> None:
    contact_id = take_call(server, console, FLAGGED)
    raise_crisis(console)

    console.key("ctrl+e")
    question = console.find("endConfirmQuestion", timeout=10)
    assert question.name == "위기 대응 중입니다. 통화를 종료할까요?"
    keep = console.find("endConfirmKeepButton")
    console.wait(lambda: keep.focused, what="계속 통화 to have the focus")
    console.key("ctrl+e")  # a second press is no answer: the question stays, the call goes on
    console.key("Return")  # Enter on the focused 계속 통화
    console.wait(lambda: not console.exists("endConfirm"), what="the question to close on 계속 통화")
    assert console.find("contactPhase").name == "통화 중"
    assert contact_on_server(server, contact_id)["ended_at"] is None

    console.key("ctrl+e")
    console.find("endConfirmQuestion", timeout=10)
    end = console.find("endConfirmEndButton")
    console.key("Tab")
    console.wait(lambda: end.focused, what="그래도 종료 to take the focus")
    console.key("Return")
    console.wait(lambda: contact_on_server(server, contact_id)["ended_at"] is not None, timeout=20,
                 what="the end to reach the server")
    assert console.find("contactPhase").name == "통화 끝남\n후처리 중"


def test_a_checklist_never_recommends_less_than_the_case_knows(
    server: Server, console_factory: ConsoleFactory, tmp_path: Path
) -> None:
    data_dir = tmp_path / "kim-data"
    data_dir.mkdir()
    # The deployment's permission for UCLA-3 (the file an administrator puts in the data dir).
    (data_dir / "instrument_permissions.json").write_text(
        json.dumps({"instruments": ["ucla3_loneliness"]}), encoding="utf-8")
    kim = console_factory(data_dir=data_dir)
    take_call(server, kim, FLAGGED)

    kim.key("ctrl+2")
    kim.find("checklistPickerFirst", timeout=10)
    first = kim.find("checklistStart_crisis_safety_screen")
    kim.wait(lambda: first.focused, what="the crisis screen first, with the focus")
    assert first.extents[1] < kim.find("checklistStart_ucla3_loneliness").extents[1]

    kim.key("3")  # 1 the crisis screen, 2 PHQ-9 item 9, 3 UCLA-3 (the others need a permission)
    kim.find("checklistQuestion", timeout=10)
    assert "UCLA" in kim.find("checklistTitle").name
    for key in ("3", "3", "3", "2"):  # 외로움, and 가끔: the instrument alone says 중간 · 돌봄동행단 연계
        kim.key(key)
    kim.find("checklistResult", timeout=10)
    assert kim.find("checklistResultRisk").name == "이번 평가 위험도: 중간"
    case = kim.find("checklistCaseRisk").name
    assert "사례에 기록된 위험도: 높음" in case and "자살 위험" in case
    recommended = kim.find("checklistRecommended").name
    assert recommended.startswith("권장: 정신건강복지센터·109 연계"), recommended
    assert kim.find("checklistStep_refer_mental_health").showing


