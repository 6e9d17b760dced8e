"""The "ⓘ 출처·안내" control of the checklist tab: what an administrator or a trainer needs to know about an
instrument (the source citation, a scoring not yet verified, a working translation, no licence) sits
behind one small button, so a counselor mid-call sees only what changes what they say or do.

The panel is plain text (the citation is file text) and starts closed each time it is filled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistInfo", text)


class ChecklistInfo(QWidget):
    """A checkable "ⓘ 출처·안내" button over a hidden panel of lines. `name` makes the object names unique
    per place ("checklistPickerInfo", "checklistResultInfo"): tests and the screen reader tell them apart."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.button = QPushButton(_t("ⓘ 출처·안내"), self)
        self.button.setObjectName(f"{name}Button")
        self.button.setAccessibleName(_t("출처와 안내 보기"))
        self.button.setToolTip(_t("도구의 출처, 번역·채점 검토 상태, 사용 허가를 봅니다"))
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)
        self.button.toggled.connect(self._on_toggled)
        self.panel = plain_label(object_name=f"{name}Panel", word_wrap=True)
        self.panel.setParent(self)
        self.panel.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.panel)

    def set_lines(self, lines: list[str]) -> None:
        shown = [line for line in lines if line]
        set_plain(self.panel, "\n".join(shown))
        self.panel.setAccessibleName(self.panel.text())
        self.button.setChecked(False)
        self.setVisible(bool(shown))

    def lines(self) -> list[str]:
        return [line for line in self.panel.text().split("\n") if line]

    def is_open(self) -> bool:
        return not self.panel.isHidden()

    def _on_toggled(self, on: bool) -> None:
        self.panel.setVisible(on)
        self.button.setAccessibleName(_t("출처와 안내 닫기") if on else _t("출처와 안내 보기"))
