"""Where the console window opens: where the counselor left it, if that still fits a screen; else a
size that fits the screen it opens on (a 1366×768 office PC, or 1920×1080 at 150 % = 1280×720 logical),
maximised when the screen is no bigger than the window wants to be."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from annyeong.ui.text.i18n import look_store

_KEY = "window/geometry"
PREFERRED = (1360, 840)


def place(window: QWidget) -> bool:
    """Size and place `window` before it is shown. Returns True when it should open maximised."""
    saved = look_store().value(_KEY)
    restored = isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved))
    if restored and _fits(window.frameGeometry()):
        return bool(window.isMaximized())
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED)
        return False
    room = screen.availableGeometry()
    width, height = min(PREFERRED[0], room.width()), min(PREFERRED[1], room.height())
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    centre = room.center()
    window.move(centre.x() - window.width() // 2, max(room.top(), centre.y() - window.height() // 2))
    return room.width() <= PREFERRED[0] or room.height() <= PREFERRED[1]


def remember(window: QWidget) -> None:
    look_store().setValue(_KEY, window.saveGeometry())


def _fits(frame: QRect) -> bool:
    """Restored geometry is kept only when most of the window is on some screen now (a laptop taken off
    its docking station must not open the console off-screen)."""
    for screen in QGuiApplication.screens():
        shared = screen.availableGeometry().intersected(frame)
        if shared.width() * shared.height() >= 0.8 * frame.width() * frame.height():
            return True
    return False
