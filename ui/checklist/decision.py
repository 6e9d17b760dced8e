"""The crisis decision (required before wrap-up once a crisis rule fired): 긴급 출동 요청함 / 안전 계획에
함께 동의함 / 기타 with a reason. One click records it (saved locally and queued, works offline); it can be
changed later (the change is the next revision). Shown in the crisis panel and at the top of 마무리."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.card.sections import repolish, set_tone
from annyeong.ui.checklist.labels import DECISIONS, checklist_error_text, decision_name
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.text.formatting import format_time
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore


def _t(text: str) -> str:
    return QCoreApplication.translate("CrisisDecision", text)


def wrap_up_page(decision: CrisisDecisionField, form: QWidget, parent: QWidget) -> QWidget:
    """마무리's page: the crisis decision (when needed) above the wrap-up fields."""
    page = QWidget(parent)
    page.setObjectName("wrapUpPage")
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(decision)
    column.addWidget(form, 1)
    return page


class CrisisDecisionField(QFrame):
    def __init__(
        self, core: ConsoleCore, *, name: str, vertical: bool = False, after_end: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The decision shows in one place at a time: the crisis panel during the call, 마무리 after it.
        self._after_end = after_end
        self.setObjectName("crisisDecision")
        self.setProperty("missing", False)
        self._core = core
        self._title = plain_label(_t("위기 대응 결정 * (마무리 전에 꼭 기록)"),
                                  object_name="crisisDecisionTitle", word_wrap=True)
        self.buttons: dict[str, QPushButton] = {}
        row: QBoxLayout = QVBoxLayout() if vertical else QHBoxLayout()  # vertical: a narrow column
        row.setSpacing(6 if vertical else 8)
        for code in DECISIONS:
            button = QPushButton(decision_name(code), self)
            button.setObjectName(f"{name}_{code}")
            button.setAccessibleName(_t("위기 대응 결정: {name}").format(name=decision_name(code)))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=code: self._on_choice(c))
            row.addWidget(button)
            self.buttons[code] = button
        if not vertical:
            row.addStretch(1)
        self.reason = QLineEdit(self)
        self.reason.setObjectName(f"{name}_reason")
        self.reason.setAccessibleName(_t("기타 결정의 사유"))
        self.reason.setPlaceholderText(
            _t("무엇을 하기로 했는지 (예: 보호자에게 연락해 곁에 있기로 함) · Enter로 기록")
        )
        self.reason.setMaxLength(500)
        self.reason.returnPressed.connect(self.record_other)
        self.reason.hide()
        self._status = plain_label(object_name="crisisDecisionStatus", word_wrap=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(6)
        column.addWidget(self._title)
        column.addLayout(row)
        column.addWidget(self.reason)
        column.addWidget(self._status)

    def refresh(self) -> None:
        decision = self._core.checklists.crisis_decision if self._core.active_contact is not None else None
        for code, button in self.buttons.items():
            button.setChecked(decision is not None and decision.decision == code)
        if decision is None:
            set_plain(self._status, _t("아직 기록하지 않았습니다."))
            set_tone(self._status, "crisis")
        else:
            text = _t("기록됨 {time} · {name}").format(time=format_time(decision.decided_at),
                                                      name=decision_name(decision.decision))
            if decision.reason:
                text += f" — {decision.reason}"
            set_plain(self._status, text)
            set_tone(self._status, "ok")
            self.set_missing(False)

    def sync(self) -> None:
        """Shown (and current) only while the open contact has a crisis answer."""
        contact = self._core.active_contact
        crisis = contact is not None and self._core.checklists.crisis_raised
        ended = contact is not None and contact.ended_at is not None
        self.setVisible(crisis and ended == self._after_end)
        if crisis:
            self.refresh()

    def missing(self) -> list[str]:
        """["crisis_decision"] while a crisis answer has no recorded decision (the core's rule)."""
        core = self._core
        needed = (
            core.active_contact is not None
            and core.checklists.crisis_raised
            and core.checklists.crisis_decision is None
        )
        return ["crisis_decision"] if needed else []

    def status_text(self) -> str:
        return self._status.text()

    def set_missing(self, missing: bool) -> None:
        if bool(self.property("missing")) != missing:
            self.setProperty("missing", missing)
            repolish(self)

    def focus(self) -> None:
        self.buttons[DECISIONS[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def record_other(self) -> None:
        self._record("other", self.reason.text())

    def _on_choice(self, code: str) -> None:
        if code == "other":
            self.reason.show()
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.reason.text().strip():
                self.record_other()
            else:
                self.refresh()
            return
        self.reason.hide()
        self._record(code, None)

    def _record(self, code: str, reason: str | None) -> None:
        outcome = CoreOp.now(lambda: self._core.checklists.record_crisis_decision(
            code, reason=reason)).failure(self._refused, text=checklist_error_text).run_now()  # type: ignore[arg-type]
        if not outcome.ok:
            return
        self.refresh()

    def _refused(self, text: str) -> None:
        set_plain(self._status, text)
        set_tone(self._status, "crisis")
