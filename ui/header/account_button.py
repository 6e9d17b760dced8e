"""The header's name of who is signed in, as a small menu: 지금 잠그기 (Ctrl+L) and 로그아웃 live here.

A menu rather than a bare button: signing out is rare and consequential, so it takes two deliberate
clicks (open, choose) and can never be hit by a stray click on a name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("AccountButton", text)


class AccountButton(QToolButton):
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountButton")
        self.setAccessibleName(_t("로그인한 상담원"))
        self.setAccessibleDescription(_t("누르면 잠그기와 로그아웃 메뉴가 열립니다."))
        self.setToolTip(_t("로그인한 상담원 — 잠그기, 로그아웃"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self._menu.setObjectName("accountMenu")
        self._menu.setAccessibleName(_t("계정 메뉴"))
        self.sign_out_action = QAction(_t("로그아웃…"), self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.setStatusTip(
            _t("보내지 않은 기록이 없으면 이 PC에 남은 상담 기록을 지우고 로그아웃합니다.")
        )
        self.sign_out_action.triggered.connect(self.sign_out_requested.emit)
        self._menu.addAction(self.sign_out_action)
        self.setMenu(self._menu)
        self.set_user(None)

    def add_first(self, action: QAction) -> None:
        """An action above 로그아웃 (지금 잠그기: common, and nothing is lost by it)."""
        self._menu.insertAction(self.sign_out_action, action)
        self._menu.insertSeparator(self.sign_out_action)

    def user_name(self) -> str:
        return self._name

    def set_user(self, display_name: str | None) -> None:
        # A button's text is never rich text, but "&" would become a mnemonic: the server's name, as is.
        self._name = display_name or ""
        # The ▾ says "this opens a menu"; a bare name would read as a label nobody clicks.
        self.setText(f"{self._name.replace('&', '&&')} ▾" if self._name else "")
        self.setVisible(bool(display_name))
        self.sign_out_action.setEnabled(bool(display_name))
