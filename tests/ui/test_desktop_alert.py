"""The lead's crisis and escalation notices are notices like the others: each is announced on the desktop
(the tray or the notification service, and the taskbar) while the window is not in front, once.
(The desktop side itself, a minimised window and the D-Bus notification, is proven from outside in
tests/e2e/test_consent_lead.py.)"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from annyeong.console.wire import CrisisAlert, Handoff
from annyeong.ui.board.floor_alert import FloorNotices
from annyeong.ui.shell.desktop_alert import DesktopAlert

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
NOW = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


def window(qtbot: Any) -> tuple[QWidget, DesktopAlert, QWidget]:
    main = QWidget()  # the notices' window, never shown here: not in front
    qtbot.addWidget(main)
    alert = DesktopAlert(main)
    main.resize(1200, 700)
    return main, alert, main


def test_the_leads_crisis_and_escalation_notices_are_announced(qtbot: Any) -> None:
    _main, alert, central = window(qtbot)
    notices = FloorNotices(central)
    crisis = CrisisAlert.model_validate({
        "contact_id": "c-1", "counselor": {"id": "u-kim", "name": "김상담"}, "entry_id": "e-1",
        "instrument_id": "crisis_screen", "raised_at": NOW.isoformat()})
    handoff = Handoff.model_validate({
        "id": "h-1", "status": "pending", "target": "next_shift",
        "from_user": {"id": "u-park", "name": "박상담"},
        "sbar": {"situation": "부탁드립니다", "risk_tier": "high"}, "created_at": NOW.isoformat(),
        "escalated_at": NOW.isoformat()})
    notices.show_alerts([crisis], [handoff])
    qtbot.waitUntil(lambda: len(alert.sent) == 2)  # announced at the next turn of the event loop
    assert alert.sent == ["위기 응답 · 김상담 상담원", "응답 없는 인계 · 박상담 → 다음 근무조"]
    assert notices.notice_keys() == ["crisis:c-1", "escalated:h-1"]
    notices.show_alerts([crisis], [handoff])  # the same open items again: nothing new announced
    qtbot.wait(50)
    assert len(alert.sent) == 2
    notices.dismiss("crisis:c-1")
    notices.show_alerts([crisis], [])
    assert notices.notice_keys() == []
