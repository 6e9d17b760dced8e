"""The composition root: ``annyeong-console``.

One QApplication, one qasync loop, one ApiClient (one httpx.AsyncClient) for the app's life, one
ConsoleCore; everything else is handed what it needs from here. Without ``--server`` (and no server in the
settings) the console runs in training mode: it starts the embedded reference server, signs in as the demo
counselor and lets the built-in simulator ring it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from console import errors, paths
from console.api_client import ApiClient
from console.core import ConsoleCore
from console.embedded import EmbeddedServer, EmbeddedServerError
from console.reauth import Reauth
from console.secrets import SecretStore
from console.settings import Settings, load_settings
from console.simulator import TrainingSimulator
from console.tls import tls_from_settings
from ui.bridge import CoreBridge
from ui.crash_guard import ErrorGuard
from ui.idle_watch import IdleWatch
from ui.language import startup_language
from ui.lock_screen import LockScreen
from ui.login_dialog import LoginDialog
from ui.login_flow import LoginFlow
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.sign_out_flow import SignOutFlow
from ui.smoke import SmokeTest
from ui.tasks import TaskRegistry
from ui.theme import ThemeController

log = logging.getLogger("annyeong.console")

DEMO_USER = "kim"
DEMO_PASSWORD = "annyeong120"  # the published password of the training server's demo accounts
FONT_FAMILY = "Noto Sans CJK KR"


def resources_dir() -> Path:
    """resources/ at the repository (or bundle) root, next to the ui package."""
    return Path(__file__).resolve().parent.parent / "resources"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="annyeong-console", description="외로움안녕120 상담 콘솔 (counselor console)"
    )
    parser.add_argument("--server", metavar="URL", help="case API address; omit for training mode")
    parser.add_argument("--user", metavar="NAME", help="user name (training mode: sign in as this demo user)")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help="where local data lives")
    parser.add_argument("--lang", choices=("ko", "en"), default=None, help="interface language")
    parser.add_argument("--no-simulator", action="store_true", help="training mode: no simulated calls")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)  # ui/smoke.py
    return parser.parse_args(argv)


# --- look ---------------------------------------------------------------------------------------------


def apply_look(app: QApplication) -> None:
    """Font, stylesheet and icon. A missing font falls back to the platform's default sans."""
    families = set(QFontDatabase.families())
    font = QFont(FONT_FAMILY if FONT_FAMILY in families else app.font().family())
    font.setPixelSize(15)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    try:
        ThemeController.of(app).apply()  # issue 10: the remembered theme and font scale
    except OSError:
        log.warning("stylesheet not found; using the platform style")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Korean by default; ``en`` loads console_en.qm (built from its .ts if needed) and Qt's qtbase_en."""
    from ui.i18n import install_translators

    installed = install_translators(app, language)
    return installed[-1] if installed else None


# --- composition ----------------------------------------------------------------------------------------


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
    # Issue 9: the auto-lock (ui/lock_screen.py) after auto_lock_s without input (ui/idle_watch.py).
    reauth: Reauth = field(init=False)
    lock: LockScreen = field(init=False)
    idle_watch: IdleWatch = field(init=False)
    sign_out: SignOutFlow = field(init=False)  # issue 9: 로그아웃 from the header's name

    def __post_init__(self) -> None:
        self.guard = ErrorGuard(self.report)
        self.tasks.set_error_handler(self.guard.handle)
        self.window.login_requested.connect(lambda: self.tasks.latest("relogin", self.relogin()))
        self.reauth = Reauth(self.core._session.secrets, tls=self.core.client.tls)
        self.lock = LockScreen(self.window, self.core, self.reauth, lambda: self.server_url)
        self.idle_watch = IdleWatch(self.auto_lock_s, parent=self.window)
        self.idle_watch.idle.connect(self.lock_now)
        self.lock.unlocked.connect(self.idle_watch.reset)
        self.idle_watch.start()
        self.sign_out = SignOutFlow(self.core, self.tasks, self.window, self.relogin)
        self.window.header.account.sign_out_requested.connect(self.sign_out.request)

    def lock_now(self) -> None:
        """Cover the window until the password is given again (only while someone is signed in)."""
        if self.core.me is not None:
            self.lock.lock()

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
    and held the GUI thread for up to 65 ms mid-shift (issue 11, ui_stall)."""
    gc.collect()
    gc.freeze()


def guard_secret_logs() -> None:
    """qasync logs, at DEBUG, the arguments and results of every worker-thread call (asyncio.to_thread):
    refresh tokens and database keys on their way to and from the keyring. Its DEBUG never reaches a log
    (issue 9: nothing secret in logs), whatever ANNYEONG_LOG_LEVEL says."""
    logging.getLogger("qasync").setLevel(logging.INFO)


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

    return TrainingSimulator(client=core.client, interval_s=interval_s, should_ring=ready)


class _QuitFilter(QObject):
    """Turns Qt's quit (session end, app.quit()) into our orderly shutdown.

    Without it Qt stops the event loop under the running coroutine ("Event loop stopped before Future
    completed") and nothing gets closed: notes not flushed, the training server left running.
    """

    def __init__(self, quit_event: asyncio.Event, parent: QObject) -> None:
        super().__init__(parent)
        self._quit_event = quit_event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit:
            self._quit_event.set()
            return True
        return super().eventFilter(watched, event)


# --- running --------------------------------------------------------------------------------------------


async def amain(app: QApplication, args: argparse.Namespace) -> int:
    """Run one console until its window closes (or Qt/the OS asks to quit); always shut down cleanly."""
    loop = asyncio.get_running_loop()
    quit_event = asyncio.Event()
    quit_filter = _QuitFilter(quit_event, app)
    app.installEventFilter(quit_filter)
    handled: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, quit_event.set)
            handled.append(sig)
    try:
        return await _run(app, args, quit_event)
    finally:
        for sig in handled:
            loop.remove_signal_handler(sig)
        app.removeEventFilter(quit_filter)
        quit_filter.deleteLater()


async def _run(app: QApplication, args: argparse.Namespace, quit_event: asyncio.Event) -> int:
    loaded = load_settings(paths.settings_path())
    settings = loaded.settings
    # --lang, else the 언어 · Language menu's remembered choice (ui/language.py), else settings.json.
    settings = replace(settings, language=startup_language(args.lang, settings.language))
    if args.no_simulator:
        settings = replace(settings, simulator_enabled=False)
    install_translator(app, settings.language)
    data_dir = args.data_dir or paths.data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    server_url = args.server or settings.server_url
    training = server_url is None

    embedded: EmbeddedServer | None = None
    if training:
        embedded = EmbeddedServer(data_dir=data_dir)
        try:
            server_url = await embedded.start()
        except EmbeddedServerError as exc:
            # No window can work without a server; the log (next to its database) says why.
            log.error("training server did not start: %s (see %s)", exc.code, embedded.dir / "server.log")
            return 1
    assert server_url is not None

    try:
        console = build_console(
            server_url=server_url, data_dir=data_dir, settings=settings, training=training
        )
    except BaseException:
        if embedded is not None:
            await embedded.stop()
        raise
    if embedded is not None:
        console.extras.append(embedded)
    console.guard.install(asyncio.get_running_loop())
    window = console.window
    window.closed.connect(quit_event.set)
    if loaded.problem:
        window.show_error(
            QCoreApplication.translate(
                "App", "설정 파일을 읽지 못해 기본 설정으로 시작했습니다. ({code})"
            ).format(code=loaded.problem)
        )
    try:
        if training:
            await console.sign_in(username=args.user or DEMO_USER, password=DEMO_PASSWORD)
            if console.core.store_protection == "plaintext":
                window.show_error(QCoreApplication.translate(
                    "App",
                    "이 PC에 암호화 모듈(SQLCipher)이 없어 교육용 데이터가 암호화되지 않은 채 "
                    "저장됩니다. 실제 상담 내용은 입력하지 마세요.",
                ))
            # Training is for practice: be ready to be rung at once.
            await console.core.set_presence("available")
            if settings.simulator_enabled:
                simulator = training_simulator(console, interval_s=settings.simulator_interval_s)
                simulator.start()
                console.extras.append(simulator)
        elif not await _restore_or_login(console, username=args.user or settings.last_username or ""):
            return 0
        window.resize(1360, 840)
        window.show()
        settle_heap()
        await quit_event.wait()
        return 0
    finally:
        window.hide()
        await console.aclose()


async def _restore_or_login(console: ConsoleWindow, *, username: str) -> bool:
    with contextlib.suppress(Exception):
        me = await console.core.restore_session(server_url=console.server_url, username=username or None)
        if me is not None:
            await console.core.start_sync()
            return True
    flow = LoginFlow(console, username=username, parent_window=False)
    return await flow.run(modal=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=os.environ.get("ANNYEONG_LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request line at INFO; ids only, but keep the log about the console's own events.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    guard_secret_logs()
    import qasync

    app = QApplication(sys.argv[:1])
    app.setApplicationName("annyeong-console")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "외로움안녕120 상담 콘솔"))
    # The window's close ends amain; Qt must not stop the loop under it first.
    app.setQuitOnLastWindowClosed(False)
    apply_look(app)
    if args.smoke_test:
        SmokeTest(app)
    try:
        return int(qasync.run(amain(app, args)) or 0)
    except asyncio.CancelledError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
