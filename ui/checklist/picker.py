"""The checklist tab's first face: which instrument to use. One numbered button per instrument (the number
key starts it), a notice in training mode for instruments the organisation holds no permission for, and
files that cannot be used listed with the reason (never a crash). When the crisis screen's own file cannot
be used, the built-in copy is listed and a red notice asks for the admin.

What only an administrator or a trainer needs (a scoring not yet verified, a working translation, no
licence, the built-in copy) is not a badge beside the button mid-call: it is one line per instrument behind
the "ⓘ 출처·안내" control.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.console.instruments import Available, LoadedEntry
from annyeong.ui.checklist.info import ChecklistInfo
from annyeong.ui.checklist.labels import button_text, unavailable_text
from annyeong.ui.checklist.text import title, working_translation
from annyeong.ui.text.text import plain_label


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
        self.info = ChecklistInfo("checklistPickerInfo", self)
        self._notes: dict[str, list[str]] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 14, 0, 0)
        column.setSpacing(10)
        column.addWidget(self._title)
        column.addWidget(self._hint)
        column.addWidget(self._first)
        column.addWidget(self._fallback)
        column.addWidget(self._training)
        column.addLayout(self._rows)
        column.addWidget(self.info)
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
        self._notes = {}
        unlicensed = fallback = False
        broken: list[str] = []
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
                notes = []
                if entry.provisional:
                    notes.append(_t("점수 구분은 참고용입니다 (채점 기준 검증 전)"))
                if working_translation(inst):
                    notes.append(_t("읽어 드리는 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전)"))
                if entry.builtin_fallback:
                    fallback = True
                    notes.append(_t("파일 대신 프로그램에 내장된 사본으로 진행합니다"))
                if entry.unlicensed_training_use:
                    unlicensed = True
                    notes.append(_t("기관의 사용 허가가 없어 교육용으로만 씁니다"))
                self._notes[inst.id] = notes
            else:
                # The file and its problem are for the admin (behind ⓘ): a file name is not a title.
                what = plain_label(_t("체크리스트 하나를 쓸 수 없습니다: {why}").format(
                    why=unavailable_text(entry.code)), row, object_name="checklistUnavailable",
                    word_wrap=True)
                what.setAccessibleName(what.text())
                line.addWidget(what, 1)
                broken.append(f"{entry.instrument_id or entry.file}: {entry.reason}")
            self._rows.addWidget(row)
        self.info.set_lines([
            f"{title(e.instrument, short=True)}: {note}"
            for e in entries if isinstance(e, Available) for note in self._notes.get(e.instrument.id, [])
        ] + broken)
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

    def notes_of(self, instrument_id: str) -> list[str]:
        """What the "ⓘ 출처·안내" panel says about an instrument (its admin notes)."""
        return list(self._notes.get(instrument_id, []))
