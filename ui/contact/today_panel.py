"""오늘: this session's contacts, newest first, and the search below them (the follow-ups due and the
handoffs waiting head the column). A row is a way back to its contact: one still held comes on screen, a
finished one opens read-only in the history column (the window decides which)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from annyeong.ui.handoff.waiting import HandoffWaitingList
from annyeong.ui.text.formatting import caller_number, channel_name, format_duration, format_time
from annyeong.ui.text.text import plain_label

if TYPE_CHECKING:
    from annyeong.console.state import ActiveContact


# The most recent contacts only: older ones are found with the search below. Over a shift of hundreds of
# Calls an unbounded list grew by six widgets a call and was rebuilt whole on every change (
# soak_memory and ui_stall).
MAX_ROWS = 20


@dataclass
class _Row:
    number: str
    started_at: datetime
    ended_at: datetime | None
    closed: bool
    channel: str = "phone"


class _Item(QFrame):
    """One row: clicked, or Enter/Space with the keyboard focus on it."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("todayItem")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class _RowsScroll(QScrollArea):
    """Asks for the rows' whole height; given less (search results below), it scrolls them, never down
    to less than two rows."""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        hint = inner.sizeHint() if inner is not None else QSize(0, 0)
        return QSize(hint.width(), hint.height() + 2 * self.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The rows were laid out anew (added, polished): the column asks this area's size again.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if layout is None:
            return QSize(0, 0)
        # Two rows stay in sight (the newest, and the one before it): enough to see it is a list.
        shown = [layout.itemAt(i) for i in range(min(2, layout.count()))]
        rows = sum(item.sizeHint().height() for item in shown if item is not None)
        rows += layout.spacing() * max(len(shown) - 1, 0)
        return QSize(0, min(rows, self.sizeHint().height()))


class TodayPanel(QFrame):
    contact_requested = Signal(str)  # a row was chosen: its contact id

    def __init__(self, parent: QWidget | None = None, *, search: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.setAccessibleName(QCoreApplication.translate("TodayPanel", "오늘"))
        self._rows: dict[str, _Row] = {}
        self._active_id: str | None = None

        title = plain_label(QCoreApplication.translate("TodayPanel", "오늘"), object_name="panelTitle")
        section = plain_label(
            QCoreApplication.translate("TodayPanel", "최근 상담"), object_name="panelSection"
        )
        self._empty = plain_label(
            QCoreApplication.translate("TodayPanel", "아직 받은 상담이 없습니다."),
            object_name="panelEmpty",
            word_wrap=True,
        )
        self._list = QWidget(self)
        self._list.setObjectName("todayList")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(6)
        # The rows scroll in a place of their own: with search results below they give way instead of
        # being squeezed over one another.
        self._scroll = _RowsScroll(self)
        self._scroll.setObjectName("todayScroll")
        self._scroll.setAccessibleName(QCoreApplication.translate("TodayPanel", "최근 상담 목록"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._scroll.setWidget(self._list)

        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 16)
        column.setSpacing(10)
        column.addWidget(title)
        self.handoffs = HandoffWaitingList(self)  # 인계 대기, above the contacts
        column.addWidget(self.handoffs)
        column.addWidget(section)
        column.addWidget(self._empty)
        column.addWidget(self._scroll)
        if search is None:
            column.addStretch(1)
        else:
            column.addSpacing(10)
            column.addWidget(search, 1)

    def count(self) -> int:
        return len(self._rows)

    def track(self, contact: ActiveContact | None) -> None:
        """Follow the core's active contact; a contact that goes away is marked done."""
        if contact is None:
            if self._active_id in self._rows:
                self._rows[self._active_id].closed = True
            self._active_id = None
        else:
            self._note(contact)
            self._active_id = contact.contact_id
        self._forget_oldest()
        self._render()

    def note_held(self, contacts: list[ActiveContact]) -> None:
        """The contacts held beside the one on screen (chats): their rows follow them too (a person who
        left shows 후처리 중 before that chat comes on screen)."""
        changed = False
        for contact in contacts:
            row = self._rows.get(contact.contact_id)
            if row is None or row.ended_at != contact.ended_at:
                self._note(contact)
                changed = True
        if changed:
            self._forget_oldest()
            self._render()

    def mark_closed(self, contact_id: str) -> None:
        """Wrapped up (the one on screen is then another held contact, or none)."""
        row = self._rows.get(contact_id)
        if row is not None and not row.closed:
            row.closed = True
            self._render()

    def _note(self, contact: ActiveContact) -> None:
        row = self._rows.get(contact.contact_id)
        if row is None:
            number = caller_number(contact.caller, contact.channel)
            row = _Row(number, contact.started_at, contact.ended_at, False, contact.channel)
            self._rows[contact.contact_id] = row
        row.ended_at = contact.ended_at

    def _forget_oldest(self) -> None:
        """Keep MAX_ROWS rows: the oldest finished ones go first; the open contact always stays."""
        excess = len(self._rows) - MAX_ROWS
        if excess <= 0:
            return
        oldest = sorted(
            (cid for cid in self._rows if cid != self._active_id), key=lambda cid: self._rows[cid].started_at
        )
        for contact_id in oldest[:excess]:
            del self._rows[contact_id]

    def _render(self) -> None:
        while self._list_layout.count():
            taken = self._list_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self._empty.setVisible(not self._rows)
        for contact_id, row in sorted(self._rows.items(), key=lambda kv: kv[1].started_at, reverse=True):
            if row.ended_at is None and row.channel == "chat":
                state = QCoreApplication.translate("TodayPanel", "채팅 중")
            elif row.ended_at is None:
                state = QCoreApplication.translate("TodayPanel", "통화 중")
            elif not row.closed:
                state = QCoreApplication.translate("TodayPanel", "후처리 중")
            else:
                state = QCoreApplication.translate("TodayPanel", "완료 · {channel} {duration}").format(
                    channel=channel_name(row.channel),
                    duration=format_duration((row.ended_at - row.started_at).total_seconds()),
                )
            item = _Item(self._list)
            item.setProperty("active", contact_id == self._active_id)
            open_words = (QCoreApplication.translate("TodayPanel", "화면에 있는 상담")
                          if contact_id == self._active_id
                          else QCoreApplication.translate("TodayPanel", "눌러서 기록 보기") if row.closed
                          else QCoreApplication.translate("TodayPanel", "눌러서 이 상담으로 가기"))
            item.setAccessibleName(f"{format_time(row.started_at)} {row.number} · {state} · {open_words}")
            item.setToolTip(open_words)
            item.clicked.connect(lambda cid=contact_id: self.contact_requested.emit(cid))
            head = plain_label(
                f"{format_time(row.started_at)}  {row.number}", item, object_name="todayItemHead"
            )
            body = plain_label(state, item, object_name="todayItemBody")
            column = QVBoxLayout(item)
            column.setContentsMargins(10, 8, 10, 8)
            column.setSpacing(2)
            column.addWidget(head)
            column.addWidget(body)
            self._list_layout.addWidget(item)
        # Never hidden (a hidden widget's layout item keeps a zero size until a later pass): with no rows
        # it asks for no height.
        self._scroll.updateGeometry()

    def rows(self) -> list[QWidget]:
        """The rows as shown, newest first."""
        found = (self._list_layout.itemAt(i) for i in range(self._list_layout.count()))
        return [w for w in (item.widget() if item is not None else None for item in found) if w is not None]
