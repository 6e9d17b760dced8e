"""The board's lists: one titled section per kind (waiting calls, dispatches, handoffs, follow-ups,
escalations, crises), each row a plain-text line with at most one action button."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.card.sections import repolish
from annyeong.ui.text.text import plain_label, set_plain

MAX_ROWS = 6  # the board is read from across the room: the oldest few, then "외 n건"


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardLists", text)


@dataclass(frozen=True)
class Row:
    key: str
    text: str
    tone: str = "muted"  # muted | warn (amber) | crisis (red)
    action: str | None = None  # button text
    action_name: str = ""  # objectName of the button
    on_action: Callable[[], None] | None = None


class BoardSection(QFrame):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardSection")
        self.setAccessibleName(title)
        self._name = name
        self._title = plain_label(title, self, object_name="boardSectionTitle")
        self._count = plain_label(object_name="boardSectionCount")
        self._empty = plain_label(_t("없음"), self, object_name="boardSectionEmpty")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(self._title, 1)
        head.addWidget(self._count)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(6)
        column.addLayout(head)
        column.addWidget(self._empty)
        column.addLayout(self._rows)
        column.addStretch(1)
        self._texts: list[str] = []

    def row_texts(self) -> list[str]:
        return list(self._texts)

    def set_rows(self, rows: list[Row], *, summary: str | None = None, tone: str = "muted") -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._texts = [r.text for r in rows]
        set_plain(self._count, summary if summary is not None else (str(len(rows)) if rows else ""))
        self.setProperty("tone", tone if rows else "muted")
        repolish(self)
        self._empty.setVisible(not rows)
        for row in rows[:MAX_ROWS]:
            self._rows.addWidget(self._row(row))
        if len(rows) > MAX_ROWS:
            more_text = _t("외 {n}건").format(n=len(rows) - MAX_ROWS)
            more = plain_label(more_text, self, object_name="boardRowMore")
            self._rows.addWidget(more)

    def _row(self, row: Row) -> QWidget:
        line = QFrame(self)
        line.setObjectName("boardRow")
        line.setProperty("tone", row.tone)
        text = plain_label(row.text, line, object_name="boardRowText", word_wrap=True)
        layout = QHBoxLayout(line)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(8)
        layout.addWidget(text, 1)
        if row.action is not None and row.on_action is not None:
            button = QPushButton(row.action, line)
            button.setObjectName(row.action_name or f"{self._name}Action")
            button.setAccessibleName(f"{row.action} — {row.text}")
            button.setAutoDefault(False)
            callback = row.on_action
            button.clicked.connect(lambda: callback())
            layout.addWidget(button)
        return line
