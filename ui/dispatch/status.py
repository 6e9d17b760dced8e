"""The dispatch panel after the press: where the request is, step by step, and what the counselor must do.

Every step shows its time as soon as the core knows it (the event stream, no refresh). The fallback block
("지금 112에 직접 전화하세요" and the summary to read out) appears when the core says fallback_due; the
reminder keeps blinking gently until contact confirmed or failed is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.dispatches.local import LocalDispatch
from annyeong.console.dispatches.summary import readout
from annyeong.ui.card.sections import repolish, set_tone
from annyeong.ui.dispatch.delivery import delivery_line
from annyeong.ui.dispatch.labels import fallback_reason_text, service_number, step_name
from annyeong.ui.dispatch.moments import clock, step_times
from annyeong.ui.text.text import plain_label, set_plain

REMINDER_MS = 1200
MAIN_STEPS = ("requested", "received", "acknowledged", "en_route", "outcome", "closed")


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchStatus", text)


def _full_number(d: LocalDispatch) -> str | None:
    """The number police call: the one sent, else the one the server filled in from the contact."""
    return d.fields.person_number or (d.server.person_number if d.server is not None else None)


class DispatchStatusView(QFrame):
    contact_confirmed_requested = Signal()
    contact_failed_requested = Signal(str)  # the reason
    fallback_called_requested = Signal()
    close_requested = Signal()
    locked_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchStatus")
        # Where the keyboard rests when the button it was on goes away (see show_dispatch): the face
        # takes focus when told to, never by Tab, and a key pressed on it does nothing.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(_t("출동 상황"))
        self._dispatch: LocalDispatch | None = None
        self._sync_state = "online"
        self._locked = False
        self._reason_asked = False  # 연락 실패… was pressed: the reason row is open

        self._delivery = plain_label(object_name="dispatchDelivery", word_wrap=True)
        self._incident = plain_label(object_name="dispatchIncident")
        self._incident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The fallback: red, large, impossible to miss; the summary in plain text to read out.
        self.fallback = QFrame(self)
        self.fallback.setObjectName("emergencyFallback")
        self._fallback_head = plain_label(object_name="emergencyFallbackHead", word_wrap=True)
        self._fallback_why = plain_label(object_name="emergencyFallbackWhy", word_wrap=True)
        self._fallback_summary = plain_label(object_name="emergencyFallbackSummary", word_wrap=True)
        self._fallback_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # In the button row, not in the scrolled block: at 1366x768 the block's own button went under the
        # scroll's edge, and the read-out above it with it.
        self.fallback_called = QPushButton(self)
        self.fallback_called.setObjectName("emergencyFallbackCalledButton")
        self.fallback_called.setAccessibleName(_t("직접 전화함 기록"))
        self.fallback_called.clicked.connect(self.fallback_called_requested)
        box = QVBoxLayout(self.fallback)
        box.setContentsMargins(16, 10, 16, 12)
        box.setSpacing(6)
        box.addWidget(self._fallback_head)
        box.addWidget(self._fallback_why)
        box.addWidget(self._fallback_summary)
        self.fallback.hide()
        self.fallback_called.hide()

        steps = QFrame(self)
        steps.setObjectName("dispatchSteps")
        self._steps_box = steps
        grid = QGridLayout(steps)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self._steps: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, step in enumerate((*MAIN_STEPS, "fallback")):
            dot = plain_label("○", object_name="dispatchStepDot")
            name = plain_label(object_name="dispatchStepName", word_wrap=True)
            when = plain_label(object_name="dispatchStepTime")
            grid.addWidget(dot, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1)
            grid.addWidget(when, row, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            self._steps[step] = (dot, name, when)

        self._reminder = plain_label(
            _t("연락 확인 여부를 기록해 주세요"), object_name="dispatchReminder", word_wrap=True
        )
        self._reminder.setProperty("lit", False)
        self._blink = QTimer(self)
        self._blink.setInterval(REMINDER_MS)
        self._blink.timeout.connect(self._on_blink_timeout)

        self.confirm = self._button("dispatchConfirmButton", _t("연락 확인됨"), _t("대상자 연락 확인 기록"))
        self.confirm.clicked.connect(self.contact_confirmed_requested)
        self.fail = self._button("dispatchFailButton", _t("연락 실패…"), _t("대상자 연락 실패 기록"))
        self.fail.clicked.connect(self._on_fail_clicked)
        self.called = self._button("dispatchCalledButton", "", _t("직접 전화함 기록"))
        self.called.clicked.connect(self.fallback_called_requested)
        self.close_button = self._button("dispatchCloseButton", _t("닫기"), _t("출동 패널 닫기"))
        self.close_button.clicked.connect(self.close_requested)

        self._reason_row = QFrame(self)
        self._reason_row.setObjectName("dispatchReasonRow")
        self.reason = QLineEdit(self._reason_row)
        self.reason.setObjectName("dispatchFailReason")
        self.reason.setAccessibleName(_t("연락 실패 사유"))
        self.reason.setPlaceholderText(_t("사유 (예: 출동했으나 대상자를 찾지 못함)"))
        self.reason.setMaxLength(500)
        self.reason.returnPressed.connect(self._on_reason_submitted)
        row_parent = self._reason_row
        send = self._button("dispatchFailSendButton", _t("실패 기록"), _t("연락 실패 사유 기록"), row_parent)
        send.clicked.connect(self._on_reason_submitted)
        cancel = self._button("dispatchFailCancelButton", _t("취소"), _t("연락 실패 기록 취소"), row_parent)
        cancel.clicked.connect(self._close_reason)
        reason_row = QHBoxLayout(self._reason_row)
        reason_row.setContentsMargins(0, 0, 0, 0)
        reason_row.setSpacing(8)
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(send)
        reason_row.addWidget(cancel)
        self._reason_row.hide()
        self._message = plain_label(object_name="dispatchMessage", word_wrap=True)
        self._message.hide()
        self._locked_note = plain_label(_t(
            "화면이 잠겨 있어 연락 결과 기록과 요청 취소는 할 수 없습니다. 잠금을 푼 뒤 기록해 주세요."
        ), object_name="dispatchLockedNote", word_wrap=True)
        set_tone(self._locked_note, "muted")
        self._locked_note.hide()
        self._sent_title = plain_label(_t("보낸 내용"), object_name="dispatchSentTitle")
        self._sent = plain_label(object_name="dispatchSentSummary", word_wrap=True)
        self._sent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.fallback_called)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.fail)
        buttons.addWidget(self.called)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        # The text scrolls (what was sent, or the fallback's read-out); the steps and the reminder sit
        # under it at their full height, so a step row is never cut in half by the scroll's edge.
        body = QWidget(self)
        body.setObjectName("dispatchStatusBody")
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 6, 0)
        content.setSpacing(10)
        # Each on its own row: a word-wrapped label beside another in a row gets too little height.
        content.addWidget(self._incident, 0, Qt.AlignmentFlag.AlignLeft)
        content.addWidget(self._delivery)
        content.addWidget(self.fallback)
        content.addWidget(self._sent_title)
        content.addWidget(self._sent)
        content.addStretch(1)
        self._scroll = scroll = QScrollArea(self)
        scroll.setObjectName("dispatchStatusScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(scroll, 1)
        column.addWidget(steps)
        column.addWidget(self._reminder)
        column.addWidget(self._reason_row)
        column.addWidget(self._message)
        column.addWidget(self._locked_note)
        column.addLayout(buttons)

    # --- public ----------------------------------------------------------------------------------

    def dispatch(self) -> LocalDispatch | None:
        return self._dispatch

    def show_dispatch(self, d: LocalDispatch, *, sync_state: str) -> None:
        focused = QApplication.focusWidget()
        self._show(d, sync_state)
        # A step just recorded hides its button (112에 직접 전화함, then 연락 확인됨 once an outcome is in),
        # and Qt hands the keyboard to the next button in line: one stray Space then recorded 연락 확인됨
        # for a dispatch that never reached the agency. The keyboard rests on the face instead.
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused) and not focused.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        """The screen's lock. Through it the face still escalates (112에 직접 전화함, the relay); what ends
        or withdraws a dispatch, and the read-out of what was sent, wait for the password: anyone passing
        a locked PC could otherwise record "contact confirmed" and stop the reminders."""
        if locked == self._locked:
            return
        self._locked = locked
        if self._dispatch is not None:
            self.show_dispatch(self._dispatch, sync_state=self._sync_state)
        self.locked_changed.emit(locked)

    def _show(self, d: LocalDispatch, sync_state: str) -> None:
        if self._dispatch is None or self._dispatch.client_id != d.client_id:
            self._close_reason()
            self.show_message("")
        self._dispatch = d
        self._sync_state = sync_state
        record = not self._locked
        number = service_number(d.service)
        self._render_delivery(d, sync_state)
        set_plain(self._incident, _t("사건번호 {n}").format(n=d.incident_number) if d.incident_number else "")
        self._render_steps(d)
        due = d.fallback_due
        # The steps' 출동 기관 접수 row carries the number: shown twice, it took the row 보낸 내용 needed at
        # 1366×768 (an outside tester saw it shrink to a sliver).
        self._incident.setVisible(bool(d.incident_number) and due is not None)
        self.fallback.setVisible(due is not None)
        self.fallback_called.setVisible(due is not None)
        # While the counselor must phone, the read-out has the room: the red block is where it stands.
        self._steps_box.setVisible(due is None)
        self._delivery.setVisible(due is None)  # the red block's "why" says where the request is
        if due is not None:
            set_plain(self._fallback_head, _t("지금 {number}에 직접 전화하세요").format(number=number))
            set_plain(self._fallback_why, fallback_reason_text(due, d.service))
            set_plain(self._fallback_summary, readout(d.fields.summary, _full_number(d)))
            self.fallback_called.setText(_t("{number}에 직접 전화함").format(number=number))
        set_plain(self._sent, readout(d.fields.summary, _full_number(d)))
        for widget in (self._sent_title, self._sent):
            widget.setVisible(due is None and bool(d.fields.summary) and record)
        self.called.setText(_t("{number}에 직접 전화함").format(number=number))
        self.called.setVisible(due is None and d.fallback_called_at is None and d.open and not d.cancelled)
        # Withdrawn: nobody was sent, so there is no outcome to record; it may simply be closed.
        has_outcome = d.outcome is not None or d.cancelled
        self.confirm.setVisible(record and not has_outcome and d.open)
        self.fail.setVisible(record and not has_outcome and d.open)
        if has_outcome:
            self._close_reason()
        # Locked, a reason being written waits out of sight, as typed, for the password.
        self._reason_row.setVisible(self._reason_asked and record)
        self._locked_note.setVisible(not record)
        self.close_button.setVisible(record)
        self.close_button.setEnabled(has_outcome)
        self.close_button.setToolTip(
            "" if has_outcome else _t("연락 확인 또는 연락 실패를 기록하면 닫을 수 있습니다.")
        )
        # While the counselor must phone, the red block is the reminder; the amber one waits its turn.
        self.set_reminding(d.needs_reminder and due is None and record)

    def reminding(self) -> bool:
        return not self._reminder.isHidden() and self._blink.isActive()

    def reminder_text(self) -> str:
        return self._reminder.text() if not self._reminder.isHidden() else ""

    def set_reminding(self, on: bool) -> None:
        self._reminder.setVisible(on)
        if on and not self._blink.isActive():
            self._blink.start()
        elif not on:
            self._blink.stop()

    def delivery_text(self) -> str:
        return self._delivery.text()

    def incident_text(self) -> str:
        return self._incident.text() if not self._incident.isHidden() else ""

    def fallback_text(self) -> str:
        if self.fallback.isHidden():
            return ""
        return "\n".join(w.text() for w in (self._fallback_head, self._fallback_why, self._fallback_summary))

    def step_text(self, step: str) -> str:
        _dot, name, when = self._steps[step]
        return f"{name.text()} {when.text()}".strip()

    def show_message(self, text: str) -> None:
        set_plain(self._message, text)
        self._message.setVisible(bool(text))

    def open_reason(self) -> None:
        self._reason_asked = True
        self._reason_row.show()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals -------------------------------------------------------------------------------

    def _button(self, name: str, text: str, accessible: str, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(text, parent or self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _render_delivery(self, d: LocalDispatch, sync_state: str) -> None:
        text, tone = delivery_line(d, sync_state)
        if text != self._delivery.text():  # news (출동 실패 …) is read from its first line, not half above it
            self._scroll.verticalScrollBar().setValue(0)
        set_plain(self._delivery, text)
        set_tone(self._delivery, tone)
        self._delivery.updateGeometry()  # the tone adds padding: the wrapped height must be asked again

    def _render_steps(self, d: LocalDispatch) -> None:
        times = step_times(d)
        current_found = False
        for step in MAIN_STEPS:
            dot, name, when = self._steps[step]
            at = times[step]
            label = step_name(step, d.service)
            if step == "acknowledged" and d.incident_number:
                label += " · " + _t("사건번호 {n}").format(n=d.incident_number)
            if step == "outcome" and d.cancelled:
                label, at = step_name("cancel_requested", d.service), d.cancel_requested_at
            elif step == "outcome" and d.failed_at is not None:
                label = step_name("failed", d.service)
                if d.failed_reason:
                    label += " · " + d.failed_reason
            elif step == "outcome" and d.contact_confirmed_at is None:
                label = _t("대상자 연락 확인 / 실패")
            state = "done" if at is not None else "pending"
            if at is None and not current_found and (not d.cancelled or step == "closed"):
                state, current_found = "current", True
            if step == "outcome" and (d.failed_at is not None or d.cancelled):
                state = "failed"
            self._set_step(step, state, label, clock(at))
            # The steps further on than the next give way to the read-out: at 1366x768 they left what
            # was sent to police cut at the scroll's edge, and the counselor may be asked to repeat it.
            for widget in self._steps[step]:
                widget.setVisible(state != "pending")
        side = []
        if d.fallback_shown_at is not None:
            side.append(f"{step_name('fallback_shown', d.service)} {clock(d.fallback_shown_at)}")
        if d.fallback_called_at is not None:
            side.append(f"{step_name('fallback_called', d.service)} {clock(d.fallback_called_at)}")
        dot, name, when = self._steps["fallback"]
        for widget in (dot, name, when):  # while due, the red block above is this path
            widget.setVisible(bool(side) and d.fallback_due is None)
        if side:
            state = "done" if d.fallback_called_at is not None else "alert"
            self._set_step("fallback", state, _t("직접 전화 경로: ") + " → ".join(side), "")

    def _set_step(self, step: str, state: str, label: str, at: str) -> None:
        dot, name, when = self._steps[step]
        marks = {"done": "●", "current": "◐", "pending": "○", "failed": "✕", "alert": "!"}
        set_plain(dot, marks.get(state, "○"))
        set_plain(name, label)
        set_plain(when, at)
        for widget in (dot, name, when):
            if widget.property("state") != state:
                widget.setProperty("state", state)
                repolish(widget)

    def _on_fail_clicked(self) -> None:
        self.open_reason()

    def _on_reason_submitted(self) -> None:
        self.contact_failed_requested.emit(self.reason.text())

    def _close_reason(self) -> None:
        self._reason_asked = False
        self._reason_row.hide()
        self.reason.clear()

    def _on_blink_timeout(self) -> None:
        self._reminder.setProperty("lit", not bool(self._reminder.property("lit")))
        repolish(self._reminder)
