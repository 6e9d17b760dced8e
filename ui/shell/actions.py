"""Every key the console answers to is a QAction made here: text, keys, objectName, status tip, context.

One constructor so the F1 sheet (ui/shell/shortcut_sheet.py) can list the actions themselves — what a key does
is the action's own text, never a second list that could drift — and so a key that belongs to a panel
(the checklist's digits, the wrap-up's service types) is scoped to that panel, not to the whole window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

KeySpec = str | QKeySequence | QKeySequence.StandardKey | Qt.Key


def key_action(
    owner: QWidget,
    name: str,
    text: str,
    keys: Sequence[KeySpec],
    slot: Callable[[], object],
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    tip: str | None = None,
    enabled: bool = True,
) -> QAction:
    """A QAction on ``owner`` with ``keys``; ``slot`` is called without arguments when it triggers.

    ``context`` follows Qt's rules for the widget the action is added to: WindowShortcut works wherever the
    focus is in the window (while ``owner`` is visible), WidgetWithChildrenShortcut only while the focus is
    inside ``owner``.
    """
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(context)
    action.setStatusTip(tip or text)
    action.setWhatsThis(tip or text)
    action.setEnabled(enabled)
    # triggered(bool) would hand ``checked`` to a slot with a default argument: never pass it on.
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def reachable(action: QAction) -> bool:
    """Whether the action's keys could fire now: enabled and on at least one visible, enabled widget."""
    if not action.isEnabled():
        return False
    return any(
        isinstance(w, QWidget) and w.isVisible() and w.isEnabled() for w in action.associatedObjects()
    )
