"""F1: the shortcut sheet, read from the live window, and the window's view actions (F1, font size).

The sheet lists every QAction with a key sequence that exists in the window right now (every key the
console answers to is one, made by ui.shell.actions.key_action), so it can never drift from what the keys do.
It is a panel over the left of the window (never over the red button, which lives at the right), not a
dialog: the call goes on while it is open. Esc or F1 closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annyeong.ui.common.theme import ThemeController
from annyeong.ui.shell.actions import key_action, reachable
from annyeong.ui.text.language import LanguageMenu
from annyeong.ui.text.text import plain_label

SHEET_KEY = "F1"
EMERGENCY_KEY = "F12"
MARGIN = 16


def _t(text: str) -> str:
    return QCoreApplication.translate("ShortcutSheet", text)


@dataclass(frozen=True)
class Entry:
    keys: str  # as shown, e.g. "Ctrl+E, Ctrl+Return"
    text: str
    enabled: bool


# Qt's names for keys, as the keyboard labels them: Return is the Enter key, and Backtab is Shift+Tab (Qt
# reports the pair as one key). The same key under both names is then shown once.
_AS_LABELLED = (("Shift+Backtab", "Shift+Tab"), ("Backtab", "Shift+Tab"), ("Return", "Enter"))


def _labelled(keys: str) -> str:
    for qt_name, label in _AS_LABELLED:
        keys = keys.replace(qt_name, label)
    return keys


def _native(sequences: list[QKeySequence]) -> str:
    shown = [
        _labelled(s.toString(QKeySequence.SequenceFormat.NativeText)) for s in sequences if not s.isEmpty()
    ]
    return ", ".join(dict.fromkeys(shown))


def _joined_keys(keys: list[str]) -> str:
    """Keys of actions that do the same thing, with a run of single digits shown as "1–9"."""
    digits = sorted(int(k) for k in keys if len(k) == 1 and k.isdigit())
    others = [k for k in keys if not (len(k) == 1 and k.isdigit())]
    if len(digits) >= 3 and digits == list(range(digits[0], digits[-1] + 1)):
        return ", ".join([f"{digits[0]}–{digits[-1]}", *others])
    return ", ".join(dict.fromkeys([*map(str, digits), *others]))


def collect(window: QWidget) -> list[Entry]:
    """Every action with keys in ``window``, F12 first, then in key order (`_order`): the actions are the
    one list of what keys do.

    Actions with the same text (the checklist's digits, one action per digit) make one row; a row is
    enabled when any of its actions could fire now (see ui.shell.actions.reachable).
    """
    keys_of: dict[str, list[str]] = {}
    enabled_of: dict[str, bool] = {}
    for action in window.findChildren(QAction):
        keys = _native(action.shortcuts())
        if not keys:
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        shown = keys_of.setdefault(text, [])
        shown.extend(k for k in keys.split(", ") if k not in shown)
        enabled_of[text] = enabled_of.get(text, False) or reachable(action)
    found = [Entry(_joined_keys(keys), text, enabled_of[text]) for text, keys in keys_of.items()]
    return sorted(found, key=_order)


# The text-size keys side by side, bigger, smaller, default: by their characters Ctrl+- and Ctrl+= fell
# apart, with Ctrl+0 … Ctrl+9 between them.
_TEXT_SIZE = {"Ctrl+=": "Ctrl+=1", "Ctrl+-": "Ctrl+=2", "Ctrl+0": "Ctrl+=3"}


def _order(entry: Entry) -> tuple[bool, bool, bool, int, str, str]:
    """The emergency key first, whatever else: it is the one a counselor must find at once. Then what
    works now, plain keys before Ctrl, and function keys in their number's order (F2 before F12)."""
    first = entry.keys.split(", ")[0]
    number = int(first[1:]) if first[:1] == "F" and first[1:].isdigit() else 99
    emergency = EMERGENCY_KEY in entry.keys.split(", ")
    keys = _TEXT_SIZE.get(first, entry.keys)
    return (not emergency, not entry.enabled, entry.keys.startswith("Ctrl"), number, keys, entry.text)


class ShortcutSheet(QFrame):
    """The overlay panel. ``toggle`` shows it filled from the window's current actions and shortcuts."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self.setAccessibleName(_t("단축키 안내"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._window = window
        self._return_to: QWidget | None = None
        title = plain_label(_t("단축키"), self, object_name="shortcutSheetTitle")
        hint_text = _t("지금 쓸 수 없는 단축키는 흐리게 보입니다.")
        hint = plain_label(hint_text, self, object_name="shortcutSheetHint", word_wrap=True)
        self.close_button = QPushButton(_t("닫기  Esc"), self)
        self.close_button.setObjectName("shortcutSheetClose")
        self.close_button.setAccessibleName(_t("단축키 안내 닫기"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_sheet)
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutSheetList")
        self.table.setAccessibleName(_t("단축키 목록"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([_t("키"), _t("하는 일")])
        self.table.header().setObjectName("shortcutSheetHeader")
        self.table.header().setAccessibleName(_t("단축키 목록 제목"))
        # Rows as tall as their text: a key list such as "Ctrl+E, Ctrl+Shift+Enter" wraps after its
        # comma instead of ending in "…" (the column is sized to the keys when the sheet opens).
        self.table.setUniformRowHeights(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.installEventFilter(self)
        self.close_button.installEventFilter(self)

        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 16)
        column.setSpacing(8)
        column.addLayout(head)
        column.addWidget(hint)
        column.addWidget(self.table, 1)
        self.hide()
        window.installEventFilter(self)

    # --- public ----------------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        return [
            Entry(item.text(0), item.text(1), not item.isDisabled())
            for item in (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
            if item is not None
        ]

    def toggle(self) -> None:
        if self.isVisible():
            self.close_sheet()
        else:
            self.open_sheet()

    def open_sheet(self) -> None:
        self._return_to = self._window.focusWidget()
        self.table.clear()
        for entry in collect(self._window):
            item = QTreeWidgetItem([entry.keys, entry.text])
            item.setDisabled(not entry.enabled)
            self.table.addTopLevelItem(item)
        self._place()
        self._size_key_column()
        self.show()
        self.raise_()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)

    def close_sheet(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        if self._return_to is not None and self._return_to.isVisible():
            self._return_to.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._return_to = None

    # --- internals -------------------------------------------------------------------------------

    def _place(self) -> None:
        # Left side, under the header: the red buttons (contact bottom-right, header right) stay in view.
        central = self._window.centralWidget()
        top = MARGIN
        if central is not None:
            header = central.findChild(QFrame, "headerBar")
            if header is not None and header.isVisible():
                top = header.mapTo(self._window, header.rect().bottomLeft()).y() + 8
        width = min(620, max(360, self._window.width() // 2 - MARGIN))
        height = max(200, self._window.height() - top - MARGIN)
        self.setGeometry(MARGIN, top, width, height)

    def _size_key_column(self) -> None:
        """The key column as wide as its longest key list, but no more than ~40 % of the sheet; a longer
        list wraps at its commas, each key whole (no key is wider than that)."""
        metrics = self.table.fontMetrics()
        keys = [entry.keys for entry in self.entries()]
        widest = max((metrics.horizontalAdvance(k) for k in keys), default=0)
        widest_key = max((metrics.horizontalAdvance(part) for k in keys for part in k.split(", ")), default=0)
        room = self.width() - 36  # the sheet's margins
        padding = 24  # the item's own margins, both sides
        width = min(widest + padding, max(int(room * 0.4), widest_key + padding))
        self.table.setColumnWidth(0, width)
        self.table.doItemsLayout()  # the rows take their wrapped heights

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Resize and self.isVisible():
                self._place()
                self._size_key_column()
            return False
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            # Esc means "close the sheet" here, not the window's Esc (decline a ringing call).
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.close_sheet()
                return True
        return False


class ViewActions(QObject):
    """The window-wide F1 and font size actions (Ctrl+= / Ctrl+- / Ctrl+0), and the sheet they open."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._sheet: ShortcutSheet | None = None  # built at the first F1: most shifts never open it

        def zoom(steps: int) -> Callable[[], None]:
            return lambda: ThemeController.of().zoom(steps)

        self.help = key_action(
            window, "shortcutSheetAction", _t("단축키 안내"), [SHEET_KEY], lambda: self.sheet.toggle()
        )
        self.bigger = key_action(window, "zoomInAction", _t("글자 크게"), ["Ctrl+=", "Ctrl++"], zoom(1))
        self.smaller = key_action(window, "zoomOutAction", _t("글자 작게"), ["Ctrl+-"], zoom(-1))
        self.reset = key_action(window, "zoomResetAction", _t("글자 기본 크기"), ["Ctrl+0"], zoom(0))
        show = getattr(window, "show_error", None)
        self.language_menu = LanguageMenu(show if callable(show) else (lambda _text: None), window)
        header = getattr(window, "header", None)
        button = getattr(header, "theme", None)
        if button is not None and hasattr(button, "add_actions"):
            button.add_actions([self.bigger, self.smaller, self.reset])
            button.add_menu(self.language_menu)
        help_button = getattr(header, "help", None)
        if help_button is not None and hasattr(help_button, "add_first"):
            help_button.add_first(self.help)

    @property
    def sheet(self) -> ShortcutSheet:
        if self._sheet is None:
            self._sheet = ShortcutSheet(self._window)
        return self._sheet

    def close_sheet(self) -> None:
        """Put the sheet away if it is open (never builds it: F12 must not wait for it)."""
        if self._sheet is not None:
            self._sheet.close_sheet()
