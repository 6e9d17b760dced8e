"""The 연계 tab and the follow-up list, driven like a counselor against the real server.

Counted actions (keys or clicks the counselor makes) from a checklist result to a submitted referral:
a click on the result card's target button after a real checklist run, and Ctrl+Enter — besides the
person's answer and who gave it, which the counselor always chooses (nothing is pre-set)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt

from annyeong.console.centre_time import CENTRE_ZONE as SEOUL
from annyeong.console.referrals.ops import checklist_text
from annyeong.ui.follow_up.plan import POOL
from tests.support import web
from tests.ui.support import close_console, fill_wrap_up, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
CENTER = "isolation-prevention-center"
SUBJECT = {"name": "홍길동", "number": "010-3333-4444", "district": "마포구"}


def partner(live: Any, referral_id: str, step: str) -> None:
    r = web.post(f"{live.url}/v1/referrals/{referral_id}/status", json={"step": step},
                   headers={"X-API-Key": f"training-partner-key-{CENTER}"}, timeout=10)
    r.raise_for_status()


def test_from_a_checklist_result_to_a_submitted_referral_takes_two_actions_besides_the_consent(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    window = console.window
    core = console.core
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        core.contacts.update_contact_details(subject=SUBJECT)
        # 연락 희망 시간, typed beside the subject's other details during the call (QTest types Latin only).
        wrap_up = window.contact.wrap_up
        window.contact.show_page("wrap_up")
        wrap_up.subject.callback_time.setFocus()
        qtbot.keyClicks(wrap_up.subject.callback_time, "weekdays after 2 pm")
        wrap_up.flush()
        assert core.active_contact.details.subject.callback_time == "weekdays after 2 pm"  # type: ignore[union-attr]
        # The checklist, run in its tab as a counselor does (not counted: the count starts at its result).
        core.training = True  # Seoul's self-test is offered before its licence is on file (training)
        checklist = window.contact.checklist
        window.contact.show_page("checklist")
        checklist.start("seoul_isolation_selftest_12")
        for key in (1, 2, 1, 2, 2, 1, 2, 2, 1, 2, 1, 2):
            checklist.answer(key)
        assert checklist.face() == "result"
        payload = core.checklists.checklist_payload()
        assert payload is not None and payload["instrument_id"] == "seoul_isolation_selftest_12"

        actions = 0
        # 1: the result card's "고립예방센터 연계" button.
        step = checklist.result.step_buttons["refer_prevention_center"]
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
        actions += 1
        panel = window.contact.referral
        assert panel.page() == "form" and window.contact.tabs.currentWidget() is panel
        form = panel.form.widgets
        assert form["subject_name"].text() == "홍길동"  # type: ignore[attr-defined]
        assert form["callback_number"].text() == "010-3333-4444"  # type: ignore[attr-defined]
        assert form["callback_time"].text() == "weekdays after 2 pm"  # type: ignore[attr-defined]
        # The checklist field is the run just finished, in the partner's words.
        assert form["checklist"].text() == checklist_text(payload)  # type: ignore[attr-defined]
        # Nothing is pre-set: Ctrl+Enter before the person answered names what is missing and sends
        # nothing; the form keeps what it holds.
        consent = panel.consent
        assert consent.answer() is None and consent.giver.currentIndex() < 0
        assert "동의 기록 전" in panel.submit_button.text()
        qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        said = consent.missing_line.text()
        assert consent.missing_line.isVisible() and "동의 답변" in said and "동의한 사람" in said
        assert panel.page() == "form" and not core.referrals.for_contact()
        assert form["subject_name"].text() == "홍길동"  # type: ignore[attr-defined]
        assert consent.answer_buttons["all"].property("missing") is True
        # The script read, the person says yes, herself.
        qtbot.mouseClick(consent.answer_buttons["all"], Qt.MouseButton.LeftButton)
        consent.set_giver("person")
        assert consent.missing_line.isHidden() and consent.answer_buttons["all"].property("missing") is False
        assert "동의 받음 · 본인 · 전화 구두" in panel.submit_button.text()
        # 2: Ctrl+Enter — consent as recorded in the block and send.
        qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        actions += 1
        qtbot.waitUntil(lambda: bool(core.referrals.for_contact()), timeout=20_000)
        qtbot.waitUntil(lambda: core.referrals.for_contact()[0].status == "submitted", timeout=10_000)
        print(f"actions from a checklist result to a submitted referral: {actions}")
        assert actions == 2 and panel.page() == "picker" and "보냈습니다" in panel.message_text()
        referral = core.referrals.for_contact()[0]
        assert referral.consent is not None and referral.consent.given and referral.consent.by == "person"
        stored = live_server.get(f"/v1/referrals/{referral.client_id}").json()
        assert stored["fields"]["checklist"] == checklist_text(payload)

        # The partner moves it on: the chip under the caller line changes within a second, no refresh,
        # and the case timeline in the history column shows the new status too.
        chips = window.contact.referral_chips
        qtbot.waitUntil(lambda: any("전송됨" in t for t in chips.texts()), timeout=20_000)
        assert "상태: 접수됨" not in window.history.item_texts()
        start = time.monotonic()
        partner(live_server, referral.client_id, "received")
        qtbot.waitUntil(lambda: any("접수됨" in t for t in chips.texts()), timeout=10_000)
        print(f"partner step → chip on screen: {(time.monotonic() - start) * 1000:.0f} ms")
        assert any("접수됨" in t for t in panel.list_texts())
        # (one label per line: "… · 연계 · 서울시고립예방센터", then "상태: 접수됨")
        qtbot.waitUntil(lambda: "상태: 접수됨" in window.history.item_texts(), timeout=10_000)
        assert any("연계" in t and "서울시고립예방센터" in t for t in window.history.item_texts())
        print(f"partner step → case timeline: {(time.monotonic() - start) * 1000:.0f} ms")
    finally:
        close_console(qtbot, console)


def test_from_the_contact_and_with_refused_consent(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    window = console.window
    core = console.core
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        core.contacts.update_contact_details(subject=SUBJECT)
        contact = window.contact
        index = contact.tabs.indexOf(contact.referral)
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert contact.tabs.currentWidget() is contact.referral  # 1: Ctrl+<n> to 연계
        button = contact.referral.target_buttons["loneliness-care-companions"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # 2: the target
        panel = contact.referral
        assert panel.page() == "form"
        # The person says no, but lets the district go.
        panel.consent.set_answer("none")
        panel.consent.set_giver("person")
        panel.consent.scope["district"].setChecked(True)
        assert "동의 안 함" in panel.submit_button.text()
        label = panel.form._labels["subject_name"]
        assert "(보내지 않음)" in label.text()
        assert "(보내지 않음)" not in panel.form._labels["district"].text()
        qtbot.keyClick(panel.submit_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)  # 3
        qtbot.waitUntil(lambda: bool(core.referrals.for_contact()), timeout=20_000)
        referral = core.referrals.for_contact()[0]
        assert "subject_name" in referral.withheld and "district" in referral.fields
        assert "보내지 않았습니다" in panel.message_text()
        qtbot.waitUntil(lambda: core.sync_status.pending == 0, timeout=10_000)
        stored = live_server.get(f"/v1/referrals/{referral.client_id}").json()
        assert "subject_name" not in stored["fields"] and stored["fields"]["district"] == "마포구"
    finally:
        close_console(qtbot, console)


def test_an_emergency_referral_records_its_lawful_basis_and_books_the_check_call(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    window = console.window
    core = console.core
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        core.contacts.update_contact_details(subject=SUBJECT)
        contact = window.contact
        contact.show_page("referral")
        panel = contact.referral
        qtbot.mouseClick(panel.target_buttons["line-109"], Qt.MouseButton.LeftButton)
        assert panel.page() == "form" and panel.consent.emergency.isVisible()
        # The person could not be asked (or said no): in an emergency the lawful basis goes instead, and
        # no field stays dimmed as withheld.
        panel.consent.set_answer("none")
        assert "(보내지 않음)" in panel.form._labels["subject_name"].text()
        qtbot.mouseClick(panel.consent.emergency, Qt.MouseButton.LeftButton)
        assert panel.consent.is_emergency() and panel.consent.withheld() == set()
        assert "(보내지 않음)" not in panel.form._labels["subject_name"].text()
        panel.consent.basis.setCurrentIndex(panel.consent.basis.findData("pipa_15_1_5"))
        panel.consent.basis_note.setFocus()
        qtbot.keyClicks(panel.consent.basis_note, "Said he has a plan for tonight")
        assert panel.submit_button.property("emergency") is True and "긴급 연계" in panel.submit_button.text()
        # The check call: did 109 reach him? Two days on at 14:00.
        qtbot.mouseClick(panel.check_call, Qt.MouseButton.LeftButton)
        due = (datetime.now() + timedelta(days=2)).replace(hour=14, minute=0, second=0, microsecond=0)
        panel.check_call_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp())))
        qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(core.referrals.for_contact()), timeout=20_000)
        referral = core.referrals.for_contact()[0]
        assert "예약했습니다" in panel.message_text()
        qtbot.waitUntil(lambda: core.sync_status.pending == 0, timeout=10_000)

        stored = live_server.get(f"/v1/referrals/{referral.client_id}").json()
        assert stored["lawful_basis"] == "pipa_15_1_5" and stored["consent"] is None
        assert stored["lawful_basis_note"] == "Said he has a plan for tonight"
        assert stored["withheld_fields"] == [] and stored["fields"]["subject_name"] == "홍길동"
        calls = [f for f in live_server.get("/v1/follow-ups?assignee=all").json()["items"]
                 if f["source"] == "referral"]
        assert [(f["source_id"], f["reason"]) for f in calls] == [(referral.client_id, "연계 확인 전화")]
        assert datetime.fromisoformat(calls[0]["due_at"]) == due.astimezone()
        window.referrals.reload_follow_ups()
        qtbot.waitUntil(lambda: any("연계 확인 전화" in t for t in window.follow_up_list.texts()),
                        timeout=20_000)
    finally:
        close_console(qtbot, console)


def test_the_follow_up_count_is_always_visible_and_red_when_overdue(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    window = console.window
    core = console.core
    try:
        count = window.header.follow_ups
        assert count.isVisible() and count.text() == "후속 연락 0"
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        core.follow_ups.schedule_follow_up(
            datetime.now(UTC) - timedelta(minutes=5), reason="약속한 확인 전화"
        )
        core.follow_ups.schedule_follow_up(
            datetime.now(UTC) + timedelta(days=1), reason="돌봄동행단 연결 확인"
        )
        qtbot.waitUntil(lambda: count.text() == "후속 연락 2 (지연 1)", timeout=20_000)
        assert count.property("overdue") is True
        texts = window.follow_up_list.texts()
        assert len(texts) == 2 and "지연" in texts[0] and "약속한 확인 전화" in texts[0]
        qtbot.waitUntil(lambda: core.sync_status.pending == 0, timeout=10_000)
        window.referrals.reload_follow_ups()
        qtbot.waitUntil(lambda: "전송 대기" not in " ".join(window.follow_up_list.texts()), timeout=20_000)

        # Complete the overdue one from the list: the count goes back to normal.
        window.follow_up_list.list.setCurrentRow(0)
        qtbot.mouseClick(window.follow_up_list.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: count.text() == "후속 연락 1", timeout=20_000)
        assert count.property("overdue") is False
    finally:
        close_console(qtbot, console)


def test_a_wrap_up_follow_up_has_a_time_a_reason_and_may_go_to_the_pool(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    window = console.window
    contact_view = window.contact
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # end the call
        qtbot.waitUntil(lambda: contact_view.state() == "wrap_up", timeout=10_000)
        fill_wrap_up(qtbot, console)
        form = contact_view.wrap_up
        plan = form.follow_up_plan
        qtbot.mouseClick(plan.needed, Qt.MouseButton.LeftButton)
        assert plan.time_text() == "10:00"  # the team's usual callback hour, until changed
        # Tomorrow in Seoul, whatever the machine's own zone (the form's dates are the centre's).
        seoul_tomorrow = (datetime.now(SEOUL) + timedelta(days=1)).date()
        tomorrow = QDate(seoul_tomorrow.year, seoul_tomorrow.month, seoul_tomorrow.day)
        plan.date.setDate(tomorrow)
        plan.time.setCurrentIndex(plan.time.findText("15:30"))
        who = [plan.who.itemText(i) for i in range(plan.who.count())]
        assert who[:2] == ["담당 선택", "나 (김상담)"] and "상담원 누구나 (공동 후속 연락)" in who
        # A named colleague too: the list is read from the server once a follow-up is wanted.
        qtbot.waitUntil(lambda: plan.who.findText("최상담") >= 0, timeout=20_000)
        assert plan.who.findText("관리자") < 0  # an admin account makes no callbacks
        plan.who.setCurrentIndex(plan.who.findData(POOL))
        plan.reason.setFocus()
        qtbot.keyClicks(plan.reason, "Ask about the Maeum store visit")  # QTest types Latin only
        form.flush()
        saved = console.core.active_contact.details.follow_up  # type: ignore[union-attr]
        assert saved.pool == "counselors" and saved.assignee_id is None
        assert saved.reason == "Ask about the Maeum store visit"
        assert saved.due_at is not None and saved.due_at.astimezone(SEOUL).strftime("%H:%M") == "15:30"
        contact_view.finish_wrap_up()
        qtbot.waitUntil(lambda: contact_view.state() == "empty", timeout=15_000)

        # The server made it at wrap-up; the list shows its time, 공동 and the reason.
        window.referrals.reload_follow_ups()
        texts = window.follow_up_list.texts
        qtbot.waitUntil(lambda: any("Ask about the Maeum store visit" in t for t in texts()), timeout=20_000)
        row = next(t for t in texts() if "Ask about the Maeum store visit" in t)
        assert row.startswith("내일 15:30") and "공동" in row
        stored = [f for f in live_server.get("/v1/follow-ups?assignee=all").json()["items"]
                  if f["reason"] == "Ask about the Maeum store visit"]
        assert len(stored) == 1 and stored[0]["pool"] == "counselors" and stored[0]["source"] == "wrap_up"
    finally:
        close_console(qtbot, console)
