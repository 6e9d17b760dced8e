"""The centre column: idle or the open contact, with the incoming-call card laid over its top edge and
the dispatch panel laid over the rest.

The card and the panel are children positioned by hand (not in the layout) so that they overlay whatever
is below instead of pushing it down: the counselor's notes do not jump when a call rings during wrap-up.
The panel stops above the contact's bottom row, so the emergency button (and 통화 종료) are never covered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QStackedLayout, QWidget

from annyeong.ui.card.call_card import CallCard
from annyeong.ui.contact.view import ContactView
from annyeong.ui.dispatch.panel import DispatchPanel
from annyeong.ui.shell.idle_view import IdleView

CARD_MARGIN = 16
PANEL_MARGIN = 10
PANEL_GAP = 10  # between the panel's bottom edge and the contact's bottom row


class CentreColumn(QFrame):
    def __init__(
        self, idle: IdleView, contact: ContactView, card: CallCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("centreColumn")
        self.idle = idle
        self.contact = contact
        self.card = card
        self.panel: DispatchPanel | None = None
        self._stack = QStackedLayout(self)
        self._stack.addWidget(idle)
        self._stack.addWidget(contact)
        card.setParent(self)
        card.hide()
        card.installEventFilter(self)

    def attach_panel(self, panel: DispatchPanel) -> None:
        self.panel = panel
        panel.setParent(self)
        panel.hide()
        panel.installEventFilter(self)
        self.contact.installEventFilter(self)
        self.contact.end_confirm.installEventFilter(self)
        self._place_panel()

    def show_idle(self) -> None:
        self._stack.setCurrentWidget(self.idle)
        self._place_panel()

    def show_contact(self) -> None:
        self._stack.setCurrentWidget(self.contact)
        self._place_panel()

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_card()
        self._place_panel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Resize too: the card's own adjustSize() would otherwise shrink it to its hint's width.
        if watched is self.card and event.type() in (
            QEvent.Type.Show, QEvent.Type.LayoutRequest, QEvent.Type.Resize
        ):
            self._place_card()
        elif self._moves_panel(watched, event):
            self._place_panel()
        return super().eventFilter(watched, event)

    def _moves_panel(self, watched: QObject, event: QEvent) -> bool:
        """The panel itself or the contact changed size, or the question before ending came, went or
        moved (the panel stops above it)."""
        if watched is self.contact.end_confirm:
            return event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Move, QEvent.Type.Resize)
        sized = event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest, QEvent.Type.Resize)
        return sized and (watched is self.panel or watched is self.contact) and not self._pending_resize(
            watched, event)

    def _pending_resize(self, watched: QObject, event: QEvent) -> bool:
        """The panel's pending resize that show() delivers before the panel counts as visible: a resize
        made from it would be deferred without an event (see _place_panel); its Show event follows."""
        panel = self.panel
        return panel is not None and watched is panel and event.type() == QEvent.Type.Resize \
            and not panel.isVisible()

    def panel_rect(self) -> QRect:
        """Over the whole column, but above the contact's bottom row (its emergency button, and the
        question before ending, which can be taller) when a contact is showing."""
        bottom = self.height() - PANEL_MARGIN
        if self._stack.currentWidget() is self.contact:
            for below in (self.contact.emergency, self.contact.end_confirm):
                if below.isVisibleTo(self.contact):
                    bottom = min(bottom, below.mapTo(self, QPoint(0, 0)).y() - PANEL_GAP)
        return QRect(PANEL_MARGIN, PANEL_MARGIN, max(0, self.width() - 2 * PANEL_MARGIN),
                     max(0, bottom - PANEL_MARGIN))

    def _place_panel(self) -> None:
        """Keep the panel's geometry current while it is hidden too. Sized only once shown, its first show
        went wrong: Qt delivers a hidden widget's pending resize inside show(), before it counts as visible,
        and a resize made from that event is deferred with no event to follow — the panel got its full
        size but its layout stayed at a never-shown widget's 100×30 (an empty red panel, first F12 only)."""
        panel = self.panel
        if panel is None:
            return
        rect = self.panel_rect()
        if panel.size() != rect.size():
            panel.resize(rect.size())
        if not panel.sliding() and panel.pos() != rect.topLeft():
            panel.move(rect.topLeft())
        panel.raise_()
        if self.card.isVisible():
            # A ringing call is never under the panel: an open dispatch's steps, redrawn every few
            # seconds, raised the panel over the card, and rings went unanswered behind it.
            self.card.raise_()

    def _place_card(self) -> None:
        width = max(0, self.width() - 2 * CARD_MARGIN)
        height = self.card.heightForWidth(width) if self.card.hasHeightForWidth() else -1
        if height <= 0:
            height = self.card.sizeHint().height()
        if self.card.geometry() != QRect(CARD_MARGIN, CARD_MARGIN, width, height):
            self.card.setGeometry(CARD_MARGIN, CARD_MARGIN, width, height)
        layout = self.card.layout()
        if layout is not None and layout.geometry().width() not in (0, self.card.contentsRect().width()):
            # Placed from inside the card's own adjustSize() resize, the layout keeps the hint's width
            # (buttons in mid-card); laid out again once that event is over, it fills the card.
            QTimer.singleShot(0, layout.invalidate)
        self.card.raise_()
