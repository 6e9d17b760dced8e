"""The centre column: idle or the open contact, with the incoming-call card laid over its top edge.

The card is a child positioned by hand (not in the layout) so that it overlays whatever is below it
instead of pushing it down: the counselor's notes do not jump when a call rings during wrap-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QStackedLayout, QWidget

from ui.call_card import CallCard
from ui.contact_view import ContactView
from ui.idle_view import IdleView

CARD_MARGIN = 16


class CentreColumn(QFrame):
    def __init__(
        self, idle: IdleView, contact: ContactView, card: CallCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("centreColumn")
        self.idle = idle
        self.contact = contact
        self.card = card
        self._stack = QStackedLayout(self)
        self._stack.addWidget(idle)
        self._stack.addWidget(contact)
        card.setParent(self)
        card.hide()
        card.installEventFilter(self)

    def show_idle(self) -> None:
        self._stack.setCurrentWidget(self.idle)

    def show_contact(self) -> None:
        self._stack.setCurrentWidget(self.contact)

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_card()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Resize too: the card's own adjustSize() would otherwise shrink it to its hint's width.
        if watched is self.card and event.type() in (
            QEvent.Type.Show, QEvent.Type.LayoutRequest, QEvent.Type.Resize
        ):
            self._place_card()
        return super().eventFilter(watched, event)

    def _place_card(self) -> None:
        width = max(0, self.width() - 2 * CARD_MARGIN)
        height = self.card.heightForWidth(width) if self.card.hasHeightForWidth() else -1
        if height <= 0:
            height = self.card.sizeHint().height()
        if self.card.geometry() != QRect(CARD_MARGIN, CARD_MARGIN, width, height):
            self.card.setGeometry(CARD_MARGIN, CARD_MARGIN, width, height)
        self.card.raise_()
