"""A non-modal strip that says something went wrong, without stopping the counselor's work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from annyeong.ui.text.text import plain_label, set_plain


@dataclass
class _Notice:
    text: str
    count: int = 1
    action_text: str | None = None
    action: Callable[[], None] | None = None


MAX_SHOWN = 3  # distinct notices on screen at once, the newest first; older ones give way


class ErrorBanner(QFrame):
    """Notices, newest first, one line each. The same notice again is counted on its own line ("외 N건"
    means N more of that same notice); a different one is shown above it, never hidden behind a count."""

    dismissed = Signal()
    action_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAccessibleName(QCoreApplication.translate("ErrorBanner", "오류 알림"))
        self._notices: list[_Notice] = []  # oldest first
        self._acting: _Notice | None = None  # the newest notice with an action: the button is its
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
        """Show ``text`` on top; the same text again is counted rather than stacked."""
        if not self.isVisible():
            self._notices = []
        same = next((n for n in self._notices if n.text == text), None)
        if same is not None:
            self._notices.remove(same)
            same.count += 1
        notice = same or _Notice(text)
        notice.action_text, notice.action = (action_text, action) if action_text else (None, None)
        self._notices = [*self._notices, notice][-MAX_SHOWN:]
        self._render()
        self.show()

    def withdraw(self, text: str) -> None:
        """``text`` no longer holds: its line goes; the banner goes with the last one."""
        if not any(n.text == text for n in self._notices):
            return
        self._notices = [n for n in self._notices if n.text != text]
        if self._notices:
            self._render()
        else:
            self.dismiss()

    def set_storage_full(self, full: bool) -> None:
        """Say once, plainly, that this PC's disk is full and typing is kept; clear it when it was written."""
        told = QCoreApplication.translate(
            "ErrorBanner",
            "이 PC의 저장 공간이 가득 찼습니다. 입력한 내용은 화면에 보관 중이며,"
            " 공간이 생기면 저장합니다. 파일을 정리하거나 관리자에게 연락해 주세요.",
        )
        if full and not self._storage_full:
            self.show_message(told)
        elif not full and self._storage_full and self.isVisible():
            self.withdraw(told)
        self._storage_full = full

    def message(self) -> str:
        return self._label.text() if self.isVisible() else ""

    def messages(self) -> list[str]:
        """The notices on screen, as first said (without their counts), the newest first."""
        return [n.text for n in reversed(self._notices)] if self.isVisible() else []

    def dismiss(self) -> None:
        self._notices = []
        self._storage_full = False
        self.hide()
        self.dismissed.emit()

    def _render(self) -> None:
        lines = []
        for notice in reversed(self._notices):
            lines.append(notice.text if notice.count == 1 else QCoreApplication.translate(
                "ErrorBanner", "{text} (외 {n}건)").format(text=notice.text, n=notice.count - 1))
        set_plain(self._label, "\n".join(lines))
        acting = next((n for n in reversed(self._notices) if n.action is not None), None)
        self._acting = acting
        if acting is not None and acting.action_text:
            self._action_button.setText(acting.action_text)
            self._action_button.setAccessibleName(acting.action_text)
            self._action_button.show()
        else:
            self._action_button.hide()

    def _on_action_clicked(self) -> None:
        acting = self._acting
        if acting is not None:
            self.withdraw(acting.text)
        self.action_requested.emit()
        if acting is not None and acting.action is not None:
            acting.action()
