"""``annyeong-console`` with no server: the embedded training server starts, kim is signed in and
available, annyeong-sim finds the server through server.json and rings, and closing the window shuts
everything down (the server stops and server.json goes away)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from annyeong.ui.main import parse_args
from annyeong.ui.shell.lifetime import amain
from annyeong.ui.shell.window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


@pytest.mark.slow
def test_training_mode_end_to_end(qtbot: Any, qapp: Any) -> None:
    data_dir = Path(os.environ["ANNYEONG_DATA_DIR"])
    task = asyncio.ensure_future(amain(qapp, parse_args(["--no-simulator"])))
    try:
        qtbot.waitUntil(lambda: _main_window() is not None or task.done(), timeout=60_000)
        window = _main_window()
        assert window is not None, task.result() if task.done() else "no window"
        assert window.training_banner is not None and window.training_banner.isVisible()
        # The window shows first, saying the practice server is starting; the sign-in follows its boot.
        qtbot.waitUntil(lambda: window.header.presence.presence() == "available" or task.done(),
                        timeout=120_000)
        assert not task.done(), f"the console ended with {task.result()} (see training/server.log)"
        assert window.header.user_text() == "김상담"
        info = data_dir / "training" / "server.json"
        assert info.is_file()

        # annyeong-sim with no --server: it reads server.json, exactly as a trainer would use it.
        subprocess.run(
            [sys.executable, "-m", "annyeong.server.sim.main", "call", "--from", "010-2345-6789"],
            check=True,
            capture_output=True,
            timeout=30,
            env=dict(os.environ),
        )
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        assert window.card._badge.text() == "재이용"
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)

        window.close()  # in a call: the window asks once, 취소 by default
        question = window.close_guard.question
        assert question is not None
        qtbot.waitUntil(question.isVisible, timeout=20_000)
        assert not task.done() and window.isVisible()
        # What it says of the typed work is true of this PC: kept, or erased where no key can be kept.
        kept = window._core.store_protection != "ephemeral"
        assert ("다시 열면 이어집니다" if kept else "다시 열 때 지워집니다") in question.informativeText()
        question.findChild(QPushButton, "closeQuestionClose").click()
        qtbot.waitUntil(task.done, timeout=30_000)
        assert task.result() == 0
        assert not info.exists(), "the embedded server was stopped"
    finally:
        if not task.done():
            task.cancel()
            qtbot.waitUntil(task.done, timeout=30_000)
