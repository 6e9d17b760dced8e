"""The header's 도움말 menu: 로그 폴더 열기, for the help desk on the phone ("send us the file in there").

The folder, not the file: the rotated older logs and crash.log sit beside console.log, and a file
manager lets the counselor attach whichever the help desk asks for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from annyeong.console import logfile


def _t(text: str) -> str:
    return QCoreApplication.translate("HelpButton", text)


class HelpButton(QToolButton):
    log_folder_opened = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpButton")
        self.setText(_t("도움말"))
        self.setAccessibleName(_t("도움말"))
        self.setAccessibleDescription(_t("로그 폴더를 열어 헬프데스크에 보낼 파일을 찾습니다."))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self._menu.setObjectName("helpMenu")
        self._menu.setAccessibleName(_t("도움말 메뉴"))
        self.open_logs_action = QAction(_t("로그 폴더 열기"), self)
        self.open_logs_action.setObjectName("openLogFolderAction")
        self.open_logs_action.setStatusTip(
            _t("문제가 생겼을 때 헬프데스크가 요청하는 기록 파일이 있는 폴더를 엽니다.")
        )
        self.open_logs_action.triggered.connect(self.open_log_folder)
        self._menu.addAction(self.open_logs_action)
        self.setMenu(self._menu)

    def open_log_folder(self) -> bool:
        folder = logfile.log_dir()
        folder.mkdir(parents=True, exist_ok=True)  # a console started without a file still opens one
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.log_folder_opened.emit(folder)
        return opened
