"""체크리스트 tab: pick an instrument, ask one question at a time, see the result and the next step.

Keyboard first: number keys pick an instrument / answer / choose a skip reason / a next step; Backspace or
← goes back, → forward, S opens skip (then a number picks the reason, Esc cancels), N starts another
checklist from the result. Every step goes to the core at once (committed locally before it returns).
The keys are shortcuts on this panel, so they act wherever the focus is inside it and never in other tabs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedLayout, QVBoxLayout, QWidget

from annyeong.console.domain.risk import CRISIS_SCREEN_ID
from annyeong.ui.checklist.labels import SKIP_REASONS, checklist_error_text
from annyeong.ui.checklist.picker import ChecklistPicker
from annyeong.ui.checklist.question import ChecklistQuestion
from annyeong.ui.checklist.result import ChecklistResultCard
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.follow_up.plan import callback_text
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.messages import referral_error_text
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore


# The result's next steps take number keys too: a digit this soon after the last answer is the hand going on
# from the answers (an outside tester's stray 2 opened a referral form), not a choice.
RESULT_KEYS_AFTER_S = 0.8


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistPanel", text)


def _scrolled(widget: QWidget, name: str, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    return scroll


class ChecklistPanel(QFrame):
    # A next-step button: the step code and the result as the entry sends it (to_entry's dict).
    next_step_requested = Signal(str, object)

    def __init__(self, core: ConsoleCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.setAccessibleName(_t("체크리스트"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._core = core
        self._face = "picker"
        self._face_since = time.monotonic()
        self.picker = ChecklistPicker(self)
        self.picker.start_requested.connect(self.start)
        self.question = ChecklistQuestion(self)
        self.question.answer_requested.connect(self.answer)
        self.question.back_requested.connect(self.back)
        self.question.forward_requested.connect(self.forward)
        self.question.skip_opened.connect(self._open_skip)
        self.question.skip_requested.connect(self.skip)
        self.result = ChecklistResultCard(self)
        self.result.next_step_requested.connect(self._on_next_step)
        self.result.follow_up_requested.connect(self.schedule_follow_up)
        self.result.new_requested.connect(self.new_checklist)
        self.result.back_requested.connect(self.back)
        self._message = plain_label(object_name="checklistMessage", word_wrap=True)
        self._message.hide()
        self._stack = QStackedLayout()
        faces: tuple[tuple[QWidget, str], ...] = (
            (self.picker, "checklistPickerScroll"), (self.question, "checklistQuestionScroll"),
            (self.result, "checklistResultScroll"),
        )
        for widget, name in faces:
            self._stack.addWidget(_scrolled(widget, name, self))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(self._stack, 1)
        column.addWidget(self._message)
        for number in range(1, 10):
            self._key(f"checklistNumberAction{number}", _t("체크리스트: 번호로 답하기 또는 고르기"),
                      [str(number)], partial(self._on_number, number))
        self._key("checklistBackAction", _t("체크리스트: 이전 문항"), ["Backspace", "Left"], self.back)
        self._key("checklistForwardAction", _t("체크리스트: 다음 문항"), ["Right"], self.forward)
        self._key("checklistSkipAction", _t("체크리스트: 이 문항 건너뛰기"), ["S"], self._open_skip)
        self._key("checklistNewAction", _t("체크리스트: 다른 체크리스트 고르기"), ["N"], self._on_new_key)
        self._key("checklistFollowUpAction", _t("체크리스트: 이 결과로 후속 연락 예약"), ["F"],
                  self._on_follow_up_key)
        self._key("checklistEscapeAction", _t("체크리스트: 건너뛰기 취소"), ["Esc"], self._on_escape)

    # --- public ----------------------------------------------------------------------------------

    def face(self) -> str:
        """picker | question | result | unavailable."""
        return self._face

    def message_text(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def refresh(self, _changes: Any = None) -> None:
        """Show what the core holds for the open contact (after any change or when the tab opens)."""
        run = self._core.checklists.current if self._core.active_contact is not None else None
        if run is None:
            self._load_picker()
            self._show_face("picker", 0)
        elif run.session is None:
            self._say(_t("이 체크리스트의 도구 파일을 지금 쓸 수 없습니다. 이미 한 답은 기록되어 있습니다. "
                         "N 키로 다른 체크리스트를 고르세요."))
            self._load_picker()
            self._show_face("unavailable", 0)
        elif run.at_result:
            self.result.show_run(run, self._core.risk.recommendation(run))
            self._show_face("result", 2)
            # A small screen scrolls the result: the recommended step must still be in view.
            QTimer.singleShot(0, self, self._show_recommended)
        else:
            self.question.show_run(run)
            self._show_face("question", 1)

    def take_focus(self) -> None:
        # The crisis screen a flag put first has the focus: Enter starts it (the number keys still work).
        first = self.picker.first_button() if self._face == "picker" else None
        (first or self).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions (the buttons and the keys) ------------------------------------------------------

    def start(self, instrument_id: str) -> None:
        self._do(lambda: self._core.checklists.start_checklist(instrument_id))

    def answer(self, key: int) -> None:
        self._do(lambda: self._core.checklists.answer_checklist(key))

    def skip(self, reason: str) -> None:
        self._do(lambda: self._core.checklists.skip_checklist_item(reason))  # type: ignore[arg-type]

    def back(self) -> None:
        if self._face in ("question", "result"):
            if self.question.skipping():
                self.question.close_skip()
                return
            self._do(self._core.checklists.checklist_back)

    def forward(self) -> None:
        if self._face == "question" and not self.question.skipping():
            self._do(self._core.checklists.checklist_forward)

    def new_checklist(self) -> None:
        self._do(self._core.checklists.close_checklist)

    # --- internals -------------------------------------------------------------------------------

    def _key(self, name: str, text: str, keys: list[str], slot: Callable[[], None]) -> None:
        # Only while the focus is in the panel: the digits and letters belong to the text fields elsewhere.
        key_action(self, name, text, keys, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _on_number(self, number: int) -> None:
        if self._face == "picker":
            self.picker.start_number(number)
        elif self._face == "question":
            if self.question.skipping():
                if number <= len(SKIP_REASONS):
                    self.skip(SKIP_REASONS[number - 1])
                return
            self.answer(number)
        elif self._face == "result":
            if time.monotonic() - self._face_since < RESULT_KEYS_AFTER_S:
                return  # a digit typed on from the last answer, not a choice of the next step
            codes = self.result.step_codes()
            if number <= len(codes):
                self._on_next_step(codes[number - 1])

    def _open_skip(self) -> None:
        if self._face == "question":
            self.question.open_skip()

    def _on_new_key(self) -> None:
        if self._face in ("result", "unavailable"):
            self.new_checklist()

    def _on_escape(self) -> None:
        if self._face == "question" and self.question.skipping():
            self.question.close_skip()

    def _on_follow_up_key(self) -> None:
        if self._face == "result":
            self.result.request_follow_up()

    def schedule_follow_up(self, due_at: datetime) -> None:
        """A callback about this result (the follow-up list): source checklist_result, source_id the
        result's entry id, the reason naming the instrument and the tier. Works offline (queued)."""
        run = self._core.checklists.current
        if run is None or self._face != "result":
            return
        outcome = CoreOp.now(lambda: self._core.follow_ups.schedule_follow_up(
            due_at, reason=run.follow_up_reason(), source="checklist_result", source_id=run.checklist_id
        )).failure(self.result.set_follow_up_note, text=referral_error_text).run_now()
        if not outcome.ok:
            return
        self.result.set_follow_up_note(_t("후속 연락을 {when}에 예약했습니다.").format(
            when=callback_text(due_at)))

    def _on_next_step(self, code: str) -> None:
        run = self._core.checklists.current
        payload = run.payload() if run is not None else None
        if run is not None and payload is not None:
            # The entry id lets the referral name the result it came from (ReferralDraft.checklist_entry).
            payload = {**payload, "entry_id": run.checklist_id}
        self.next_step_requested.emit(code, payload)

    def _do(self, action: Callable[[], object]) -> None:
        if not CoreOp.now(action).failure(self._say, text=checklist_error_text).run_now().ok:
            return
        self._message.hide()
        self.refresh()
        if not self.hasFocus() and self.isVisible():
            self.take_focus()  # a clicked button must not keep the keys from the panel

    def _say(self, text: str) -> None:
        set_plain(self._message, text)
        self._message.show()

    def _show_recommended(self) -> None:
        button = self.result.recommended_button()
        scroll = self._stack.widget(2)
        if button is not None and isinstance(scroll, QScrollArea) and self._face == "result":
            scroll.ensureWidgetVisible(button, 0, 12)

    def _load_picker(self) -> None:
        contact = self._core.active_contact is not None
        first = CRISIS_SCREEN_ID if contact and self._core.risk.crisis_screen_first() else None
        self.picker.load(self._core.checklists.instruments(), training=bool(self._core.training), first=first)

    def _show_face(self, face: str, index: int) -> None:
        if face != self._face:
            self._face_since = time.monotonic()
        self._face = face
        self._stack.setCurrentIndex(index)
        if face != "unavailable" and self._message.text().startswith(_t("이 체크리스트의 도구 파일")):
            self._message.hide()
