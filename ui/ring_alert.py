"""The ring: a tray notification, the window raised and flashing, and a sound until the card goes away.

The counselor may be in another program, or looking away, at 3 a.m. The sound is the platform beep
(QtMultimedia is an add-on we do not ship); it repeats while the card rings and stops the moment the card
is answered, declined or withdrawn.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from ui.desktop_alert import send_desktop_notification

RING_INTERVAL_MS = 2500


class RingAlert(QObject):
    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self._repeat = QTimer(self)
        self._repeat.setInterval(RING_INTERVAL_MS)
        self._repeat.timeout.connect(QApplication.beep)
        self.rings = 0  # how many times ring() ran (for tests and the screen-pop benchmark)

    def ring(self, *, title: str, message: str) -> None:
        self.rings += 1
        tray = self._tray_icon()
        if tray is not None:
            tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)
        elif sys.platform.startswith("linux"):
            send_desktop_notification(title, message)  # no tray: the notification service tray would use
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

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self._tray.setToolTip(QCoreApplication.translate("RingAlert", "외로움안녕120 상담 콘솔"))
            self._tray.messageClicked.connect(self._raise_window)
            self._tray.show()
        return self._tray

    def _raise_window(self) -> None:
        window = self._window.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
