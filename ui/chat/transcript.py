"""The conversation as one read-only document: each message a block (the person's on the left, the
counselor's on the right), inserted with QTextCursor.insertText so no text is ever read as markup, the
matched crisis expression painted over in the theme's crisis colour, and the counselor's ticks.

One document rather than a widget per bubble: a long chat stays light, the whole transcript is
selectable and a screen reader reads it in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from annyeong.console.chats.conversations import ChatCrisis, ChatSummary, Conversations
from annyeong.console.chats.store import ChatLine
from annyeong.ui.chat.words import clock_text, delivery_text, end_text, typing_text
from annyeong.ui.common.inks import ink
from annyeong.ui.common.theme import active_theme
from annyeong.ui.text.text import set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("ChatTranscript", text)


class Shown(NamedTuple):
    summary: ChatSummary
    lines: list[ChatLine]
    crises: list[ChatCrisis]


def show_conversation(view: TranscriptView, typing: QLabel, chats: Conversations, contact_id: str) -> Shown:
    """A chat's transcript (with how it ended) and its typing line, as the conversation tab and the
    dispatch panel both show them; what was read, for the rest of the view."""
    shown = Shown(chats.summary(contact_id), chats.lines(contact_id), chats.crises(contact_id))
    view.show_lines(shown.lines, shown.crises, end_text(shown.summary.ended_by, shown.summary.ended_at))
    set_plain(typing, typing_text(shown.summary.typing))
    typing.setVisible(shown.summary.typing)  # no empty row under the conversation
    return shown


class BubbleInk(NamedTuple):
    person: str
    counselor: str
    system: str
    mark: str  # behind a crisis expression


# Day colours with their night and contrast twins (bubbles are painted, not styled by the stylesheet).
BUBBLES = {
    "day": BubbleInk("#EEF1F4", "#DCE8F5", "#F6F0DC", "#F7C6C2"),
    "night": BubbleInk("#343C46", "#22364A", "#3A3424", "#6B2723"),
    "contrast": BubbleInk("#FFFFFF", "#E6F0FF", "#FFF4CC", "#FFB3AD"),
}


class TranscriptView(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatTranscript")
        self.setAccessibleName(_t("대화 내용"))
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        # The bubbles' margins follow the width, so a scroll bar that came and went with each rebuild
        # resized the viewport and rebuilt again, for ever: the bar always takes its room.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._shown: tuple[object, ...] | None = None
        self._frames: list[object] = []
        # Kept at the newest message while the reader is there, whatever changes the height: the crisis
        # banner or panel appearing shrank the view and left the newest message below it.
        self._at_end = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)
        self._last: tuple[Sequence[ChatLine], Sequence[ChatCrisis], str] | None = None

    def show_lines(self, lines: Sequence[ChatLine], crises: Sequence[ChatCrisis], end_line: str = "") -> None:
        self._last = (lines, crises, end_line)
        key = (tuple(lines), tuple(crises), end_line, active_theme())
        if key == self._shown:
            return  # unchanged: keep the reader's scroll position and selection
        at_bottom = self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() - 4
        old = self._shown
        # Only new messages at the end (the usual case): append them, never rebuild a long conversation.
        start = 0
        if old is not None and old[2] == "" and end_line == "" and old[3] == key[3]:
            old_lines, old_crises = old[0], old[1]
            assert isinstance(old_lines, tuple) and isinstance(old_crises, tuple)
            new_ids = {line.id for line in lines[len(old_lines):]}
            if tuple(lines[:len(old_lines)]) == old_lines and tuple(crises[:len(old_crises)]) == old_crises \
                    and all(c.message_id in new_ids for c in crises[len(old_crises):]):
                start = len(old_lines)
        self._shown = key
        theme = active_theme()
        bubbles = BUBBLES.get(theme, BUBBLES["day"])
        colours = ink(theme)
        marks: dict[str, list[ChatCrisis]] = {}
        for crisis in crises:
            marks.setdefault(crisis.message_id, []).append(crisis)
        doc = self.document()
        if start == 0:
            doc.clear()
            self._frames = []
            doc.setDocumentMargin(8)
        cursor = QTextCursor(doc)
        text_format = QTextCharFormat()
        text_format.setForeground(QColor(colours.title))
        meta_format = QTextCharFormat()
        meta_format.setForeground(QColor(colours.faint))
        small = QFont(self.font())
        if small.pixelSize() > 0:  # the stylesheet sizes fonts in pixels
            small.setPixelSize(max(11, round(small.pixelSize() * 0.85)))
        else:
            small.setPointSizeF(max(8.0, small.pointSizeF() * 0.85))
        meta_format.setFont(small)
        mark_format = QTextCharFormat(text_format)
        mark_format.setBackground(QColor(bubbles.mark))
        mark_format.setFontWeight(700)
        frames = self._frames
        width = max(200, self.viewport().width())
        gap = QTextBlockFormat()
        gap.setLineHeight(6, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        for line in lines[start:]:
            # One frame per message: a bubble with padding, on the person's or the counselor's side.
            bubble = QTextFrameFormat()
            bubble.setPadding(6)
            bubble.setBorder(0)
            bubble.setTopMargin(0)  # the empty block Qt keeps after each frame spaces them
            bubble.setLeftMargin(width * 0.22 if line.sender == "counselor" else 0)
            bubble.setRightMargin(0 if line.sender == "counselor" else width * 0.22)
            bubble.setBackground(QColor(getattr(bubbles, line.sender, bubbles.system)))
            cursor.movePosition(QTextCursor.MoveOperation.End)  # after the last bubble
            cursor.setBlockFormat(gap)  # the empty block Qt keeps before/after a frame: the space between
            # Held: PySide may otherwise delete the frame it wrapped while the document still owns it.
            frames.append(cursor.insertFrame(bubble))
            self._insert_text(cursor, line, marks.get(line.id, []), text_format, mark_format)
            meta = QTextBlockFormat()
            meta.setAlignment(Qt.AlignmentFlag.AlignRight if line.sender == "counselor"
                              else Qt.AlignmentFlag.AlignLeft)
            cursor.insertBlock(meta)
            stamp = clock_text(line.sent_at or line.created_at)
            tick = delivery_text(line.delivery) if line.sender == "counselor" else ""
            cursor.insertText(" · ".join(p for p in (stamp, tick) if p), meta_format)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if end_line:
            block = QTextBlockFormat()
            block.setTopMargin(12)
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cursor.insertBlock(block)
            cursor.insertText(end_line, meta_format)
        # The newest message is the one that matters: shown when the reader was at the end, when another
        # conversation came on screen (a rebuild), and after the counselor's own message. Once more after
        # the document's layout has settled: the bar's maximum grows as the new bubbles are laid out.
        own = bool(lines) and lines[-1].sender == "counselor" and len(lines) > start
        if at_bottom or start == 0 or own:
            self._to_end()
            QTimer.singleShot(0, self._to_end)

    def _to_end(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def _on_scrolled(self, value: int) -> None:
        self._at_end = value >= self.verticalScrollBar().maximum() - 4

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._at_end:
            self.verticalScrollBar().setValue(maximum)

    @staticmethod
    def _insert_text(cursor: QTextCursor, line: ChatLine, marks: list[ChatCrisis],
                     plain: QTextCharFormat, marked: QTextCharFormat) -> None:
        at = 0
        for crisis in sorted(marks, key=lambda c: c.match.start):
            start, end = crisis.match.start, crisis.match.end
            if start < at or end > len(line.text):
                continue  # a span that does not fit this text (an edited list): shown unmarked
            cursor.insertText(line.text[at:start], plain)
            cursor.insertText(line.text[start:end], marked)
            at = end
        cursor.insertText(line.text[at:], plain)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._last is not None and event.size().width() != event.oldSize().width():
            # Later, never inside a rebuild: a scroll bar appearing mid-build resizes the viewport.
            QTimer.singleShot(0, self._rebuild)

    def _rebuild(self) -> None:
        if self._last is not None:
            self._shown = None  # the bubbles' margins follow the width
            self.show_lines(*self._last)
