"""What the centre shows between calls: a calm sentence about what happens next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.text import plain_label, set_plain


class IdleView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleView")
        self._headline = plain_label(object_name="idleHeadline")
        self._headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint = plain_label(object_name="idleHint", word_wrap=True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 40, 40, 40)
        column.setSpacing(12)
        column.addStretch(2)
        column.addWidget(self._headline)
        column.addWidget(self._hint)
        column.addStretch(3)
        self._presence = "available"
        self._online = True
        self._render()

    def headline(self) -> str:
        return self._headline.text()

    def set_presence(self, status: str) -> None:
        self._presence = status
        self._render()

    def set_ringing(self, ringing: bool) -> None:
        self._headline.setVisible(not ringing)
        self._hint.setVisible(not ringing)

    def set_online(self, online: bool) -> None:
        self._online = online
        self._render()

    def _render(self) -> None:
        status = self._presence if self._online else "offline"
        if status == "break":
            headline = QCoreApplication.translate("IdleView", "휴식 중입니다")
            hint = QCoreApplication.translate(
                "IdleView",
                "휴식 중에는 전화가 연결되지 않습니다.\n상태를 ‘대기’로 바꾸면 다시 전화를 받을 수 있어요.",
            )
        elif status == "offline":
            headline = QCoreApplication.translate("IdleView", "연결을 기다리는 중입니다")
            hint = QCoreApplication.translate(
                "IdleView",
                "서버와 연결되면 전화를 받을 수 있습니다.\n입력한 기록은 이 PC에 안전하게 저장되어 있어요.",
            )
        else:
            headline = QCoreApplication.translate("IdleView", "다음 전화를 기다리고 있습니다")
            hint = QCoreApplication.translate(
                "IdleView", "전화가 오면 이 자리에 알림 카드가 뜹니다.\nEnter 키로 바로 받을 수 있어요."
            )
        set_plain(self._headline, headline)
        set_plain(self._hint, hint)
