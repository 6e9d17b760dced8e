"""One person of a contact (상담 대상 or 신고자): name, number, district, address, age band and when they
would like to be called back (연락 희망 시간, prefilled into referral forms) — all optional.

④ 고립 신고: a neighbour calls about someone else, so the caller (신고자) and the person the contact is about
(대상자) are kept apart. The form reports each change as a partial mapping ({"district": "관악구"}); text
fields are reported by the wrap-up form's debounce, choices at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from annyeong.console.domain.contact_details import PartyDetails
from annyeong.ui.common.wheel_guard import guard_wheel
from annyeong.ui.text.labels import AGE_BAND_ORDER, SEOUL_DISTRICTS, age_band_name
from annyeong.ui.text.text import plain_label

TEXT_FIELDS = ("name", "number", "address", "callback_time")


def _t(text: str) -> str:
    return QCoreApplication.translate("PartyForm", text)


class PartyForm(QFrame):
    text_edited = Signal(str, str)  # field, text (debounced by the owner)
    choice_changed = Signal(str, object)  # field, code or None

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"{key}Form")
        self._title = plain_label(title, self, object_name="partyTitle")
        self.name = self._line("Name", _t("이름"), _t("이름"), 100)
        self.number = self._line("Number", _t("연락처"), _t("연락처 (예: 010-1234-5678)"), 40)
        # The example is the hint to how a number is written: whole in either language, never cut.
        hint_width = self.number.fontMetrics().horizontalAdvance(self.number.placeholderText())
        self.number.setMinimumWidth(hint_width + 36)
        self.address = self._line("Address", _t("주소"), _t("주소 (동·건물 정도만 알아도)"), 300)
        self.callback_time = self._line(
            "CallbackTime", _t("연락 희망 시간"), _t("연락 희망 시간 (예: 평일 오후 2시 이후)"), 100,
            field="callback_time",
        )
        self.callback_time.setToolTip(_t("연계 기관이나 후속 연락 때 이 시간에 맞춰 전화합니다"))
        self.district = QComboBox(self)
        self.district.setObjectName(f"{key}District")
        self.district.setAccessibleName(title + " " + _t("자치구"))
        self.district.addItem(_t("자치구"), None)
        for name in SEOUL_DISTRICTS:
            self.district.addItem(name, name)
        self.district.setMaxVisibleItems(13)
        self.age_band = QComboBox(self)
        self.age_band.setObjectName(f"{key}AgeBand")
        self.age_band.setAccessibleName(title + " " + _t("연령대"))
        self.age_band.addItem(_t("연령대"), None)
        for code in AGE_BAND_ORDER:
            self.age_band.addItem(age_band_name(code), code)
        self.district.currentIndexChanged.connect(
            lambda _i: self.choice_changed.emit("district", self.district.currentData())
        )
        self.age_band.currentIndexChanged.connect(
            lambda _i: self.choice_changed.emit("age_band", self.age_band.currentData())
        )

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.number, 0, 1)
        grid.addWidget(self.age_band, 0, 2)
        grid.addWidget(self.district, 1, 0)
        grid.addWidget(self.address, 1, 1, 1, 2)
        grid.addWidget(self.callback_time, 2, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self._title)
        column.addLayout(grid)
        guard_wheel(self)  # scrolling the form never changes a choice

    def _line(
        self, suffix: str, accessible: str, placeholder: str, limit: int, *, field: str | None = None
    ) -> QLineEdit:
        edit = QLineEdit(self)
        field = field or suffix.lower()
        edit.setObjectName(f"{self.key}{suffix}")
        edit.setAccessibleName(f"{self._title.text()} {accessible}")
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(limit)
        edit.textEdited.connect(lambda text, f=field: self.text_edited.emit(f, text))
        return edit

    def load(self, party: PartyDetails | None, *, number_display: str | None = None) -> None:
        """Show stored values without reporting them as changes."""
        widgets = (self.name, self.number, self.address, self.callback_time, self.district, self.age_band)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name.setText(party.name or "" if party else "")
            self.number.setText(number_display or (party.number or "" if party else ""))
            self.address.setText(party.address or "" if party else "")
            self.callback_time.setText(party.callback_time or "" if party else "")
            self.district.setCurrentIndex(max(0, self.district.findData(party.district if party else None)))
            self.age_band.setCurrentIndex(max(0, self.age_band.findData(party.age_band if party else None)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def has_values(self) -> bool:
        texts = (self.name, self.number, self.address, self.callback_time)
        return any(w.text().strip() for w in texts) or bool(
            self.district.currentIndex() or self.age_band.currentIndex()
        )

    def line_edit(self, field: str) -> QLineEdit:
        return {"name": self.name, "number": self.number, "address": self.address,
                "callback_time": self.callback_time}[field]
