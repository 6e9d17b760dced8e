"""The incoming-call card (screen pop): who is calling, what happened last time, 받기 / 거절.

The card overlays the top of the centre column. Accepting never waits for anything the card shows: all
of it arrives with the offered call, and history for the side column loads separately.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from annyeong.console.wire import Call, CallerCard
from annyeong.ui.card.decline_reasons import DeclineReasons, decline_reasons
from annyeong.ui.card.ring_alert import RingAlert
from annyeong.ui.card.sections import CardDetails, recent_text
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.formatting import caller_number, chat_source_name, format_date
from annyeong.ui.text.messages import accept_error_text
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.calls import Calls


def _tc(text: str) -> str:
    return QCoreApplication.translate("CallCard", text)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CallCard(QFrame):
    """States: hidden → ringing ⇄ choosing_reason → accepting/declining → hidden."""

    call_accepted = Signal(str)  # call id
    call_declined = Signal(str)  # call id
    state_changed = Signal(str)

    def __init__(self, calls: Calls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._call: Call | None = None
        self.accepted_call: Call | None = None  # the last call taken here, card and all
        self._state = "hidden"
        self._ring_deadline: float | None = None
        self.setObjectName("callCard")
        self.setAccessibleName(QCoreApplication.translate("CallCard", "걸려 온 전화"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._title = plain_label(object_name="callCardTitle")
        self._channel = plain_label(object_name="callCardChannel")
        self._countdown = plain_label(object_name="callCardCountdown")
        self._number = plain_label(object_name="callCardNumber")
        self._number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._badge = plain_label(object_name="callCardBadge")
        self._history = plain_label(object_name="callCardHistory", word_wrap=True)
        self._status = plain_label(object_name="callCardStatus", word_wrap=True)
        self._status.hide()
        self.details = CardDetails(self)
        self.ring = RingAlert(self)

        self._accept = QPushButton(QCoreApplication.translate("CallCard", "받기  (Enter)"), self)
        self._accept.setObjectName("acceptCallButton")
        self._accept.setAccessibleName(QCoreApplication.translate("CallCard", "전화 받기"))
        self._accept.setToolTip(QCoreApplication.translate("CallCard", "전화 받기 (Enter)"))
        self._accept.setDefault(True)
        self._accept.clicked.connect(self.accept)
        self._decline = QPushButton(QCoreApplication.translate("CallCard", "거절  (Esc)"), self)
        self._decline.setObjectName("declineCallButton")
        self._decline.setAccessibleName(QCoreApplication.translate("CallCard", "전화 거절"))
        self._decline.setToolTip(QCoreApplication.translate("CallCard", "거절하고 사유 고르기 (Esc)"))
        self._decline.clicked.connect(self.show_reasons)

        self._reasons = DeclineReasons(self)
        self._reasons.chosen.connect(lambda code: self.decline(code))
        self._reasons.cancelled.connect(self.hide_reasons)
        self._reasons.hide()

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self._title)
        top.addWidget(self._channel)
        top.addStretch(1)
        top.addWidget(self._countdown)
        who = QHBoxLayout()
        who.setSpacing(12)
        who.addWidget(self._number)
        who.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignVCenter)
        who.addStretch(1)
        who.addWidget(self._decline)
        who.addWidget(self._accept)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(8)
        column.addLayout(top)
        column.addLayout(who)
        column.addWidget(self._history)
        column.addWidget(self.details)
        column.addWidget(self._reasons)
        column.addWidget(self._status)

        self._shortcuts: dict[str, list[QAction]] = {"ring": [], "reasons": []}
        self._over_contact = False
        def add(group: str, name: str, text: str, keys: list[Any], slot: Callable[[], object]) -> None:
            self._shortcuts[group].append(key_action(self, name, text, keys, slot, enabled=False))

        enter = [Qt.Key.Key_Return, Qt.Key.Key_Enter]
        add("ring", "callAcceptAction", _tc("전화 받기"), enter, self.accept)
        add("ring", "callDeclineAction", _tc("전화 거절 (사유 고르기)"), ["Esc"], self.show_reasons)
        add("reasons", "callDeclineCancelAction", _tc("거절 취소"), ["Esc"], self.hide_reasons)
        for number, (code, label) in enumerate(decline_reasons(), start=1):
            add("reasons", f"callDeclineAction_{code}", _tc("거절: {reason}").format(reason=label),
                [str(number)], partial(self.decline, code))
        add("reasons", "callAcceptInsteadAction", _tc("전화 받기"), enter, self.accept)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_countdown)
        self.hide()

    # --- public ----------------------------------------------------------------------------------

    def call(self) -> Call | None:
        return self._call

    def state(self) -> str:
        return self._state

    def status_text(self) -> str:
        return self._status.text() if not self._status.isHidden() else ""

    def set_over_contact(self, over: bool) -> None:
        """While a contact is on screen the counselor is typing in it: Enter, Esc and the reason digits
        then belong to what is being typed, and the card's keys work only once the card has the focus
        (a click, or Tab into it). Idle, they work wherever the focus is in the window."""
        self._over_contact = over
        context = (Qt.ShortcutContext.WidgetWithChildrenShortcut if over
                   else Qt.ShortcutContext.WindowShortcut)
        for actions in self._shortcuts.values():
            for action in actions:
                action.setShortcutContext(context)
        self._accept.setText(QCoreApplication.translate("CallCard", "받기") if over
                             else QCoreApplication.translate("CallCard", "받기  (Enter)"))
        self._decline.setText(QCoreApplication.translate("CallCard", "거절") if over
                              else QCoreApplication.translate("CallCard", "거절  (Esc)"))
        # Over an open contact the card stays small: the conversation below stays readable while it rings.
        # What the card would add (self-test, chat so far, flags) comes with the contact on 받기.
        self.details.setVisible(not over)

    def show_call(self, call: Call) -> None:
        """Start ringing for ``call`` (replaces any card shown before)."""
        self._call = call
        caller = call.caller
        chat = call.channel == "chat"
        self.setAccessibleName(QCoreApplication.translate("CallCard", "들어온 채팅") if chat
                               else QCoreApplication.translate("CallCard", "걸려 온 전화"))
        self._accept.setAccessibleName(QCoreApplication.translate("CallCard", "채팅 받기") if chat
                                       else QCoreApplication.translate("CallCard", "전화 받기"))
        set_plain(
            self._title,
            QCoreApplication.translate("CallCard", "채팅 연결 요청")
            if chat
            else QCoreApplication.translate("CallCard", "전화가 왔습니다"),
        )
        source = chat_source_name(call.chat.source if call.chat is not None else None)
        named = QCoreApplication.translate("CallCard", "채팅 · {source}").format(source=source)
        set_plain(self._channel, (named if source else QCoreApplication.translate("CallCard", "채팅")) if chat
                  else QCoreApplication.translate("CallCard", "전화"))
        set_plain(self._number, caller_number(caller, call.channel))
        if caller.withheld:
            badge, tone = QCoreApplication.translate("CallCard", "이력 확인 불가"), "muted"
            history = QCoreApplication.translate(
                "CallCard", "번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다."
            ) if chat else QCoreApplication.translate(
                "CallCard", "번호가 표시되지 않아 이전 상담을 찾을 수 없습니다."
            )
        elif call.card is not None and call.card.recent_contacts:
            badge, tone = QCoreApplication.translate("CallCard", "재이용"), "returning"
            history = QCoreApplication.translate(
                "CallCard", "이전 상담 %n회 · 최근 {list}", None, caller.prior_contacts
            ).format(list=recent_text(call.card))
        elif caller.returning or caller.prior_contacts:
            badge, tone = QCoreApplication.translate("CallCard", "재이용"), "returning"
            parts = [
                QCoreApplication.translate("CallCard", "이전 상담 %n회", None, caller.prior_contacts)
            ]
            if caller.last_contact_at is not None:
                parts.append(
                    QCoreApplication.translate("CallCard", "마지막 {date}").format(
                        date=format_date(caller.last_contact_at)
                    )
                )
            if caller.last_counselor:
                parts.append(caller.last_counselor)
            history = " · ".join(parts)
        else:
            badge, tone = QCoreApplication.translate("CallCard", "신규"), "new"
            history = QCoreApplication.translate("CallCard", "처음 연락하신 분입니다.") if chat \
                else QCoreApplication.translate("CallCard", "처음 전화하신 분입니다.")
        set_plain(self._badge, badge)
        self._badge.setProperty("tone", tone)
        _repolish(self._badge)
        # Without a number the line below says the history cannot be looked up; the chip beside the long
        # "no number" text would only crowd the answer button off the row (English most of all).
        self._badge.setVisible(not caller.withheld)
        set_plain(self._history, history)
        self.details.clear()
        self.details.show_chat(call.chat)
        if call.card is not None:
            self.details.show_card(call.card, with_recent=False)
        elif not caller.withheld and (caller.returning or caller.prior_contacts):
            # The event came without the card: the history column's lookup fills it in (set_card).
            self.details.show_loading()
        self._describe()

        self._ring_deadline = None
        if call.offered_at is not None and call.offer_expires_at is not None:
            # Measured on our own clock from now: a skewed PC clock must not shorten the ring.
            window = (call.offer_expires_at - call.offered_at).total_seconds()
            self._ring_deadline = time.monotonic() + max(0.0, window)
        self._update_countdown()
        self._tick.start()
        self._clear_status()
        self._set_state("ringing")
        self.show()
        self.raise_()
        self.take_keyboard()
        self._alert()

    def set_card(self, card: CallerCard | None, *, failed: bool = False) -> None:
        """The card's details, fetched after the offer (when the event did not carry them)."""
        if self._call is None or self._state == "hidden" or self._call.card is not None:
            return  # (a card that came with the call is already on screen, its history line included)
        if card is not None:
            self.details.show_card(card)
        elif failed and self.details.state() == "loading":
            self.details.show_failed()
        elif self.details.state() == "loading":
            self.details.clear_facts()
        self._describe()
        self.adjustSize()

    def withdraw(self, call_id: str | None = None) -> None:
        """The call stopped ringing here (taken, missed, declined or hung up)."""
        if call_id is not None and (self._call is None or self._call.id != call_id):
            return
        if self._state == "accepting":
            return  # our own accept is in flight; its result decides
        self._dismiss()

    # --- actions ---------------------------------------------------------------------------------

    @asyncSlot()
    async def accept(self) -> None:
        call = self._call
        if call is None or self._state not in ("ringing", "choosing_reason"):
            return
        self._set_state("accepting")
        self._show_status(QCoreApplication.translate("CallCard", "연결 중…"), tone="muted")
        try:
            outcome = await CoreOp(self._calls.accept_call(call.id)).failure(
                lambda text: self._refused(call, "ringing", text),
                text=lambda exc: accept_error_text(exc, chat=call.channel == "chat")).run()
        except BaseException:
            if self._call is call:
                self._set_state("ringing")
                self._clear_status()
            raise
        if not outcome.ok:
            return
        self.accepted_call = call
        if self._call is call:
            self._dismiss()
        self.call_accepted.emit(call.id)

    @asyncSlot()
    async def decline(self, reason: str) -> None:
        call = self._call
        if call is None or self._state != "choosing_reason":
            return
        self._set_state("declining")
        self._show_status(QCoreApplication.translate("CallCard", "거절하는 중…"), tone="muted")
        try:
            outcome = await CoreOp(self._calls.decline_call(call.id, reason=reason)).failure(
                lambda text: self._refused(call, "choosing_reason", text)).run()
        except BaseException:
            if self._call is call:
                self._set_state("choosing_reason")
                self._clear_status()
            raise
        if not outcome.ok:
            return
        if self._call is call:
            self._dismiss()
        self.call_declined.emit(call.id)

    def _refused(self, call: Call, state: str, text: str) -> None:
        if self._call is call:  # still the card on screen: back to where the press came from
            self._set_state(state)
            self._show_status(text, tone="warn")

    def take_keyboard(self) -> None:
        """받기 takes the keyboard while ringing over the idle view (as the ring begins, or once the lock
        screen lifts). Over a contact the counselor is typing: the keyboard stays there."""
        if self._state == "ringing" and not self._over_contact:
            self._accept.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_reasons(self) -> None:
        if self._state != "ringing":
            return
        self._set_state("choosing_reason")
        self._reasons.focus_first()

    def hide_reasons(self) -> None:
        if self._state != "choosing_reason":
            return
        self._set_state("ringing")
        self._accept.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals -------------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self._state = state
        if state not in ("ringing", "choosing_reason"):
            self.ring.stop()
        busy = state in ("accepting", "declining")
        self._accept.setEnabled(state in ("ringing", "choosing_reason"))
        self._decline.setEnabled(state == "ringing")
        self._reasons.setVisible(state in ("choosing_reason", "declining"))
        self._reasons.set_choosable(state == "choosing_reason")
        for shortcut in self._shortcuts["ring"]:
            shortcut.setEnabled(state == "ringing")
        for shortcut in self._shortcuts["reasons"]:
            shortcut.setEnabled(state == "choosing_reason")
        self.setProperty("busy", busy)
        self.adjustSize()
        self.state_changed.emit(state)

    def _describe(self) -> None:
        lines = [self._title.text(), self._number.text(), self._badge.text(), self._history.text()]
        self.setAccessibleDescription(" · ".join([*lines, *self.details.texts()]))

    def _dismiss(self) -> None:
        self.ring.stop()
        self._tick.stop()
        self._call = None
        self._set_state("hidden")
        self.hide()

    def _show_status(self, text: str, *, tone: str) -> None:
        set_plain(self._status, text)
        self._status.setProperty("tone", tone)
        _repolish(self._status)
        self._status.show()
        self.adjustSize()

    def _clear_status(self) -> None:
        self._status.hide()
        self._status.clear()

    def _update_countdown(self) -> None:
        if self._ring_deadline is None:
            self._countdown.clear()
            return
        remaining = max(0, round(self._ring_deadline - time.monotonic()))
        set_plain(
            self._countdown,
            QCoreApplication.translate("CallCard", "{n}초 뒤 다음 상담원에게 연결").format(n=remaining),
        )

    def _alert(self) -> None:
        # Raise, flash, notify and sound: the counselor may be looking at another program at 3 a.m.
        self.ring.ring(
            title=self._title.text(), message=f"{self._number.text()} · {self._badge.text()}"
        )
