"""Flows that kept what they showed, driven from outside on a 1366x768 screen: a chat hand-off whose
자가진단 answers and chat stay in the contact after 받기 (the contact speaking of a chat, not a call), and a
마무리 that ticks what was done, opens 처리 결과 with one key, shows the crisis decision once, and keeps
every field inside the window above the contact's bottom row.

With ANNYEONG_SHOTS=<folder>, each test also leaves screenshots of the screens it passes through there
(ko, en and night: the night theme runs only then), for a person to look at.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.console_app import Console
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e
ConsoleFactory = Callable[..., Console]

SHOTS = Path(os.environ["ANNYEONG_SHOTS"]) if os.environ.get("ANNYEONG_SHOTS") else None
# The night theme swaps colours only (packaging/derive_themes.py): its run repeats the Korean flow, and is
# worth its minute of the suite's time for the screenshots a person looks at.
LOOKS = [("ko", None), ("en", None), ("ko", "night")] if SHOTS else [("ko", None), ("en", None)]
# 그렇다 to q1, q2 (lonely), 그렇지 않다 to q4, q7, q11 (no help when ill, meals, meeting people).
ANSWERS = "1,1,0,0,1,1,0,1,1,1,0,1"
SCREEN_W, SCREEN_H = 1366, 768


def shoot(console: Console, name: str) -> None:
    if SHOTS is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    console.desktop.screenshot(SHOTS / f"{name}.png")


def look_name(lang: str, theme: str | None) -> str:
    return theme or lang


def inside_screen(extents: tuple[int, int, int, int]) -> bool:
    x, y, w, h = extents
    return w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= SCREEN_W and y + h <= SCREEN_H


@pytest.mark.parametrize(("lang", "theme"), LOOKS, ids=[look_name(*look) for look in LOOKS])
def test_a_chat_hand_off_stays_in_the_contact(
    server: Server, console_factory: ConsoleFactory, lang: str, theme: str | None
) -> None:
    kim = console_factory(lang=lang, theme=theme)
    look = look_name(lang, theme)
    call_id = server.sim("chat", "--from", "010-5555-1234", "--answers", ANSWERS).stdout.strip()
    card_answers = kim.find("cardSelfTest", timeout=20)
    kim.wait(lambda: "1. [" in card_answers.text, what="the answers on the card")
    shoot(kim, f"chat-card-{look}")
    kim.key("Return")
    api = server.api("kim")
    kim.wait(lambda: api.get(f"/v1/calls/{call_id}").json().get("contact_id"), timeout=20,
             what="the server to record the accepted chat")

    # A chat opens on its conversation, the result in one line on top; the answers beside the notes (2nd tab).
    summary = kim.find("chatPinnedSummary", timeout=20)
    kim.wait(lambda: "12" in summary.name, what="the chatbot's result over the conversation")
    kim.key("ctrl+2")
    answers = kim.find("contactSelfTest", timeout=20)
    kim.wait(lambda: "1. [" in answers.text, what="the answers in the contact after 받기")
    text = answers.text
    if lang == "ko":
        result = "결과: 12문항 중 5문항이 외로움·고립 쪽 응답 (관계 단절 3/5 · 일상생활 2/7)"
        assert text.startswith(result), text
        assert "1. [그렇다] 나는 같이 있어 줄 사람이 부족하다고 자주 느낀다." in text
        assert "4. [그렇지 않다] 나는 몸이 아파서 도움이 필요할 때 도움 줄 사람이 있다." in text
        assert kim.find("endCallButton").name == "채팅 종료"
        assert kim.find("contactPhase").name == "채팅 중"
    else:
        assert text.count("\n") >= 12, "the result and the 12 answers"
    assert inside_screen(answers.extents), answers.extents
    transcript = kim.find("contactTranscript")
    assert transcript.text and inside_screen(transcript.extents)
    shoot(kim, f"chat-contact-{look}")

    # The contact ends as a chat. The person has not left (they may be typing): ending asks once, 계속 채팅
    # the default; Tab to 그래도 종료, then Enter. The hand-off stays beside the notes while wrapping up.
    kim.key("ctrl+e")
    question = kim.find("endConfirmQuestion", timeout=10)
    keep = kim.find("endConfirmKeepButton")
    kim.wait(lambda: keep.focused, what="계속 채팅 to have the focus")
    if lang == "ko":
        assert "대화방" in question.name and "채팅을 종료할까요?" in question.name, question.name
    end = kim.find("endConfirmEndButton")
    kim.key("Tab")
    kim.wait(lambda: end.focused, what="그래도 종료 to take the focus")
    kim.key("Return")
    kim.wait(lambda: kim.exists("finishWrapUpButton"), timeout=20, what="마무리")
    kim.key("ctrl+2")
    kim.wait(lambda: kim.exists("contactSelfTest"), what="the answers while wrapping up")
    if lang == "ko":
        assert kim.find("wrapUpNote").name.startswith("채팅이 끝났습니다.")
    assert kim.find("contactSelfTest").text == text
    shoot(kim, f"chat-wrapup-notes-{look}")


def take_call(server: Server, console: Console, number: str) -> str:
    call_id = server.sim("call", "--from", number).stdout.strip()
    console.find("callCard", timeout=20)
    console.key("Return")
    api = server.api("kim")
    return str(console.wait(lambda: api.get(f"/v1/calls/{call_id}").json().get("contact_id"), timeout=20,
                            what="the server to record the accepted call"))


@pytest.mark.parametrize(("lang", "theme"), LOOKS, ids=[look_name(*look) for look in LOOKS])
def test_wrap_up_ticks_what_was_done_and_fits_the_screen(
    server: Server, console_factory: ConsoleFactory, lang: str, theme: str | None
) -> None:
    kim = console_factory(lang=lang, theme=theme)
    look = look_name(lang, theme)
    take_call(server, kim, "010-3131-4242")

    # A crisis answer on the crisis screen: its decision is asked in the crisis panel during the call.
    kim.key("ctrl+2")
    start = kim.find("checklistStart_crisis_safety_screen", timeout=10)
    kim.wait(lambda: start.showing, what="the crisis screen in the picker")
    kim.key("1")
    kim.find("checklistQuestion", timeout=10)
    kim.key("1")
    kim.key("1")
    kim.find("crisisPanel", timeout=10)
    kim.wait(lambda: len(kim.find_all("crisisDecision")) == 1, what="one crisis decision during the call")

    # The red button: a dispatch, to be ticked as ⑤ in 마무리.
    kim.key("F12")
    confirm = kim.find("emergencyConfirmButton", timeout=10)
    kim.wait(lambda: confirm.focused, what="the confirm button focused")
    kim.hold_key("Return", 2.4)  # the confirm is a deliberate hold, on the keyboard too
    kim.find("dispatchConfirmButton", timeout=15)
    shoot(kim, f"dispatch-in-call-{look}")

    # Ending asks first (crisis, open dispatch); 그래도 종료 ends it.
    kim.key("ctrl+e")
    kim.find("endConfirmEndButton", timeout=10)
    kim.key("Tab")
    kim.key("Return")
    kim.wait(lambda: kim.exists("finishWrapUpButton"), timeout=20, what="마무리")
    if kim.exists("dispatchCollapseButton"):
        kim.click("dispatchCollapseButton")
    box = kim.find("serviceType_crisis", timeout=10)
    kim.wait(lambda: box.checked, timeout=15, what="⑤ ticked by the dispatch")
    if lang == "ko":
        assert "자동 표시" in box.name or "자동 표시" in box.text, box.name
        assert not kim.find("serviceType_isolation_check").checked, "the crisis screen is not ③"
    kim.wait(lambda: len(kim.find_all("crisisDecision")) == 1, what="one crisis decision in 마무리")

    # 처리 결과: one key away, wherever the focus is in 마무리.
    kim.key("alt+r")
    disposition = kim.find("wrapUpDisposition")
    kim.wait(lambda: disposition.focused or kim.exists("QComboBoxListView"), what="처리 결과 open")
    kim.key("Escape")

    # Every field of 마무리 is inside the screen and above the bottom row (scrolled into view when needed).
    footer_top = kim.find("finishWrapUpButton").extents[1]
    for name in ("wrapUpDisposition", "wrapUpSummary", "serviceType_info", "serviceType_crisis",
                 "followUpNeeded"):
        if not kim.exists(name):
            continue
        node = kim.find(name)
        _x, y, _w, h = node.extents
        if y + h <= 0 or y >= footer_top:
            continue  # scrolled out of the view: not shown, so not cut either
        assert inside_screen(node.extents), (name, node.extents)
    scroll = kim.find("wrapUpScroll")
    _sx, sy, _sw, sh = scroll.extents
    assert sy + sh <= footer_top + 1, ("the wrap-up area runs under the bottom row", sy + sh, footer_top)
    shoot(kim, f"wrapup-{look}")


@pytest.mark.parametrize(("lang", "theme"), LOOKS, ids=[look_name(*look) for look in LOOKS])
def test_the_seoul_self_test_answered_in_full_has_a_result_the_referral_repeats(
    server: Server, console_factory: ConsoleFactory, tmp_path: Path, lang: str, theme: str | None
) -> None:
    data_dir = tmp_path / "kim-data"
    data_dir.mkdir()
    # The deployment's permission for the Seoul self-test (the file an administrator puts in the data dir).
    (data_dir / "instrument_permissions.json").write_text(
        json.dumps({"instruments": ["seoul_isolation_selftest_12"]}), encoding="utf-8")
    kim = console_factory(lang=lang, theme=theme, data_dir=data_dir)
    look = look_name(lang, theme)
    take_call(server, kim, "010-3131-5252")
    kim.key("ctrl+2")
    kim.find("checklistPicker", timeout=10)
    kim.click("checklistStart_seoul_isolation_selftest_12")
    kim.find("checklistQuestion", timeout=10)
    for value in ANSWERS.split(","):
        kim.key("1" if value == "1" else "2")  # 1 그렇다, 2 그렇지 않다: the chatbot's scale
    kim.find("checklistResult", timeout=10)
    tier, meaning = kim.find("checklistTier").name, kim.find("checklistMeaning").name
    if lang == "ko":
        assert tier == "외로움·고립 쪽 응답 5/12", tier
        assert meaning.startswith("서울시가 결과 단계 기준을 공개하지 않아"), meaning
        subscales = kim.find("checklistSubscales").name
        assert "관계 단절 상황  3" in subscales and "일상생활관리상황  2" in subscales, subscales
        assert "단계 없음" not in tier and "점수를 낼 만큼" not in meaning
    else:
        assert tier.startswith("5 of 12"), tier
    shoot(kim, f"seoul-result-{look}")

    kim.click("checklistStep_refer_prevention_center")
    field = kim.find("referralField_checklist", timeout=10)
    kim.wait(lambda: field.text, what="the checklist result prefilled")
    assert "12문항 중 5문항이 외로움·고립 쪽 응답 (관계 단절 3/5 · 일상생활 2/7)" in field.text, field.text
    assert "일부만 답함" not in field.text
    shoot(kim, f"seoul-referral-{look}")
