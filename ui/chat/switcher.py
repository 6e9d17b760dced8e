"""The strip above the contact: the call and each chat as a chip with its unread count and how long the
person has waited for an answer. One key switches: Ctrl+Tab and Ctrl+Shift+Tab go round them, Ctrl+Alt+1 …
Ctrl+Alt+9 pick one (Ctrl+1 … stay the contact's own tabs, Alt+1 … the wrap-up's service types)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

from annyeong.ui.card.sections import repolish
from annyeong.ui.chat.words import wait_text
from annyeong.ui.shell.actions import key_action


def _t(text: str) -> str:
    return QCoreApplication.translate("ChatSwitcher", text)


def chat_title(started: str) -> str:
    """A chat's chip: named by when it began (hh:mm), which stays put while other chats come and go."""
    return _t("채팅 {time}").format(time=started)


def call_title(caller: str = "") -> str:
    return _t("통화 · {caller}").format(caller=caller) if caller else _t("통화")


@dataclass(frozen=True)
class SwitchItem:
    key: str  # the contact id (never shown)
    kind: str  # "call" or "chat"
    title: str  # 통화, 채팅 1 …, or the person's name when known
    unread: int = 0
    waiting_since: datetime | None = None
    crisis: bool = False
    ended: bool = False


class ChatSwitcher(QFrame):
    chat_selected = Signal(str)  # the chosen item's key

    def __init__(
        self, clock: Callable[[], datetime], parent: QWidget | None = None, *, tick_ms: int = 10_000
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatSwitcher")
        self.setAccessibleName(_t("상담 전환"))
        self._clock = clock
        self._items: list[SwitchItem] = []
        self._chips: list[QToolButton] = []
        self._current: str | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        # Window actions (listed on the F1 sheet). Alt+digit ticks the wrap-up's service types, Ctrl+digit
        # picks a tab: Ctrl+Alt+digit picks a chip.
        for n in range(1, 10):
            key_action(self, f"chatSwitchAction{n}", _t("상담 {n}번째로 전환").format(n=n), [f"Ctrl+Alt+{n}"],
                       partial(self.select_index, n - 1))
        key_action(self, "chatSwitchNextAction", _t("다음 상담으로 전환"), ["Ctrl+Tab"],
                   partial(self.step, 1))
        key_action(self, "chatSwitchPreviousAction", _t("이전 상담으로 전환"),
                   ["Ctrl+Shift+Tab", "Ctrl+Backtab"], partial(self.step, -1))
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)  # the waits count on between the core's changes
        self._tick.timeout.connect(self._relabel)
        self._tick.start()

    def add_trailing(self, widget: QWidget) -> None:
        """A line at the strip's right end, after the chips (대기 채팅 N)."""
        self._row.addWidget(widget)

    @property
    def current(self) -> str | None:
        return self._current

    def chips(self) -> list[QToolButton]:
        return list(self._chips)

    def set_items(self, items: Sequence[SwitchItem], current: str | None = None) -> None:
        keys = [i.key for i in items]
        if keys != [i.key for i in self._items]:
            for chip in self._chips:
                self._group.removeButton(chip)
                chip.deleteLater()
            self._chips = []
            for index, item in enumerate(items):
                chip = QToolButton(self)
                chip.setObjectName("chatSwitchChip")
                chip.setCheckable(True)
                chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                chip.clicked.connect(lambda _c=False, k=item.key: self._choose(k))
                self._group.addButton(chip, index)
                self._row.insertWidget(index, chip)
                self._chips.append(chip)
        self._items = list(items)
        if current is not None:
            self._current = current
        elif self._current not in keys:
            self._current = keys[0] if keys else None
        self._relabel()

    def _relabel(self) -> None:
        now = self._clock()
        for index, (item, chip) in enumerate(zip(self._items, self._chips, strict=True)):
            # Short on the chip (four fit one row at 1366 px); whole words for a screen reader.
            parts, spoken = [item.title], [item.title]
            if item.unread:
                parts.append(_t("새 {n}").format(n=item.unread))
                spoken.append(_t("새 메시지 {n}").format(n=item.unread))
            if item.crisis:
                spoken.append(_t("위기 표현 있음"))
            wait = wait_text(item.waiting_since, now)
            if wait:
                spoken.append(wait)
                if item.waiting_since is not None and (now - item.waiting_since).total_seconds() >= 60:
                    parts.append(wait)  # seconds are no news on a chip: a minute or more is
            if item.ended:
                parts.append(_t("끝남"))
                spoken.append(_t("끝남"))
            chip.setText(" · ".join(parts))
            shortcut = _t("Ctrl+Alt+{n}").format(n=index + 1) if index < 9 else ""
            chip.setAccessibleName(" · ".join(p for p in (*spoken, shortcut) if p))
            chip.setToolTip(shortcut)
            chip.setChecked(item.key == self._current)
            tone = "crisis" if item.crisis else ("unread" if item.unread else "")
            if chip.property("tone") != tone:
                chip.setProperty("tone", tone)
                repolish(chip)

    def select_index(self, index: int) -> None:
        if 0 <= index < len(self._items):
            self._choose(self._items[index].key)

    def step(self, delta: int) -> None:
        if not self._items:
            return
        keys = [i.key for i in self._items]
        at = keys.index(self._current) if self._current in keys else 0
        self._choose(keys[(at + delta) % len(keys)])

    def _choose(self, key: str) -> None:
        self._current = key
        self._relabel()
        self.chat_selected.emit(key)
