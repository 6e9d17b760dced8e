"""One console per desktop and data dir: a second start brings the running console forward and ends.

Two consoles on one local store would both push its outbox and both ring for the same counselor. The
lock (QLockFile in the data dir) says who runs; Qt treats a lock whose process is gone as stale, so a
crash never blocks the next start. The running console listens on a local socket (a Unix socket, or a
named pipe on Windows) named after the user and the data dir; the second start connects, asks it to
come forward, and exits 0. The key is hashed: a socket name readable by other users would otherwise
name the counselor's folder.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("annyeong.console")

LOCK_NAME = "console.lock"
RAISE = b"raise\n"
# How long a second start waits for the first to listen: the first may hold the lock while its own
# start is still before the socket (a double-click on the icon).
WAIT_FOR_FIRST_S = 10.0
LISTEN_AFTER_MS = 500  # after the first paint (processEvents there would run a 0 ms timer first)


def server_name(data_dir: Path) -> str:
    import getpass  # these load on use, after the first paint (as console/paths.py does)
    import hashlib

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}|{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"annyeong-console-{digest}"


class SingleInstance(QObject):
    """``claim()`` once at start: True means this process is the console; False means the running one
    was asked to come forward and this process should end."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self.raised = 0  # how many later starts this console answered (for tests)

    def claim(self) -> bool:
        deadline = time.monotonic() + WAIT_FOR_FIRST_S
        while True:
            if self._lock.tryLock(0):
                # QtNetwork costs ~20-70 ms to load: listen once the first window is painted.
                # A second start meanwhile keeps knocking (below) until it is answered.
                QTimer.singleShot(LISTEN_AFTER_MS, self._listen)
                return True
            if self._forward():
                return False
            if time.monotonic() > deadline:
                # A lock we cannot take and nobody answering: run, rather than leave the counselor
                # without a console; the log says why two may run.
                log.warning("console lock held but nobody answered; starting anyway")
                return True
            time.sleep(0.2)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self._data_dir))
        if not socket.waitForConnected(1000):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crashed console (we hold the lock)
        if not server.listen(name):
            log.warning("second starts cannot reach this console (%s)", server.serverError().name)
            return
        server.newConnection.connect(self._answer)
        self._server = server

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raised += 1
            bring_forward()


def bring_forward() -> None:
    """The window the counselor would want: an open dialog (the sign-in), else the main window."""
    from PySide6.QtCore import Qt  # Qt's namespace costs ~100 ms to load: not before the first paint

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    target: QWidget | None = app.activeModalWidget()
    if target is None:
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        main = [w for w in shown if w.objectName() == "mainWindow"]
        candidates = main or shown
        if not candidates:
            return
        target = candidates[0]
    if target.isMinimized():
        target.setWindowState(target.windowState() & ~Qt.WindowState.WindowMinimized)
    target.show()
    target.raise_()
    target.activateWindow()
    QApplication.alert(target, 0)  # where the window manager refuses the focus, the taskbar still flashes
