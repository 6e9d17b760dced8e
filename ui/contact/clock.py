"""How long the open contact has lasted, and what it is doing now: the top right of the contact view.

While the contact is live the timer counts; in 마무리 it holds the length from start to end, as the shift
report counts it, and the line under it says so.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from annyeong.ui.text.formatting import format_duration
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.state import ActiveContact


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactView", text)


class ContactClock(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact: ActiveContact | None = None
        self._timer = plain_label("00:00", object_name="contactTimer")
        self._timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._phase = plain_label(object_name="contactPhase", word_wrap=True)
        self._phase.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Never wider than the timer above it: the clock's width is the timer's, from call to wrap-up.
        self._phase.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self._timer)
        column.addWidget(self._phase)
        self._tick = QTimer(self)  # coarse timers fire up to 5 % early: a 1 s tick would repeat a second
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update)

    def text(self) -> str:
        return self._timer.text()

    def phase_text(self) -> str:
        return self._phase.text()

    def follow(self, contact: ActiveContact | None) -> None:
        """Count for this contact while it is live; hold its length once it has ended; None stops. The line
        under the timer says 통화 for a call and 채팅 for a chat, and whether the contact is live or ended."""
        self._contact = contact
        self._show_phase(contact)
        if contact is None:
            self._tick.stop()
            return
        self._update()
        if contact.ended_at is not None:
            self._tick.stop()
        elif not self._tick.isActive():
            self._tick.start()

    def _show_phase(self, contact: ActiveContact | None) -> None:
        chat = contact is not None and contact.channel == "chat"
        self._timer.setAccessibleName(_t("채팅 시간") if chat else _t("통화 시간"))
        if contact is None:
            set_plain(self._phase, "")
        elif contact.ended_at is None:
            set_plain(self._phase, _t("채팅 중") if chat else _t("통화 중"))
        else:
            # Short, and wrapped under the timer rather than widening the clock: a wider clock squeezed the
            # caller's flag banner onto a second line the moment the call ended, and the tabs dropped.
            set_plain(self._phase, _t("채팅 끝남\n후처리 중") if chat else _t("통화 끝남\n후처리 중"))

    def _update(self) -> None:
        contact = self._contact
        if contact is None:
            return
        end = contact.ended_at or datetime.now(UTC)
        start = contact.started_at if contact.started_at.tzinfo else contact.started_at.replace(tzinfo=UTC)
        if end.tzinfo is None:
            end = end.replace(tzinfo=UTC)
        text = format_duration((end - start).total_seconds())
        if text != self._timer.text():
            set_plain(self._timer, text)
