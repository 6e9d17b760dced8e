"""The result card: tier, score, subscales, what it means in one sentence, and the next steps
(고립예방센터 연계, 돌봄동행단 연계, 추가 상담, 긴급 대응; number keys 1-4), plus the recommended step
as a fifth button (key 5) when it is none of the four (정신건강복지센터·109 연계), and a follow-up call to
book from the result (F). The step the instrument recommends is marked.

When a crisis rule fired, the crisis sentence takes the meaning's place: a tier meaning written for one
kind of positive answer must never describe another (someone else in danger is not suicidal thoughts).
Counselor-facing file text (title, tier, meaning) follows the interface language. A provisional cut-off
is one plain sentence (use it as a guide); the academic caveat, the source citation and a working
translation sit behind the "ⓘ 출처·안내" control, as plain text."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDateTimeEdit, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.console.checklists.ops import ChecklistRun
from annyeong.console.domain import selftest
from annyeong.console.domain.risk import Recommendation
from annyeong.console.instruments.model import score_range
from annyeong.ui.card.sections import repolish, set_tone
from annyeong.ui.checklist.info import ChecklistInfo
from annyeong.ui.checklist.labels import NEXT_STEP_BUTTONS, next_step_name, number_text, rule_name
from annyeong.ui.checklist.text import attribution, title, working_translation
from annyeong.ui.follow_up.plan import callback_at, default_callback, set_callback
from annyeong.ui.text.i18n import in_language
from annyeong.ui.text.labels import flag_name, risk_tier_name, risk_tone
from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistResult", text)


def default_follow_up() -> datetime:
    """Tomorrow 10:00 on this PC's clock, as an aware datetime: when the centre's lines are open."""
    return default_callback(1)


def _step_button(parent: QWidget, code: str, number: int, emit: Callable[[str], None]) -> QPushButton:
    button = QPushButton(f"{number}  {next_step_name(code)}", parent)
    button.setObjectName("checklistEmergencyStep" if code == "emergency" else f"checklistStep_{code}")
    button.setAccessibleName(_t("다음 단계: {name}").format(name=next_step_name(code)))
    button.setToolTip(_t("숫자 {n} 키").format(n=number))
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(lambda _=False, c=code: emit(c))
    return button


def selftest_result(instrument_id: str, answers: Mapping[str, int]) -> tuple[str, str] | None:
    """Seoul's self-test publishes no levels: its result (headline, meaning) is worded from its one
    scoring, as on the chat card and in the referral. None for any other instrument."""
    if instrument_id != selftest.INSTRUMENT_ID or not answers:
        return None
    result = selftest.score(answers)
    head = _t("외로움·고립 쪽 응답 {n}/12").format(n=result.total)
    # The sections' counts are on the lines above (the instrument's subscales): not repeated here.
    meaning = _t("서울시가 결과 단계 기준을 공개하지 않아, 외로움·고립 쪽 응답의 개수로 보여 드립니다.")
    if not result.complete:
        meaning += " " + _t("{n}문항만 답했습니다.").format(n=result.answered)
    return head, meaning


class ChecklistResultCard(QFrame):
    next_step_requested = Signal(str)  # a next-step code (NEXT_STEP_BUTTONS, or the extra one)
    follow_up_requested = Signal(object)  # an aware datetime: book a follow-up call from this result
    new_requested = Signal()  # another checklist
    back_requested = Signal()  # change an answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistResult")
        self._title = plain_label(object_name="checklistTitle", word_wrap=True)  # long English titles
        self._incomplete = plain_label(_t("일부 답 없음"), object_name="checklistBadge")
        set_tone(self._incomplete, "muted")
        self._tier = plain_label(object_name="checklistTier", word_wrap=True)  # long in English
        self._score = plain_label(object_name="checklistResultScore")
        self._risk = plain_label(object_name="checklistResultRisk")
        # What the case already knows, beside the result's own tier (its risk and its flags).
        self._case_risk = plain_label(object_name="checklistCaseRisk", word_wrap=True)
        self._case_risk.hide()
        self._subscales = plain_label(object_name="checklistSubscales", word_wrap=True)
        self._meaning = plain_label(object_name="checklistMeaning", word_wrap=True)
        self._crisis = plain_label(object_name="checklistCrisis", word_wrap=True)
        self._note = plain_label(object_name="checklistProvisionalNote", word_wrap=True)
        self.info = ChecklistInfo("checklistResultInfo", self)
        self._attribution = ""

        self.step_buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        steps.setSpacing(10)
        for number, code in enumerate(NEXT_STEP_BUTTONS, start=1):
            self.step_buttons[code] = _step_button(self, code, number, self.next_step_requested.emit)
            steps.addWidget(self.step_buttons[code])
        steps.addStretch(1)
        # The fifth: the recommended step when it is none of the four (built per result), on a row of its
        # own (above the four, under the recommendation) so the row of four never grows wider than the tab.
        self._extra_code: str | None = None
        self.extra_step: QPushButton | None = None
        self._extra_row = QHBoxLayout()
        self._extra_row.addStretch(1)
        self._shown_id: str | None = None  # the run on the card: a new one resets the follow-up time

        self.follow_up_at = QDateTimeEdit(self)
        self.follow_up_at.setObjectName("checklistFollowUpAt")
        self.follow_up_at.setAccessibleName(_t("후속 연락 날짜와 시간"))
        self.follow_up_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.follow_up_at.setCalendarPopup(True)
        self.follow_up = QPushButton(_t("후속 연락 예약  (F)"), self)
        self.follow_up.setObjectName("checklistFollowUp")
        self.follow_up.setAccessibleName(_t("이 결과로 후속 연락 예약"))
        self.follow_up.setToolTip(_t("이 결과를 이유로 다시 전화할 날짜를 잡습니다 (F 키)"))
        self.follow_up.setAutoDefault(False)
        self.follow_up.clicked.connect(self.request_follow_up)
        self._follow_up_note = plain_label(object_name="checklistFollowUpNote", word_wrap=True)
        follow_row = QHBoxLayout()
        follow_row.setSpacing(8)
        follow_row.addWidget(self.follow_up_at)
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self._follow_up_note, 1)

        self._recommended = plain_label(object_name="checklistRecommended", word_wrap=True)
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
        head.addWidget(self._title, 1)
        head.addWidget(self._incomplete, 0, Qt.AlignmentFlag.AlignVCenter)  # the badge keeps its height
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
        inside.addWidget(self._case_risk)
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
        column.addLayout(self._extra_row)  # right under the recommendation it answers
        column.addLayout(steps)
        column.addLayout(follow_row)
        column.addStretch(1)
        column.addLayout(bottom)
        column.addWidget(self.info)

    # --- public ----------------------------------------------------------------------------------

    def tier_text(self) -> str:
        return self._tier.text()

    def meaning_text(self) -> str:
        """The one sentence under the tier: the crisis line when a crisis rule fired, else the meaning."""
        return self._crisis.text() if not self._crisis.isHidden() else self._meaning.text()

    def attribution_text(self) -> str:
        """The source line of the "ⓘ 출처·안내" panel."""
        return self._attribution

    def info_lines(self) -> list[str]:
        return self.info.lines()

    def badges(self) -> list[str]:
        return [b.text() for b in (self._incomplete,) if not b.isHidden()]

    def step_codes(self) -> list[str]:
        """The next steps in number-key order (1-4, then 5 when the recommended step is none of them)."""
        return [*NEXT_STEP_BUTTONS, *([self._extra_code] if self._extra_code else [])]

    def follow_up_note(self) -> str:
        return self._follow_up_note.text()

    def set_follow_up_note(self, text: str) -> None:
        set_plain(self._follow_up_note, text)

    def request_follow_up(self) -> None:
        self.follow_up_requested.emit(callback_at(self.follow_up_at))

    def recommended_text(self) -> str:
        return self._recommended.text()

    def recommended_button(self) -> QPushButton | None:
        """The button of the recommended step (None: nothing recommended)."""
        if self.extra_step is not None:
            return self.extra_step
        return next((b for b in self.step_buttons.values() if b.property("recommended")), None)

    def case_risk_text(self) -> str:
        return self._case_risk.text() if not self._case_risk.isHidden() else ""

    def show_run(self, run: ChecklistRun, advice: Recommendation | None = None) -> None:
        """`advice`: the core's recommendation for the run, raised to what the case knows (None: the
        result's own)."""
        result = run.result()
        session = run.session
        if result is None or session is None:
            return
        if run.checklist_id != self._shown_id:
            self._shown_id = run.checklist_id
            set_callback(self.follow_up_at, default_follow_up())
            set_plain(self._follow_up_note, "")
        inst = session.instrument
        set_plain(self._title, title(inst))
        self._incomplete.setVisible(not result.complete)
        tiers = {t.id: t for t in inst.tiers}
        tier = tiers.get(result.tier or "")
        seoul = selftest_result(inst.id, result.answers)
        set_plain(self._tier, in_language(tier.label) if tier else seoul[0] if seoul else _t("단계 없음"))
        set_plain(self._risk, _t("이번 평가 위험도: {tier}").format(tier=risk_tier_name(result.risk)))
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
            sub_tier = next((in_language(t.label) for t in sub.tiers if t.id == part.tier), "")
            tail = f" — {sub_tier}" if sub_tier else ""
            lines.append(f"{in_language(sub.title)}  {number_text(part.score)}{tail}")
        set_plain(self._subscales, "\n".join(lines))
        self._subscales.setVisible(bool(lines))
        crisis = " · ".join(rule_name(r.rule) for r in result.crisis)
        set_plain(self._crisis, _t("위기 응답: {what}. 긴급 대응 절차를 따라 주세요.").format(what=crisis)
                  if crisis else "")
        self._crisis.setVisible(bool(crisis))
        meaning = in_language(tier.meaning) if tier else seoul[1] if seoul else _t(
            "점수를 낼 만큼 답이 모이지 않았습니다. 답한 내용은 기록되었습니다."
        )
        set_plain(self._meaning, "" if crisis else meaning)
        self._meaning.setVisible(not crisis)  # the crisis line speaks for the result (see the docstring)
        note = _t("단계 구분은 참고용입니다. 통화 내용과 함께 판단해 주세요.") if result.provisional else ""
        set_plain(self._note, note)
        self._note.setVisible(bool(note))
        info = []
        if result.provisional and inst.provisional_note is not None:
            info.append(in_language(inst.provisional_note))
        if working_translation(inst):
            info.append(_t("읽어 드린 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전)."))
        self._attribution = attribution(inst)
        self.info.set_lines([*info, self._attribution])
        self._show_case(advice)
        recommended = advice.step if advice is not None else result.next_step
        text = (_t("권장: {step}").format(step=next_step_name(recommended))
                if recommended != "none" else _t("권장하는 추가 조치는 없습니다."))
        if advice is not None and advice.raised:
            text = _t("권장: {step} — 사례에 이미 알려진 위험에 맞춰 높였습니다 "
                      "(이 체크리스트만으로는 {own}).").format(
                step=next_step_name(recommended), own=next_step_name(advice.result_step))
        set_plain(self._recommended, text)
        set_tone(self._recommended, "crisis" if advice is not None and advice.raised and
                 risk_tone(advice.case_tier) == "crisis" else "")
        self._set_extra(recommended if recommended not in (*NEXT_STEP_BUTTONS, "none") else None)
        buttons = dict(self.step_buttons)
        if self.extra_step is not None and self._extra_code is not None:
            buttons[self._extra_code] = self.extra_step
        for code, button in buttons.items():
            flagged = code == recommended
            if bool(button.property("recommended")) != flagged:
                button.setProperty("recommended", flagged)
                repolish(button)

    # --- internals -------------------------------------------------------------------------------

    def _show_case(self, advice: Recommendation | None) -> None:
        tier = advice.case_tier if advice is not None else None
        if advice is None or (tier is None and not advice.flags):
            self._case_risk.hide()
            return
        parts = [_t("사례에 기록된 위험도: {tier}").format(tier=risk_tier_name(tier))]
        parts += [_t("주의 표시: {flag}").format(flag=flag_name(kind)) for kind in advice.flags]
        set_plain(self._case_risk, " · ".join(parts))
        set_tone(self._case_risk, "crisis" if advice.flags else risk_tone(tier))
        self._case_risk.show()

    def _set_extra(self, code: str | None) -> None:
        if code == self._extra_code:
            return
        if self.extra_step is not None:
            self._extra_row.removeWidget(self.extra_step)
            self.extra_step.deleteLater()
            self.extra_step = None
        self._extra_code = code
        if code is not None:
            number = len(NEXT_STEP_BUTTONS) + 1
            self.extra_step = _step_button(self, code, number, self.next_step_requested.emit)
            self._extra_row.insertWidget(0, self.extra_step)
