"""The call card's 거절 row: why this counselor is not taking the call, one number key per reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.text.text import plain_label


def decline_reasons() -> list[tuple[str, str]]:
    """(code sent to the server, label the counselor reads); order = the number key."""
    return [
        ("finishing_wrap_up", QCoreApplication.translate("CallCard", "이전 상담 정리 중")),
        ("away", QCoreApplication.translate("CallCard", "잠시 자리 비움")),
        ("equipment", QCoreApplication.translate("CallCard", "헤드셋·장비 문제")),
        ("other", QCoreApplication.translate("CallCard", "기타")),
    ]


class DeclineReasons(QFrame):
    """The reason buttons and 돌아가기. The number keys live with the card's other actions."""

    chosen = Signal(str)  # the reason code
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("declineReasons")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        # 돌아가기 sits on the label's line: the reasons keep the whole row (in English they were cut).
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(
            plain_label(
                QCoreApplication.translate("CallCard", "거절 사유를 골라 주세요 (숫자 키)"),
                object_name="declineReasonsLabel",
            ),
            1,
        )
        column.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(8)
        column.addLayout(row)
        self.buttons: list[QPushButton] = []
        for number, (code, label) in enumerate(decline_reasons(), start=1):
            button = QPushButton(f"{number}. {label}", self)
            button.setObjectName(f"declineReason_{code}")
            button.setAccessibleName(
                QCoreApplication.translate("CallCard", "거절 사유: {label}").format(label=label)
            )
            button.setToolTip(
                QCoreApplication.translate("CallCard", "{label} (숫자 {n})").format(label=label, n=number)
            )
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        cancel = QPushButton(QCoreApplication.translate("CallCard", "돌아가기 (Esc)"), self)
        cancel.setObjectName("declineReasonsCancel")
        cancel.setAccessibleName(QCoreApplication.translate("CallCard", "거절 취소"))
        cancel.setToolTip(QCoreApplication.translate("CallCard", "거절하지 않고 카드로 돌아가기 (Esc)"))
        cancel.clicked.connect(self.cancelled.emit)
        top.addWidget(cancel)
        self._cancel = cancel

    def set_choosable(self, choosable: bool) -> None:
        """Off while the decline is on its way (the row stays in sight, greyed)."""
        for button in (*self.buttons, self._cancel):
            button.setEnabled(choosable)

    def focus_first(self) -> None:
        self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
