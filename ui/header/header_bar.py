"""The header: title, presence, sync state and who is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, QTimer
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
        # Its words change with the outbox: what fits the row is decided again, after this change.
        self.sync.text_changed.connect(self._fit_soon)
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
        self._fitted_for: tuple[int, ...] = ()
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
        self._others: list[QWidget] = [
            title, self.view_switch, self.dispatch_badge, self.handoff_badge, self.emergency, self.presence,
            self.follow_ups, self.account, self.theme, self.help,
        ]

    def fit(self) -> None:
        """While the row does not fit (English, a lead's switch and badges, a dispatch waiting), narrower
        forms in turn: the dispatch chip's state in fewer words, the sync state without "connected",
        then the chip's number and minutes alone. The app's name gives way before all of them."""
        chip = self.dispatch_chip
        # Trying forms changes the sync's words: not news to refit for.
        blocker = QSignalBlocker(self.sync)
        chip.show_form(chip.FULL)
        self.sync.set_compact(False)
        for narrower in (
            lambda: chip.show_form(chip.MEDIUM),
            lambda: self.sync.set_compact(True),
            lambda: chip.show_form(chip.SHORT),
        ):
            if self.minimumSizeHint().width() <= self.width():
                break
            narrower()
        blocker.unblock()
        self._fitted_for = self._neighbours()

    def event(self, event: QEvent) -> bool:
        # A neighbour grew, shrank, came or went (the red button with a contact, the presence's words,
        # a lead's badges): what fits is decided again. The chip's and the sync's own changes while
        # fitting are not news; neither is a layout pass that changed nothing beside them.
        if event.type() == QEvent.Type.LayoutRequest and self._neighbours() != self._fitted_for:
            self._fit_soon()
        return super().event(event)

    def _neighbours(self) -> tuple[int, ...]:
        """The header's width and the least room of everything in its row but the chip and the sync."""
        return (self.width(), *(w.minimumSizeHint().width() if w.isVisible() else -1 for w in self._others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def set_user(self, display_name: str | None) -> None:
        self.account.set_user(display_name)

    def user_text(self) -> str:
        return self.account.user_name()

    def _fit_soon(self) -> None:
        QTimer.singleShot(0, self, self.fit)  # with the header as context: never after it is gone

    def _separator(self) -> QFrame:
        line = QFrame(self)
        line.setObjectName("headerSeparator")
        line.setFrameShape(QFrame.Shape.VLine)
        return line
