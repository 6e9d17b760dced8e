"""The header's 도움말 menu: 단축키 안내 (F1, added by the window's view actions) and 로그 폴더 열기, for the
help desk on the phone ("send us the file in there").

The folder, not the file: the rotated older logs and crash.log sit beside console.log, and a file
manager lets the counselor attach whichever the help desk asks for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

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
        self.setAccessibleDescription(
            _t("단축키 안내를 보거나, 로그 폴더를 열어 헬프데스크에 보낼 파일을 찾습니다."))
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
        self.notice: QMessageBox | None = None

    def add_first(self, action: QAction) -> None:
        """An action above 로그 폴더 열기 (the shortcut sheet: what a counselor looks for under 도움말)."""
        self._menu.insertAction(self.open_logs_action, action)
        self._menu.insertSeparator(self.open_logs_action)

    def open_log_folder(self) -> bool:
        folder = logfile.log_dir()
        folder.mkdir(parents=True, exist_ok=True)  # a console started without a file still opens one
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        # A PC without a file manager opens nothing and says nothing: the folder's place goes to the
        # clipboard either way (for the help desk, pasted; the path itself is never shown), and the
        # counselor is told so.
        QGuiApplication.clipboard().setText(str(folder))
        self.notice = QMessageBox(
            QMessageBox.Icon.Information,
            _t("로그 폴더"),
            (_t("로그 폴더를 열었습니다.") + " " if opened else _t("로그 폴더 창을 열 수 없습니다.") + " ")
            + _t("폴더 위치를 클립보드에 복사해 두었으니, 헬프데스크에 붙여 넣어 전달해 주세요."),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        self.notice.setObjectName("logFolderNotice")
        self.notice.setAccessibleName(_t("로그 폴더 안내"))
        self.notice.open()
        self.log_folder_opened.emit(folder)
        return opened
