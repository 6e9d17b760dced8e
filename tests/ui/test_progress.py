"""Waits show progress where the person is looking, and go away when the wait is over: the sign-in, the
shift report's PDF, a long sync backlog, and the statistics replayed from the start of the event log."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.state import SyncStatus
from annyeong.ui.board.shift_report_view import ShiftReportView
from annyeong.ui.board.stats_charts import StatsPanel
from annyeong.ui.header.sync_indicator import BACKLOG_SHOWN, SyncIndicator
from tests.ui.fault_proxy import FaultProxy
from tests.ui.support import close_console, make_console, run, signed_in_console
from tests.ui.test_login_dialog import _dialog, _submit

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_the_sign_in_moves_while_the_server_answers(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    proxy = FaultProxy(live_server.url)
    proxy.delays["/v1/auth/token"] = 2.0  # a slow network: the answer takes a while
    console = make_console(qtbot, proxy.url, tmp_path / "console")
    dialog = _dialog(qtbot, console, proxy.url)
    try:
        assert not dialog.progress.isVisible()
        _submit(qtbot, dialog, user="kim", password="annyeong120")
        qtbot.waitUntil(dialog.progress.isVisible, timeout=20_000)
        assert dialog.progress.maximum() == 0, "busy: no end is known"
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        assert not dialog.progress.isVisible() and console.core.me is not None
    finally:
        close_console(qtbot, console)
        proxy.stop()


def test_the_pdf_is_written_off_the_gui_thread_with_a_bar(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "lee", user="lee")
    view = ShiftReportView(console.core.board)
    qtbot.addWidget(view)
    view.show()
    try:
        run(qtbot, console.core.board.load_shift_report())
        path = tmp_path / "report.pdf"
        task = view.start_pdf(path)
        assert task is not None
        assert view.pdf_progress.isVisible() and not view.pdf_button.isEnabled()
        assert view.status.text() == "PDF로 저장하는 중…"
        qtbot.waitUntil(task.done, timeout=60_000)
        assert task.result() >= 1 and path.read_bytes().startswith(b"%PDF")
        assert not view.pdf_progress.isVisible() and view.pdf_button.isEnabled()
        assert view.status.text().startswith("PDF로 저장했습니다")
    finally:
        close_console(qtbot, console)


def test_a_long_backlog_fills_a_bar_as_it_drains(qtbot: Any) -> None:
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show()
    backlog = BACKLOG_SHOWN * 3
    indicator.set_status(SyncStatus(state="offline", pending=backlog, failed=0, last_error=None))
    assert not indicator.progress.isVisible(), "offline: nothing moves, the count says enough"
    indicator.set_status(SyncStatus(state="online", pending=backlog, failed=0, last_error=None))
    assert indicator.progress.isVisible()
    assert (indicator.progress.value(), indicator.progress.maximum()) == (0, backlog)
    indicator.set_status(SyncStatus(state="online", pending=BACKLOG_SHOWN, failed=0, last_error=None))
    assert indicator.progress.value() == backlog - BACKLOG_SHOWN
    indicator.set_status(SyncStatus(state="online", pending=0, failed=0, last_error=None))
    assert not indicator.progress.isVisible()
    indicator.set_status(SyncStatus(state="online", pending=3, failed=0, last_error=None))
    assert not indicator.progress.isVisible(), "a short backlog goes out before a bar could mean anything"


def test_the_statistics_replay_shows_a_bar_until_the_log_is_read(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    proxy = FaultProxy(live_server.url)
    console = signed_in_console(qtbot, proxy.url, tmp_path / "lee", user="lee")
    panel = StatsPanel(console.core.board)
    qtbot.addWidget(panel)
    panel.show()
    try:
        proxy.delays["/v1/events/poll"] = 1.5  # each page of the log comes slowly
        task = asyncio.ensure_future(panel.load_history())
        qtbot.waitUntil(panel.progress.isVisible, timeout=20_000)
        qtbot.waitUntil(task.done, timeout=30_000)
        task.result()
        assert not panel.progress.isVisible()
        assert console.core.board._stats_loaded
    finally:
        proxy.delays.clear()
        close_console(qtbot, console)
        proxy.stop()
