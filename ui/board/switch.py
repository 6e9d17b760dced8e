"""The header's view switch for shift leads: 상담 (the console) | 상황판 (the board). Hidden for others."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("ViewSwitch", text)


class ViewSwitch(QFrame):
    view_chosen = Signal(str)  # "console" | "board"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewSwitch")
        self.setAccessibleName(_t("화면 전환"))
        group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.buttons: dict[str, QPushButton] = {}
        for code, text, tip in (("console", "상담", "상담 화면 (Ctrl+Shift+1)"),
                                ("board", "상황판", "팀장 상황판 (Ctrl+Shift+2)")):
            button = QPushButton(_t(text), self)
            button.setObjectName(f"viewSwitch_{code}")
            button.setAccessibleName(_t(text))
            button.setToolTip(_t(tip))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=code: self.view_chosen.emit(c))
            group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        self.buttons["console"].setChecked(True)
        self.hide()

    def set_current(self, view: str) -> None:
        self.buttons[view].setChecked(True)
