"""마무리 after a checklist: ③ ticked for the counselor (자동 표시), left unticked once they untick it,
처리 결과 first and on Alt+R, and the follow-up pool said as a counselor says it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_a_checklist_ticks_isolation_check_once(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    console.core.training = True  # UCLA-3 needs a permission a training console shows
    window = console.window
    window.resize(1366, 740)
    contact = window.contact
    form = contact.wrap_up
    try:
        take_call(qtbot, console, "010-6060-7070", post=live_server.post_call)
        box = form.service_boxes["isolation_check"]
        assert not box.isChecked()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        contact.checklist.start("ucla3_loneliness")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
        qtbot.waitUntil(box.isChecked, timeout=20_000)
        assert box.text() == "③ 고립정도 확인 · 자동 표시" and form.auto_marked() == ["isolation_check"]
        assert box.accessibleName() == "서비스 유형: ③ 고립정도 확인 · 자동 표시"

        box.setChecked(False)  # the counselor's call: it stays off
        assert box.text() == "③ 고립정도 확인"
        for key in (Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_2):
            qtbot.keyClick(QApplication.focusWidget(), key)
        contact.refresh_checklist()
        assert not box.isChecked()
        active = console.core.active_contact
        assert active is not None and "isolation_check" not in active.details.service_types

        contact.show_page("wrap_up")
        form.summary.setFocus()
        qtbot.keyClick(form.summary, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(form.disposition.view().isVisible, timeout=10_000)  # open, its list in front
        form.disposition.hidePopup()
        layout = form.layout()
        first = layout.itemAt(0) if layout is not None else None
        assert first is not None and first.layout() is not None, "처리 결과 leads the form"
        who = [form.follow_up_plan.who.itemText(i) for i in range(form.follow_up_plan.who.count())]
        assert "상담원 누구나 (공동 후속 연락)" in who and not any("대기함" in w for w in who)
    finally:
        close_console(qtbot, console)
