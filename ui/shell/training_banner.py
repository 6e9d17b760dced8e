"""The always-visible "교육 모드" strip: nobody may mistake the training server for the live line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from annyeong.ui.text.text import plain_label


class TrainingBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        text = QCoreApplication.translate(
            "TrainingBanner",
            "교육 모드 · 연습용 서버에 연결되어 있습니다. 실제 상담 전화가 아닙니다.",
        )
        self.setAccessibleName(text)
        label = plain_label(text, self, object_name="trainingBannerText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(label)
