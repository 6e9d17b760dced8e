"""The caller line at the top of the open contact: who (name or 이름 미상) · number · 위험도 · 주의 표시 N.

Always visible while the contact is open, whatever tab is showing. Seeing the full number is a separate,
audited action for roles that only see it masked: the reason is asked inline (no dialog), the server
records who asked, when and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from annyeong.console.domain.risk import higher_risk
from annyeong.console.wire import CallerCard, CallerSummary
from annyeong.ui.card.sections import flag_text, set_tone
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.text.formatting import caller_number
from annyeong.ui.text.labels import RISK_TIERS, risk_pill_name, risk_tier_name, risk_tone
from annyeong.ui.text.text import plain_label, plain_tooltip, set_plain

if TYPE_CHECKING:
    from annyeong.console.checklists.risk import Risk
    from annyeong.console.search.lookups import Lookups


def _t(text: str) -> str:
    return QCoreApplication.translate("CallerLine", text)


class CallerLine(QFrame):
    number_unmasked = Signal()

    def __init__(self, lookups: Lookups, risk: Risk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callerLine")
        self._lookups = lookups
        self._risk_rules = risk
        self._caller: CallerSummary | None = None
        self.channel = "phone"  # a chat without a number says so differently (text/formatting.py)
        self._name: str | None = None
        self._unmasked: str | None = None
        self._card: CallerCard | None = None
        self._settle_next = True

        self._who = plain_label(object_name="contactCaller")
        self._who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._risk = plain_label(object_name="contactRisk")
        self._risk.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._flags = plain_label(object_name="contactFlags")
        self._unmask = QPushButton(_t("번호 보기"), self)
        self._unmask.setObjectName("unmaskButton")
        self._unmask.setAccessibleName(_t("전체 번호 보기 요청"))
        self._unmask.setToolTip(_t("사유를 적으면 전체 번호를 보여 줍니다. 요청은 기록됩니다."))
        self._unmask.clicked.connect(self._on_unmask_clicked)

        self._reason_row = QFrame(self)
        self._reason_row.setObjectName("unmaskRow")
        self._reason = QLineEdit(self._reason_row)
        self._reason.setObjectName("unmaskReason")
        self._reason.setAccessibleName(_t("번호 보기 사유"))
        self._reason.setPlaceholderText(_t("사유 (예: 긴급 출동 요청, 회신 전화)"))
        self._reason.setMaxLength(200)
        self._reason.returnPressed.connect(self.request_unmask)
        self._send = QPushButton(_t("요청"), self._reason_row)
        self._send.setObjectName("unmaskSendButton")
        self._send.setAccessibleName(_t("번호 보기 요청 보내기"))
        self._send.clicked.connect(self.request_unmask)
        self._cancel = QPushButton(_t("취소"), self._reason_row)
        self._cancel.setObjectName("unmaskCancelButton")
        self._cancel.setAccessibleName(_t("번호 보기 취소"))
        self._cancel.clicked.connect(self._close_reason)
        self._note = plain_label(object_name="unmaskNote", word_wrap=True)
        reason_row = QHBoxLayout(self._reason_row)
        reason_row.setContentsMargins(0, 0, 0, 0)
        reason_row.setSpacing(8)
        reason_row.addWidget(self._reason, 1)
        reason_row.addWidget(self._send)
        reason_row.addWidget(self._cancel)
        self._reason_row.hide()
        self._note.hide()
        self._flag_lines = plain_label(object_name="contactFlagLines", word_wrap=True)
        self._flag_lines.hide()

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self._who)
        top.addStretch(1)
        # The pills sit beside the name, or on a line of their own when the column is too narrow for both
        # (the crisis panel open at 1366 px): the name and the number are never cut.
        self._pills = QHBoxLayout()
        self._pills.setSpacing(10)
        self._pills.addStretch(1)
        self._top = top
        self._pills_below = False
        for pill in (self._risk, self._flags, self._unmask):
            top.insertWidget(top.count() - 1, pill, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(top)
        column.addLayout(self._pills)
        column.addWidget(self._flag_lines)
        column.addWidget(self._reason_row)
        column.addWidget(self._note)

    # --- public ----------------------------------------------------------------------------------

    def text(self) -> str:
        return self._who.text()

    def risk_text(self) -> str:
        return self._risk.text()

    def flags_text(self) -> str:
        return self._flags.text()

    def pills_below(self) -> bool:
        """The pills on a line of their own under the name (the column is too narrow for both)."""
        return self._pills_below

    def set_caller(self, caller: CallerSummary | None, *, reset: bool, channel: str = "phone") -> None:
        self._caller = caller
        self.channel = channel
        if reset:
            self._settle_next = True  # the next person: the pills go where they fit now
            self._unmasked = None
            self._name = None
            self._card = None
            self._close_reason()
            self._note.hide()
        self._render()

    def set_name(self, name: str | None) -> None:
        name = (name or "").strip() or None
        if name != self._name:
            self._name = name
            self._render()

    def set_card(self, card: CallerCard | None) -> None:
        self._card = card
        self._render()

    def refresh(self) -> None:
        """The contact's checklists changed: the risk pill follows its newest result."""
        if self._caller is not None:
            self._render()

    def card(self) -> CallerCard | None:
        """The card shown for the person on the line (risk tier and flags), if any."""
        return self._card

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(settle=True)

    def _arrange(self, *, settle: bool = False) -> None:
        """Pills beside the name, or below it when they do not fit. Within a contact they only ever move
        down (a longer risk text); back up only when the room changes or the next person is on screen
        (`settle`), so a result never makes the tabs jump under the counselor's eyes."""
        self.ensurePolished()  # sizes in the look's fonts: an unpolished label measures small
        pills = [p for p in (self._risk, self._flags, self._unmask) if not p.isHidden()]
        spacing = self._top.spacing()
        needed = self._who.sizeHint().width() + sum(
            max(p.sizeHint().width(), p.minimumWidth()) + spacing for p in pills)
        below = needed > self.width()
        if below == self._pills_below or (self._pills_below and not settle):
            return
        self._pills_below = below
        source, target = (self._top, self._pills) if below else (self._pills, self._top)
        for index, pill in enumerate((self._risk, self._flags, self._unmask)):
            source.removeWidget(pill)
            at = index if below else 1 + index
            target.insertWidget(at, pill, 0, Qt.AlignmentFlag.AlignVCenter)

    def _reserve_risk_width(self) -> None:
        self._risk.ensurePolished()  # measured in the look's font, not the default one before the first show
        # As wide as the widest plain tier (평가 없음, every contact's first): a result that moves the tier
        # never widens the pill, so it never pushes the pills onto a line of their own mid-contact.
        metrics = self._risk.fontMetrics()
        padding = self._risk.sizeHint().width() - metrics.horizontalAdvance(self._risk.text())
        widest = max(metrics.horizontalAdvance(_t("위험도: {tier}").format(tier=risk_pill_name(tier)))
                     for tier in (*RISK_TIERS, None))
        self._risk.setMinimumWidth(widest + padding)

    # --- unmask ----------------------------------------------------------------------------------

    def _on_unmask_clicked(self) -> None:
        self._reason_row.show()
        self._note.hide()
        self._reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_reason(self) -> None:
        self._reason_row.hide()
        self._reason.clear()

    @asyncSlot()
    async def request_unmask(self) -> None:
        reason = self._reason.text().strip()
        if not reason:
            self._say(_t("사유를 적어 주세요."), "warn")
            return
        self._send.setEnabled(False)
        outcome = await CoreOp(self._lookups.unmask_number(reason)).failure(
            lambda text: self._say(text, "warn")).always(lambda: self._send.setEnabled(True)).run()
        if outcome.value is None:
            return
        self._unmasked = outcome.value.number_display
        self._close_reason()
        self._say(_t("전체 번호를 표시했습니다. 요청 사유와 함께 기록되었습니다."), "muted")
        self._render()
        self.number_unmasked.emit()

    def _say(self, text: str, tone: str) -> None:
        set_plain(self._note, text)
        set_tone(self._note, tone)
        self._note.show()

    # --- internals -------------------------------------------------------------------------------

    def _render(self) -> None:
        caller = self._caller
        if caller is None:
            set_plain(self._who, "")
            self._risk.hide()
            self._flags.hide()
            self._flag_lines.hide()
            self._unmask.hide()
            return
        name = self._name or _t("이름 미상")
        set_plain(self._who, f"{name} · {self._unmasked or caller_number(caller, self.channel)}")
        self._unmask.setVisible(
            not caller.withheld
            and not caller.unknown
            and caller.number_e164 is None
            and self._unmasked is None
        )
        card = self._card
        risk = self._risk_rules.caller_risk(card)
        text = _t("위험도: {tier}").format(tier=risk_pill_name(risk.tier))
        full = _t("위험도: {tier}").format(tier=risk_tier_name(risk.tier))
        if risk.source == "contact" and higher_risk(risk.tier, risk.case_tier) != risk.tier:
            # A calmer result today must not make the earlier, higher tier disappear from view.
            text = _t("위험도: {tier} (이전 평가 {case})").format(
                tier=risk_pill_name(risk.tier), case=risk_pill_name(risk.case_tier))
            full = _t("위험도: {tier} (이전 평가 {case})").format(
                tier=risk_tier_name(risk.tier), case=risk_tier_name(risk.case_tier))
        set_plain(self._risk, text)
        self._risk.setToolTip(plain_tooltip(full))
        self._risk.setAccessibleName(full)
        self._reserve_risk_width()
        set_tone(self._risk, risk_tone(higher_risk(risk.tier, risk.case_tier)))
        self._risk.show()
        flags = [f for f in (card.active_flags if card is not None else []) if f.active]
        set_plain(self._flags, _t("주의 표시 {n}").format(n=len(flags)))
        crisis = any(f.kind == "suicide_risk" for f in flags)
        set_tone(self._flags, "crisis" if crisis else "warn" if flags else "muted")
        self._flags.show()
        if flags:
            set_plain(self._flag_lines, "\n".join(flag_text(f) for f in flags))
            set_tone(self._flag_lines, "crisis" if crisis else "warn")
            self._flag_lines.show()
        else:
            self._flag_lines.hide()
        self._arrange(settle=self._settle_next)
        self._settle_next = False
