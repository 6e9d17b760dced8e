"""오늘 (soak_memory): a shift of hundreds of calls keeps the list to the most recent contacts,
never drops the open one, and leaves no widgets behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame
from pytestqt.qtbot import QtBot

from annyeong.console.state import ActiveContact
from annyeong.console.wire import CallerSummary
from annyeong.ui.contact.today_panel import MAX_ROWS, TodayPanel

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def active(i: int, *, ended: bool = False) -> ActiveContact:
    started = T0 + timedelta(minutes=10 * i)
    return ActiveContact(
        contact_id=f"c{i}", call_id=f"call{i}", channel="phone",
        caller=CallerSummary(number_masked=f"010-****-{i:04d}"), started_at=started,
        ended_at=started + timedelta(minutes=5) if ended else None, note_text="", note_saved_at=None,
    )


def items(panel: TodayPanel) -> list[QFrame]:
    return panel.findChildren(QFrame, "todayItem")


def test_a_long_shift_keeps_the_most_recent_contacts(qtbot: QtBot) -> None:
    panel = TodayPanel()
    qtbot.addWidget(panel)
    for i in range(MAX_ROWS * 3):
        panel.track(active(i))
        panel.track(active(i, ended=True))
        panel.track(None)
    assert panel.count() == MAX_ROWS
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the replaced rows' deleteLater
    assert len(items(panel)) == MAX_ROWS
    # The open contact stays even when it is the oldest one there is.
    panel.track(active(-1))
    assert panel.count() == MAX_ROWS and panel._active_id == "c-1"
