"""The interface language, chosen from the header's 테마 menu (언어 · Language) and remembered.

Korean is the default. The choice is kept beside the theme (look.ini under console.paths.config_dir(), the
same QSettings file ui/common/theme.py uses) and read at the next start: a ``--lang`` on the command line
wins,
then this choice, then the settings file's ``language``.

Why at the next start and not live: about seventy widgets set their texts once, when they are built, and
several build rows from data (referral forms, checklist items) with translated fragments inside; a live
switch would need a changeEvent(LanguageChange) path in each, and a half-retranslated window in front of a
counselor on a call is worse than a clear "from the next start". So the switch says so, in both languages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from annyeong.ui.text.i18n import (  # The choice itself lives in ui/text/i18n.py: read before the first paint
    LANGUAGES,
    interface_language,
    remember_language,
    remembered_language,
)

# Each language's name in itself: someone who cannot read the current language must still find theirs.
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}
# Deliberately not through the catalog: whoever reads it, in whichever language, must understand it.
SWITCH_NOTICE = {
    "ko": "화면 언어를 한국어로 바꿨습니다. 다음에 콘솔을 시작할 때부터 적용됩니다. "
    "· The interface will be in Korean from the next start.",
    "en": "화면 언어를 영어로 바꿨습니다. 다음에 콘솔을 시작할 때부터 적용됩니다. "
    "· The interface will be in English from the next start.",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Language", text)


class LanguageMenu(QMenu):
    """언어 · Language: one checkable action per language; choosing one remembers it and says when it applies.

    ``notify`` shows the notice (the main window's banner: never a modal box over a call in progress).
    """

    def __init__(self, notify: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__("언어 · Language", parent)  # both: found whichever language is showing
        self.setObjectName("languageMenu")
        self.setAccessibleName(_t("화면 언어 메뉴"))
        self._notify = notify
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self)
            action.setObjectName(f"languageAction_{language}")
            action.setCheckable(True)
            action.setStatusTip(_t("다음에 시작할 때부터 이 언어로 표시합니다"))
            action.triggered.connect(lambda _checked=False, lang=language: self.choose(lang))
            group.addAction(action)
            self.addAction(action)
            self.language_actions[language] = action
        self.aboutToShow.connect(self._mark_current)

    def choose(self, language: str) -> None:
        remember_language(language)
        self._mark(language)
        self._notify(SWITCH_NOTICE[language])

    def chosen(self) -> str:
        """What the next start will show (the remembered choice, else what shows now)."""
        return remembered_language() or interface_language()

    def _mark_current(self) -> None:
        self._mark(self.chosen())

    def _mark(self, language: str) -> None:
        for name, action in self.language_actions.items():
            action.setChecked(name == language)
