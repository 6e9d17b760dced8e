"""The running console, built once: the core, the bridge, the window and what guards them.

``build_console`` is the one composition of the app; the app (ui/shell/lifetime.py) and the tests call it
alike, so
the end-to-end tests exercise the real thing.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication

from annyeong.console import errors
from annyeong.console.api.client import ApiClient
from annyeong.console.core import ConsoleCore
from annyeong.console.reauth import Reauth
from annyeong.console.secrets import SecretStore
from annyeong.console.settings import Settings
from annyeong.console.simulator import TrainingSimulator
from annyeong.console.tls import tls_from_settings
from annyeong.ui.account.idle_watch import IdleWatch
from annyeong.ui.account.lock_screen import LockScreen
from annyeong.ui.account.login_dialog import LoginDialog
from annyeong.ui.account.login_flow import LoginFlow
from annyeong.ui.account.sign_out_flow import SignOutFlow
from annyeong.ui.main import guard_secret_logs
from annyeong.ui.shell.actions import key_action
from annyeong.ui.shell.bridge import CoreBridge
from annyeong.ui.shell.crash_guard import ErrorGuard
from annyeong.ui.shell.gui_thread import prefer_short_slices
from annyeong.ui.shell.tasks import TaskRegistry
from annyeong.ui.shell.window import MainWindow
from annyeong.ui.text.messages import error_text

log = logging.getLogger("annyeong.console")


@dataclass
class ConsoleWindow:
    """Everything one running console is made of, built once by ``build_console``."""

    core: ConsoleCore
    bridge: CoreBridge
    tasks: TaskRegistry
    window: MainWindow
    server_url: str
    extras: list[Any] = field(default_factory=list)  # things to stop on close (simulator, …)
    auto_lock_s: float = Settings.auto_lock_s
    guard: ErrorGuard = field(init=False)
    relogin_dialog: LoginDialog | None = field(init=False, default=None)
    # The auto-lock (ui/account/lock_screen.py) after auto_lock_s without input (ui/account/idle_watch.py).
    reauth: Reauth = field(init=False)
    lock: LockScreen = field(init=False)
    idle_watch: IdleWatch = field(init=False)
    sign_out: SignOutFlow = field(init=False)  # 로그아웃 from the header's name

    def __post_init__(self) -> None:
        self.guard = ErrorGuard(self.report)
        self.tasks.set_error_handler(self.guard.handle)
        self.window.login_requested.connect(lambda: self.tasks.latest("relogin", self.relogin()))
        self.reauth = Reauth(self.core.secrets, tls=self.core.client.tls)
        self.lock = LockScreen(self.window, self.core, self.reauth, lambda: self.server_url)
        self.idle_watch = IdleWatch(self.auto_lock_s, parent=self.window)
        self.idle_watch.idle.connect(self.lock_now)
        self.lock.unlocked.connect(self.idle_watch.reset)
        self.idle_watch.start()
        self.sign_out = SignOutFlow(self.core, self.tasks, self.window, self.relogin)
        self.window.header.account.sign_out_requested.connect(self.sign_out.request)
        # Stepping away from the desk locks at once, not only after the idle minutes.
        self.window.header.account.add_first(key_action(
            self.window, "lockNowAction", QCoreApplication.translate("AccountButton", "지금 잠그기"),
            ["Ctrl+L"], lambda: self.lock_now(asked=True)))
        # Locked, the dispatch panel goes away so the cover and its password box show; the red button stays
        # reachable through the cover, and a form opened that way does not show the conversation beside it
        # to whoever passes the desk.
        panel = self.window.dispatch_panel
        self.lock.locked.connect(panel.put_away)
        self.window.emergency_refused.connect(self.lock.tell)  # F12 with nothing open, said on the cover
        self.lock.unlocked.connect(self.window.emergency_press.withdraw_notice)
        self.lock.locked.connect(lambda: panel.chat.set_private(True))
        self.lock.unlocked.connect(lambda: panel.chat.set_private(False))
        self.lock.locked.connect(lambda: panel.status.set_locked(True))
        self.lock.unlocked.connect(lambda: panel.status.set_locked(False))

    def lock_now(self, *, asked: bool = False) -> None:
        """Cover the window until the password is given again (only while someone is signed in)."""
        if self.core.me is not None:
            self.lock.lock(asked=asked)

    async def remember_password(self, url: str, username: str, password: str) -> None:
        """After a sign-in the server accepted: the offline unlock verifier (an argon2 hash, keyring)."""
        try:
            await self.reauth.remember(url, username, password)
        except Exception as exc:  # the lock then needs the server; signing in must not fail for it
            log.warning("unlock verifier not kept: %s", type(exc).__name__)

    async def relogin(self, notice: str | None = None) -> bool:
        """Sign in again without blocking the window: the session expired, or after 로그아웃 (`notice`
        says what happened to this PC's copy; the ID field is then empty for whoever comes next)."""
        me = self.core.me
        flow = LoginFlow(self, username=me.username if me else "", parent_window=True)
        if notice:
            flow.dialog.set_notice(notice)
        self.relogin_dialog = flow.dialog
        try:
            return await flow.run(modal=False)
        finally:
            self.relogin_dialog = None
            flow.dialog.deleteLater()

    def report(self, exc: BaseException) -> None:
        self.window.show_error(error_text(exc))

    async def sign_in(self, *, username: str, password: str, server_url: str | None = None) -> None:
        await self.core.sign_in(
            server_url=server_url or self.server_url, username=username, password=password
        )
        await self.remember_password(server_url or self.server_url, username, password)
        await self.core.start_sync()

    async def aclose(self) -> None:
        """Cancel UI tasks, stop extras, close the core (engine, store, HTTP client). Idempotent enough."""
        if shiboken6.isValid(self.window):  # a test harness may have deleted the window already
            self.window.contact.flush_quietly()
            self.window.chats.conversation.flush_draft()
        if shiboken6.isValid(self.idle_watch):  # a child of the window, which may be gone already
            self.idle_watch.stop()
        await self.tasks.cancel_all()
        for extra in reversed(self.extras):
            with contextlib.suppress(Exception):
                result = extra.stop()
                if asyncio.iscoroutine(result):
                    await result
        self.bridge.detach()
        await self.core.close()
        self.guard.uninstall()


def settle_heap() -> None:
    """Once the window is up: what exists now (modules, models, widgets) lives as long as the app, so it
    leaves the garbage collector's full passes. Without this each full pass walked ~100,000 objects
    and held the GUI thread for up to 65 ms mid-shift (ui_stall)."""
    gc.collect()
    gc.freeze()


def build_console(
    *,
    server_url: str,
    data_dir: Path,
    settings: Settings | None = None,
    training: bool | None = None,
    secrets: SecretStore | None = None,
) -> ConsoleWindow:
    """Build the core, the bridge and the window (not shown, not signed in). The app and the tests call
    this same function, so the end-to-end test exercises the real composition."""
    guard_secret_logs()
    # On the thread that will run the window: a busy PC's other programs must not make it wait its turn.
    prefer_short_slices()
    settings = settings or Settings()
    is_training = settings.training if training is None else training
    tls, tls_problem = tls_from_settings(settings)
    client = ApiClient(server_url=server_url, tls=tls)
    core = ConsoleCore(settings=settings, data_dir=data_dir, client=client, secrets=secrets or SecretStore())
    core.training = is_training
    tasks = TaskRegistry()
    bridge = CoreBridge(core)
    window = MainWindow(core, bridge, tasks, training=is_training, note_debounce_ms=settings.note_debounce_ms)
    console = ConsoleWindow(
        core=core, bridge=bridge, tasks=tasks, window=window, server_url=server_url,
        auto_lock_s=settings.auto_lock_s,
    )
    if tls_problem:
        window.show_error(error_text(errors.ConsoleError(tls_problem)))
    return console


def training_simulator(console: ConsoleWindow, *, interval_s: float) -> TrainingSimulator:
    """The built-in ringer of training mode; rings only a counselor who could answer."""
    core = console.core

    def ready() -> bool:
        return core.presence == "available" and core.offered_call is None and core.active_contact is None

    # The person of a practice chat: the simulator's own program, in a process of its own (a frozen
    # bundle has no interpreter to run it with: calls only there).
    frozen = bool(getattr(sys, "frozen", False))
    person = None if frozen else [
        sys.executable, "-m", "annyeong.server.sim.main", "person", "--server", console.server_url,
        "--end", "--stay", "900",
    ]
    return TrainingSimulator(client=core.client, interval_s=interval_s, should_ring=ready,
                             person_command=person)

