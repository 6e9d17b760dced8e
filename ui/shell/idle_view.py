"""What the centre shows between calls: a calm sentence about what happens next, and the one step to take
when calls are not coming to this counselor yet (a first sign-in lands on 전화 받지 않음, not 대기)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.text.text import plain_label, set_plain


class IdleView(QFrame):
    presence_requested = Signal(str)  # "available": the counselor asked to start taking calls

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleView")
        self._headline = plain_label(object_name="idleHeadline")
        self._headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint = plain_label(object_name="idleHint", word_wrap=True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(
            QCoreApplication.translate("IdleView", "대기로 바꾸고 전화 받기 시작"), self)
        self.start_button.setObjectName("idleStartButton")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.clicked.connect(lambda: self.presence_requested.emit("available"))
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.start_button)
        button_row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 40, 40, 40)
        column.setSpacing(12)
        column.addStretch(2)
        column.addWidget(self._headline)
        column.addWidget(self._hint)
        column.addSpacing(8)
        column.addLayout(button_row)
        column.addStretch(3)
        self._ringing = False
        self._presence = "available"
        self._online = True
        self._starting = False
        self._render()

    def headline(self) -> str:
        return self._headline.text()

    def set_presence(self, status: str) -> None:
        self._presence = status
        self._render()

    def set_ringing(self, ringing: bool) -> None:
        self._ringing = ringing
        self._headline.setVisible(not ringing)
        self._hint.setVisible(not ringing)
        self._render()

    def set_online(self, online: bool) -> None:
        self._online = online
        self._render()

    def set_starting(self, starting: bool) -> None:
        """Training mode's first seconds: the practice server is still starting
        (ui/shell/training_start.py)."""
        self._starting = starting
        self._render()

    def _render(self) -> None:
        # Two meanings kept apart: the server link (self._online) and whether calls come here (presence).
        status = self._presence if self._online else "disconnected"
        if self._starting:
            status = "starting"
        if status == "starting":
            headline = QCoreApplication.translate("IdleView", "연습용 서버를 준비하고 있습니다")
            hint = QCoreApplication.translate(
                "IdleView", "잠시 후 자동으로 로그인되고, 곧 연습 전화가 걸려 옵니다.")
        elif status == "break":
            headline = QCoreApplication.translate("IdleView", "휴식 중입니다")
            hint = QCoreApplication.translate(
                "IdleView",
                "휴식 중에는 전화가 연결되지 않습니다.\n상태를 ‘대기’로 바꾸면 다시 전화를 받을 수 있어요.",
            )
        elif status == "disconnected":
            headline = QCoreApplication.translate("IdleView", "서버와 연결이 끊겼습니다")
            hint = QCoreApplication.translate(
                "IdleView",
                "다시 연결되면 전화를 받을 수 있습니다.\n입력한 기록은 이 PC에 안전하게 저장되어 있어요.",
            )
        elif status == "offline":
            headline = QCoreApplication.translate("IdleView", "아직 전화를 받지 않는 상태입니다")
            hint = QCoreApplication.translate(
                "IdleView", "상태를 ‘대기’로 바꾸면 전화가 이 자리로 연결됩니다.")
        else:
            headline = QCoreApplication.translate("IdleView", "다음 전화를 기다리고 있습니다")
            hint = QCoreApplication.translate(
                "IdleView", "전화가 오면 이 자리에 알림 카드가 뜹니다.\nEnter 키로 바로 받을 수 있어요."
            )
        set_plain(self._headline, headline)
        set_plain(self._hint, hint)
        self.start_button.setVisible(status in ("offline", "break") and not self._ringing)
        if status == "break":
            self.start_button.setText(QCoreApplication.translate("IdleView", "휴식 끝내고 대기로 바꾸기"))
        else:
            self.start_button.setText(QCoreApplication.translate("IdleView", "대기로 바꾸고 전화 받기 시작"))
