"""이력: earlier contacts of the person on the line (or ringing), newest first, readable during the call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from console.errors import ConsoleError
from console.wire import CallerHistory, ContactSummary
from ui.formatting import channel_name, format_date, format_duration, format_time
from ui.messages import error_text
from ui.text import plain_label, set_plain

if TYPE_CHECKING:
    from console.core import ConsoleCore
    from ui.tasks import TaskRegistry


class HistoryPanel(QFrame):
    history_loaded = Signal(object)  # CallerHistory | None

    def __init__(self, core: ConsoleCore, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setAccessibleName(QCoreApplication.translate("HistoryPanel", "이전 상담 이력"))
        self._core = core
        self._tasks = tasks
        self._current_contact_id: str | None = None

        title = plain_label(QCoreApplication.translate("HistoryPanel", "이력"), object_name="panelTitle")
        self._summary = plain_label(object_name="historySummary", word_wrap=True)
        self._retry = QPushButton(QCoreApplication.translate("HistoryPanel", "다시 불러오기"), self)
        self._retry.setObjectName("historyRetryButton")
        self._retry.setAccessibleName(QCoreApplication.translate("HistoryPanel", "이력 다시 불러오기"))
        self._retry.clicked.connect(self.reload)
        self._retry.hide()

        self._items = QWidget()
        self._items.setObjectName("historyItems")
        self._items_layout = QVBoxLayout(self._items)
        self._items_layout.setContentsMargins(0, 0, 0, 0)
        self._items_layout.setSpacing(8)
        self._items_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("historyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._items)

        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 16)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(self._summary)
        column.addWidget(self._retry, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(scroll, 1)
        self.show_idle()

    def summary_text(self) -> str:
        return self._summary.text()

    def item_count(self) -> int:
        return self._items_layout.count() - 1

    def show_idle(self) -> None:
        self._tasks.cancel("caller_history")
        self._current_contact_id = None
        self._clear_items()
        self._retry.hide()
        set_plain(
            self._summary,
            QCoreApplication.translate(
                "HistoryPanel", "전화가 오면 그 분의 이전 상담 기록이 여기에 보입니다."
            ),
        )

    def reload(self, contact_id: str | None = None) -> None:
        """Load the history of the offered call or active contact (latest request wins)."""
        self._current_contact_id = contact_id
        self._retry.hide()
        set_plain(self._summary, QCoreApplication.translate("HistoryPanel", "이력을 불러오는 중…"))
        self._tasks.latest("caller_history", self._load())

    async def _load(self) -> None:
        try:
            history = await self._core.caller_history()
        except ConsoleError as exc:
            set_plain(
                self._summary,
                QCoreApplication.translate("HistoryPanel", "이력을 불러오지 못했습니다. {reason}").format(
                    reason=error_text(exc)
                ),
            )
            self._retry.show()
            return
        self.show_history(history)

    def show_history(self, history: CallerHistory | None) -> None:
        self._clear_items()
        if history is None:
            set_plain(
                self._summary,
                QCoreApplication.translate(
                    "HistoryPanel", "번호가 표시되지 않아 이전 상담을 찾을 수 없습니다."
                ),
            )
        else:
            earlier = [c for c in history.contacts if c.id != self._current_contact_id]
            caller = history.caller
            if not earlier and caller.prior_contacts:
                # The server only summarised (counselors may not look a number up themselves).
                parts = [
                    QCoreApplication.translate("HistoryPanel", "이전 상담 {n}회").format(
                        n=caller.prior_contacts
                    )
                ]
                if caller.last_contact_at is not None:
                    parts.append(
                        QCoreApplication.translate("HistoryPanel", "마지막 {date}").format(
                            date=format_date(caller.last_contact_at)
                        )
                    )
                if caller.last_counselor:
                    parts.append(caller.last_counselor)
                set_plain(self._summary, " · ".join(parts))
            elif not earlier:
                set_plain(
                    self._summary,
                    QCoreApplication.translate(
                        "HistoryPanel", "이전 상담 기록이 없습니다. 처음 연락하신 분입니다."
                    ),
                )
            else:
                set_plain(
                    self._summary,
                    QCoreApplication.translate("HistoryPanel", "이전 상담 {n}회 (최근 순)").format(
                        n=len(earlier)
                    ),
                )
            for contact in sorted(earlier, key=lambda c: c.started_at, reverse=True):
                self._items_layout.insertWidget(self._items_layout.count() - 1, self._item(contact))
        self.history_loaded.emit(history)

    def _item(self, contact: ContactSummary) -> QFrame:
        item = QFrame(self._items)
        item.setObjectName("historyItem")
        head = plain_label(
            f"{format_date(contact.started_at)} {format_time(contact.started_at)} · {contact.counselor_name}",
            item,
            object_name="historyItemHead",
        )
        parts = [channel_name(contact.channel)]
        if contact.ended_at is not None:
            parts.append(format_duration((contact.ended_at - contact.started_at).total_seconds()))
        parts.append(QCoreApplication.translate("HistoryPanel", "메모 {n}건").format(n=contact.note_count))
        body = plain_label(" · ".join(parts), item, object_name="historyItemBody")
        column = QVBoxLayout(item)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(2)
        column.addWidget(head)
        column.addWidget(body)
        return item

    def _clear_items(self) -> None:
        while self._items_layout.count() > 1:
            taken = self._items_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
