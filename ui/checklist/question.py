"""One question at a time: progress dots, what to read first in a quieter box, the question large, the
answers as numbered buttons (the number key answers), the running score at the side once half the
questions are answered (a score after one answer says nothing), and skip with a reason inline (no
dialog). The panel owns the keys; this widget only shows and emits. The progress and the score carry their
values in their accessible names: a screen reader says "진행: 3/12 문항", not "진행"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.console.checklists.ops import ChecklistRun
from annyeong.console.instruments import Item
from annyeong.console.instruments.model import Option, score_range
from annyeong.ui.card.sections import repolish
from annyeong.ui.checklist.labels import SKIP_REASONS, button_text, number_text, skip_reason_name
from annyeong.ui.checklist.text import title
from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistQuestion", text)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys go to the panel; the mouse and Tab still work
    return button


class ChecklistQuestion(QFrame):
    answer_requested = Signal(int)  # the option's number key
    back_requested = Signal()
    forward_requested = Signal()
    skip_opened = Signal()
    skip_requested = Signal(str)  # a skip reason code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistQuestion")
        self._item: Item | None = None
        self._options: list[Option] = []
        self.answer_buttons: list[QPushButton] = []
        # Wraps: an English title is long, and the head must never widen the tab (the score box would go).
        self._title = plain_label(object_name="checklistTitle", word_wrap=True)
        self._dots = plain_label(object_name="checklistDots")
        self._lead = plain_label(object_name="checklistScript", word_wrap=True)
        self._question = plain_label(object_name="checklistQuestionText", word_wrap=True)
        self._question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._answers = QVBoxLayout()
        self._answers.setSpacing(8)

        self.skip_row = QFrame(self)
        self.skip_row.setObjectName("checklistSkipRow")
        skip_line = QGridLayout(self.skip_row)
        skip_line.setContentsMargins(12, 10, 12, 10)
        skip_line.setHorizontalSpacing(8)
        skip_line.addWidget(plain_label(_t("건너뛰는 이유 (숫자 키, Esc 취소)"), self.skip_row,
                                        object_name="checklistSkipTitle"), 0, 0, 1, 5)
        self.skip_buttons: dict[str, QPushButton] = {}
        for number, code in enumerate(SKIP_REASONS, start=1):
            name = skip_reason_name(code)
            button = _button(f"{number}  {name}", f"checklistSkip_{code}",
                             _t("건너뛰는 이유: {reason}").format(reason=name), self.skip_row)
            button.clicked.connect(lambda _=False, c=code: self.skip_requested.emit(c))
            skip_line.addWidget(button, 1, number - 1)
            self.skip_buttons[code] = button
        self.skip_row.hide()

        self.back = _button(_t("← 이전  (Backspace)"), "checklistBack", _t("이전 질문"), self)
        self.back.clicked.connect(self.back_requested)
        self.skip = _button(_t("건너뛰기  (S)"), "checklistSkip", _t("이 질문 건너뛰기"), self)
        self.skip.clicked.connect(self.skip_opened)
        self.forward = _button(_t("다음 →"), "checklistForward", _t("다음 질문"), self)
        self.forward.clicked.connect(self.forward_requested)
        nav = QHBoxLayout()
        nav.setSpacing(10)
        nav.addWidget(self.back)
        nav.addWidget(self.skip)
        nav.addStretch(1)
        nav.addWidget(self.forward)

        side = QFrame(self)
        side.setObjectName("checklistScoreBox")
        side.setFixedWidth(180)
        self._score_title = plain_label(_t("지금까지 점수"), side, object_name="checklistScoreTitle")
        self._score = plain_label(object_name="checklistScore")
        self._range = plain_label(object_name="checklistScoreRange", word_wrap=True)
        keys = plain_label(_t("숫자 키  답하기\n← Backspace  이전\n→  다음\nS  건너뛰기"), side,
                           object_name="checklistKeys")
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(14, 12, 14, 12)
        side_column.setSpacing(4)
        side_column.addWidget(self._score_title)
        side_column.addWidget(self._score)
        side_column.addWidget(self._range)
        side_column.addStretch(1)
        side_column.addWidget(keys)

        # The dots under the title, not beside it: twelve dots beside an English title left it a
        # fifth of the column, one word a line.
        head = QVBoxLayout()
        head.setSpacing(4)
        head.addWidget(self._title)
        head.addWidget(self._dots)
        main = QVBoxLayout()
        main.setSpacing(12)
        main.addLayout(head)
        main.addWidget(self._lead)
        main.addWidget(self._question)
        main.addLayout(self._answers)
        main.addWidget(self.skip_row)
        main.addStretch(1)
        main.addLayout(nav)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 14, 0, 0)
        row.setSpacing(18)
        row.addLayout(main, 1)
        row.addWidget(side)

    # --- public ----------------------------------------------------------------------------------

    def question_text(self) -> str:
        return self._question.text()

    def score_text(self) -> str:
        return self._score.text()

    def dots_text(self) -> str:
        return self._dots.text()

    def skipping(self) -> bool:
        return not self.skip_row.isHidden()

    def open_skip(self) -> None:
        self.skip_row.show()

    def close_skip(self) -> None:
        self.skip_row.hide()

    def show_run(self, run: ChecklistRun) -> None:
        session = run.session
        item = session.current if session is not None else None
        if session is None or item is None:
            return
        inst = session.instrument
        self.close_skip()
        set_plain(self._title, title(inst))  # the counselor's language; what is read aloud stays Korean
        progress = session.progress
        # Dots follow the session's count: follow-ups hidden by an answer are not questions to ask.
        dots = ["◉" if n == progress.position else "●" if n < (progress.position or 0) else "○"
                for n in range(1, progress.total + 1)]
        set_plain(self._dots, " ".join(dots) + f"   {progress.position}/{progress.total}")
        self._dots.setAccessibleName(_t("진행: {position}/{total} 문항").format(
            position=progress.position, total=progress.total))
        lead = item.preamble.ko if item.preamble else (
            inst.instructions.ko if inst.instructions and progress.position == 1 else "")
        set_plain(self._lead, _t("먼저 읽어 주세요: {text}").format(text=lead) if lead else "")
        self._lead.setVisible(bool(lead))
        set_plain(self._question, item.script.ko)
        self._question.setAccessibleName(item.script.ko)
        if item is not self._item:
            self._fill_answers(item)
            self._item = item
        chosen = session.answer_for(item.id)
        for button, option in zip(self.answer_buttons, self._options, strict=True):
            picked = option.value == chosen
            if bool(button.property("picked")) != picked:
                button.setProperty("picked", picked)
                repolish(button)
        self.back.setEnabled((progress.position or 1) > 1)
        self.forward.setEnabled(chosen is not None or session.skip_reason_for(item.id) is not None)
        self._show_score(run)

    # --- internals -------------------------------------------------------------------------------

    def _fill_answers(self, item: Item) -> None:
        for button in self.answer_buttons:
            self._answers.removeWidget(button)
            button.deleteLater()
        self.answer_buttons = []
        for option in sorted(item.options, key=lambda o: o.key):
            label = option.label.ko
            button = _button(button_text(f"{option.key}   {label}"), f"checklistAnswer_{option.key}",
                             _t("답 {n}: {label}").format(n=option.key, label=label), self)
            button.clicked.connect(lambda _=False, k=option.key: self.answer_requested.emit(k))
            self._answers.addWidget(button)
            self.answer_buttons.append(button)
        self._options = sorted(item.options, key=lambda o: o.key)  # the buttons' order

    def _show_score(self, run: ChecklistRun) -> None:
        session = run.session
        assert session is not None
        scoring = session.instrument.scoring
        if scoring is None:
            set_plain(self._score, "–")
            set_plain(self._range, _t("점수 없이 답만 기록합니다"))
            self._score.setAccessibleName(_t("점수 없이 답만 기록합니다"))
            return
        progress = session.progress
        if progress.done * 2 < progress.total:
            set_plain(self._score, "–")
            set_plain(self._range, _t("절반 넘게 답하면 보입니다"))
            self._score.setAccessibleName(_t("지금까지 점수: 절반 넘게 답하면 보입니다"))
            return
        score = number_text(session.running_total)
        set_plain(self._score, score)
        low, high = score_range(scoring, session.instrument.items)
        direction = _t("높을수록 위험") if scoring.higher_is == "risk" else _t("높을수록 보호")
        range_text = _t("{low}–{high}점 · {direction}").format(
            low=number_text(low), high=number_text(high), direction=direction)
        set_plain(self._range, range_text)
        self._score.setAccessibleName(_t("지금까지 점수: {score} ({range})").format(
            score=score, range=range_text))
