"""An unexpected exception in a slot: logged without personal data, a non-modal banner, work goes on."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from qasync import asyncSlot

from tests.ui.support import close_console, signed_in_console

# pytest-qt would otherwise swap sys.excepthook for its own during each test.
pytestmark = [pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks"), pytest.mark.qt_no_exception_capture]

SECRET = "010-9999-8888 홍길동"


class Faulty(QObject):
    poked = Signal()
    poked_async = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.poked.connect(self.explode)
        self.poked_async.connect(self.explode_later)

    def explode(self) -> None:
        raise RuntimeError(SECRET)

    @asyncSlot()
    async def explode_later(self) -> None:
        raise ValueError(SECRET)


def test_slot_errors_show_banner_and_console_keeps_working(
    qtbot: Any, live_server: Any, tmp_path: Path, qloop: Any, caplog: pytest.LogCaptureFixture
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    console.guard.install(qloop)
    faulty = Faulty()
    try:
        with caplog.at_level(logging.ERROR):
            faulty.poked.emit()
        banner = window.error_banner
        assert banner.isVisible()
        assert (
            banner.message()
            == "예상하지 못한 오류가 생겼습니다. 하던 일은 그대로 계속할 수 있습니다."
        )
        assert not window.isModal() and window.isEnabled()

        faulty.poked_async.emit()
        qtbot.waitUntil(lambda: "외 1건" in banner.message(), timeout=20_000)

        logged = caplog.text
        assert "RuntimeError" in logged and "explode" in logged
        assert SECRET not in logged and "010-9999-8888" not in logged

        # Dismissible, and nothing stopped: a call still rings and can be taken.
        qtbot.mouseClick(banner._close, Qt.MouseButton.LeftButton)
        assert banner.isHidden()
        live_server.post_call("010-2222-0404")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    finally:
        console.guard.uninstall()
        close_console(qtbot, console)


def test_task_errors_go_to_the_banner(qtbot: Any, tmp_path: Path) -> None:
    from tests.ui.support import make_console, run

    console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
    try:

        async def broken() -> None:
            raise KeyError(SECRET)

        console.window.show()
        console.tasks.spawn(broken(), name="broken")
        qtbot.waitUntil(lambda: "예상하지 못한 오류" in console.window.error_banner.message(), timeout=20_000)
        assert SECRET not in console.window.error_banner.message()
        assert "KeyError" not in console.window.error_banner.message(), "a class name is for the log"

        async def cancelled() -> None:
            import asyncio

            await asyncio.sleep(30)

        console.window.error_banner.dismiss()
        console.tasks.latest("slow", cancelled())
        second = console.tasks.latest("slow", cancelled())
        run(qtbot, console.tasks.cancel_all())
        assert second is not None and second.cancelled()
        assert console.window.error_banner.isHidden(), "cancellation is not an error"

        # A signal Qt queued before shutdown may still ask for work: dropped, neither raised nor run.
        ran: list[bool] = []

        async def late() -> None:
            ran.append(True)

        assert console.tasks.latest("caller_history", late()) is None
        qtbot.wait(50)
        assert ran == [] and console.window.error_banner.isHidden()
    finally:
        close_console(qtbot, console)
