"""The entry point: ``annyeong-console``.

One QApplication, one qasync loop, one ApiClient (one httpx.AsyncClient) for the app's life, one
ConsoleCore (composed in ui/shell/composition.py, run by ui/shell/lifetime.py). Without ``--server``
(and no server in the settings) the console runs in training mode: it starts the embedded reference
server, signs in as the demo counselor and lets the built-in simulator ring it.

This module stays light on purpose (startup): with a server to sign in to, the sign-in window is
painted before the core, the wire models, httpx and the event loop are imported; the sign-in then takes
that window over (or closes it, when a saved sign-in is restored).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from annyeong.console.paths import resources_dir
from annyeong.ui.common.theme import ThemeController

if TYPE_CHECKING:
    from annyeong.console.settings import LoadedSettings
    from annyeong.ui.account.login_dialog import LoginDialog

log = logging.getLogger("annyeong.console")

DEMO_USER = "kim"
FONT_FAMILY = "Noto Sans CJK KR"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="annyeong-console", description="외로움안녕120 상담 콘솔 (counselor console)"
    )
    parser.add_argument("--server", metavar="URL", help="case API address; omit for training mode")
    parser.add_argument("--user", metavar="NAME", help="user name (training mode: sign in as this demo user)")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help="where local data lives")
    parser.add_argument("--lang", choices=("ko", "en"), default=None, help="interface language")
    parser.add_argument("--no-simulator", action="store_true", help="training mode: no simulated calls")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)  # ui/shell/smoke.py
    return parser.parse_args(argv)


# --- look ---------------------------------------------------------------------------------------------


def apply_look(app: QApplication) -> None:
    """Font, stylesheet, palette and icon."""
    apply_first_look(app)
    finish_look(app)


def apply_first_look(app: QApplication) -> None:
    """Font and stylesheet: what the first window's first paint needs."""
    # No look-up in QFontDatabase first (listing its families costs ~4 ms before the first paint): a
    # missing family falls back through Qt's own font matching to the sans-serif hint.
    font = QFont(FONT_FAMILY)
    font.setPixelSize(15)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    # The remembered theme and font scale (a missing stylesheet is logged there and the
    # platform style stays). The palette waits for finish_look.
    ThemeController.of(app).apply(palette=False)


def finish_look(app: QApplication) -> None:
    """What the first window's first paint does not need: the palette and the window icon."""
    from PySide6.QtGui import QIcon

    ThemeController.of(app).apply_palette()
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Korean by default; ``en`` loads console_en.qm (built from its .ts if needed) and Qt's qtbase_en."""
    from annyeong.ui.text.i18n import install_translators

    installed = install_translators(app, language)
    return installed[-1] if installed else None


def startup_settings(app: QApplication, args: argparse.Namespace) -> LoadedSettings:
    """The settings file, with the language chosen (--lang, else the 언어 · Language menu's remembered
    choice, ui/text/language.py, else settings.json) and its translations installed."""
    from annyeong.console import paths
    from annyeong.console.settings import load_settings
    from annyeong.ui.text.i18n import startup_language

    loaded = load_settings(paths.settings_path())
    language = startup_language(args.lang, loaded.settings.language)
    loaded = replace(loaded, settings=replace(loaded.settings, language=language))
    install_translator(app, language)
    return loaded


# --- start ----------------------------------------------------------------------------------------------


def early_sign_in(app: QApplication, args: argparse.Namespace, loaded: LoadedSettings) -> LoginDialog | None:
    """With a server to sign in to, paint the sign-in window now, waiting while a saved sign-in is tried.
    None in training mode (it signs in by itself once the training server runs)."""
    server_url = args.server or loaded.settings.server_url
    if server_url is None:
        return None
    from annyeong.ui.account.login_dialog import LoginDialog

    username = args.user or loaded.settings.last_username or ""
    dialog = LoginDialog(None, server_url=server_url, username=username)
    dialog.set_checking(True)
    dialog.show()
    app.processEvents()  # painted before the heavy imports below
    return dialog


def guard_secret_logs() -> None:
    """Qasync logs, at DEBUG, the arguments and results of every worker-thread call (asyncio.to_thread):
    refresh tokens and database keys on their way to and from the keyring. Its DEBUG never reaches a log
    (nothing secret in logs), whatever ANNYEONG_LOG_LEVEL says."""
    logging.getLogger("qasync").setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from annyeong.console import logfile

    logfile.setup(os.environ.get("ANNYEONG_LOG_LEVEL", "INFO"))  # standard error and the log folder
    # httpx logs every request line at INFO; ids only, but keep the log about the console's own events.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    guard_secret_logs()

    from annyeong.ui.shell.application import ConsoleApplication

    app = ConsoleApplication(sys.argv[:1])
    app.setApplicationName("annyeong-console")
    # No application display name: Qt would append it to every window title, and set here, before the
    # translators load, it was Korean on an English console ("… — Counselor console — 외로움안녕120 상담
    # 콘솔"). Each window's own title names the console.
    # The window's close ends amain; Qt must not stop the loop under it first.
    app.setQuitOnLastWindowClosed(False)
    from annyeong.console import paths
    from annyeong.ui.shell.single_instance import SingleInstance

    instance = SingleInstance(args.data_dir or paths.data_dir(), app)
    if not instance.claim():
        return 0  # the console already running on this data dir came forward
    apply_first_look(app)
    if args.smoke_test:
        from annyeong.ui.shell.smoke import SmokeTest

        SmokeTest(app)
    loaded = startup_settings(app, args)
    early = early_sign_in(app, args, loaded)
    if early is None:
        from annyeong.ui.shell.training_splash import show_training_splash

        show_training_splash(app, args, loaded)
    finish_look(app)
    logfile.log_started()

    import asyncio

    import qasync

    from annyeong.ui.shell.lifetime import amain

    try:
        return int(qasync.run(amain(app, args, loaded=loaded, early=early)) or 0)
    except asyncio.CancelledError:
        return 0
    finally:
        instance.release()
        log.info("console ended")


if __name__ == "__main__":
    raise SystemExit(main())
