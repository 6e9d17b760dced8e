"""Running one console: settings, the training server, the composition, sign-in, and an orderly end."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from annyeong.console import paths
from annyeong.console.embedded import EmbeddedServer
from annyeong.console.settings import LoadedSettings
from annyeong.ui.account.login_dialog import LoginDialog
from annyeong.ui.account.login_flow import LoginFlow
from annyeong.ui.main import DEMO_USER, startup_settings
from annyeong.ui.shell.application import ConsoleApplication
from annyeong.ui.shell.composition import ConsoleWindow, build_console, settle_heap
from annyeong.ui.shell.training_splash import take_server
from annyeong.ui.shell.training_start import show_window, start_training
from annyeong.ui.shell.window_place import remember

log = logging.getLogger("annyeong.console")


# --- running --------------------------------------------------------------------------------------------


async def amain(
    app: ConsoleApplication,
    args: argparse.Namespace,
    *,
    loaded: LoadedSettings | None = None,
    early: LoginDialog | None = None,
) -> int:
    """Run one console until its window closes (or Qt/the OS asks to quit); always shut down cleanly.
    `loaded`: the settings main() read (and whose language it installed) before the first paint; `early`:
    the sign-in window it painted meanwhile, which the sign-in then takes over."""
    loop = asyncio.get_running_loop()
    quit_event = asyncio.Event()
    app.quit_requested.connect(quit_event.set)
    handled: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, quit_event.set)
            handled.append(sig)
    try:
        return await _run(app, args, quit_event, loaded=loaded, early=early)
    finally:
        for sig in handled:
            loop.remove_signal_handler(sig)
        app.quit_requested.disconnect(quit_event.set)


async def _run(
    app: QApplication,
    args: argparse.Namespace,
    quit_event: asyncio.Event,
    *,
    loaded: LoadedSettings | None,
    early: LoginDialog | None,
) -> int:
    if loaded is None:
        loaded = startup_settings(app, args)
    settings = loaded.settings
    if args.no_simulator:
        settings = replace(settings, simulator_enabled=False)
    data_dir = args.data_dir or paths.data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    server_url = args.server or settings.server_url
    training = server_url is None

    embedded: EmbeddedServer | None = None
    if training:
        embedded = take_server(data_dir) or EmbeddedServer(data_dir=data_dir)
        embedded.launch()  # it boots while the window is built; ui/shell/training_start.py waits for it
        server_url = embedded.expected_url
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
            assert embedded is not None
            username = args.user or DEMO_USER
            if not await start_training(console, embedded, username=username, settings=settings):
                return 1
        elif not await _restore_or_login(
            console, username=args.user or settings.last_username or "", early=early
        ):
            return 0
        if not window.isVisible():
            show_window(window)
        settle_heap()
        await quit_event.wait()
        return 0
    finally:
        if window.isVisible():
            remember(window)  # the next start opens where the counselor left it
        window.hide()
        await console.aclose()


async def _restore_or_login(console: ConsoleWindow, *, username: str, early: LoginDialog | None) -> bool:
    with contextlib.suppress(Exception):
        me = await console.core.restore_session(server_url=console.server_url, username=username or None)
        if me is not None:
            await console.core.start_sync()
            if early is not None:
                early.close()
                early.deleteLater()
            return True
    if early is not None and not early.isVisible():
        return False  # closed while the saved sign-in was being tried: as closing the sign-in, the end
    flow = LoginFlow(console, username=username, parent_window=False, dialog=early)
    if early is not None:
        early.set_checking(False)
    return await flow.run(modal=True)

