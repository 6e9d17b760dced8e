"""Where the keyboard goes when the emergency panel goes: back to where the counselor was typing.

The panel takes the keyboard when it opens (the place field, then the hold-to-send button). Hidden, Qt
hands the focus to the next widget in the chain, which was the red 긴급 출동 button: a reply typed after
Esc went nowhere, and its first Space opened the form again. The panel remembers the widget that had the
keyboard when it opened (not an emergency button) and gives the keyboard back to it, or, when that is
gone, to the open contact's own place to type (ContactView.focus_current_tab). The question before
ending a call (ui/contact/end_confirm.py) gives the keyboard back the same way when the call goes on.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from annyeong.ui.dispatch.emergency_button import EmergencyButton


class KeyboardReturn:
    def __init__(self, panel: QWidget) -> None:
        self._panel = panel
        self._widget: QWidget | None = None
        self._fallback: Callable[[], object] = lambda: None

    def set_fallback(self, fallback: Callable[[], object]) -> None:
        """What puts the keyboard where the counselor types in the open contact, when the widget
        remembered is gone or was none."""
        self._fallback = fallback

    def remember(self) -> None:
        """The panel is about to open: note where the keyboard is."""
        widget = QApplication.focusWidget()
        self._widget = None if widget is None or self._ours(widget) else widget

    def holds_keyboard(self) -> bool:
        """Whether the keyboard is the panel's to give back (in it, on a red button, or nowhere)."""
        widget = QApplication.focusWidget()
        return widget is None or self._ours(widget)

    def give_back(self) -> None:
        """The panel has gone: the keyboard goes where the counselor was typing."""
        target, self._widget = self._widget, None
        if target is not None and _usable(target):
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._fallback()

    def _ours(self, widget: QWidget) -> bool:
        panel = self._panel
        return widget is panel or panel.isAncestorOf(widget) or isinstance(widget, EmergencyButton)


def _usable(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible() and widget.isEnabled()

