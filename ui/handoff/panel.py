"""인계: the SBAR panel (상황 / 배경 / 평가 / 권고), prefilled from the contact or case, with the receiver.

A non-modal dialog over the window: the counselor keeps talking (and typing notes) while filling it. One
action sends it; a retry after a lost connection sends the same handoff again (the core keeps its key).
A colleague named as the receiver who is on a break or signed out would not see it for a while: the
panel says so under the receiver and offers someone who is free now (presence from the colleague
directory). It warns and suggests; sending stays the counselor's call.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from annyeong.console.errors import ConsoleError, Offline
from annyeong.console.wire import Sbar
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.handoff.labels import (
    PARTNER_TARGETS,
    TARGET_ORDER,
    handoff_error_text,
    handoff_problem_text,
    target_name,
)
from annyeong.ui.text.formatting import channel_name, format_duration, format_time
from annyeong.ui.text.labels import flag_name, risk_tier_name, service_type_label
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.handoffs.ops import Handoffs
    from annyeong.console.handoffs.types import HandoffDraft

SBAR_FIELDS = (
    ("situation", "상황 (S)", "지금 어떤 상황인지: 통화 중인지, 무엇 때문에 넘기는지"),
    ("background", "배경 (B)", "이용 이력, 서비스 유형, 주의 표시, 메모에서 중요한 부분"),
    ("assessment", "평가 (A)", "위험도와 상담원의 판단"),
    ("recommendation", "권고 (R)", "받는 분이 할 일: 다시 연락할 시간, 연계할 곳"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoffPanel", text)


def prefill(draft: HandoffDraft, now: datetime | None = None, target: str = "next_shift") -> dict[str, str]:
    """The four texts the panel opens with (the counselor edits them before sending). A partner centre
    never takes the call itself (server.services.handoffs), so S asks it to take the person on."""
    now = now or datetime.now(UTC)
    if draft.live and draft.started_at is not None:
        partner = target in PARTNER_TARGETS
        ask = _t("통화는 제가 마무리합니다. 센터에서 이 분을 맡아 연락해 주세요.") if partner else _t(
            "통화를 이어받아 주세요.")
        situation = _t("{channel} 상담 진행 중 ({start} 시작, 통화 {length}).").format(
            channel=channel_name(draft.channel or "phone"), start=format_time(draft.started_at),
            length=format_duration((now - draft.started_at).total_seconds())) + " " + ask
    elif draft.contact_id is not None:
        situation = _t("통화가 끝난 상담입니다. 이어서 맡아 주세요.")
    else:
        situation = _t("진행 중인 사례를 넘깁니다.")
    if draft.summary:
        situation += "\n" + draft.summary
    background: list[str] = []
    if draft.service_types:
        background.append(_t("서비스: {types}").format(
            types=" · ".join(service_type_label(t) for t in draft.service_types)))
    for kind, instruction in draft.flags:
        background.append(f"{flag_name(kind)}: {instruction}")
    if draft.notes_excerpt:
        background.append(_t("메모: {text}").format(text=draft.notes_excerpt))
    assessment = _t("최근 위험도: {tier}").format(tier=risk_tier_name(draft.risk_tier))
    return {"situation": situation, "background": "\n".join(background), "assessment": assessment,
            "recommendation": ""}


class HandoffPanel(QDialog):
    sent = Signal(object)  # the Handoff the server recorded

    def __init__(self, handoffs: Handoffs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoffPanel")
        self.setAccessibleName(_t("인계"))
        self.setWindowTitle(_t("인계 — SBAR"))
        self.setModal(False)
        self._handoffs = handoffs
        self._draft: HandoffDraft | None = None
        self._prefilled_situation = ""  # what S was prefilled with: replaced on a target change if untouched
        self._busy = False

        self._title = plain_label(_t("인계"), self, object_name="handoffTitle")
        self._subtitle = plain_label(object_name="handoffSubtitle", word_wrap=True)
        self._risk = plain_label(object_name="handoffRisk")
        self._risk.setAccessibleName(_t("최근 위험도"))

        to_box = QFrame(self)
        to_box.setObjectName("handoffTargets")
        to_row = QHBoxLayout(to_box)
        to_row.setContentsMargins(0, 0, 0, 0)
        to_row.setSpacing(14)
        self.targets = QButtonGroup(self)
        self.target_buttons: dict[str, QRadioButton] = {}
        for code in TARGET_ORDER:
            button = QRadioButton(target_name(code), to_box)
            button.setObjectName(f"handoffTarget_{code}")
            button.setAccessibleName(_t("받는 곳: {name}").format(name=target_name(code)))
            self.targets.addButton(button)
            self.target_buttons[code] = button
            to_row.addWidget(button)
        to_row.addStretch(1)
        self.counselor = QComboBox(self)
        self.counselor.setObjectName("handoffCounselor")
        self.counselor.setAccessibleName(_t("받을 상담원"))
        self.counselor.setMinimumWidth(180)
        self.target_buttons["next_shift"].setChecked(True)
        self.targets.buttonToggled.connect(self._on_target_toggled)
        self.counselor.currentIndexChanged.connect(self._check_presence)
        self.presence_box = QFrame(self)
        self.presence_box.setObjectName("handoffPresenceWarning")
        self.presence_warning = plain_label(object_name="handoffPresenceText", word_wrap=True)
        self.suggest_button = QPushButton(self.presence_box)
        self.suggest_button.setObjectName("handoffSuggestButton")
        self.suggest_button.setAccessibleName(_t("대기 중인 상담원에게 보내기"))  # named once one is offered
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self._take_suggestion)
        self._suggested: str | None = None
        warning_row = QHBoxLayout(self.presence_box)
        warning_row.setContentsMargins(12, 8, 12, 8)
        warning_row.setSpacing(10)
        warning_row.addWidget(self.presence_warning, 1)
        warning_row.addWidget(self.suggest_button)
        self.presence_box.hide()

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.fields: dict[str, QPlainTextEdit] = {}
        for row, (key, label, hint) in enumerate(SBAR_FIELDS):
            name = plain_label(_t(label), self, object_name="handoffFieldLabel")
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"handoffField_{key}")
            edit.setAccessibleName(_t(label))
            edit.setPlaceholderText(_t(hint))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            self.fields[key] = edit
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(1, 1)

        self._error = plain_label(object_name="handoffError", word_wrap=True)
        self._error.hide()
        self.cancel_button = QPushButton(_t("취소"), self)
        self.cancel_button.setObjectName("handoffCancelButton")
        self.cancel_button.setAccessibleName(_t("인계 취소"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.send_button = QPushButton(_t("인계 보내기"), self)
        self.send_button.setObjectName("handoffSendButton")
        self.send_button.setAccessibleName(_t("인계 보내기"))
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)

        who = QHBoxLayout()
        who.setSpacing(10)
        who.addWidget(plain_label(_t("받는 곳"), self, object_name="handoffFieldLabel"))
        who.addWidget(to_box, 1)
        who.addWidget(self.counselor)
        buttons = QHBoxLayout()
        buttons.addWidget(self._error, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        column.addWidget(self._title)
        column.addWidget(self._subtitle)
        column.addWidget(self._risk)
        column.addLayout(who)
        column.addWidget(self.presence_box)
        column.addLayout(grid, 1)
        column.addLayout(buttons)
        self.resize(720, 600)
        self._on_target_toggled()

    # --- public ----------------------------------------------------------------------------------

    def open_for(self, draft: HandoffDraft) -> None:
        """Fill the panel from `draft` and show it (raised if it was open already)."""
        self._draft = draft
        texts = prefill(draft, target=self.target())
        for key, text in texts.items():
            self.fields[key].setPlainText(text)
        self._prefilled_situation = texts["situation"]
        self._show_subtitle()
        set_plain(self._risk, _t("최근 위험도: {tier}").format(tier=risk_tier_name(draft.risk_tier)))
        self._risk.setProperty("tone", "crisis" if draft.risk_tier in ("high", "imminent") else "muted")
        self._clear_error()
        self.show()
        self.raise_()
        self.activateWindow()
        self.fields["recommendation"].setFocus()
        self._load_colleagues()

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def presence_text(self) -> str:
        return self.presence_warning.text() if not self.presence_box.isHidden() else ""

    def choose_target(self, code: str, user_id: str | None = None, name: str | None = None) -> None:
        self.target_buttons[code].setChecked(True)
        if user_id is not None:
            index = self.counselor.findData(user_id)
            if index < 0:
                self.counselor.addItem(name or user_id, user_id)
                index = self.counselor.count() - 1
            self.counselor.setCurrentIndex(index)

    def target(self) -> str:
        for code, button in self.target_buttons.items():
            if button.isChecked():
                return code
        return "next_shift"

    # --- actions ---------------------------------------------------------------------------------

    @asyncSlot()
    async def send(self) -> None:
        draft = self._draft
        if draft is None or self._busy:
            return
        target = self.target()
        to_user = self.counselor.currentData() if target == "counselor" else None
        if target == "counselor" and not to_user:
            self._show_error(handoff_problem_text("to_user_required") or "")
            return
        if not self.fields["situation"].toPlainText().strip():
            self._show_error(handoff_problem_text("situation_required") or "")
            self.fields["situation"].setFocus()
            return
        texts = {k: e.toPlainText().strip()[:2000] for k, e in self.fields.items()}
        sbar = Sbar(risk_tier=draft.risk_tier, **texts)
        self._busy = True
        self.send_button.setEnabled(False)
        self._clear_error()
        def done() -> None:
            self._busy = False
            self.send_button.setEnabled(True)

        outcome = await CoreOp(self._handoffs.send_handoff(
            target=target, sbar=sbar, contact_id=draft.contact_id,  # type: ignore[arg-type]
            case_id=draft.case_id if draft.contact_id is None else None, to_user_id=to_user,
        )).failure(self._show_error, text=_send_error_text).always(done).run()
        if outcome.value is None:
            return
        self.sent.emit(outcome.value)
        self.accept()

    @asyncSlot()
    async def _load_colleagues(self) -> None:
        people = (await CoreOp(self._handoffs.colleagues()).run()).value or []
        current = self.counselor.currentData()
        # People named before the list came (choose_target) stay: a counselor's list may be short.
        for person in people:
            if self.counselor.findData(person.id) < 0:
                self.counselor.addItem(person.name, person.id)
        if current is not None:
            index = self.counselor.findData(current)
            self.counselor.setCurrentIndex(max(0, index))
        self._on_target_toggled()

    def _check_presence(self, *_args: object) -> None:
        """Warn under the receiver when the named colleague is on a break or signed out."""
        user_id = self.counselor.currentData() if self.target() == "counselor" else None
        presence = self._handoffs.colleague_presence(user_id) if user_id else None
        if presence not in ("break", "offline"):
            self.presence_box.hide()
            self._suggested = None
            return
        name = self.counselor.currentText()
        if presence == "break":
            text = _t("{name} 님은 지금 휴식 중입니다. 인계를 바로 보지 못할 수 있습니다.").format(name=name)
        else:
            text = _t("{name} 님은 지금 오프라인입니다. 로그인할 때까지 인계를 보지 못합니다.").format(
                name=name)
        free = self._handoffs.available_colleagues()
        if free:
            names = ", ".join(p.name for p in free[:3])
            text += " " + _t("지금 대기 중: {names}").format(names=names)
            self._suggested = free[0].id
            self.suggest_button.setText(_t("{name}에게 보내기").format(name=free[0].name))
            self.suggest_button.setAccessibleName(
                _t("받는 분을 {name}(대기 중)으로 바꾸기").format(name=free[0].name))
        else:
            text += " " + _t("지금 대기 중인 상담원이 없습니다. 다음 근무조로 보내는 것도 방법입니다.")
            self._suggested = None
        self.suggest_button.setVisible(self._suggested is not None)
        set_plain(self.presence_warning, text)
        self.presence_box.show()

    def _take_suggestion(self) -> None:
        if self._suggested is not None:
            self.counselor.setCurrentIndex(self.counselor.findData(self._suggested))

    def _on_target_toggled(self, *_args: object) -> None:
        target = self.target()
        named = target == "counselor"
        self._check_presence()
        self.counselor.setEnabled(named)
        self.counselor.setPlaceholderText(_t("상담원 선택") if self.counselor.count() else _t("목록 없음"))
        draft = self._draft
        if draft is None:
            return
        self._show_subtitle()
        situation = self.fields["situation"]
        if situation.toPlainText() == self._prefilled_situation:  # untouched: follow the new receiver
            self._prefilled_situation = prefill(draft, target=target)["situation"]
            situation.setPlainText(self._prefilled_situation)

    def subtitle_text(self) -> str:
        return self._subtitle.text()

    def _show_subtitle(self) -> None:
        draft = self._draft
        if draft is None:
            return
        if draft.live and self.target() in PARTNER_TARGETS:
            # Decided in a partner centre takes the person on, not the call (it cannot be put
            # through from here). The counselor keeps talking and wraps up; the case stays theirs.
            subtitle = _t("통화는 넘어가지 않습니다. 지금 통화는 직접 마무리하고, 센터가 수락하면 센터에서 "
                          "이 분께 연락합니다. 사례 담당도 그대로입니다.")
        elif draft.live:
            subtitle = _t("통화 중인 상담을 넘깁니다. 받는 분이 수락하면 통화가 그쪽으로 옮겨집니다.")
        elif draft.contact_id is not None:
            subtitle = _t("끝난 상담과 그 사례를 넘깁니다.")
        else:
            subtitle = _t("사례를 넘깁니다.")
        set_plain(self._subtitle, subtitle)

    def _show_error(self, text: str) -> None:
        set_plain(self._error, text)
        self._error.show()

    def _clear_error(self) -> None:
        self._error.hide()
        self._error.clear()


def _send_error_text(exc: ConsoleError) -> str:
    if isinstance(exc, Offline):
        return _t("서버에 연결되지 않아 보내지 못했습니다. 다시 누르면 같은 인계로 다시 보냅니다.")
    return handoff_error_text(exc)
