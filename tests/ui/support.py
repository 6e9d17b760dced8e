"""Helpers for the UI tests: the real composition (ui.shell.composition.build_console), the real server."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from argon2 import PasswordHasher

from annyeong.console.secrets import SecretStore
from annyeong.console.settings import Settings
from annyeong.ui.shell.composition import ConsoleWindow, build_console

T = TypeVar("T")
PASSWORD = "annyeong120"
TELEPHONY_KEY = "training-telephony-key"


def run(qtbot: Any, coro: Coroutine[Any, Any, T], timeout: int = 10_000) -> T:
    """Await ``coro`` on the session's qasync loop while Qt keeps spinning."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def make_console(
    qtbot: Any, server_url: str, data_dir: Path, *, debounce_ms: int = 150, training: bool = False,
    **settings_overrides: Any,
) -> ConsoleWindow:
    """training: shown as training mode (its banner) while talking to `server_url` all the same."""
    settings = Settings(
        server_url=server_url, note_debounce_ms=debounce_ms, simulator_enabled=False, **settings_overrides
    )
    console = build_console(
        server_url=server_url, data_dir=data_dir, settings=settings, training=training, secrets=SecretStore()
    )
    qtbot.addWidget(console.window)
    console.window.resize(1360, 840)
    # The offline unlock verifier written at every sign-in: production argon2 costs ~0.2 CPU-s (64 MiB, 4
    # lanes) a hash; these accounts are the demo server's. Still a real argon2id hash and verify.
    console.reauth._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return console


def signed_in_console(
    qtbot: Any, server_url: str, data_dir: Path, *, user: str = "kim", **settings_overrides: Any
) -> ConsoleWindow:
    """A console signed in as ``user``, syncing, available, with its window shown and active."""
    console = make_console(qtbot, server_url, data_dir, **settings_overrides)
    run(qtbot, console.sign_in(username=user, password=PASSWORD))
    run(qtbot, console.core.calls.set_presence("available"))
    console.window.show()
    console.window.activateWindow()
    qtbot.waitExposed(console.window)
    qtbot.waitUntil(lambda: console.core.sync_status.state == "online", timeout=10_000)
    return console


def close_console(qtbot: Any, console: ConsoleWindow) -> None:
    console.window.hide()
    run(qtbot, console.aclose())


def sim_call(server_url: str, number: str | None) -> str:
    """Ring through annyeong-sim exactly as the telephony bridge would; returns the call id."""
    script = shutil.which("annyeong-sim")
    command = [script] if script else [sys.executable, "-m", "annyeong.server.sim.main"]
    who = ["--withheld"] if number is None else ["--from", number]
    done = subprocess.run(
        [*command, "call", *who, "--server", server_url, "--api-key", TELEPHONY_KEY],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def type_with_ime(qtbot: Any, widget: Any, text: str) -> None:
    """Type Hangul the way it really arrives: committed by the input method, syllable by syllable.
    (QTest.keyClicks only knows ASCII keys and aborts on anything else.)"""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
    qtbot.wait(1)


CHATBOT_KEY = "training-chatbot-key"


def sim_chat(server_url: str, number: str | None, answers: str) -> str:
    """Post a chat hand-off through `annyeong-sim chat`, exactly as the chatbot would; returns the call id."""
    script = shutil.which("annyeong-sim")
    command = [script] if script else [sys.executable, "-m", "annyeong.server.sim.main"]
    who = [] if number is None else ["--from", number]
    done = subprocess.run(
        [*command, "chat", *who, "--answers", answers, "--server", server_url, "--api-key", CHATBOT_KEY],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def take_call(qtbot: Any, console: ConsoleWindow, number: str, *, post: Any) -> str:
    """Ring ``number`` (``post`` = live_server.post_call), take it with Enter; returns the call id."""
    from PySide6.QtCore import Qt

    window = console.window
    call_id = str(post(number)["id"])
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    return call_id


def take_chat(qtbot: Any, console: ConsoleWindow, server: Any) -> Any:
    """A person on the web chat page asks for a counselor; the card rings and is taken. Returns the
    person (tests.server.chat_helpers.Person), who can then write."""
    from tests.server.chat_helpers import connected_person

    window = console.window
    person = connected_person(server)
    qtbot.waitUntil(lambda: window.card.state() == "ringing", timeout=10_000)
    window.card.accept()
    qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    return person


def fill_wrap_up(qtbot: Any, console: ConsoleWindow, summary: str = "Talked about sleep.") -> None:
    """Fill the required wrap-up fields the way a counselor does: type, press number keys, pick."""
    from PySide6.QtCore import Qt

    form = console.window.contact.wrap_up
    console.window.contact.show_page("wrap_up")
    form.summary.setFocus()
    qtbot.keyClicks(form.summary, summary)
    form.service_boxes["info"].setFocus()
    qtbot.keyClick(form.service_boxes["info"], Qt.Key.Key_2)  # ② 외로움 대화
    form.disposition.setCurrentIndex(form.disposition.findData("completed"))
    form.flush()
