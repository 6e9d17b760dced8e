"""The result card: tier, score, subscales, what it means in one sentence, and the next-step buttons
(고립예방센터 연계, 돌봄동행단 연계, 추가 상담, 긴급 대응; number keys 1-4). The step the instrument
recommends is marked. Everything from the instrument file is plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.checklist_ops import ChecklistRun
from console.instruments.model import score_range
from ui.card_sections import repolish, set_tone
from ui.checklist_labels import NEXT_STEP_BUTTONS, next_step_name, number_text, rule_name
from ui.labels import risk_tier_name, risk_tone
from ui.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistResult", text)


class ChecklistResultCard(QFrame):
    next_step_requested = Signal(str)  # a next-step code (NEXT_STEP_BUTTONS)
    new_requested = Signal()  # another checklist
    back_requested = Signal()  # change an answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistResult")
        self._title = plain_label(object_name="checklistTitle")
        self._badge = plain_label(_t("잠정"), object_name="checklistBadge")
        set_tone(self._badge, "warn")
        self._incomplete = plain_label(_t("일부 답 없음"), object_name="checklistBadge")
        set_tone(self._incomplete, "muted")
        self._tier = plain_label(object_name="checklistTier")
        self._score = plain_label(object_name="checklistResultScore")
        self._risk = plain_label(object_name="checklistResultRisk")
        self._subscales = plain_label(object_name="checklistSubscales", word_wrap=True)
        self._meaning = plain_label(object_name="checklistMeaning", word_wrap=True)
        self._crisis = plain_label(object_name="checklistCrisis", word_wrap=True)
        self._note = plain_label(object_name="checklistProvisionalNote", word_wrap=True)

        self.step_buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        steps.setSpacing(10)
        for number, code in enumerate(NEXT_STEP_BUTTONS, start=1):
            button = QPushButton(f"{number}  {next_step_name(code)}", self)
            button.setObjectName("checklistEmergencyStep" if code == "emergency" else f"checklistStep_{code}")
            button.setAccessibleName(_t("다음 단계: {name}").format(name=next_step_name(code)))
            button.setToolTip(_t("숫자 {n} 키").format(n=number))
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, c=code: self.next_step_requested.emit(c))
            steps.addWidget(button)
            self.step_buttons[code] = button
        steps.addStretch(1)
        self._recommended = plain_label(object_name="checklistRecommended")
        self.back = QPushButton(_t("← 답 고치기"), self)
        self.back.setObjectName("checklistResultBack")
        self.back.setAccessibleName(_t("마지막 질문으로 돌아가 답 고치기"))
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.back_requested)
        self.again = QPushButton(_t("다른 체크리스트  (N)"), self)
        self.again.setObjectName("checklistNew")
        self.again.setAccessibleName(_t("다른 체크리스트 시작"))
        self.again.setAutoDefault(False)
        self.again.clicked.connect(self.new_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.again)

        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self._title)
        head.addWidget(self._badge)
        head.addWidget(self._incomplete)
        head.addStretch(1)
        tier_row = QHBoxLayout()
        tier_row.setSpacing(14)
        tier_row.addWidget(self._tier)
        tier_row.addWidget(self._risk, 0, Qt.AlignmentFlag.AlignVCenter)
        tier_row.addStretch(1)
        tier_row.addWidget(self._score, 0, Qt.AlignmentFlag.AlignVCenter)
        card = QFrame(self)
        card.setObjectName("checklistResultBox")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(18, 14, 18, 16)
        inside.setSpacing(8)
        inside.addLayout(tier_row)
        inside.addWidget(self._subscales)
        inside.addWidget(self._meaning)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 14, 0, 0)
        column.setSpacing(12)
        column.addLayout(head)
        column.addWidget(card)
        column.addWidget(self._crisis)
        column.addWidget(self._note)
        column.addWidget(self._recommended)
        column.addLayout(steps)
        column.addStretch(1)
        column.addLayout(bottom)

    def tier_text(self) -> str:
        return self._tier.text()

    def meaning_text(self) -> str:
        return self._meaning.text()

    def show_run(self, run: ChecklistRun) -> None:
        result = run.result()
        session = run.session
        if result is None or session is None:
            return
        inst = session.instrument
        set_plain(self._title, inst.title.ko)
        self._badge.setVisible(result.provisional)
        self._incomplete.setVisible(not result.complete)
        tiers = {t.id: t for t in inst.tiers}
        tier = tiers.get(result.tier or "")
        set_plain(self._tier, tier.label.ko if tier else _t("단계 없음"))
        set_plain(self._risk, _t("위험도: {tier}").format(tier=risk_tier_name(result.risk)))
        set_tone(self._risk, risk_tone(result.risk))
        set_tone(self._tier, risk_tone(result.risk))
        if inst.scoring is not None:
            low, high = score_range(inst.scoring, inst.items)
            set_plain(self._score, _t("점수 {total} ({low}–{high})").format(
                total=number_text(result.total), low=number_text(low), high=number_text(high)))
        else:
            set_plain(self._score, "")
        lines = []
        for sub in inst.subscales:
            part = result.subscales.get(sub.id)
            if part is None:
                continue
            sub_tier = next((t.label.ko for t in sub.tiers if t.id == part.tier), "")
            tail = f" — {sub_tier}" if sub_tier else ""
            lines.append(f"{sub.title.ko}  {number_text(part.score)}{tail}")
        set_plain(self._subscales, "\n".join(lines))
        self._subscales.setVisible(bool(lines))
        meaning = tier.meaning.ko if tier else _t(
            "점수를 낼 만큼 답이 모이지 않았습니다. 답한 내용은 기록되었습니다."
        )
        set_plain(self._meaning, meaning)
        crisis = " · ".join(rule_name(r.rule) for r in result.crisis)
        set_plain(self._crisis, _t("위기 응답: {what}. 긴급 대응 절차를 따라 주세요.").format(what=crisis)
                  if crisis else "")
        self._crisis.setVisible(bool(crisis))
        note = inst.provisional_note.ko if result.provisional and inst.provisional_note else ""
        set_plain(self._note, note)
        self._note.setVisible(bool(note))
        recommended = result.next_step
        set_plain(self._recommended, _t("권장: {step}").format(step=next_step_name(recommended))
                  if recommended != "none" else _t("권장하는 추가 조치는 없습니다."))
        for code, button in self.step_buttons.items():
            flagged = code == recommended
            if bool(button.property("recommended")) != flagged:
                button.setProperty("recommended", flagged)
                repolish(button)
