"""Handoff and board screens: the 인계 panel, the incoming-handoff notice, the shift lead's 상황판,
the shift report.

    python packaging/render_board.py OUT_DIR [--docs docs/screens]

Also called from packaging/render_screens.py. Runs the reference server in a thread (a short escalation
time, the liaison off, so an unanswered handoff and an unconfirmed dispatch show) and three real consoles:
kim and choi (counselors), park (counselor, receives the handoff) and lee (shift lead).
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The shifts (07/15/23) are Seoul's: render on Seoul's clock so the times shown match them. Set here, at
# import, so render_screens (which imports this module) renders on the same clock.
os.environ.setdefault("TZ", "Asia/Seoul")
if hasattr(time, "tzset"):  # not on Windows, where TZ is read at start anyway
    time.tzset()

import argparse
import socket
import sys
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from annyeong.console.embedded import DEMO_PASSWORD  # noqa: E402
from annyeong.console.secrets import SecretStore  # noqa: E402
from annyeong.console.settings import Settings  # noqa: E402
from annyeong.ui.shell.composition import ConsoleWindow, build_console  # noqa: E402

NOTE = ("두 번째 전화. 지난주 이후로 밖에 거의 안 나가셨다고 함.\n"
        "밤에 잠이 잘 안 오고, 아들과는 설 이후 연락이 없다고 하심.")
TELEPHONY_KEY = "training-telephony-key"


def _server(data: Path) -> tuple[str, uvicorn.Server, threading.Thread]:
    from annyeong.server.app import create_app
    from annyeong.server.config import ServerConfig

    data.mkdir(parents=True, exist_ok=True)
    config = ServerConfig(database_url=f"sqlite:///{data / 'server.sqlite3'}", training=True, demo=True,
                          handoff_escalate_s=4.0, handoff_escalate_urgent_s=4.0, training_auto_ack_s=0.0,
                          offer_timeout_s=60.0)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(create_app(config), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    host, port = sock.getsockname()
    return f"http://{host}:{port}", server, thread


async def _post_call(url: str, number: str) -> str:
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{url}/v1/calls", json={"from_number": number, "channel": "phone"},
                              headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": str(uuid.uuid4())})
        r.raise_for_status()
        return str(r.json()["id"])


async def _console(url: str, work: Path, user: str, width: int, height: int) -> ConsoleWindow:
    console = build_console(server_url=url, data_dir=work / user, training=True,
                            secrets=SecretStore.in_memory(),
                            settings=Settings(server_url=url, note_debounce_ms=200, simulator_enabled=False))
    await console.sign_in(username=user, password=DEMO_PASSWORD)
    console.window.resize(width, height)
    console.window.show()
    return console


def _with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with a (top-level) dialog drawn where it sits over it: what the counselor sees."""
    shot = window.grab()
    painter = QPainter(shot)
    at = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    if not window.rect().contains(at):
        at = QPoint((window.width() - dialog.width()) // 2, (window.height() - dialog.height()) // 2)
    painter.fillRect(window.rect(), _shade())
    painter.drawPixmap(at, dialog.grab())
    painter.end()
    return shot


def _shade() -> Any:
    from PySide6.QtGui import QColor

    return QColor(30, 42, 54, 60)


async def board_screens(
    out: Path, width: int, height: int, docs: Path | None, *, prefix: str = ""
) -> None:
    """``prefix`` names the README copies of another look or language (en_board.png)."""
    from render_support import settle, type_text, wait_for

    def save(pixmap: QPixmap, name: str, doc: str | None = None, *, window: QWidget | None = None) -> None:
        for folder, file in ((out, name), (docs, prefix + doc if doc else None)):
            if folder is not None and file is not None:
                pixmap.save(str(folder / f"{file}.png"))
                print(folder / f"{file}.png")
        if window is not None:
            from text_audit import dump

            dump(window, name)

    work = Path(tempfile.mkdtemp(prefix="annyeong-board-"))
    url, server, thread = _server(work / "server")
    consoles: list[ConsoleWindow] = []
    try:
        users = ("kim", "park", "choi", "lee")
        kim, park, choi, lee = [await _console(url, work, u, width, height) for u in users]
        consoles = [kim, park, choi, lee]
        for c in (kim, park, choi):
            await c.core.calls.set_presence("available")
        await wait_for(lambda: all(c.core.sync_status.state == "online" for c in consoles), "online")

        # kim: a returning caller, a note, then 인계 to park.
        await c_take(kim, url, "010-2345-6789", [park, choi])
        type_text(kim.window.contact.notes.editor(), NOTE)
        kim.window.contact.notes.flush()
        await settle(0.8)
        kim.window.shift_lead.open_handoff()
        panel = kim.window.shift_lead.panel
        await settle(0.5)  # the colleagues list (a counselor may not read it: 403, so it stays short)
        assert park.core.me is not None
        panel.choose_target("isolation_center")  # a partner: the subtitle says the call stays with kim
        await settle(0.3)
        save(_with_dialog(kim.window, panel), "30a-handoff-panel-partner", window=kim.window)
        panel.choose_target("counselor", park.core.me.id, park.core.me.display_name)
        type_text(panel.fields["recommendation"], "오늘 안에 다시 연락 약속. 아드님 이야기 이어서.")
        await settle(0.6)
        save(_with_dialog(kim.window, panel), "30-handoff-panel", "handoff", window=kim.window)
        panel.send()
        await wait_for(lambda: bool(park.core.handoffs.incoming_handoffs), "incoming handoff at park's")
        await settle(0.8)
        save(park.window.grab(), "31-handoff-incoming", "handoff_notice", window=park.window)
        notice = park.window.shift_lead.notices
        button = notice.notice(notice.notice_keys()[0]).findChild(QWidget, "handoffAcceptButton")  # type: ignore[union-attr]
        button.click()  # type: ignore[union-attr]
        await wait_for(lambda: park.window.contact.state() == "in_call", "park holds the call")
        await wait_for(lambda: kim.window.contact.handoff_context.text() != "", "kim sees it was taken")
        await settle(0.8)
        save(kim.window.grab(), "32-handoff-taken", window=kim.window)
        save(park.window.grab(), "33-handoff-received", window=park.window)
        kim.window.contact.finish_wrap_up()
        await wait_for(lambda: kim.window.contact.state() == "empty", "kim's contact gone")

        # choi: a call with the red button pressed (the liaison is off: awaiting confirmation on the board).
        await kim.core.calls.set_presence("break")
        await c_take(choi, url, "010-9876-5432", [choi])
        choi.core.dispatches.request_dispatch("police_112")
        await c_take(kim, url, "02-2133-7878", [kim])
        await kim.core.handoffs.send_handoff(
            target="next_shift",
            contact_id=kim.core.active_contact.contact_id,  # type: ignore[union-attr]
            sbar=_sbar(),
        )
        await _post_call(url, "010-5150-2424")  # nobody free: it waits
        await _overdue_follow_up(url, kim.core.active_contact.contact_id)  # type: ignore[union-attr]
        lee.window.shift_lead.show_view("board")
        board = lee.window.shift_lead.board
        await wait_for(
            lambda: lee.core.board.latest is not None and bool(lee.core.board.latest.escalations),
            "escalation",
            timeout=30,
        )
        await wait_for(lambda: lee.core.board.shift_report is not None, "report")
        await settle(1.5)
        save(lee.window.grab(), "34-board", "board", window=lee.window)
        scroll = board.findChild(QWidget, "boardScroll")
        bar = scroll.verticalScrollBar()  # type: ignore[union-attr]
        bar.setValue(bar.maximum())
        await settle(0.5)
        save(lee.window.grab(), "34a-board-stats", window=lee.window)
        board.stats.set_period("week")
        await settle(0.3)
        save(lee.window.grab(), "34b-board-stats-week", window=lee.window)
        bar.setValue(0)
        board.show_report()
        await wait_for(lambda: board.report.text() != "", "report shown")
        await settle(0.8)
        save(lee.window.grab(), "35-shift-report", "shift_report", window=lee.window)
        pdf = out / "shift_report.pdf"
        print(pdf, board.report.save_pdf(pdf), "pages")
    finally:
        for console in consoles:
            console.window.hide()
            await console.aclose()
        server.should_exit = True
        thread.join(timeout=10)


async def _overdue_follow_up(url: str, contact_id: str) -> None:
    """A follow-up kim promised for an hour ago: the board's amber 기한 지난 후속 연락 section."""
    from datetime import UTC, datetime, timedelta

    async with httpx.AsyncClient(base_url=url) as client:
        token = await client.post("/v1/auth/token", json={"username": "kim", "password": DEMO_PASSWORD})
        token.raise_for_status()
        fid = str(uuid.uuid4())
        due = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        body = {"id": fid, "contact_id": contact_id, "due_at": due, "reason": "안부 전화 약속"}
        r = await client.post(
            "/v1/follow-ups", json=body,
            headers={"Authorization": f"Bearer {token.json()['access_token']}", "Idempotency-Key": fid})
        r.raise_for_status()


def _sbar() -> Any:
    from annyeong.console.wire import Sbar

    return Sbar(situation="통화 중. 다음 근무조에서 이어 주세요.", assessment="최근 위험도 높음",
                recommendation="밤 10시 전에 다시 연락", risk_tier="high")


async def c_take(console: ConsoleWindow, url: str, number: str, free: list[ConsoleWindow]) -> None:
    """Ring `number` and take it on `console` (the others in `free` are put on break first)."""
    from render_support import wait_for

    for other in free:
        if other is not console:
            await other.core.calls.set_presence("break")
    await console.core.calls.set_presence("available")
    await _post_call(url, number)
    await wait_for(console.window.card.isVisible, "card")
    console.window.card.accept()
    await wait_for(lambda: console.window.contact.state() == "in_call", "in call")


def main(argv: list[str] | None = None) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from annyeong.ui.main import apply_look

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1360)
    parser.add_argument("--height", type=int, default=840)
    parser.add_argument("--docs", type=Path)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.docs is not None:
        args.docs.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    apply_look(app)
    qasync.run(board_screens(args.out, args.width, args.height, args.docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
