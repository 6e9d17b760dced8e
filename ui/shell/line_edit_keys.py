"""The console's keys win over a text field's own bindings for the same keys.

On Linux a QLineEdit claims Ctrl+E (move to the end of the line) and Ctrl+K (delete to it), Emacs habits,
before any window action sees them: with the cursor in the dispatch form's address box, Ctrl+E (통화
종료) did nothing at all. A counselor learns one meaning per key. So such a letter key, when a reachable
action of the window answers to it, goes to that action. Every other key stays the field's, and a widget
that claims a key for itself (the directory's Ctrl+Enter, "insert") still does.

The filter sits on a field once it has the keyboard (a key's ShortcutOverride goes to the focus widget
only), not on the application: there every event of every object, paints and timers included, passed
through Python first — 14,600 calls while the window was built, and a share of every frame after.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from annyeong.ui.shell.actions import reachable

# The line bindings Linux also gives to Ctrl and a letter (besides Home, End, the arrows …).
_EMACS_HABITS = (
    QKeySequence.StandardKey.MoveToEndOfLine, QKeySequence.StandardKey.MoveToStartOfLine,
    QKeySequence.StandardKey.DeleteEndOfLine, QKeySequence.StandardKey.MoveToNextChar,
    QKeySequence.StandardKey.MoveToPreviousChar,
)


class LineEditKeys(QObject):
    """Lets `window`'s actions have their keys in its text fields: watches each field given the keyboard."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lineEditKeys")
        self._window = window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and new.window() is self._window:
            new.installEventFilter(self)  # once: Qt moves a filter already there to the front, never twice

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and Qt.Key.Key_A <= event.key() <= Qt.Key.Key_Z
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and any(event.matches(key) for key in _EMACS_HABITS)
            and watched.window() is self._window
            and self._answered_by_an_action(event)
        ):
            event.ignore()  # not claimed by the field: the shortcut goes to the window's action
            return True
        return False

    def _answered_by_an_action(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for action in self._window.findChildren(QAction)
            if reachable(action)
            for shortcut in action.shortcuts()
        )
