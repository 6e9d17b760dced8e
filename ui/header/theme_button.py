"""The header's 테마 button: 주간 / 야간 / 고대비, the font size actions and the language submenu.

Apart from ui/common/theme.py, which applies the look before the first paint and must stay light.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from annyeong.ui.common.theme import THEMES, ThemeController, theme_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Theme", text)  # the same context as ui/common/theme.py's words


class ThemeButton(QToolButton):
    """The header's small 테마 menu: 주간 / 야간 / 고대비, then the font size actions and the language
    submenu (added later, by ui.shell.shortcut_sheet.ViewActions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeButton")
        self.setText(_t("테마"))
        self.setAccessibleName(_t("화면 테마, 글자 크기, 언어"))
        self.setAccessibleDescription(
            _t("주간, 야간, 고대비 중에서 고르고 글자 크기와 화면 언어를 바꿉니다.")
        )
        self.setToolTip(_t("화면 테마와 글자 크기 (Ctrl+= 크게, Ctrl+- 작게, Ctrl+0 기본)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self._menu.setObjectName("themeMenu")
        self._menu.setAccessibleName(_t("화면 테마 메뉴"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = QAction(theme_label(name), self)
            action.setObjectName(f"themeAction_{name}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, n=name: ThemeController.of().set_theme(n))
            group.addAction(action)
            self._menu.addAction(action)
            self.theme_actions[name] = action
        self.setMenu(self._menu)
        self._menu.aboutToShow.connect(self._mark_current)

    def add_actions(self, actions: list[QAction]) -> None:
        """The window's font size actions, listed under the themes with their shortcuts."""
        self._menu.addSeparator()
        for action in actions:
            self._menu.addAction(action)

    def add_menu(self, menu: QMenu) -> None:
        """A submenu under everything else (언어 · Language)."""
        self._menu.addSeparator()
        self._menu.addMenu(menu)

    def _mark_current(self) -> None:
        current = ThemeController.of().theme()
        for name, action in self.theme_actions.items():
            action.setChecked(name == current)
