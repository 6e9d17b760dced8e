"""The header's 후속 연락 count ("후속 연락 3 (지연 1)"), red while anything is overdue — by the server's
clock, so it is right even when this PC's clock is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from annyeong.console.referrals.follow_ups import FollowUps


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowUps", text)


def count_text(total: int, overdue: int) -> str:
    if overdue:
        return _t("후속 연락 {n} (지연 {late})").format(n=total, late=overdue)
    return _t("후속 연락 {n}").format(n=total)


class FollowUpCount(QPushButton):
    """The header's count; a click (or Ctrl+Shift+F) takes the focus to the list."""

    def __init__(self, follow_ups: FollowUps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpCount")
        self.setAccessibleName(_t("후속 연락 수"))
        self.setToolTip(_t("오늘 칸의 후속 연락 목록으로 (Ctrl+Shift+F)"))
        self.setShortcut("Ctrl+Shift+F")
        self.setFlat(True)
        self._follow_ups = follow_ups
        self.refresh()

    def refresh(self) -> None:
        total, overdue = self._follow_ups.follow_up_counts
        self.setText(count_text(total, overdue))
        self.setProperty("overdue", overdue > 0)
        self.style().unpolish(self)
        self.style().polish(self)
