"""대기 채팅 N: the chats waiting in the queue, for a counselor holding a call or chats.

The server offers nothing more to someone on a phone call (the voice on the line needs the whole
attention), nor past the centre's chat limit, so no card rings for a chat that waits meanwhile, even one
whose person wrote a crisis expression. This line in the switcher's strip says how many wait, the crisis
ones first and in the alert colour, read every few seconds while a contact is held here. It is a label:
it never takes the keyboard from the call's note, and a screen reader hears it by its name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from annyeong.ui.card.sections import set_tone
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.calls import Calls
    from annyeong.console.wire import QueueCounts
    from annyeong.ui.shell.tasks import TaskRegistry

POLL_MS = 10_000  # a crisis chat waits at most this long before the counselor on a call can see it


def _t(text: str) -> str:
    return QCoreApplication.translate("WaitingChats", text)


def waiting_text(counts: QueueCounts | None) -> str:
    """"위기 대기 채팅 1 · 대기 채팅 2" (crisis first; the second counts the others), "" when none waits."""
    if counts is None or counts.chats <= 0:
        return ""
    crisis = min(counts.crisis_chats, counts.chats)
    parts = [_t("위기 대기 채팅 {n}").format(n=crisis)] if crisis else []
    if counts.chats - crisis:
        parts.append(_t("대기 채팅 {n}").format(n=counts.chats - crisis))
    return " · ".join(parts)


class WaitingChats(QObject):
    changed = Signal()  # the label was shown, changed or hidden

    def __init__(
        self, calls: Calls, tasks: TaskRegistry, holding: Callable[[], bool], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._tasks = tasks
        self._holding = holding  # a call or chats are held here (then a waiting chat may go unoffered)
        self.label: QLabel = plain_label(parent=parent, object_name="waitingChatsLabel")
        self.label.setAccessibleName(_t("대기 중인 채팅"))
        # It reads as a button to some: say how a waiting chat reaches a counselor.
        self.label.setToolTip(_t("기다리는 채팅은 순서대로 연결됩니다. 지금 상담을 마치거나 채팅 수에 여유가 "
                                 "생기면 이 콘솔로도 울립니다."))
        self.label.hide()
        self._counts: QueueCounts | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def counts(self) -> QueueCounts | None:
        return self._counts

    def text(self) -> str:
        return self.label.text() if not self.label.isHidden() else ""

    def follow(self) -> None:
        """The contacts held here changed: read now and every few seconds while any is held, stop (and
        hide the line) when none is."""
        if self._holding():
            if not self._timer.isActive():
                self._timer.start()
                self.poll()
        elif self._timer.isActive() or self._counts is not None:
            self._timer.stop()
            self._show(None)

    def poll(self) -> None:
        if not self._holding():
            self.follow()
            return
        # A failed read keeps the last count (offline: the header says so); the next tick tries again.
        CoreOp(self._calls.waiting_queue()).success(self._show).failure(lambda _text: None) \
            .run_in_background(self._tasks, latest="waiting-chats")

    def _show(self, counts: QueueCounts | None) -> None:
        if counts is not None and not self._holding():
            counts = None  # the call ended while the read was on its way
        self._counts = counts
        text = waiting_text(counts)
        crisis = counts is not None and counts.crisis_chats > 0
        if text != self.text() or crisis != (self.label.property("tone") == "crisis"):
            # The tone first: its bold font and padding are what the new text is measured with (set
            # after, the label kept the width of the lighter font and cut the count off).
            set_tone(self.label, "crisis" if crisis else "warn")
            set_plain(self.label, text)
            self.label.setMinimumWidth(self.label.sizeHint().width())
            self.label.setAccessibleName(text or _t("대기 중인 채팅"))
            self.label.setVisible(bool(text))
            self.changed.emit()
