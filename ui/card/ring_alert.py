"""The ring: a tray notification, the window raised and flashing, and a sound until the card goes away.

The counselor may be in another program, or looking away, at 3 a.m. The sound is the platform beep
(QtMultimedia is an add-on we do not ship); it repeats while the card rings and stops the moment the card
is answered, declined or withdrawn.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from annyeong.ui.shell.desktop_alert import DesktopAlert, send_desktop_notification

RING_INTERVAL_MS = 2500


class RingAlert(QObject):
    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._repeat = QTimer(self)
        self._repeat.setInterval(RING_INTERVAL_MS)
        self._repeat.timeout.connect(QApplication.beep)
        self.rings = 0  # how many times ring() ran (for tests and the screen-pop benchmark)

    def ring(self, *, title: str, message: str) -> None:
        self.rings += 1
        # The window's one tray icon (ui/shell/desktop_alert.py), so the tray never shows the console twice.
        alert = DesktopAlert.of(self._window)
        if alert is not None:
            alert.notify(title, message, show_ms=15_000)
        elif sys.platform.startswith("linux"):
            send_desktop_notification(title, message)
        window = self._window.window()
        window.raise_()
        window.activateWindow()
        QApplication.alert(window, 0)
        QApplication.beep()
        self._repeat.start()

    def stop(self) -> None:
        self._repeat.stop()

    def ringing(self) -> bool:
        return self._repeat.isActive()

