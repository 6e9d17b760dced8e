"""The 체크리스트 tab against the real server: a whole checklist by keyboard alone (the key presses are
counted), the safety rules firing from every crisis item through the UI (the red button pulses, the crisis
panel opens beside the tabs, wrap-up is refused until a decision is recorded), and a broken instrument
file listed as unavailable with its reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annyeong.console.instruments import default_directory
from annyeong.ui.shell.composition import ConsoleWindow
from tests.ui.support import close_console, fill_wrap_up, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


class Keys:
    """Key presses sent where the focus is, counted."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        target = QApplication.focusWidget()
        assert target is not None, "something in the window has the focus"
        self.qtbot.keyClick(target, key, modifier)


DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


def results_on_server(server: Any, contact_id: str) -> list[dict[str, Any]]:
    items = server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
    return [e for e in items if e["kind"] == "checklist_result"]


def contact_of(server: Any, call_id: str) -> str:
    return str(server.get(f"/v1/calls/{call_id}").json()["contact_id"])


def test_a_whole_checklist_by_keyboard_alone(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.training = True  # every instrument, the unlicensed ones marked (training mode)
    window = console.window
    panel = window.contact.checklist
    try:
        call_id = take_call(qtbot, console, "010-6262-3434", post=live_server.post_call)
        keys = Keys(qtbot)
        keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the 체크리스트 tab
        assert window.contact.tabs.currentWidget() is panel and panel.face() == "picker"
        ids = panel.picker.instrument_ids()
        keys.press(DIGITS[ids.index("seoul_isolation_selftest_12") + 1])
        assert panel.face() == "question"
        assert panel.question.question_text().startswith("나는 같이 있어 줄 사람이")
        answers = [1, 2, 1, 2, 2, 1, 2, 2, 1, 2, 1, 2]
        question = panel.question
        for n, key in enumerate(answers):
            # No running score until half the questions are answered; the values reach a screen reader.
            assert question._dots.accessibleName() == f"진행: {n + 1}/12 문항"
            assert (question.score_text() == "–") is (n < 6)
            assert question._score.accessibleName().startswith("지금까지 점수: ")
            keys.press(DIGITS[key])
        assert panel.face() == "result"
        assert keys.count == 2 + len(answers) == 14  # the figure reported: Ctrl+2, the pick, 12 answers
        assert panel.result._note.text().startswith("단계 구분은 참고용입니다")  # provisional, in plain words

        # Change an answer with ← and come back with the number key; then the UCLA-3 by N and its number.
        keys.press(Qt.Key.Key_Left)
        assert panel.face() == "question"
        keys.press(DIGITS[1])
        assert panel.face() == "result"
        keys.press(Qt.Key.Key_N)
        keys.press(DIGITS[ids.index("ucla3_loneliness") + 1])
        keys.press(Qt.Key.Key_S)  # skip the first with a reason: 2 = 모르겠다고 하심
        assert panel.question.skipping()
        keys.press(DIGITS[2])
        for key in (3, 3, 1):
            keys.press(DIGITS[key])
        assert panel.face() == "result" and panel.result.tier_text() != ""

        contact_id = contact_of(live_server, call_id)
        qtbot.waitUntil(lambda: console.core.sync_status.pending == 0, timeout=10_000)
        stored = results_on_server(live_server, contact_id)
        by_id: dict[str, list[dict[str, Any]]] = {}
        for entry in stored:
            by_id.setdefault(entry["checklist"]["instrument_id"], []).append(entry)
        seoul = by_id["seoul_isolation_selftest_12"][-1]["checklist"]
        assert seoul["complete"] and len(seoul["answers"]) == 12 and seoul["answers"]["q12"] == 1
        ucla = by_id["ucla3_loneliness"][-1]["checklist"]
        assert ucla["skipped"] == {"ucla_companionship": "does_not_know"}
        for entries in by_id.values():
            revisions = [e["revision"] for e in entries]
            assert revisions == sorted(set(revisions)), "each revision reached the server once"
    finally:
        close_console(qtbot, console)


# (instrument, keys to reach and answer the crisis item, the rule it fires)
CRISIS_PATHS = [
    ("crisis_safety_screen", [1, 1], "suicide_plan"),
    ("crisis_safety_screen", [1, 2, 1], "suicide_means"),
    ("crisis_safety_screen", [2, 1], "attempt_in_progress"),
    ("crisis_safety_screen", [2, 2, 1], "other_in_danger"),
    ("phq9_item9", [2], "phq9_item9_positive"),
]


def assert_red_button_uncovered(console: ConsoleWindow) -> None:
    window = console.window
    assert QApplication.activeModalWidget() is None
    button = window.contact.emergency
    centre = button.mapTo(window, QPoint(button.width() // 2, button.height() // 2))
    assert window.childAt(centre) is button, "the red button is covered"


@pytest.mark.parametrize(("instrument", "answers", "rule"), CRISIS_PATHS, ids=[p[2] for p in CRISIS_PATHS])
def test_every_crisis_item_raises_the_emergency_path(
    qtbot: Any, live_server: Any, tmp_path: Path, instrument: str, answers: list[int], rule: str
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    contact_view = window.contact
    panel = contact_view.checklist
    try:
        call_id = take_call(qtbot, console, "010-7373-4545", post=live_server.post_call)
        keys = Keys(qtbot)
        keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        keys.press(DIGITS[panel.picker.instrument_ids().index(instrument) + 1])
        assert not contact_view.emergency.is_pulsing() and window.crisis_panel.isHidden()
        for key in answers:
            keys.press(DIGITS[key])
        assert [r.rule for r in console.core.checklists.crisis] == [rule]
        qtbot.waitUntil(contact_view.emergency.is_pulsing, timeout=10_000)
        assert window.header.emergency.is_pulsing()
        crisis_panel = window.crisis_panel
        assert crisis_panel.isVisible() and crisis_panel.expanded() and crisis_panel.asks_text()
        assert window.history.isVisible(), "이력 stays beside the crisis panel"
        assert window.today.isHidden(), "the crisis panel takes 오늘's place"
        assert_red_button_uncovered(console)
        draft = console.core.dispatches.dispatch_draft()
        assert draft.fields.risk, "the dispatch draft carries the crisis answers"

        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # asks first: a crisis
        qtbot.waitUntil(contact_view.end_confirm.isVisible, timeout=10_000)
        assert contact_view.state() == "in_call"
        qtbot.mouseClick(contact_view.end_confirm.end, Qt.MouseButton.LeftButton)  # 그래도 종료
        qtbot.waitUntil(lambda: contact_view.state() == "wrap_up", timeout=10_000)
        # 마무리 opens on the decision the rule asks for (it heads the page), not scrolled past it.
        first = next(iter(contact_view.crisis_decision.buttons.values()))
        qtbot.waitUntil(first.hasFocus, timeout=10_000)
        assert contact_view.crisis_decision.visibleRegion().boundingRect().top() == 0
        fill_wrap_up(qtbot, console)
        contact_view.finish_wrap_up()
        qtbot.waitUntil(lambda: "위기 대응 결정" in contact_view.missing_text(), timeout=20_000)
        assert contact_view.state() == "wrap_up" and contact_view.crisis_decision.isVisible()
        assert bool(contact_view.crisis_decision.property("missing"))

        decision = contact_view.crisis_decision
        qtbot.mouseClick(decision.buttons["other"], Qt.MouseButton.LeftButton)
        assert decision.reason.hasFocus()
        qtbot.keyClicks(decision.reason, "Sister is coming over now")
        qtbot.keyClick(decision.reason, Qt.Key.Key_Return)
        assert console.core.checklists.crisis_decision is not None
        assert contact_view.missing_text() == ""
        contact_view.finish_wrap_up()
        qtbot.waitUntil(lambda: contact_view.state() == "empty", timeout=15_000)
        assert not contact_view.emergency.is_pulsing() and window.crisis_panel.isHidden()
        assert window.history.isVisible() and window.today.isVisible()

        contact_id = contact_of(live_server, call_id)
        entries = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        decisions = [e["crisis_decision"] for e in entries if e["kind"] == "crisis_decision"]
        assert decisions == [{"decision": "other", "reason": "Sister is coming over now",
                              "dispatch_id": None}]
        events = live_server.get("/v1/events/poll?after=0&limit=500").json()["items"]
        assert any(e["type"] == "crisis.raised" and e["data"]["contact_id"] == contact_id for e in events)
    finally:
        close_console(qtbot, console)


def test_a_broken_instrument_file_is_listed_with_its_reason(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "instruments"
    folder.mkdir()
    (folder / "crisis_safety_screen.json").write_bytes(
        (default_directory() / "crisis_safety_screen.json").read_bytes()
    )
    broken = json.loads((default_directory() / "phq9_item9.json").read_text(encoding="utf-8"))
    del broken["items"][0]["options"][3]  # PHQ-9 item 9 must offer 0-3: refused by the safety check
    (folder / "phq9_item9.json").write_text(json.dumps(broken), encoding="utf-8")
    (folder / "zz_not_json.json").write_text("{", encoding="utf-8")
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.checklists.instrument_dir = folder
    contact_view = console.window.contact
    try:
        take_call(qtbot, console, "010-8181-2020", post=live_server.post_call)
        contact_view.show_page("checklist")
        picker = contact_view.checklist.picker
        assert picker.instrument_ids() == ["crisis_safety_screen"]
        texts = [w.text() for w in picker.findChildren(type(contact_view.checklist._message))]
        shown = [t for t in texts if t.startswith("체크리스트 하나를 쓸 수 없습니다")]
        assert "체크리스트 하나를 쓸 수 없습니다: 위기 문항이 빠졌거나 바뀌었습니다" in shown
        assert "체크리스트 하나를 쓸 수 없습니다: 파일 형식이 잘못되었습니다" in shown
        assert not any(".json" in t for t in shown), "a file name is for the admin, behind ⓘ"
        admin = "\n".join(picker.info.lines())
        assert "zz_not_json.json" in admin and "PHQ-9 item 9 must offer the values 0-3" in admin
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
        assert contact_view.checklist.face() == "question"
    finally:
        close_console(qtbot, console)
