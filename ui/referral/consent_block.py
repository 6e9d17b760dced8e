"""The consent block on top of a referral form: the PIPA script to read aloud, the person's answer, who
gave it and how, which personal items may go — or, in an emergency, the lawful basis instead.

Nothing is chosen when a form opens: the answer and who gave it are what the person said after the
script was read, so only the counselor may set them (a pre-set "동의함" would let one Ctrl+Enter record a
consent that was never asked). How it was given starts from the channel (전화 구두 on a call, 채팅 in a
chat): that is how the counselor is talking to the person, not something the person said. Until both are
chosen `missing()` names what is left and the submit says so; nothing typed in the form is touched. The
fields that will not go are dimmed in the form at once. The script is data from the form file: plain
text, and Korean whatever the interface language (it is read aloud to a Seoul caller). It shows about
four lines in its own box and folds away with one click (접기), so the form's fields get the room once it
has been read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.wire import Consent
from annyeong.ui.common.wheel_guard import guard_wheel
from annyeong.ui.referral.target import shown
from annyeong.ui.text.labels import consent_giver_name, consent_method_name, lawful_basis_name
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.referrals.forms import ReferralForm

ANSWERS = ("all", "some", "none")
GIVERS = ("person", "guardian", "other")
METHODS = ("verbal_phone", "chat", "written")
BASES = ("pipa_15_1_5", "pipa_17_1_2", "pipa_18_2_3")
SCRIPT_LINES = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentBlock", text)


class ConsentBlock(QFrame):
    changed = Signal()  # the answer, the scope or the emergency choice changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentBlock")
        self._form: ReferralForm | None = None
        self._marked = False
        title = plain_label(
            _t("개인정보 제공 동의 — 읽어 드리고 답을 기록하세요"), self, object_name="consentTitle",
            word_wrap=True,  # a longer language must wrap, not widen the form past its column
        )
        self.script = plain_label("", self, object_name="consentScript", word_wrap=True)
        self.script.setAccessibleName(_t("동의 안내문"))
        # Once read (or known by heart), the script folds away so the form below gets the room; the
        # choice holds for the next forms of the session.
        self.script_toggle = QToolButton(self)
        self.script_toggle.setObjectName("consentScriptToggle")
        self.script_toggle.setAutoRaise(True)
        self.script_toggle.setAccessibleName(_t("동의 안내문 접기/펼치기"))
        self.script_toggle.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.script_toggle.clicked.connect(lambda: self.set_script_collapsed(not self.script_collapsed()))

        self.answers = QButtonGroup(self)
        self.answers.setExclusive(True)
        answer_row = QHBoxLayout()
        answer_row.setSpacing(12)
        texts = {"all": _t("동의함"), "some": _t("일부만 동의"), "none": _t("동의 안 함")}
        self.answer_buttons: dict[str, QRadioButton] = {}
        for code in ANSWERS:
            button = QRadioButton(texts[code], self)
            button.setObjectName(f"consentAnswer_{code}")
            button.setAccessibleName(_t("동의 답변: {answer}").format(answer=texts[code]))
            self.answers.addButton(button)
            self.answer_buttons[code] = button
            answer_row.addWidget(button)
            button.toggled.connect(self._on_changed)
        answer_row.addStretch(1)
        givers = [(c, consent_giver_name(c)) for c in GIVERS]
        methods = [(c, consent_method_name(c)) for c in METHODS]
        self.giver = self._combo("consentGiver", _t("동의한 사람"), givers)
        self.giver.setPlaceholderText(_t("고르세요"))
        self.method = self._combo("consentMethod", _t("동의 방법"), methods)
        who_row = QHBoxLayout()
        who_row.setSpacing(8)
        for text, combo in ((_t("동의한 사람"), self.giver), (_t("방법"), self.method)):
            who_row.addWidget(plain_label(text, self, object_name="consentFieldLabel"))
            # Shrinkable: a narrow column (or a longer language) must not push the form past its edge.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            who_row.addWidget(combo, 1)

        # Said where the eyes are (the answer rows), not in the narrow line beside the submit button.
        self.missing_line = plain_label("", self, object_name="consentMissing", word_wrap=True)
        self.missing_line.setProperty("missing", True)  # red, as every missing field's words are
        self.missing_line.hide()

        self.scope_box = QFrame(self)
        self.scope_box.setObjectName("consentScope")
        self._scope_hint = plain_label(_t("보내도 된다고 하신 항목만 체크하세요:"), self.scope_box,
                                       object_name="consentScopeHint")
        self._scope_grid = QGridLayout()
        self._scope_grid.setHorizontalSpacing(14)
        self._scope_grid.setVerticalSpacing(4)
        scope_column = QVBoxLayout(self.scope_box)
        scope_column.setContentsMargins(0, 0, 0, 0)
        scope_column.setSpacing(4)
        scope_column.addWidget(self._scope_hint)
        scope_column.addLayout(self._scope_grid)
        self.scope: dict[str, QCheckBox] = {}

        self.emergency = QCheckBox(_t("긴급: 동의를 받을 수 없어 법적 근거로 연계"), self)
        self.emergency.setObjectName("consentEmergency")
        self.emergency.setAccessibleName(_t("긴급 연계 (법적 근거)"))
        self.emergency.toggled.connect(self._on_changed)
        bases = [(c, lawful_basis_name(c)) for c in BASES]
        self.basis = self._combo("consentLawfulBasis", _t("법적 근거"), bases)
        self.basis_note = QLineEdit(self)
        self.basis_note.setObjectName("consentLawfulBasisNote")
        self.basis_note.setAccessibleName(_t("긴급 연계 사유"))
        self.basis_note.setPlaceholderText(_t("왜 동의를 받을 수 없었는지 (예: 자살 계획을 말함)"))
        self.basis_note.setMaxLength(500)
        emergency_row = QHBoxLayout()
        emergency_row.setSpacing(10)
        emergency_row.addWidget(self.emergency)
        emergency_row.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)
        # The script scrolls inside its own box, so the answer and the form stay in view beside it.
        self.script_scroll = QScrollArea(self)
        self.script_scroll.setObjectName("consentScriptScroll")
        self.script_scroll.setWidgetResizable(True)
        self.script_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.script_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.script_scroll.setFixedHeight(SCRIPT_LINES * 20 + 42)  # set from the font in load()
        self.script_scroll.setWidget(self.script)
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(title, 1)
        title_row.addWidget(self.script_toggle)
        column.addLayout(title_row)
        column.addWidget(self.script_scroll)
        column.addLayout(answer_row)
        column.addLayout(who_row)
        column.addWidget(self.missing_line)
        column.addWidget(self.scope_box)
        column.addLayout(emergency_row)
        column.addWidget(self.basis)
        column.addWidget(self.basis_note)
        self._clear_choice()
        self.set_script_collapsed(False)
        self._sync()
        guard_wheel(self)  # scrolling the form never changes a choice

    def _combo(self, name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for code, text in items:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    # --- public ----------------------------------------------------------------------------------

    def load(self, form: ReferralForm, *, channel: str = "phone") -> None:
        """A fresh block for `form`: the script, no answer and no giver yet, 전화 구두 (채팅 for a chat)."""
        self._form = form
        self.blockSignals(True)
        try:
            set_plain(self.script, "\n".join(form.consent_lines()))
            # About four lines in view (whole lines, not a cut one); the rest scrolls inside the box.
            self.script.ensurePolished()
            self.script_scroll.setFixedHeight(self.script.fontMetrics().lineSpacing() * SCRIPT_LINES + 42)
            self._clear_choice()
            self.method.setCurrentIndex(self.method.findData("chat" if channel == "chat" else "verbal_phone"))
            self.emergency.setChecked(False)
            self.emergency.setVisible(form.emergency_allowed)
            self.basis.setCurrentIndex(0)
            self.basis_note.clear()
            while self._scope_grid.count():
                taken = self._scope_grid.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.setParent(None)
                    widget.deleteLater()
            self.scope = {}
            personal = [f for f in form.fields if f.personal]
            for index, field in enumerate(personal):
                box = QCheckBox(shown(field.label), self.scope_box)
                box.setObjectName(f"consentScope_{field.name}")
                box.setAccessibleName(_t("보내도 되는 항목: {name}").format(name=shown(field.label)))
                box.toggled.connect(self._on_changed)
                self._scope_grid.addWidget(box, index // 2, index % 2)
                self.scope[field.name] = box
        finally:
            self.blockSignals(False)
        self._sync()

    def script_collapsed(self) -> bool:
        return self.script_scroll.isHidden()

    def set_script_collapsed(self, collapsed: bool) -> None:
        self.script_scroll.setVisible(not collapsed)
        self.script_toggle.setText(_t("안내문 펼치기 ▾") if collapsed else _t("접기 ▴"))
        self.script_toggle.setToolTip(_t("읽어 드릴 동의 안내문을 펼칩니다") if collapsed
                                      else _t("안내문을 접고 양식을 더 넓게 봅니다"))

    def answer(self) -> str | None:
        """all, some or none; None until the counselor has chosen."""
        return next((code for code, b in self.answer_buttons.items() if b.isChecked()), None)

    def set_answer(self, code: str) -> None:
        self.answer_buttons[code].setChecked(True)

    def set_giver(self, code: str) -> None:
        self.giver.setCurrentIndex(self.giver.findData(code))

    def missing(self) -> list[str]:
        """What the counselor has still to choose, as the labels on screen (empty in an emergency)."""
        if self.is_emergency():
            return []
        out = []
        if self.answer() is None:
            out.append(_t("동의 답변"))
        if self.giver.currentIndex() < 0:
            out.append(_t("동의한 사람"))
        return out

    def mark_missing(self, on: bool) -> None:
        """Colour what is still to choose (after a submit without it); each mark goes once chosen."""
        self._marked = on
        missing = self.missing() if on else []
        if missing:
            ask = _t("안내문을 읽어 드린 뒤 골라 주세요: {what}. 입력한 내용은 그대로 있습니다.")
            set_plain(self.missing_line, ask.format(what=" · ".join(missing)))
        self.missing_line.setVisible(bool(missing))
        unanswered = on and self.answer() is None and not self.is_emergency()
        marks: list[tuple[QWidget, bool]] = [(b, unanswered) for b in self.answer_buttons.values()]
        marks.append((self.giver, on and self.giver.currentIndex() < 0 and not self.is_emergency()))
        for widget, marked in marks:
            if bool(widget.property("missing")) != marked:
                widget.setProperty("missing", marked)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def is_emergency(self) -> bool:
        return self.emergency.isChecked() and not self.emergency.isHidden()

    def consent(self) -> Consent | None:
        """What the person said (None in an emergency: the lawful basis goes instead)."""
        if self.is_emergency() or self.missing():
            return None
        answer = self.answer()
        scope = [] if answer == "all" else [name for name, box in self.scope.items() if box.isChecked()]
        return Consent(given=answer != "none", by=self.giver.currentData(), how=self.method.currentData(),
                       scope=scope)

    def lawful_basis(self) -> tuple[str, str] | None:
        if not self.is_emergency():
            return None
        return str(self.basis.currentData()), self.basis_note.text()

    def withheld(self) -> set[str]:
        """The personal fields that will not go with the current answer."""
        if self.is_emergency() or self.answer() in ("all", None):
            return set()
        return {name for name, box in self.scope.items() if not box.isChecked()}

    def summary_text(self) -> str:
        """"동의함 · 본인 · 전화 구두" — for the submit button and the log line of the referral."""
        if self.is_emergency():
            return _t("긴급 연계 · 법적 근거 기록")
        answer = self.answer()
        if answer is None or self.giver.currentIndex() < 0:
            return _t("동의 기록 전")
        texts = {"all": _t("동의 받음"), "some": _t("일부 동의"), "none": _t("동의 안 함")}
        return f"{texts[answer]} · {self.giver.currentText()} · {self.method.currentText()}"

    # --- internals -------------------------------------------------------------------------------

    def _clear_choice(self) -> None:
        # An exclusive group never lets its last checked button go: lift that for the reset only.
        self.answers.setExclusive(False)
        for button in self.answer_buttons.values():
            button.setChecked(False)
        self.answers.setExclusive(True)
        self.giver.setCurrentIndex(-1)
        self.mark_missing(False)

    def _on_changed(self, *_args: object) -> None:
        if self._marked:
            self.mark_missing(bool(self.missing()))
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        emergency = self.is_emergency()
        restricted = not emergency and self.answer() in ("some", "none")
        self.scope_box.setVisible(restricted)
        for button in self.answer_buttons.values():
            button.setEnabled(not emergency)
        self.giver.setEnabled(not emergency)
        self.method.setEnabled(not emergency)
        self.basis.setVisible(emergency)
        self.basis_note.setVisible(emergency)
        self.setProperty("emergency", emergency)
        self.style().unpolish(self)
        self.style().polish(self)
