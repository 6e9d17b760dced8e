"""The ring: a tray notification, the window raised and flashing, and a sound until the card goes away.

The counselor may be in another program, or looking away, at 3 a.m. The sound is the console's ring
tone at the counselor's volume (ui/card/ring_tone.py); it loops while the card rings and stops the moment the
card is answered, declined or withdrawn.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from annyeong.ui.card.ring_tone import RingTone
from annyeong.ui.shell.desktop_alert import DesktopAlert, send_desktop_notification


class RingAlert(QObject):
    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.tone = RingTone(self)
        self._ringing = False
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
        self.tone.start()
        self._ringing = True

    def stop(self) -> None:
        self._ringing = False
        self.tone.stop()

    def ringing(self) -> bool:
        return self._ringing

