"""넘기기 of a follow-up: to the counselors' pool or to a named colleague (the colleague directory, GET
/v1/users). A row under the follow-up list's buttons, shown when 넘기기 is pressed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from annyeong.console.wire import UserRef

POOL = "pool"  # the combo's data for the pool; a person's is their user id


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowUps", text)


class HandOverRow(QWidget):
    chosen = Signal(str)  # POOL or a user id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpHandOverRow")
        self.to = QComboBox(self)
        self.to.setObjectName("followUpHandTo")
        self.to.setAccessibleName(_t("넘겨받을 사람"))
        self.to.setToolTip(_t("상담원 누구나 (공동 후속 연락) 또는 동료 상담원"))
        self.ok = QPushButton(_t("넘기기"), self)
        self.ok.setObjectName("followUpHandOk")
        self.ok.setAccessibleName(_t("이 사람에게 넘기기"))
        self.ok.setToolTip(_t("고른 곳으로 넘깁니다"))
        self.ok.clicked.connect(self._on_ok)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.to, 1)
        row.addWidget(self.ok)
        self.set_people([])

    def set_people(self, people: list[UserRef], *, exclude: str | None = None) -> None:
        """The pool first, then colleagues by name (`exclude`: the follow-up's current assignee)."""
        current = self.to.currentData()
        self.to.clear()
        self.to.addItem(_t("상담원 누구나 (공동 후속 연락)"), POOL)
        for person in people:
            if person.id != exclude:
                self.to.addItem(person.name, person.id)
        index = self.to.findData(current) if current is not None else -1
        self.to.setCurrentIndex(max(0, index))

    def choose(self, user_id: str) -> bool:
        index = self.to.findData(user_id)
        if index >= 0:
            self.to.setCurrentIndex(index)
        return index >= 0

    def names(self) -> list[str]:
        return [self.to.itemText(i) for i in range(self.to.count())]

    def _on_ok(self) -> None:
        value = self.to.currentData()
        self.chosen.emit(str(value) if value else POOL)
