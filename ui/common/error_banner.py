"""A non-modal strip that says something went wrong, without stopping the counselor's work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from annyeong.ui.text.text import plain_label, set_plain


class ErrorBanner(QFrame):
    dismissed = Signal()
    action_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAccessibleName(QCoreApplication.translate("ErrorBanner", "오류 알림"))
        self._count = 0
        self._action: Callable[[], None] | None = None
        self._storage_full = False

        self._label = plain_label(object_name="errorBannerText", word_wrap=True)
        self._action_button = QPushButton(self)
        self._action_button.setObjectName("errorBannerAction")
        self._action_button.setAccessibleName(QCoreApplication.translate("ErrorBanner", "오류 알림 조치"))
        self._action_button.hide()
        self._action_button.clicked.connect(self._on_action_clicked)
        self._close = QPushButton(QCoreApplication.translate("ErrorBanner", "닫기"), self)
        self._close.setObjectName("errorBannerClose")
        self._close.setAccessibleName(QCoreApplication.translate("ErrorBanner", "오류 알림 닫기"))
        self._close.clicked.connect(self.dismiss)

        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        row.setSpacing(12)
        row.addWidget(self._label, 1)
        row.addWidget(self._action_button)
        row.addWidget(self._close)
        self.hide()

    def show_message(
        self, text: str, *, action_text: str | None = None, action: Callable[[], None] | None = None
    ) -> None:
        """Show ``text``; repeated messages are counted rather than stacked."""
        self._count = self._count + 1 if self.isVisible() else 1
        shown = text
        if self._count > 1:
            shown = QCoreApplication.translate("ErrorBanner", "{text} (외 {n}건)").format(
                text=text, n=self._count - 1
            )
        set_plain(self._label, shown)
        self._action = action
        if action_text and action is not None:
            self._action_button.setText(action_text)
            self._action_button.setAccessibleName(action_text)
            self._action_button.show()
        else:
            self._action_button.hide()
        self.show()

    def set_storage_full(self, full: bool) -> None:
        """Say once, plainly, that this PC's disk is full and typing is kept; clear it when it was written."""
        if full and not self._storage_full:
            self.show_message(QCoreApplication.translate(
                "ErrorBanner",
                "이 PC의 저장 공간이 가득 찼습니다. 입력한 내용은 화면에 보관 중이며,"
                " 공간이 생기면 저장합니다. 파일을 정리하거나 관리자에게 연락해 주세요.",
            ))
        elif not full and self._storage_full and self.isVisible():
            self.dismiss()
        self._storage_full = full

    def message(self) -> str:
        return self._label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self._count = 0
        self._storage_full = False
        self.hide()
        self.dismissed.emit()

    def _on_action_clicked(self) -> None:
        action = self._action
        self.dismiss()
        self.action_requested.emit()
        if action is not None:
            action()
