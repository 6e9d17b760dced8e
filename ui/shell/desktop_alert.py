"""Alerts that reach a person whose console is minimised or behind another window: a desktop notification
and the taskbar's attention state (QApplication.alert), besides the notice inside the window.

Every notice of a NoticeStack (ui/handoff/notice.py) comes through here, so a new kind of notice is
announced on the desktop without doing anything. Nothing is sent while the window is in front and active:
the person sees the notice already. The desktop notification goes through the system tray where there is
one (Windows, most Linux desktops); on a Linux desktop without a tray it goes straight to the
freedesktop notification service on the session bus (org.freedesktop.Notifications), which is what the
tray would have used. No notification service at all: the taskbar alert still flashes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

log = logging.getLogger("annyeong.ui.shell.desktop_alert")
APP_NAME = "외로움안녕120 상담 콘솔"
SHOW_MS = 15_000
ALERT_AGAIN_MS = 1_000  # see DesktopAlert.announce
DBUS_TIMEOUT_S = 3.0
_pending: set[asyncio.Future[None]] = set()  # strong references to the sends in flight


def _notify_dbus(title: str, body: str, urgent: bool) -> None:
    """org.freedesktop.Notifications.Notify (blocking: run it off the Qt thread). Jeepney is what the
    keyring already uses on Linux."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                          interface="org.freedesktop.Notifications")
    hints = {"urgency": ("y", 2 if urgent else 1), "desktop-entry": ("s", "annyeong-console")}
    message = new_method_call(address, "Notify", "susssasa{sv}i",
                              (APP_NAME, 0, "dialog-warning" if urgent else "dialog-information", title, body,
                               [], hints, SHOW_MS))
    with open_dbus_connection(bus="SESSION") as connection:
        connection.send_and_get_reply(message, timeout=DBUS_TIMEOUT_S)


def send_desktop_notification(title: str, body: str, *, urgent: bool = False) -> None:
    """Fire and forget, off the Qt thread; a missing bus or service is logged, never raised."""

    def send() -> None:
        try:
            _notify_dbus(title, body, urgent)
        except Exception as exc:  # no session bus, no notification service, a refused call
            log.info("desktop notification not shown: %s", type(exc).__name__)

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        threading.Thread(target=send, name="desktop-notification", daemon=True).start()
        return
    future = loop.run_in_executor(None, send)
    _pending.add(future)
    future.add_done_callback(_pending.discard)


class DesktopAlert(QObject):
    """One per main window (objectName desktopAlert); NoticeStack finds it through the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("desktopAlert")
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self.sent: list[str] = []  # titles announced on the desktop (for the tests)

    @classmethod
    def of(cls, widget: QWidget) -> DesktopAlert | None:
        window = widget.window()
        found = window.findChild(DesktopAlert, "desktopAlert")
        return found if isinstance(found, DesktopAlert) else None

    def in_front(self) -> bool:
        window = self._window.window()
        return window.isVisible() and not window.isMinimized() and window.isActiveWindow()

    def announce(self, title: str, body: str, *, urgent: bool = False) -> bool:
        """The desktop notification and the taskbar alert, unless the window is in front; whether sent."""
        if self.in_front():
            return False
        self.sent.append(title)
        self.notify(title, body, urgent=urgent)
        # 0: until the window is activated; the taskbar entry asks for attention (X11: DEMANDS_ATTENTION).
        QApplication.alert(self._window.window(), 0)
        # Qt skips the alert for a window it still counts as active, which a window minimised a moment
        # ago is until the focus-out reaches it: asked again shortly, if it is still not in front.
        QTimer.singleShot(ALERT_AGAIN_MS, self._alert_if_away)
        return True

    def _alert_if_away(self) -> None:
        with contextlib.suppress(RuntimeError):  # the window may be closing
            if not self.in_front():
                QApplication.alert(self._window.window(), 0)

    def notify(self, title: str, body: str, *, urgent: bool = False, show_ms: int = SHOW_MS) -> None:
        """The desktop notification alone: through this window's one tray icon, or where there is no
        tray (a bare Linux desktop) straight to the notification service."""
        tray = self.tray_icon()
        if tray is not None:
            icon = QSystemTrayIcon.MessageIcon.Warning if urgent else QSystemTrayIcon.MessageIcon.Information
            tray.showMessage(title, body, icon, show_ms)
        elif sys.platform.startswith("linux"):
            send_desktop_notification(title, body, urgent=urgent)

    def tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self._tray.setToolTip(QCoreApplication.translate("RingAlert", "외로움안녕120 상담 콘솔"))
            self._tray.messageClicked.connect(self._raise_window)
            self._tray.show()
        return self._tray

    def _raise_window(self) -> None:
        window = self._window.window()
        with contextlib.suppress(RuntimeError):  # the window may be closing
            window.showNormal()
            window.raise_()
            window.activateWindow()
