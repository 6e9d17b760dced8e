"""The 연계 tab and the follow-up list, driven like a counselor against the real server.

Counted actions (keys or clicks the counselor makes) from a checklist result to a submitted referral:
the result card's target button (its `referral_requested` signal on the main window) and Ctrl+Enter."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
CENTER = "isolation-prevention-center"
SUBJECT = {"name": "홍길동", "number": "010-3333-4444", "district": "마포구"}


def partner(live: Any, referral_id: str, step: str) -> None:
    r = httpx.post(f"{live.url}/v1/referrals/{referral_id}/status", json={"step": step},
                   headers={"X-API-Key": f"training-partner-key-{CENTER}"}, timeout=10)
    r.raise_for_status()


def test_from_a_checklist_result_to_a_submitted_referral_takes_two_actions(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    window = console.window
    core = console.core
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        core.update_contact_details(subject=SUBJECT)
        result = {"instrument_id": "seoul_isolation_selftest_12", "version": "1", "total": 31, "tier": "high",
                  "risk": "high", "next_step": "refer_prevention_center"}
        actions = 0
        # 1: the result card's "고립예방센터 연계" button (it emits this signal on the main window).
        window.referral_requested.emit(CENTER, result)
        actions += 1
        panel = window.contact.referral
        assert panel.page() == "form" and window.contact.tabs.currentWidget() is panel
        form = panel.form.widgets
        assert form["subject_name"].text() == "홍길동"  # type: ignore[attr-defined]
        assert form["callback_number"].text() == "010-3333-4444"  # type: ignore[attr-defined]
        assert "총점 31" in form["checklist"].text()  # type: ignore[attr-defined]
        assert "동의 받음" in panel.submit_button.text()
        # 2: Ctrl+Enter — consent as recorded in the block (동의함 · 본인 · 전화 구두) and send.
        qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        actions += 1
        qtbot.waitUntil(lambda: bool(core.referrals()), timeout=5_000)
        qtbot.waitUntil(lambda: core.referrals()[0].status == "submitted", timeout=10_000)
        print(f"actions from a checklist result to a submitted referral: {actions}")
        assert actions == 2 and panel.page() == "picker" and "보냈습니다" in panel.message_text()
        referral = core.referrals()[0]
        assert referral.consent is not None and referral.consent.given and referral.consent.by == "person"

        # The partner moves it on: the chip under the caller line changes within a second, no refresh.
        chips = window.contact.referral_chips
        qtbot.waitUntil(lambda: any("전송됨" in t for t in chips.texts()), timeout=5_000)
        start = time.monotonic()
        partner(live_server, referral.client_id, "received")
        qtbot.waitUntil(lambda: any("접수됨" in t for t in chips.texts()), timeout=1_000)
        print(f"partner step → chip on screen: {(time.monotonic() - start) * 1000:.0f} ms")
        assert any("접수됨" in t for t in panel.list_texts())
    finally:
        close_console(qtbot, console)


def test_from_the_contact_and_with_refused_consent(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    window = console.window
    core = console.core
    try:
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        core.update_contact_details(subject=SUBJECT)
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
        panel.consent.scope["district"].setChecked(True)
        assert "동의 안 함" in panel.submit_button.text()
        label = panel.form._labels["subject_name"]
        assert "(보내지 않음)" in label.text()
        assert "(보내지 않음)" not in panel.form._labels["district"].text()
        qtbot.keyClick(panel.submit_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)  # 3
        qtbot.waitUntil(lambda: bool(core.referrals()), timeout=5_000)
        referral = core.referrals()[0]
        assert "subject_name" in referral.withheld and "district" in referral.fields
        assert "보내지 않았습니다" in panel.message_text()
        qtbot.waitUntil(lambda: core.sync_status.pending == 0, timeout=10_000)
        stored = live_server.get(f"/v1/referrals/{referral.client_id}").json()
        assert "subject_name" not in stored["fields"] and stored["fields"]["district"] == "마포구"
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
        core.schedule_follow_up(datetime.now(UTC) - timedelta(minutes=5), reason="약속한 확인 전화")
        core.schedule_follow_up(datetime.now(UTC) + timedelta(days=1), reason="돌봄동행단 연결 확인")
        qtbot.waitUntil(lambda: count.text() == "후속 연락 2 (지연 1)", timeout=5_000)
        assert count.property("overdue") is True
        texts = window.follow_up_list.texts()
        assert len(texts) == 2 and "지연" in texts[0] and "약속한 확인 전화" in texts[0]
        qtbot.waitUntil(lambda: core.sync_status.pending == 0, timeout=10_000)
        window.referrals.reload_follow_ups()
        qtbot.waitUntil(lambda: "전송 대기" not in " ".join(window.follow_up_list.texts()), timeout=5_000)

        # Complete the overdue one from the list: the count goes back to normal.
        window.follow_up_list.list.setCurrentRow(0)
        qtbot.mouseClick(window.follow_up_list.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: count.text() == "후속 연락 1", timeout=5_000)
        assert count.property("overdue") is False
    finally:
        close_console(qtbot, console)
