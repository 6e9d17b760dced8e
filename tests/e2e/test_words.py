"""Words on the screen as a counselor (and a screen reader) meets them, from outside: the installed console
and server as separate processes, the screen read through the accessibility tree.

Each test failed on the console before the change it proves: the checklist announced "진행" and "지금까지
점수" without their values and showed a score after one answer; admin badges (잠정, 번역 검토 전, 교육용 ·
허가 없음) sat beside every instrument mid-call; in English the header's name ended "Annyeon…" and the
picker's badges ran off the window's edge.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.console_app import Console
from tests.e2e.node import Node
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e
ConsoleFactory = Callable[..., Console]

SELF_TEST = "seoul_isolation_selftest_12"
# The organisation holds a licence for every instrument on this PC (console/checklists/ops.py's file).
EVERY_INSTRUMENT = ["ucla3_loneliness", "lsns6", "djg6_loneliness", SELF_TEST]


def licensed_pc(tmp_path: Path) -> Path:
    data = tmp_path / "licensed-pc"
    data.mkdir()
    (data / "instrument_permissions.json").write_text(json.dumps({"instruments": EVERY_INSTRUMENT}))
    return data


def take_call(server: Server, console: Console, number: str) -> None:
    server.sim("call", "--from", number)
    console.find("callCard", timeout=20)
    console.key("Return")
    console.find("contactCaller", timeout=20)


def open_picker(console: Console) -> None:
    console.key("ctrl+2")
    console.find("checklistPicker", timeout=10)
    start = console.find(f"checklistStart_{SELF_TEST}", timeout=10)
    console.wait(lambda: start.showing, what="the self-test in the picker")


def progress_is(node: Node, wanted: str) -> Callable[[], bool]:
    return lambda: node.name == wanted


def test_progress_and_score_reach_a_screen_reader_with_their_values(
    server: Server, console_factory: ConsoleFactory, tmp_path: Path
) -> None:
    kim = console_factory(data_dir=licensed_pc(tmp_path))
    take_call(server, kim, "010-7100-2323")
    open_picker(kim)
    # No admin badge beside the instruments; their notes are behind ⓘ, closed until asked.
    assert kim.find_all("checklistBadge") == [] or not any(b.showing for b in kim.find_all("checklistBadge"))
    assert not kim.exists("checklistPickerInfoPanel")
    kim.click("checklistPickerInfoButton")
    panel = kim.find("checklistPickerInfoPanel", timeout=10)
    assert "작업 번역" in panel.text
    kim.click("checklistPickerInfoButton")
    kim.wait(lambda: not kim.exists("checklistPickerInfoPanel"), what="the notes to close")

    kim.click(f"checklistStart_{SELF_TEST}")
    kim.find("checklistQuestion", timeout=10)
    dots = kim.find("checklistDots")
    score = kim.find("checklistScore")
    kim.wait(lambda: dots.name == "진행: 1/12 문항", what="the progress announced with its values")
    assert score.name == "지금까지 점수: 절반 넘게 답하면 보입니다"
    for answered in range(1, 7):
        kim.key("1")
        kim.wait(progress_is(dots, f"진행: {answered + 1}/12 문항"), what=f"question {answered + 1}")
    kim.wait(lambda: re.fullmatch(r"지금까지 점수: \d+ \(\d+–\d+점 · .+\)", score.name) is not None,
             what=f"the score announced with its value ({score.name!r})")


def test_english_fits_the_window(server: Server, console_factory: ConsoleFactory, tmp_path: Path) -> None:
    """English at 1366x768: the header's name whole (or its short form), the caller's number whole, the
    picker's rows and the question's title inside the window, the title not one word a line."""
    kim = console_factory(lang="en", data_dir=licensed_pc(tmp_path))
    title = kim.find("appTitle")
    assert title.text in ("Annyeong 120 Counselor Console", "Annyeong 120"), title.text
    take_call(server, kim, "010-7200-3434")
    assert title.text in ("Annyeong 120 Counselor Console", "Annyeong 120"), title.text
    window = kim.find("contactView").extents  # the centre column: nothing of the call may leave it
    right = window[0] + window[2]

    caller = kim.find("contactCaller")
    assert "7200-3434" in caller.text or "3434" in caller.text, caller.text
    x, _, w, _ = caller.extents
    assert x + w <= right

    open_picker(kim)
    for instrument in ["crisis_safety_screen", "phq9_item9", *EVERY_INSTRUMENT]:
        start = kim.find(f"checklistStart_{instrument}")
        x, _, w, _ = start.extents
        assert x + w <= right, f"{start.object_name} runs off the edge: {start.extents} vs {window}"
    info = kim.find("checklistPickerInfoButton")
    assert info.extents[0] + info.extents[2] <= right

    kim.click(f"checklistStart_{SELF_TEST}")
    kim.find("checklistQuestion", timeout=10)
    head = kim.find("checklistTitle")
    kim.wait(lambda: head.text != "", what="the question's title")
    x, _, w, h = head.extents
    assert x + w <= right
    assert w > 300 and h < 80, f"the title wraps word by word: {head.extents}"

    for _ in range(12):  # through the self-test, then another checklist: the crisis screen
        kim.key("1")
    kim.find("checklistResult", timeout=10)
    kim.key("n")
    start = kim.find("checklistStart_crisis_safety_screen", timeout=10)
    kim.wait(lambda: start.showing, what="the picker again")

    # The crisis column opens beside the call (yes to thoughts and to a plan): the referral form, now
    # narrower, still shows 이름 and 연락받을 번호 whole.
    kim.click("checklistStart_crisis_safety_screen")
    kim.find("checklistQuestion", timeout=10)
    kim.key("1")
    kim.key("1")
    kim.find("crisisPanel", timeout=10)
    window = kim.find("contactView").extents
    right = window[0] + window[2]
    kim.key("ctrl+3")
    kim.click("referralTarget_isolation_prevention_center")
    scroll = kim.find("referralFormScroll", timeout=10).extents
    for field in ("referralField_subject_name", "referralField_callback_number"):
        x, _, w, _ = kim.find(field, timeout=10).extents
        assert x + w <= min(right, scroll[0] + scroll[2]), f"{field} is clipped: x={x} w={w} {scroll}"
