"""A chat with crisis words still waiting in the queue, seen from the shift lead's real console on a real
server: while kim is on a phone call a person waits and writes "그냥 죽고 싶어요"; lee's console shows a
red notice saying a chat with crisis words waits and since when, and the 상황판 lists that chat first,
marked 위기 표현, above an older phone call. Once kim takes it, the waiting notice and mark go and the
usual crisis notice for kim's contact follows."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton

from annyeong.ui.shell.composition import ConsoleWindow
from tests.server.chat_helpers import Person
from tests.server.helpers import User, on_call, post_call, wait_for
from tests.support.live_server import start_live_server
from tests.ui.support import close_console, run, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def _row_tones(console: ConsoleWindow) -> list[str]:
    section = console.window.shift_lead.board.waiting
    return [str(f.property("tone")) for f in section.findChildren(QFrame, "boardRow") if f.isVisible()]


def test_the_lead_is_told_of_a_waiting_chat_with_crisis_words(qtbot: Any, tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0)
    consoles: list[ConsoleWindow] = []
    try:
        lee = signed_in_console(qtbot, server.url, tmp_path / "lee", user="lee")
        consoles.append(lee)
        lead = lee.window
        notices = lead.floor_alerts.notices
        kim = User(server, "kim")
        _phone, contact = on_call(server, kim)  # kim is busy: the chat has to wait
        older = post_call(server, "010-2345-6789").json()
        assert older["status"] == "queued"
        person = Person(server)
        assert person.connect()["state"] == "waiting"
        assert person.say("그냥 죽고 싶어요").status_code == 201

        # At once, in the 상담 view: a red notice, with nobody having the chat yet.
        qtbot.waitUntil(lambda: any(k.startswith("waiting:") for k in notices.notice_keys()), timeout=20_000)
        (key,) = [k for k in notices.notice_keys() if k.startswith("waiting:")]
        chat_id = key.split(":", 1)[1]
        notice = notices.notice(key)
        assert notice is not None and notices.isVisible() and notice.isVisible()
        assert notice.property("tone") == "crisis"
        assert notice.title.text() == "위기 표현 · 대기 중인 채팅"
        body = notice.body.text()
        waited = r"\d\d:\d\d부터 기다리는 중 \((1분 미만|\d+분째)\) · 아직 받은 상담원이 없습니다"
        assert re.fullmatch(waited, body)
        assert "죽고" not in body and chat_id not in body
        assert notice.accessibleName()
        assert lead.shift_lead.view() == "console", "nothing modal, nothing takes the lead away"

        # 상황판 보기: the chat first, marked and red, above the older phone call.
        board_button = notice.findChild(QPushButton, "floorNoticeBoardButton")
        assert board_button is not None and board_button.accessibleName()
        qtbot.mouseClick(board_button, Qt.MouseButton.LeftButton)
        assert lead.shift_lead.view() == "board" and not notices.isVisible()
        waiting = lead.shift_lead.board.waiting
        qtbot.waitUntil(lambda: len(waiting.row_texts()) == 2, timeout=20_000)
        first, second = waiting.row_texts()
        # New rows show on the next turn of the event loop (Qt shows a child added to a shown layout later).
        qtbot.waitUntil(lambda: len(_row_tones(lee)) == 2, timeout=20_000)
        assert first.startswith("위기 표현 · 채팅 · ") and second.startswith("전화 · ")
        assert _row_tones(lee)[0] == "crisis" and waiting.property("tone") == "crisis"
        lead.shift_lead.show_view("console")

        # kim's phone call ends; kim, free again, takes the chat: the waiting notice and mark go, and the
        # usual crisis notice for kim's contact comes.
        assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200
        kim.presence("available")
        wait_for(lambda: chat_id in [e["data"]["id"] for e in kim.events() if e["type"] == "call.offered"])
        r = kim.post(f"/v1/calls/{chat_id}/accept")
        assert r.status_code == 200, r.text
        cid = r.json()["id"]
        qtbot.waitUntil(lambda: notices.notice_keys() == [f"crisis:{cid}"], timeout=20_000)
        lead.shift_lead.show_view("board")
        qtbot.waitUntil(lambda: len(waiting.row_texts()) == 1, timeout=20_000)
        assert waiting.row_texts()[0].startswith("전화 · ") and _row_tones(lee) != ["crisis"]
        assert run(qtbot, lee.core.board.refresh_board()).waiting_calls[0].crisis is False
    finally:
        for console in consoles:
            close_console(qtbot, console)
        server.stop()
