"""The sign-in dialog run without blocking the loop: at start, after the session expired, after 로그아웃."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from annyeong.ui.account.login_dialog import LoginDialog

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.ui.shell.window import MainWindow


class SignsIn(Protocol):
    """What the flow needs of the running console (ui.shell.composition.ConsoleWindow)."""

    core: ConsoleCore
    window: MainWindow
    server_url: str

    async def remember_password(self, url: str, username: str, password: str) -> None: ...


class LoginFlow(QObject):
    """Shows the login dialog without blocking the loop and resolves a future with the result."""

    finished = Signal(bool)

    def __init__(
        self, console: SignsIn, *, username: str, parent_window: bool, dialog: LoginDialog | None = None
    ) -> None:
        """`dialog`: one already on screen (painted at start, before the core was built) to take over."""
        super().__init__(console.window)
        self._console = console
        self._future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        if dialog is None:
            dialog = LoginDialog(
                self._sign_in,
                server_url=console.server_url,
                username=username,
                parent=console.window if parent_window else None,
            )
        else:
            dialog.set_sign_in(self._sign_in)
        self.dialog = dialog
        self.dialog.signed_in.connect(lambda _me: self._resolve(True))
        self.dialog.rejected.connect(lambda: self._resolve(False))

    async def _sign_in(self, url: str, user: str, password: str) -> object:
        me = await self._console.core.sign_in(server_url=url, username=user, password=password)
        self._console.server_url = url
        await self._console.remember_password(url, user, password)
        await self._console.core.start_sync()
        return me

    def _resolve(self, ok: bool) -> None:
        if not self._future.done():
            self._future.set_result(ok)
        self.finished.emit(ok)

    async def run(self, *, modal: bool) -> bool:
        if modal:
            self.dialog.open()
        else:
            self.dialog.show()  # re-login during a shift: never block the window (or its emergency area)
        self.dialog.raise_()
        self.dialog.activateWindow()
        return await self._future
