"""Issue 7 through the real windows: kim hands a live call to park with the 인계 panel while still typing,
park takes it from the notice, kim sees it was taken and wraps up; lee (shift lead) watches the board,
messages park; kim cannot open the board (403, said plainly)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.support.live_server import LiveServer, start_live_server
from tests.ui.support import close_console, signed_in_console, take_call, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

MID = "인계 중 추가: 내일 오전 통화 원하심"
WAIT = 20_000


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "server", offer_timeout_s=30.0, training_auto_ack_s=0.0)
    yield server
    server.stop()


def test_handoff_board_and_roles_through_the_windows(qtbot: Any, live: LiveServer, tmp_path: Path) -> None:
    kim = signed_in_console(qtbot, live.url, tmp_path / "kim", user="kim")
    consoles = [kim]
    try:
        contact_id = _kim_on_call(qtbot, kim, live)
        park = signed_in_console(qtbot, live.url, tmp_path / "park", user="park")
        lee = signed_in_console(qtbot, live.url, tmp_path / "lee", user="lee")
        consoles += [park, lee]
        assert park.core.me is not None and kim.core.me is not None

        # kim: 인계 → the SBAR panel, prefilled; to park; one action sends it.
        qtbot.mouseClick(kim.window.contact.handoff_button, Qt.MouseButton.LeftButton)
        panel = kim.window.shift_lead.panel
        qtbot.waitUntil(panel.isVisible, timeout=WAIT)
        assert "통화" in panel.fields["situation"].toPlainText()
        assert "잠을 못" in panel.fields["background"].toPlainText()  # the note's excerpt
        panel.choose_target("counselor", park.core.me.id, park.core.me.display_name)
        type_with_ime(qtbot, panel.fields["recommendation"], "오늘 안에 다시 연락")
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: kim.core.handoff_of(contact_id) is not None and panel.isHidden(),
                        timeout=WAIT)
        qtbot.waitUntil(lambda: "기다리는 중" in kim.window.contact.handoff_context.text(), timeout=WAIT)
        # Still talking: kim types on while park has not answered.
        editor = kim.window.contact.notes.editor()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        type_with_ime(qtbot, editor, "\n" + MID)
        kim.window.contact.notes.flush()

        # park: the badge, the 오늘 list and the notice; 받기.
        qtbot.waitUntil(lambda: park.window.header.handoff_badge.text() == "인계 1", timeout=WAIT)
        assert len(park.window.today.handoffs.item_texts()) == 1
        notices = park.window.shift_lead.notices
        qtbot.waitUntil(lambda: any(k.startswith("in:") for k in notices.notice_keys()), timeout=WAIT)
        notice = notices.notice(next(k for k in notices.notice_keys() if k.startswith("in:")))
        assert notice is not None
        accept = notice.findChild(QPushButton, "handoffAcceptButton")
        assert accept is not None
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: park.window.contact.state() == "in_call", timeout=WAIT)
        assert park.core.active_contact is not None and park.core.active_contact.contact_id == contact_id
        qtbot.waitUntil(lambda: MID in park.window.contact.handoff_context.received_text(), timeout=WAIT)
        assert park.window.contact.handoff_context.received_text().count(MID) == 1
        assert park.window.contact.notes.editor().toPlainText() == ""  # nothing copied, nothing sent twice

        # kim: taken; wrap-up asks nothing more and the contact leaves the screen.
        taken = kim.window.contact.handoff_context
        qtbot.waitUntil(lambda: "박상담이(가) 받았습니다" in taken.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: kim.window.contact.state() == "wrap_up", timeout=WAIT)
        kim.window.contact.finish_wrap_up()
        qtbot.waitUntil(lambda: kim.window.contact.state() == "empty", timeout=WAIT)
        entries = live.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert sum(1 for e in entries if MID in e["body"] and e["kind"] == "note") == 1

        # lee: the board, live; park's tile with a ticking call timer and a message to park.
        assert lee.window.header.view_switch.isVisibleTo(lee.window)
        assert not kim.window.header.view_switch.isVisibleTo(kim.window)
        lee.window.shift_lead.show_view("board")
        board = lee.window.shift_lead.board
        qtbot.waitUntil(lambda: park.core.me.id in board.grid.tiles, timeout=WAIT)  # type: ignore[union-attr]
        tile = board.grid.tiles[park.core.me.id]
        qtbot.waitUntil(lambda: tile.take_over.isVisibleTo(tile), timeout=WAIT)
        first = tile.timer_text()
        qtbot.waitUntil(lambda: tile.timer_text() != first, timeout=WAIT)
        board.person.setCurrentIndex(board.person.findData(park.core.me.id))
        type_with_ime(qtbot, board.message, "통화 끝나면 잠깐 얘기해요")
        qtbot.mouseClick(board.findChild(QPushButton, "sendMessageButton"), Qt.MouseButton.LeftButton)
        park_notices = park.window.shift_lead.notices
        qtbot.waitUntil(lambda: any(k.startswith("msg:") for k in park_notices.notice_keys()), timeout=WAIT)

        # kim: no board (the server says 403; the console says why).
        kim.window.shift_lead.show_view("board")
        assert kim.window.shift_lead.view() == "console"
        kim_board = kim.window.shift_lead.board
        kim_board.set_active(True)
        qtbot.waitUntil(lambda: "팀장과 관리자만" in kim_board.status.text(), timeout=WAIT)
        assert kim.core.board is None and kim.core.board_error == "forbidden"
        kim_board.set_active(False)
    finally:
        for console in consoles:
            close_console(qtbot, console)


def _kim_on_call(qtbot: Any, kim: Any, live: LiveServer) -> str:
    take_call(qtbot, kim, "010-2345-6789", post=live.post_call)
    type_with_ime(qtbot, kim.window.contact.notes.editor(), "밤에 잠을 못 주무심")
    kim.window.contact.notes.flush()
    contact = kim.core.active_contact
    assert contact is not None
    return str(contact.contact_id)
