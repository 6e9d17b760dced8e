"""The header: title, presence, sync state and who is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from annyeong.ui.board.switch import ViewSwitch
from annyeong.ui.card.ring_volume import RingVolumeMenu
from annyeong.ui.dispatch.alert import DispatchFloorBadge, DispatchWaitingChip
from annyeong.ui.dispatch.emergency_button import EmergencyButton
from annyeong.ui.follow_up.count import FollowUpCount
from annyeong.ui.handoff.waiting import HandoffBadge
from annyeong.ui.header.account_button import AccountButton
from annyeong.ui.header.help_button import HelpButton
from annyeong.ui.header.presence_selector import PresenceSelector
from annyeong.ui.header.sync_indicator import SyncIndicator
from annyeong.ui.header.theme_button import ThemeButton

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore


class _Title(QLabel):
    """The app's name gives way first when the header is crowded (a shift lead's switch and badges, in
    English): the whole name where it fits, else the short name ("외로움안녕120", "Annyeong 120"), whole
    in its tooltip; never a name cut off mid-word ("Annyeon…")."""

    def __init__(self, text: str, short: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appTitle")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = text
        self._short = short
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        shortest = self.fontMetrics().horizontalAdvance(self._short) + 4
        return QSize(shortest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = self.fontMetrics().horizontalAdvance(self._full) + 4 <= self.width()
        self.setText(self._full if fits else self._short)


class HeaderBar(QFrame):
    def __init__(self, core: ConsoleCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")
        title = _Title(QCoreApplication.translate("HeaderBar", "외로움안녕120 상담 콘솔"),
                       QCoreApplication.translate("HeaderBar", "외로움안녕120"), self)
        self.presence = PresenceSelector(core.calls, self)
        self.sync = SyncIndicator(self)
        self.follow_ups = FollowUpCount(core.follow_ups, self)  # "후속 연락 3 (지연 1)", red when overdue
        # The same red button as the contact's, up here too while a contact is open (F12 from anywhere).
        self.emergency = EmergencyButton(object_name="emergencyHeaderButton", compact=True, parent=self)
        self.emergency.hide()
        # 상담 | 상황판 for shift leads, and the count of handoffs waiting for this person.
        self.view_switch = ViewSwitch(self)
        self.handoff_badge = HandoffBadge(self)
        # "출동 대기 2" beside the switch (leads); "출동 확인 대기 · 112 · 3분" (who pressed).
        self.dispatch_badge = DispatchFloorBadge(self)
        self.dispatch_chip = DispatchWaitingChip(self)
        self.theme = ThemeButton(self)  # 주간 / 야간 / 고대비 and the font size
        self.theme.add_menu(RingVolumeMenu(self))
        self.account = AccountButton(self)  # Who is signed in, and 로그아웃
        self.help = HelpButton(self)  # 로그 폴더 열기
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(16)
        row.addWidget(title)
        row.addWidget(self.view_switch)
        row.addWidget(self.dispatch_badge)
        row.addStretch(1)
        row.addWidget(self.handoff_badge)
        row.addWidget(self.dispatch_chip)
        row.addWidget(self.emergency)
        row.addWidget(self.presence)
        row.addWidget(self._separator())
        row.addWidget(self.sync)
        row.addWidget(self._separator())
        row.addWidget(self.follow_ups)
        row.addWidget(self._separator())
        row.addWidget(self.account)
        row.addWidget(self.theme)
        row.addWidget(self.help)

    def set_user(self, display_name: str | None) -> None:
        self.account.set_user(display_name)

    def user_text(self) -> str:
        return self.account.user_name()

    def _separator(self) -> QFrame:
        line = QFrame(self)
        line.setObjectName("headerSeparator")
        line.setFrameShape(QFrame.Shape.VLine)
        return line
