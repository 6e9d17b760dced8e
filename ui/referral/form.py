"""The fields of one referral form, built from the form file (resources/forms): text, multi-line text,
phone, district, a choice or several. Required fields carry a mark; a personal field the person did not
allow is dimmed and says it will not go. Labels come from the data file (in the interface language: the
files carry `en`) and are plain text.

Each label sits above its field and short fields go two to a row, so the whole column width is used and
more of a prefilled form is in view beside the notes; long text and multiple choices take a full row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annyeong.ui.card.sections import repolish
from annyeong.ui.common.wheel_guard import guard_wheel
from annyeong.ui.referral.target import shown
from annyeong.ui.text.labels import SEOUL_DISTRICTS
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.referrals.forms import FormField
    from annyeong.console.referrals.ops import ReferralDraft


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferralForm", text)


class _Choices(QFrame):
    """A multi_choice field: one checkbox per option, three to a row."""

    def __init__(self, field: FormField, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"referralField_{field.name}")
        self.setAccessibleName(shown(field.label))
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for index, option in enumerate(field.options):
            box = QCheckBox(shown(option.label), self)
            box.setObjectName(f"referralOption_{field.name}_{option.value}")
            box.setAccessibleName(f"{shown(field.label)}: {shown(option.label)}")
            grid.addWidget(box, index // 3, index % 3)
            self.boxes[option.value] = box

    def values(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: list[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)


def _wide(field: FormField) -> bool:
    """Long text and multiple choices take a full row; everything else half of one."""
    return field.kind in ("multiline", "multi_choice") or (field.kind == "text" and field.max_length > 200)


class ReferralFormView(QFrame):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralForm")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)  # label to field; the labels' top padding parts the rows
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(self._grid)
        self.widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, FormField] = {}

    # --- public ----------------------------------------------------------------------------------

    def load(self, draft: ReferralDraft) -> None:
        self._clear()
        row, column = 0, 0
        for field in draft.form.fields:
            mark = " *" if field.required else ""
            label = plain_label(shown(field.label) + mark, self, object_name="referralFieldLabel")
            label.setProperty("required", field.required)
            widget = self._widget(field, draft.values.get(field.name))
            if field.name == "callback_number" and draft.number_hint and isinstance(widget, QLineEdit):
                widget.setPlaceholderText(_t("번호를 여쭤 적어 주세요 (발신 {masked})").format(
                    masked=draft.number_hint))
            label.setBuddy(widget)
            if _wide(field):
                if column:
                    row, column = row + 1, 0
                self._grid.addWidget(label, 2 * row, 0, 1, 2)
                self._grid.addWidget(widget, 2 * row + 1, 0, 1, 2)
                row += 1
            else:
                self._grid.addWidget(label, 2 * row, column)
                self._grid.addWidget(widget, 2 * row + 1, column)
                row, column = (row + 1, 0) if column else (row, 1)
            self.widgets[field.name] = widget
            self._labels[field.name] = label
            self._fields[field.name] = field
        guard_wheel(self)  # scrolling the form never changes a choice

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, _Choices):
                out[name] = widget.values()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
        return out

    def set_withheld(self, names: set[str]) -> None:
        """Dim the fields that will not go, and say so in their label."""
        for name, label in self._labels.items():
            field = self._fields[name]
            withheld = name in names
            text = shown(field.label) + (" *" if field.required and not withheld else "")
            if withheld:
                text += " " + _t("(보내지 않음)")
            set_plain(label, text)
            for widget in (label, self.widgets[name]):
                widget.setProperty("withheld", withheld)
                repolish(widget)

    def label_of(self, name: str) -> str | None:
        """The field's label as shown in the form (translated), or None if the form has no such field."""
        field = self._fields.get(name)
        return shown(field.label) if field is not None else None

    def first_empty_required(self) -> QWidget | None:
        values = self.values()
        for name, field in self._fields.items():
            if field.required and not values.get(name):
                return self.widgets[name]
        return None

    def mark_missing(self, name: str | None) -> None:
        for field_name, label in self._labels.items():
            label.setProperty("missing", field_name == name)
            repolish(label)
        if name in self.widgets:
            self.widgets[name].setFocus()

    # --- internals -------------------------------------------------------------------------------

    def _clear(self) -> None:
        while self._grid.count():
            taken = self._grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.widgets, self._labels, self._fields = {}, {}, {}

    def _widget(self, field: FormField, value: Any) -> QWidget:
        accessible = shown(field.label)
        widget: QWidget
        if field.kind == "multi_choice":
            choices = _Choices(field, self)
            choices.set_values(list(value or []))
            for box in choices.boxes.values():
                box.toggled.connect(self.edited)
            return choices
        if field.kind in ("choice", "district"):
            combo = QComboBox(self)
            combo.addItem(_t("선택 안 함"), None)
            if field.kind == "district":
                for name in SEOUL_DISTRICTS:
                    combo.addItem(name, name)
                combo.setMaxVisibleItems(13)
            else:
                for option in field.options:
                    combo.addItem(shown(option.label), option.value)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.currentIndexChanged.connect(self.edited)
            widget = combo
        elif field.kind == "multiline":
            edit = QPlainTextEdit(self)
            edit.setPlainText(str(value or ""))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(96 if field.max_length > 1000 else 64)
            edit.textChanged.connect(self.edited)
            widget = edit
        else:
            line = QLineEdit(self)
            line.setText(str(value or ""))
            line.setMaxLength(field.max_length)
            line.textEdited.connect(self.edited)
            widget = line
        if field.placeholder is not None and isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setPlaceholderText(shown(field.placeholder))
        widget.setObjectName(f"referralField_{field.name}")
        widget.setAccessibleName(accessible)
        return widget
