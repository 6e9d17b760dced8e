"""The checklist result against the real server, pressed the way a counselor does: the next call's card
shows the last result; the result card's keys open the referral form (1, 5) and the dispatch panel (4)
prefilled from the real run, and F books a follow-up the server files under the result; the crisis
panel says whether the shift lead was told (server down: phone the lead); attribution and the
working-translation badge; the picker's training notice and the crisis screen's built-in copy; the
counselor's texts in English while the questions stay Korean."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annyeong.console.instruments import default_directory
from annyeong.ui.checklist.panel import RESULT_KEYS_AFTER_S
from annyeong.ui.checklist.result import default_follow_up
from annyeong.ui.crisis import panel as crisis_panel_module
from annyeong.ui.shell.composition import ConsoleWindow
from annyeong.ui.text.formatting import short_date
from annyeong.ui.text.i18n import install_translators
from tests.support.live_server import start_live_server
from tests.ui.support import close_console, fill_wrap_up, signed_in_console, take_call
from tests.ui.test_checklist_ui import DIGITS, Keys, contact_of

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

LICENSED = {"djg6_loneliness", "lsns6", "seoul_isolation_selftest_12", "ucla3_loneliness"}

KEYS_AFTER_MS = int(RESULT_KEYS_AFTER_S * 1000) + 100  # the result's number keys, once the hand has stopped


def referral_page(window: Any) -> str:
    return str(window.contact.referral.page())

def start(keys: Keys, console: ConsoleWindow, instrument: str) -> None:
    panel = console.window.contact.checklist
    keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the 체크리스트 tab
    keys.press(DIGITS[panel.picker.instrument_ids().index(instrument) + 1])
    assert panel.face() == "question"


def answer(keys: Keys, console: ConsoleWindow, instrument: str, digits: list[int]) -> None:
    start(keys, console, instrument)
    for digit in digits:
        keys.press(DIGITS[digit])
    assert console.window.contact.checklist.face() == "result"


def wrap_up(qtbot: Any, console: ConsoleWindow) -> None:
    contact_view = console.window.contact
    qtbot.keyClick(console.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: contact_view.state() == "wrap_up", timeout=10_000)
    fill_wrap_up(qtbot, console)
    contact_view.finish_wrap_up()
    qtbot.waitUntil(lambda: contact_view.state() == "empty", timeout=15_000)


def test_the_next_call_card_shows_the_last_checklist(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    """P1: call 1 runs UCLA-3 by keys; call 2's card carries instrument, tier, score/range, 잠정, date."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.training = True
    window = console.window
    try:
        take_call(qtbot, console, "010-6161-2323", post=live_server.post_call)
        keys = Keys(qtbot)
        answer(keys, console, "ucla3_loneliness", [3, 3, 2, 1])  # 3 + 3 + 2 = 8 (3–9): 외로움
        assert window.contact.checklist.result.tier_text() == "외로움"
        qtbot.waitUntil(lambda: console.core.sync_status.pending == 0, timeout=10_000)
        wrap_up(qtbot, console)

        live_server.post_call("010-6161-2323")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        details = window.card.details
        qtbot.waitUntil(lambda: details.state() == "shown", timeout=10_000)
        lines = [t for t in details.texts() if t.startswith("최근 체크리스트")]
        assert len(lines) == 1, details.texts()
        today = short_date(console.core.server_now())
        assert lines[0] == f"최근 체크리스트: UCLA-3 · 외로움 · 8점 (3–9) · 잠정 · {today}"
    finally:
        close_console(qtbot, console)


def test_result_keys_open_the_referral_and_dispatch_prefilled_and_f_books_a_follow_up(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    """P3: 1 → 고립예방센터 form with the checklist filled in; F → a follow-up filed under the result;
    the crisis screen: 5 → 정신건강복지센터·109 (recommended, not one of the four), 4 → dispatch panel
    with the crisis answers as risk codes."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.training = True
    window = console.window
    panel = window.contact.checklist
    try:
        take_call(qtbot, console, "010-6262-4545", post=live_server.post_call)
        keys = Keys(qtbot)
        answer(keys, console, "ucla3_loneliness", [3, 3, 2, 1])
        run = console.core.checklists.current
        assert run is not None
        assert panel.result.step_codes() == [
            "refer_prevention_center", "refer_care_companion", "further_conversation", "emergency"
        ]
        # A digit typed on from the last answer chooses nothing: the hand, not the counselor.
        keys.press(DIGITS[2])
        assert panel.face() == "result" and referral_page(window) != "form"
        keys.press(Qt.Key.Key_F)  # book the follow-up (default: tomorrow 10:00)
        assert panel.result.follow_up_note().startswith("후속 연락을 ")
        qtbot.wait(KEYS_AFTER_MS)
        keys.press(DIGITS[1])  # 고립예방센터 연계
        referral = window.contact.referral
        assert referral.page() == "form" and window.contact.tabs.currentWidget() is referral
        draft = referral.draft()
        assert draft is not None and draft.target == "isolation-prevention-center"
        assert draft.checklist_entry == run.checklist_id
        filled = referral.form.widgets["checklist"].text()  # type: ignore[attr-defined]
        assert "총점 8" in filled and "위험도" in filled, filled

        qtbot.waitUntil(lambda: console.core.sync_status.pending == 0, timeout=10_000)
        items = live_server.get("/v1/follow-ups?assignee=me", user="kim").json()["items"]
        booked = [f for f in items if f["source"] == "checklist_result"]
        assert len(booked) == 1 and booked[0]["source_id"] == run.checklist_id
        assert booked[0]["reason"] == "체크리스트 후속: UCLA-3 · 외로움 (8점)"
        due = datetime.fromisoformat(booked[0]["due_at"].replace("Z", "+00:00"))
        assert due == default_follow_up(), "tomorrow 10:00 on this PC's clock"

        # The crisis screen: thoughts yes, plan no, means no, attempt no, other no → 109 recommended.
        window.contact.show_page("checklist")
        panel.take_focus()
        keys.press(Qt.Key.Key_N)
        answer_digits = [1, 2, 2, 2, 2]
        keys.press(DIGITS[panel.picker.instrument_ids().index("crisis_safety_screen") + 1])
        for digit in answer_digits:
            keys.press(DIGITS[digit])
        assert panel.face() == "result" and not console.core.checklists.crisis_raised
        assert panel.result.step_codes()[4] == "refer_mental_health"
        extra = panel.result.extra_step
        assert extra is not None and extra.isVisible() and extra.property("recommended") is True
        assert "정신건강복지센터·109 연계" in extra.text()
        qtbot.wait(KEYS_AFTER_MS)
        keys.press(DIGITS[5])
        assert referral.page() == "form" and referral.draft().target == "mental-health-welfare-center"  # type: ignore[union-attr]

        # Change the last answer to "someone else in danger": the crisis line replaces the meaning.
        window.contact.show_page("checklist")
        panel.take_focus()
        keys.press(Qt.Key.Key_Left)
        keys.press(DIGITS[1])
        assert [r.rule for r in console.core.checklists.crisis] == ["other_in_danger"]
        assert panel.face() == "result"
        meaning = panel.result.meaning_text()
        assert meaning.startswith("위기 응답: 다른 사람이 위험한 상황이라고 하심") and "자살" not in meaning
        qtbot.wait(KEYS_AFTER_MS)
        keys.press(DIGITS[4])  # 긴급 대응
        dispatch = window.dispatch_panel
        qtbot.waitUntil(lambda: dispatch.mode() == "form", timeout=10_000)
        checked = {code for code, box in dispatch.form.risks.items() if box.isChecked()}
        assert "others_in_danger" in checked, checked
        assert checked == set(console.core.dispatches.dispatch_draft().fields.risk)
    finally:
        close_console(qtbot, console)


def test_the_crisis_panel_says_whether_the_lead_was_told(qtbot: Any, tmp_path: Path) -> None:
    """P5: server down → 'not sent, phone the lead' in red; back up → 'delivered'."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0)
    port = int(server.url.rsplit(":", 1)[1])
    console = signed_in_console(qtbot, server.url, tmp_path / "console")
    crisis_panel = console.window.crisis_panel
    restarted: Any = None
    try:
        call_id = take_call(qtbot, console, "010-6363-7878", post=server.post_call)
        contact_id = contact_of(server, call_id)
        server.stop()
        keys = Keys(qtbot)
        start(keys, console, "crisis_safety_screen")
        keys.press(DIGITS[2])  # thoughts: no
        keys.press(DIGITS[1])  # attempt in progress: yes
        qtbot.waitUntil(crisis_panel.isVisible, timeout=10_000)
        assert not crisis_panel.lead_sent()
        # Within the grace it may say it is sending; offline, or past the grace, it asks for a phone call.
        qtbot.waitUntil(lambda: "아직 서버에 전달되지 않았습니다" in crisis_panel.lead_text(), timeout=15_000)
        assert "전화로 직접 알려 주세요" in crisis_panel.lead_text()
        qtbot.waitUntil(lambda: console.core.sync_status.state != "online", timeout=15_000)
        assert not crisis_panel.lead_sent(), "offline: still not told"

        restarted = start_live_server(tmp_path / "server", port=port, offer_timeout_s=5.0)
        qtbot.waitUntil(crisis_panel.lead_sent, timeout=30_000)
        assert crisis_panel.lead_text() == "팀장에게 위기 알림이 전달되었습니다."
        events = restarted.get("/v1/events/poll?after=0&limit=500").json()["items"]
        assert any(e["type"] == "crisis.raised" and e["data"]["contact_id"] == contact_id for e in events)
    finally:
        close_console(qtbot, console)
        if restarted is not None:
            restarted.stop()


def test_attribution_and_the_working_translation_note(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    """P6: the result names its source (PHQ-9: the required attribution) and says where the Korean read
    aloud is a working translation (UCLA-3), not on the hotline's own crisis screen; both behind the
    "ⓘ 출처·안내" control, closed until asked (no admin badges mid-call)."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.training = True
    panel = console.window.contact.checklist
    try:
        take_call(qtbot, console, "010-6464-1212", post=live_server.post_call)
        keys = Keys(qtbot)
        console.window.contact.show_page("checklist")
        assert any("작업 번역" in n for n in panel.picker.notes_of("ucla3_loneliness"))
        assert not any("작업 번역" in n for n in panel.picker.notes_of("crisis_safety_screen"))
        assert not panel.picker.info.is_open() and panel.picker.info.button.isVisible()
        answer(keys, console, "phq9_item9", [1])  # not at all
        text = panel.result.attribution_text()
        assert text.startswith("출처: Kroenke K, Spitzer RL") and "Pfizer Inc." in text
        assert any("작업 번역" in line for line in panel.result.info_lines())
        assert panel.result.badges() == [] and not panel.result.info.is_open()
        panel.result.info.button.click()
        assert panel.result.info.is_open() and text in panel.result.info.panel.text()
        keys.press(Qt.Key.Key_N)
        answer(keys, console, "crisis_safety_screen", [2, 2, 2])
        assert not any("작업 번역" in line for line in panel.result.info_lines())
        assert panel.result.attribution_text().startswith("출처: 외로움안녕120 자체 위기 안전 확인 문항")
        assert "shared/" not in panel.result.attribution_text()
    finally:
        close_console(qtbot, console)


@pytest.mark.parametrize("training", [True, False], ids=["training", "live"])
def test_the_picker_shows_the_training_notice_and_licence_badges(
    qtbot: Any, live_server: Any, tmp_path: Path, training: bool
) -> None:
    """P9: training shows every instrument with 교육용 · 허가 없음 on exactly the four licensed ones."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.training = training
    panel = console.window.contact.checklist
    try:
        take_call(qtbot, console, "010-6565-3434", post=live_server.post_call)
        console.window.contact.show_page("checklist")
        picker = panel.picker
        assert picker.training_notice_shown() is training
        badged = {i for i in picker.instrument_ids() if any("교육용" in n for n in picker.notes_of(i))}
        if training:
            assert badged == LICENSED and set(picker.instrument_ids()) >= LICENSED
        else:
            assert badged == set() and not set(picker.instrument_ids()) & LICENSED
            assert set(picker.instrument_ids()) == {"crisis_safety_screen", "phq9_item9"}
        assert picker.fallback_notice() == ""
    finally:
        close_console(qtbot, console)


def test_a_broken_crisis_file_keeps_the_crisis_screen_with_a_red_notice(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    """P4: the crisis screen runs from the built-in copy; the picker says so in the crisis style."""
    folder = tmp_path / "instruments"
    folder.mkdir()
    (folder / "crisis_safety_screen.json").write_text('{"format": 1, "id": "crisis_safety_screen"',
                                                      encoding="utf-8")
    (folder / "phq9_item9.json").write_bytes((default_directory() / "phq9_item9.json").read_bytes())
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.checklists.instrument_dir = folder
    panel = console.window.contact.checklist
    try:
        take_call(qtbot, console, "010-6666-5656", post=live_server.post_call)
        console.window.contact.show_page("checklist")
        picker = panel.picker
        assert picker.instrument_ids() == ["crisis_safety_screen", "phq9_item9"]
        assert picker.fallback_notice().startswith("위기 안전 확인 파일을 쓸 수 없어")
        assert picker._fallback.objectName() == "checklistCrisis" and picker._fallback.isVisible()
        assert any("내장된 사본" in n for n in picker.notes_of("crisis_safety_screen"))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
        assert panel.face() == "question"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # thoughts: yes
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # plan: yes
        assert [r.rule for r in console.core.checklists.crisis] == ["suicide_plan"]
    finally:
        close_console(qtbot, console)


def test_counselor_texts_follow_the_language_and_questions_stay_korean(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    """P10: title, tier, meaning and note in English; the question read aloud stays Korean."""
    app = QApplication.instance()
    assert app is not None
    if not install_translators(app, "en"):
        pytest.skip("no English catalog could be built here")
    try:
        console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
        console.core.training = True
        panel = console.window.contact.checklist
        try:
            take_call(qtbot, console, "010-6767-9090", post=live_server.post_call)
            keys = Keys(qtbot)
            start(keys, console, "ucla3_loneliness")
            assert panel.question._title.text() == "UCLA 3-item Loneliness Scale (+ direct question)"
            assert panel.question.question_text() == "함께할 사람이 없다고 느끼실 때가 얼마나 자주 있으세요?"
            assert panel.question.answer_buttons[0].text().endswith("거의 없다"), "options stay Korean"
            for digit in (3, 3, 2, 1):
                keys.press(DIGITS[digit])
            assert panel.result.tier_text() == "Lonely"
            assert panel.result.meaning_text().startswith("The caller often feels lonely")
            assert panel.result._note.text() == "The levels are a guide. Judge them together with the call."
            assert panel.result.info_lines()[0].startswith("The 3-9 sum is confirmed in secondary sources")
        finally:
            close_console(qtbot, console)
    finally:
        install_translators(app, "ko")


def test_shipped_files_carry_short_titles() -> None:
    for path in sorted(default_directory().glob("*.json")):
        if path.name != "schema.json":
            data = json.loads(path.read_text(encoding="utf-8"))
            assert data.get("short_title"), path.name


def test_connected_the_crisis_panel_says_the_lead_was_told_without_another_step(
    qtbot: Any, live_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The crisis result goes out at once: the panel follows its delivery, never a red "phone the lead"
    left standing (or flashed) while the header says everything was sent."""
    # Only the delivery itself can change what the panel says here (its grace would look again later).
    monkeypatch.setattr(crisis_panel_module, "LEAD_GRACE_MS", 600_000)
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    crisis_panel = console.window.crisis_panel
    try:
        take_call(qtbot, console, "010-6363-7879", post=live_server.post_call)
        keys = Keys(qtbot)
        start(keys, console, "crisis_safety_screen")
        keys.press(DIGITS[2])  # thoughts: no
        keys.press(DIGITS[1])  # attempt in progress: yes
        qtbot.waitUntil(crisis_panel.isVisible, timeout=10_000)
        assert "전화로 직접" not in crisis_panel.lead_text(), "connected: no red notice while it is sent"
        qtbot.waitUntil(crisis_panel.lead_sent, timeout=10_000)  # no further answer, click or refresh
        assert crisis_panel.lead_text() == "팀장에게 위기 알림이 전달되었습니다."
    finally:
        close_console(qtbot, console)
