"""Closing the window while someone is on the line asks once.

Closing ends the console, not the phone call, and what was typed is already on this PC (it comes back at
the next start). But a reflex on the window's close button in the middle of a call, or with an emergency
dispatch still open, must not take the console away from the counselor without a word: the window asks,
with 취소 as the default, and closes only on 닫기. Quitting from the system (session end, SIGTERM) does
not pass through here: that is an orderly end that nobody is there to answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("CloseGuard", text)


class CloseGuard:
    """Asks before the window closes while `busy()` says what is open; `close_again` closes it for real."""

    def __init__(
        self, parent: QWidget, busy: Callable[[], str | None], close_again: Callable[[], object],
        *, kept: Callable[[], bool] = lambda: True,
    ) -> None:
        self._parent = parent
        self._busy = busy
        self._kept = kept  # False: this PC cannot keep the store's key, so a restart erases what is here
        self._close_again = close_again
        self._confirmed = False
        self.question: QMessageBox | None = None

    def allows_close(self) -> bool:
        """True: let the window close now. False: the question is on screen (or already was)."""
        if self._confirmed:
            return True
        what = self._busy()
        if what is None:
            return True
        if self.question is None:
            self.question = self._ask(what)
        self.question.open()
        return False

    def _ask(self, what: str) -> QMessageBox:
        box = QMessageBox(self._parent)
        box.setObjectName("closeQuestion")
        box.setAccessibleName(_t("콘솔을 닫을지 확인"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_t("콘솔 닫기"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(what)
        box.setInformativeText(
            _t("콘솔을 닫아도 통화나 채팅은 끊기지 않고, 적은 내용은 이 PC에 남아 다시 열면 이어집니다.")
            if self._kept() else
            _t("콘솔을 닫아도 통화나 채팅은 끊기지 않습니다. 다만 이 PC에는 암호 키를 보관할 곳이 없어, "
               "아직 보내지 못한 내용은 다시 열 때 지워집니다.")
        )
        close = box.addButton(_t("닫기"), QMessageBox.ButtonRole.DestructiveRole)
        close.setObjectName("closeQuestionClose")
        close.setAccessibleName(_t("콘솔 닫기"))
        stay = box.addButton(_t("취소"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("closeQuestionStay")
        stay.setAccessibleName(_t("닫지 않고 계속"))
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        close.clicked.connect(self._confirm)
        return box

    def _confirm(self) -> None:
        self._confirmed = True
        self._close_again()


def busy_text(*, in_contact: bool, open_dispatches: int) -> str | None:
    """What the question names, or None when nothing is open."""
    if open_dispatches:
        return _t("긴급 출동 요청이 아직 끝나지 않았습니다. 콘솔을 닫을까요?")
    if in_contact:
        return _t("상담이 진행 중입니다. 콘솔을 닫을까요?")
    return None
