"""The console's keys win over a text field's own bindings for the same keys.

On Linux a QLineEdit claims Ctrl+E (move to the end of the line, an Emacs habit) and a few more before
any window action sees them: with the cursor in the dispatch form's address box, Ctrl+E (통화 종료) did
nothing at all. A counselor learns one meaning per key. So a key that a reachable action of the window
answers to goes to that action, unless it is one of the editing keys every field needs (copy, paste, undo,
select all …), which the field keeps. Only keys held with Ctrl or Alt: a plain key in a field is typing
(a digit there is a digit, never a checklist answer).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from annyeong.ui.shell.actions import reachable

_FIELD_KEEPS = (
    QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace,
)

_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class LineEditKeys(QObject):
    """Installed on the application for `window`: lets its actions have their keys in its text fields."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lineEditKeys")
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.modifiers() & _COMMAND
            and watched.window() is self._window
            and not any(event.matches(key) for key in _FIELD_KEEPS)
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
