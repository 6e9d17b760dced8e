"""벨소리 크기: the ring tone's own volume (작게 / 보통 / 크게), in the header's 테마 menu with the other
per-counselor choices, kept in look.ini (ui/card/ring_tone.py). It applies from the next ring.

No 끄기: a console that cannot be heard misses a caller in crisis; the quietest level is still a ring.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from annyeong.ui.card.ring_tone import VOLUMES, chosen_volume, remember_volume


def _t(text: str) -> str:
    return QCoreApplication.translate("RingVolume", text)


def volume_label(level: str) -> str:
    return {"soft": _t("작게"), "normal": _t("보통"), "loud": _t("크게")}[level]


class RingVolumeMenu(QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("벨소리 크기"), parent)
        self.setObjectName("ringVolumeMenu")
        self.setAccessibleName(_t("벨소리 크기 메뉴"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.volume_actions: dict[str, QAction] = {}
        for level in VOLUMES:
            action = QAction(volume_label(level), self)
            action.setObjectName(f"ringVolumeAction_{level}")
            action.setCheckable(True)
            action.setStatusTip(_t("전화가 올 때 울리는 소리의 크기입니다"))
            action.triggered.connect(lambda _checked=False, lv=level: self.choose(lv))
            group.addAction(action)
            self.addAction(action)
            self.volume_actions[level] = action
        self.aboutToShow.connect(self._mark_current)

    def choose(self, level: str) -> None:
        remember_volume(level)
        self._mark_current()

    def _mark_current(self) -> None:
        current = chosen_volume()
        for level, action in self.volume_actions.items():
            action.setChecked(level == current)
