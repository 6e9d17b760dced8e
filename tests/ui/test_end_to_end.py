"""Server up → the real composition signed in as kim → annyeong-sim rings → Enter → a note is typed →
history is read → the call ends → 후처리 완료 is refused with the missing fields named → the fields are
filled → wrap-up completes → the server holds the note exactly once and the contact's details."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import close_console, signed_in_console, sim_call, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

TYPED = "2nd call this week; sleeps badly. "
SPOKEN = "어르신이 요즘 밤에 잠이 안 온다고 하심. 다음 주 목요일에 다시 전화 드리기로 함."
NOTE = TYPED + SPOKEN
SUMMARY = "Sleeps badly; lonely at night. "


def test_ring_accept_note_history_wrap_up_ended(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    contact_view = window.contact
    try:
        assert window.header.user_text() == "김상담"
        assert window.header.presence.presence() == "available"

        # --- ring: a returning caller with an open case --------------------------------------------
        call_id = sim_call(live_server.url, "010-9876-5432")
        qtbot.waitUntil(lambda: window.card.isVisible(), timeout=10_000)
        assert window.card.call() is not None and window.card.call().id == call_id
        assert window.card._number.text() == "010-****-5432"
        assert window.card._badge.text() == "재이용"

        # --- accept ---------------------------------------------------------------------------------
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: contact_view.state() == "in_call", timeout=10_000)
        assert window.card.isHidden() and window.centre.current() is contact_view
        assert contact_view.caller_text() == "이름 미상 · 010-****-5432"
        assert contact_view.tabs.currentIndex() == 0 and contact_view.tabs.tabText(0) == "메모"
        tabs = [contact_view.tabs.tabText(i) for i in range(contact_view.tabs.count())]
        assert [t for t in tabs if t != "연계"] == ["메모", "체크리스트", "자원 안내", "마무리"]
        assert window.header.presence.presence() == "on_call"

        # --- notes ----------------------------------------------------------------------------------
        editor = contact_view.notes.editor()
        assert editor.hasFocus()
        qtbot.keyClicks(editor, TYPED)
        type_with_ime(qtbot, editor, SPOKEN)
        assert editor.toPlainText() == NOTE
        qtbot.waitUntil(lambda: contact_view.notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)

        # --- history, readable during the call -----------------------------------------------------
        qtbot.waitUntil(lambda: window.history.state() == "shown", timeout=10_000)
        assert window.history.item_count() >= 1
        assert any("고립" in t or "신고" in t for t in window.history.item_texts())

        # --- end, then 후처리 완료 refused with what is missing named ------------------------------------
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: contact_view.state() == "wrap_up", timeout=10_000)
        last = contact_view.tabs.count() - 1
        assert contact_view.tabs.currentIndex() == last, "the call is over: 마무리 comes forward"
        form = contact_view.wrap_up
        qtbot.mouseClick(contact_view._finish, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: contact_view.missing_text() != "", timeout=20_000)
        assert contact_view.missing_text() == "빠진 항목: 요약 · 서비스 유형 · 처리 결과"
        assert contact_view._missing.property("tone") == "crisis"
        assert form.summary.property("missing") and form.disposition.property("missing")
        assert all(box.property("missing") for box in form.service_boxes.values())
        assert contact_view.state() == "wrap_up" and form.summary.hasFocus()

        # --- fill it in the way a counselor does: type, number keys, pick --------------------------
        qtbot.keyClicks(form.summary, SUMMARY)
        type_with_ime(qtbot, form.summary, "고립예방센터 안내.")
        form.service_boxes["info"].setFocus()
        qtbot.keyClick(form.service_boxes["info"], Qt.Key.Key_2)
        qtbot.keyClick(form.service_boxes["info"], Qt.Key.Key_1)
        assert form.service_boxes["conversation"].isChecked() and form.service_boxes["info"].isChecked()
        qtbot.waitUntil(lambda: contact_view.missing_text() == "빠진 항목: 처리 결과", timeout=20_000)
        assert not form.summary.property("missing")
        form.disposition.setCurrentIndex(form.disposition.findData("completed"))
        qtbot.waitUntil(lambda: contact_view.missing_text() == "", timeout=20_000)
        assert console.core.active_contact.note_text == NOTE, "nothing typed was lost"

        qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: contact_view.state() == "empty", timeout=15_000)
        assert window.centre.current() is window.idle
        assert window.header.presence.presence() == "available"

        # --- what the server holds --------------------------------------------------------------------
        contact_id = live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
        entries = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert len({e["id"] for e in entries}) == 1, "one note"
        revisions = [(e["id"], e["revision"]) for e in entries]
        assert len(revisions) == len(set(revisions)), "no revision stored twice"
        assert max(entries, key=lambda e: e["revision"])["body"] == NOTE
        assert sum(1 for e in entries if e["body"] == NOTE) == 1, "the final text exactly once"
        contact = live_server.get(f"/v1/contacts/{contact_id}").json()
        assert contact["ended_at"] is not None and contact["wrapped_up_at"] is not None
        assert contact["summary"] == SUMMARY + "고립예방센터 안내."
        assert sorted(contact["service_types"]) == ["conversation", "info"]
        assert contact["disposition"] == "completed"
    finally:
        close_console(qtbot, console)
