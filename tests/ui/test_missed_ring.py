"""The banner that says a missed ring set 휴식 speaks of this sign-in only: a console that reads the event
log from its start (another PC, a store set aside) neither rings the old offers nor tells of old misses."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.events import PAST_MARGIN
from tests.support.live_server import start_live_server
from tests.ui.support import PASSWORD, close_console, make_console, run, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def _caught_up(console: Any, live_server: Any) -> bool:
    account = console.core.context.account
    newest = live_server.sql("SELECT MAX(seq) FROM events")[0][0]
    return account is not None and account.store.last_seq() >= newest


def _wait_past_margin(qtbot: Any, since: float) -> None:
    """Until what happened at `since` is older than the margin within which an event counts as made at
    the sign-in itself."""
    margin = PAST_MARGIN.total_seconds() + 2
    qtbot.waitUntil(lambda: time.monotonic() - since > margin, timeout=int(margin * 1000) + 5_000)


def test_rings_from_before_sign_in_are_neither_rung_nor_told(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    first = signed_in_console(qtbot, live_server.url, tmp_path / "first")
    try:
        # A ring nobody answers (the server takes it back after 5 s in tests and sets 휴식) …
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(first.window.card.isVisible, timeout=10_000)
        qtbot.waitUntil(lambda: first.window.header.presence.presence() == "break", timeout=15_000)
        qtbot.waitUntil(first.window.error_banner.isVisible, timeout=5_000)
        assert "받지 못한 연결 요청" in first.window.error_banner.message()
        # … then one that is answered: the counselor is 상담 중.
        run(qtbot, first.core.calls.set_presence("available"))
        # Back at 대기, the banner that said "now 휴식" goes: it would be untrue.
        qtbot.waitUntil(lambda: "받지 못한 연결 요청" not in first.window.error_banner.message(),
                        timeout=20_000)
        live_server.post_call("010-3456-7890")
        qtbot.waitUntil(lambda: first.core.offered_call is not None, timeout=10_000)
        offered = first.core.offered_call
        assert offered is not None
        run(qtbot, first.core.calls.accept_call(offered.id))
    finally:
        close_console(qtbot, first)
    _wait_past_margin(qtbot, time.monotonic())

    # The same counselor on another PC: its store is new, so it reads the whole log.
    second = make_console(qtbot, live_server.url, tmp_path / "second")
    rung: list[object] = []
    second.bridge.call_offered.connect(rung.append)
    try:
        run(qtbot, second.sign_in(username="kim", password=PASSWORD))
        second.window.show()
        qtbot.waitUntil(lambda: _caught_up(second, live_server), timeout=15_000)
        # Long enough for the check of the old offers with the server to have come back.
        qtbot.waitUntil(lambda: second.core.calls._past_check is None or second.core.calls._past_check.done(),
                        timeout=10_000)
        assert second.core.presence == "on_call"
        assert second.window.header.presence.presence() == "on_call"
        assert rung == [], "an offer from before this sign-in rang again"
        assert second.window.card.isHidden()
        assert "받지 못한 연결 요청" not in second.window.error_banner.message()
    finally:
        close_console(qtbot, second)


def test_a_ring_still_offered_at_sign_in_rings(qtbot: Any, tmp_path: Path) -> None:
    """A console that starts while a call rings for it (it crashed a while ago) still shows that ring,
    though the offer is older than the sign-in: the server is asked whether it still rings here."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=120.0)
    try:
        first = signed_in_console(qtbot, server.url, tmp_path / "first")
        close_console(qtbot, first)  # presence stays 대기 at the server: the call is offered to kim
        server.post_call("010-4567-8901")
        posted = time.monotonic()
        qtbot.waitUntil(lambda: bool(server.sql("SELECT 1 FROM calls WHERE status = 'offered'")),
                        timeout=10_000)
        _wait_past_margin(qtbot, posted)
        second = make_console(qtbot, server.url, tmp_path / "second")
        try:
            run(qtbot, second.sign_in(username="kim", password=PASSWORD))
            second.window.show()
            qtbot.waitUntil(second.window.card.isVisible, timeout=10_000)
        finally:
            close_console(qtbot, second)
    finally:
        server.stop()


def test_one_missed_ring_reads_as_one_beside_an_earlier_notice(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    """Training on a PC without a keyring says so at the start; a ring missed after it was told as the
    keyring notice's "(외 1건)", read as a second missed call, and the keyring notice was gone. Each
    notice now has its own line, and a count only ever counts the same notice again."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window, banner = console.window, console.window.error_banner
    keyring = "이 PC에는 암호 키를 보관할 곳(키링)이 없어, 콘솔을 다시 시작하면 이번 연습 기록이 지워집니다."
    try:
        window.show_error(keyring)
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.waitUntil(lambda: "받지 못한 연결 요청" in banner.message(), timeout=15_000)
        assert "외 " not in banner.message(), banner.message()
        assert banner.messages()[0].startswith("받지 못한 연결 요청") and banner.messages()[1] == keyring
        assert keyring in banner.message(), "the earlier notice is still readable"

        # The same notice again is counted on its own line.
        window.show_error(keyring)
        assert f"{keyring} (외 1건)" in banner.message()

        # Back at 대기 the missed-ring line goes; the keyring notice stays, it is still true.
        run(qtbot, console.core.calls.set_presence("available"))
        qtbot.waitUntil(lambda: "받지 못한 연결 요청" not in banner.message(), timeout=15_000)
        assert banner.isVisible() and keyring in banner.message()
    finally:
        close_console(qtbot, console)
