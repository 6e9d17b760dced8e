"""The checklist tab's first face: which instrument to use. One numbered button per instrument (the number
key starts it), a 잠정 badge where the scoring is not verified, a 번역 검토 전 badge where the Korean read
aloud is a working translation, a notice in training mode for instruments the organisation holds no
permission for, and files that cannot be used listed with the reason (never a crash). When the crisis
screen's own file cannot be used, the built-in copy is listed and a red notice asks for the admin.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.instruments import Available, LoadedEntry
from ui.card_sections import set_tone
from ui.checklist_labels import button_text, unavailable_text
from ui.checklist_text import title, working_translation
from ui.text import plain_label, plain_tooltip


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistPicker", text)


class ChecklistPicker(QFrame):
    start_requested = Signal(str)  # instrument id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPicker")
        self._ids: list[str] = []
        self.buttons: dict[str, QPushButton] = {}
        self._title = plain_label(_t("체크리스트 고르기"), object_name="checklistPickerTitle")
        self._hint = plain_label(
            _t("숫자 키로 바로 시작합니다. 질문은 한 번에 하나씩 나오고, 읽어 드릴 말이 함께 보입니다."),
            object_name="checklistPickerHint", word_wrap=True,
        )
        self._training = plain_label(
            _t("교육 모드: 기관의 사용 허가가 필요한 도구도 연습용으로 보입니다. "
               "실제 상담에서는 허가받은 도구만 쓸 수 있습니다."),
            object_name="checklistTrainingNotice", word_wrap=True,
        )
        self._training.hide()
        # Red (the crisis style): the crisis screen runs from the program's built-in copy.
        self._fallback = plain_label(
            _t("위기 안전 확인 파일을 쓸 수 없어 프로그램에 내장된 사본으로 진행합니다. "
               "관리자에게 알려 주세요."),
            object_name="checklistCrisis", word_wrap=True,
        )
        self._fallback.setAccessibleName(self._fallback.text())
        self._fallback.hide()
        # A flag of the person puts the crisis screen first: it is number 1 and has the focus.
        self._first = plain_label(
            _t("주의 표시에 따라 위기 안전 확인부터 합니다. Enter 또는 1 키로 시작합니다."),
            object_name="checklistPickerFirst", word_wrap=True,
        )
        self._first.hide()
        self._first_id: str | None = None
        self._loaded: tuple[object, ...] | None = None  # what the rows were built from
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 14, 0, 0)
        column.setSpacing(10)
        column.addWidget(self._title)
        column.addWidget(self._hint)
        column.addWidget(self._first)
        column.addWidget(self._fallback)
        column.addWidget(self._training)
        column.addLayout(self._rows)
        column.addStretch(1)

    def load(self, entries: list[LoadedEntry], *, training: bool, first: str | None = None) -> None:
        """`first`: an instrument to put at the top (number 1) and focus, e.g. the crisis screen."""
        # The entries themselves are kept (not their ids, which a freed object hands on to the next).
        key = (*entries, training, first)
        if self._loaded is not None and len(key) == len(self._loaded) and all(
            a is b or a == b for a, b in zip(key, self._loaded, strict=True)
        ):
            return  # the same rows: rebuilding them would take the focus from the first button
        self._loaded = key
        if first is not None:
            def first_key(entry: LoadedEntry) -> bool:
                return not (isinstance(entry, Available) and entry.instrument.id == first)
            entries = sorted(entries, key=first_key)  # stable: the others keep their order
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._ids = []
        self.buttons = {}
        unlicensed = fallback = False
        for entry in entries:
            row = QFrame(self)
            row.setObjectName("checklistPickerRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            if isinstance(entry, Available):
                inst = entry.instrument
                self._ids.append(inst.id)
                number = len(self._ids)
                name = title(inst)
                button = QPushButton(button_text(f"{number}   {name}") if number <= 9
                                     else button_text(name), row)
                button.setObjectName(f"checklistStart_{inst.id}")
                button.setAccessibleName(_t("체크리스트 시작: {title}").format(title=name))
                button.setToolTip(_t("숫자 {n} 키로 시작").format(n=number) if number <= 9 else "")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, i=inst.id: self.start_requested.emit(i))
                self.buttons[inst.id] = button
                line.addWidget(button, 1)
                if entry.provisional:
                    line.addWidget(self._badge(_t("잠정"), "warn", _t("채점 기준이 검증되지 않았습니다")),
                                   0, Qt.AlignmentFlag.AlignVCenter)
                if working_translation(inst):
                    line.addWidget(self._badge(_t("번역 검토 전"), "muted",
                                               _t("읽어 드릴 한국어 문장이 검증된 번역이 아닙니다")),
                                   0, Qt.AlignmentFlag.AlignVCenter)
                if entry.builtin_fallback:
                    fallback = True
                    badge = self._badge(_t("내장 사본"), "warn", _t("파일 대신 프로그램에 내장된 사본"))
                    line.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
                if entry.unlicensed_training_use:
                    unlicensed = True
                    line.addWidget(self._badge(_t("교육용 · 허가 없음"), "training", ""),
                                   0, Qt.AlignmentFlag.AlignVCenter)
            else:
                name = entry.instrument_id or entry.file
                what = plain_label(_t("{name} — 사용할 수 없음: {why}").format(
                    name=name, why=unavailable_text(entry.code)), row, object_name="checklistUnavailable",
                    word_wrap=True)  # unwrapped, a long English line pushed the badges off the tab
                # The technical reason (file, item, problem) for the admin; it quotes the file, so literal.
                what.setToolTip(plain_tooltip(entry.reason))
                what.setAccessibleName(what.text())
                detail = plain_label(entry.reason, row, object_name="checklistUnavailableReason",
                                     word_wrap=True)
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(what)
                box.addWidget(detail)
                line.addLayout(box, 1)
            self._rows.addWidget(row)
        self._training.setVisible(training and unlicensed)
        self._fallback.setVisible(fallback)
        self._first_id = first if first in self.buttons else None
        self._first.setVisible(self._first_id is not None)

    def first_button(self) -> QPushButton | None:
        """The instrument put first by a flag (None: the usual order)."""
        return None if self._first_id is None else self.buttons.get(self._first_id)

    def first_notice(self) -> str:
        return self._first.text() if not self._first.isHidden() else ""

    def start_number(self, number: int) -> bool:
        """Number key `number` (1-based): start that instrument. False when there is none."""
        if 1 <= number <= len(self._ids):
            self.start_requested.emit(self._ids[number - 1])
            return True
        return False

    def instrument_ids(self) -> list[str]:
        return list(self._ids)

    def training_notice_shown(self) -> bool:
        return not self._training.isHidden()

    def fallback_notice(self) -> str:
        """The red notice when the crisis screen runs from the built-in copy ('' when it does not)."""
        return self._fallback.text() if not self._fallback.isHidden() else ""

    def badges_of(self, instrument_id: str) -> list[str]:
        """The badge texts beside an instrument's button."""
        button = self.buttons.get(instrument_id)
        row = button.parentWidget() if button is not None else None
        if row is None:
            return []
        return [w.text() for w in row.findChildren(QLabel) if w.objectName() == "checklistBadge"]

    def _badge(self, text: str, tone: str, tip: str) -> QWidget:
        badge = plain_label(text, self, object_name="checklistBadge")
        set_tone(badge, tone)
        badge.setToolTip(tip)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return badge
