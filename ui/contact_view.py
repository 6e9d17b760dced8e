"""The open contact: who is on the line, how long, the notes, and the way to a clean wrap-up."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from console.errors import ConsoleError
from ui.formatting import caller_number, channel_name, format_duration
from ui.messages import error_text
from ui.notes_pane import NotesPane
from ui.text import plain_label, set_plain

if TYPE_CHECKING:
    from console.core import ConsoleCore
    from console.state import ActiveContact, SyncStatus


class ContactView(QFrame):
    """States: empty → in_call → wrap_up → empty (the core's active contact drives them)."""

    contact_closed = Signal(str)  # contact id, after 후처리 완료
    call_ended = Signal(str)  # contact id
    state_changed = Signal(str)

    def __init__(self, core: ConsoleCore, *, debounce_ms: int = 800, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactView")
        self._core = core
        self._contact: ActiveContact | None = None
        self._state = "empty"

        self._caller = plain_label(object_name="contactCaller")
        self._caller.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details = plain_label(object_name="contactDetails")
        self._timer_label = plain_label("00:00", object_name="contactTimer")
        self._timer_label.setAccessibleName(QCoreApplication.translate("ContactView", "통화 시간"))
        self._timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._phase = plain_label(object_name="contactPhase")

        self._wrap_note = plain_label(
            QCoreApplication.translate(
                "ContactView",
                "통화가 끝났습니다. 메모를 마저 정리한 뒤 "
                "‘후처리 완료’를 누르면 다음 전화를 받을 수 있습니다.",
            ),
            object_name="wrapUpNote",
            word_wrap=True,
        )
        self._wrap_note.hide()
        self._error = plain_label(object_name="contactError", word_wrap=True)
        self._error.hide()

        self.notes = NotesPane(core, debounce_ms=debounce_ms, parent=self)

        self._end = QPushButton(QCoreApplication.translate("ContactView", "통화 종료  (Ctrl+E)"), self)
        self._end.setObjectName("endCallButton")
        self._end.setAccessibleName(QCoreApplication.translate("ContactView", "통화 종료"))
        self._end.setToolTip(
            QCoreApplication.translate("ContactView", "통화를 끝내고 후처리로 넘어갑니다 (Ctrl+E)")
        )
        self._end.clicked.connect(self.end_contact)
        self._finish = QPushButton(
            QCoreApplication.translate("ContactView", "후처리 완료  (Ctrl+Enter)"), self
        )
        self._finish.setObjectName("finishWrapUpButton")
        self._finish.setAccessibleName(QCoreApplication.translate("ContactView", "후처리 완료"))
        self._finish.setToolTip(
            QCoreApplication.translate("ContactView", "메모를 저장하고 대기 상태로 돌아갑니다 (Ctrl+Enter)")
        )
        self._finish.clicked.connect(self.finish_wrap_up)
        self._finish.hide()

        end_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        end_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        end_shortcut.activated.connect(self.end_contact)
        self._finish_shortcuts = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.finish_wrap_up)
            self._finish_shortcuts.append(shortcut)

        header = QHBoxLayout()
        header.setSpacing(16)
        who = QVBoxLayout()
        who.setSpacing(4)
        who.addWidget(self._caller)
        who.addWidget(self._details)
        header.addLayout(who, 1)
        when = QVBoxLayout()
        when.setSpacing(2)
        when.addWidget(self._timer_label)
        when.addWidget(self._phase, 0, Qt.AlignmentFlag.AlignRight)
        header.addLayout(when)

        actions = QHBoxLayout()
        actions.setSpacing(10)
        actions.addWidget(self._end)
        actions.addWidget(self._finish)
        actions.addStretch(1)
        # Bottom-right belongs to the emergency button (a later issue); nothing else may live here.
        self.emergency_slot = QHBoxLayout()
        self.emergency_slot.setObjectName("emergencySlot")
        actions.addLayout(self.emergency_slot)

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 22, 28, 22)
        column.setSpacing(14)
        column.addLayout(header)
        column.addWidget(self._wrap_note)
        column.addWidget(self.notes, 1)
        column.addWidget(self._error)
        column.addLayout(actions)

        self._clock = QTimer(self)
        # Coarse timers may fire up to 5 % early; a 1 s tick would then show the same second twice.
        self._clock.setInterval(250)
        self._clock.timeout.connect(self._update_timer)

    # --- public ----------------------------------------------------------------------------------

    def state(self) -> str:
        return self._state

    def contact(self) -> ActiveContact | None:
        return self._contact

    def caller_text(self) -> str:
        return self._caller.text()

    def timer_text(self) -> str:
        return self._timer_label.text()

    def set_contact(self, contact: ActiveContact | None) -> None:
        previous = self._contact
        self._contact = contact
        if contact is None:
            self._clock.stop()
            self.notes.clear()
            self._set_state("empty")
            return
        if previous is None or previous.contact_id != contact.contact_id:
            self.notes.load(contact.note_text, saved=contact.note_saved_at is not None)
            self._clear_error()
        caller = contact.caller
        set_plain(
            self._caller,
            QCoreApplication.translate("ContactView", "이름 미상 · {number}").format(
                number=caller_number(caller)
            ),
        )
        details = [channel_name(contact.channel)]
        if caller.withheld:
            details.append(QCoreApplication.translate("ContactView", "이력 확인 불가"))
        elif caller.returning or caller.prior_contacts:
            details.append(
                QCoreApplication.translate("ContactView", "재이용 · 이전 상담 {n}회").format(
                    n=caller.prior_contacts
                )
            )
        else:
            details.append(QCoreApplication.translate("ContactView", "신규"))
        set_plain(self._details, " · ".join(details))
        self._update_timer()
        if contact.ended_at is None:
            if not self._clock.isActive():
                self._clock.start()
            self._set_state("in_call")
        else:
            self._clock.stop()
            self._set_state("wrap_up")

    def refresh_sync(self, status: SyncStatus) -> None:
        self.notes.refresh_status(status)

    # --- actions ---------------------------------------------------------------------------------

    @asyncSlot()
    async def end_contact(self) -> None:
        if self._state != "in_call":
            return
        contact_id = self._contact.contact_id if self._contact else ""
        self.notes.flush()
        self._end.setEnabled(False)
        self._clear_error()
        try:
            await self._core.end_contact()
        except ConsoleError as exc:
            self._show_error(error_text(exc))
            return
        finally:
            self._end.setEnabled(True)
        self.set_contact(self._core.active_contact)
        self.call_ended.emit(contact_id)

    @asyncSlot()
    async def finish_wrap_up(self) -> None:
        if self._state != "wrap_up":
            return
        contact_id = self._contact.contact_id if self._contact else ""
        self.notes.flush()
        self._finish.setEnabled(False)
        self._clear_error()
        try:
            await self._core.finish_wrap_up()
        except ConsoleError as exc:
            self._show_error(error_text(exc))
            return
        finally:
            self._finish.setEnabled(True)
        self.set_contact(self._core.active_contact)
        self.contact_closed.emit(contact_id)

    # --- internals -------------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state == self._state:
            return
        self._state = state
        in_call = state == "in_call"
        wrap_up = state == "wrap_up"
        self._end.setVisible(in_call)
        self._finish.setVisible(wrap_up)
        self._wrap_note.setVisible(wrap_up)
        self.setProperty("phase", state)
        set_plain(
            self._phase,
            QCoreApplication.translate("ContactView", "통화 중")
            if in_call
            else QCoreApplication.translate("ContactView", "후처리 중")
            if wrap_up
            else "",
        )
        for shortcut in self._finish_shortcuts:
            shortcut.setEnabled(wrap_up)
        if in_call or wrap_up:
            self.notes.editor().setFocus(Qt.FocusReason.OtherFocusReason)
        self.state_changed.emit(state)

    def _update_timer(self) -> None:
        contact = self._contact
        if contact is None:
            return
        end = contact.ended_at or datetime.now(UTC)
        start = contact.started_at if contact.started_at.tzinfo else contact.started_at.replace(tzinfo=UTC)
        if end.tzinfo is None:
            end = end.replace(tzinfo=UTC)
        text = format_duration((end - start).total_seconds())
        if text != self._timer_label.text():
            set_plain(self._timer_label, text)

    def _show_error(self, text: str) -> None:
        set_plain(self._error, text)
        self._error.show()

    def _clear_error(self) -> None:
        self._error.hide()
        self._error.clear()
