"""Handoffs through the real windows: kim hands a live call to park with the 인계 panel while still typing,
park takes it from the notice, kim sees it was taken and wraps up; lee (shift lead) watches the board,
messages park; kim cannot open the board (403, said plainly)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from annyeong.console.wire import Sbar
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server
from tests.ui.support import close_console, run, signed_in_console, take_call, type_with_ime

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
        qtbot.waitUntil(lambda: kim.core.handoffs.handoff_of(contact_id) is not None and panel.isHidden(),
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
        qtbot.waitUntil(lambda: park.core.me.id in board.grid.tiles, timeout=WAIT)
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
        assert kim.core.board.latest is None and kim.core.board.board_error == "forbidden"
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


@pytest.fixture
def quick(tmp_path: Path) -> Iterator[LiveServer]:
    # Unanswered handoffs escalate after 2 s here, so the lead's 확인 and 배정 have something to act on.
    server = start_live_server(
        tmp_path / "quick", offer_timeout_s=30.0, training_auto_ack_s=0.0, handoff_escalate_s=2.0,
        handoff_escalate_urgent_s=2.0,
    )
    yield server
    server.stop()


def test_lead_takes_over_assigns_and_acknowledges_through_the_windows(
    qtbot: Any, quick: LiveServer, tmp_path: Path
) -> None:
    """park's call is taken over from the board tile; kim offers a partner and sees the subtitle say the
    call stays; park rejects kim's handoff from the notice with a reason kim reads; an overdue follow-up
    sits in the board's amber section; lee acknowledges the escalation (확인) and assigns it (배정)."""
    live = quick
    park = signed_in_console(qtbot, live.url, tmp_path / "park", user="park")
    consoles = [park]
    try:
        take_call(qtbot, park, "010-3030-4040", post=live.post_call)
        park_contact = park.core.active_contact
        assert park_contact is not None
        kim = signed_in_console(qtbot, live.url, tmp_path / "kim", user="kim")
        consoles.append(kim)
        take_call(qtbot, kim, "010-5050-6060", post=live.post_call)
        kim_contact = kim.core.active_contact
        assert kim_contact is not None
        lee = signed_in_console(qtbot, live.url, tmp_path / "lee", user="lee")
        consoles.append(lee)
        assert park.core.me is not None and kim.core.me is not None and lee.core.me is not None
        late = _overdue_follow_up(live, kim_contact.contact_id, "어제 약속한 안부 전화")

        # kim: a partner takes the person on, not the call; the panel says so before anything is sent.
        qtbot.mouseClick(kim.window.contact.handoff_button, Qt.MouseButton.LeftButton)
        panel = kim.window.shift_lead.panel
        qtbot.waitUntil(panel.isVisible, timeout=WAIT)
        qtbot.mouseClick(panel.target_buttons["isolation_center"], Qt.MouseButton.LeftButton)
        assert "통화는 넘어가지 않습니다" in panel.subtitle_text()
        assert "센터에서 이 분을 맡아" in panel.fields["situation"].toPlainText()
        panel.choose_target("counselor", park.core.me.id, park.core.me.display_name)
        assert "통화가 그쪽으로 옮겨집니다" in panel.subtitle_text()
        assert "통화를 이어받아 주세요" in panel.fields["situation"].toPlainText()
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: kim.core.handoffs.handoff_of(kim_contact.contact_id) is not None, timeout=WAIT
        )

        # park: 거절 asks for a reason; the reason reaches kim.
        notices = park.window.shift_lead.notices
        qtbot.waitUntil(lambda: any(k.startswith("in:") for k in notices.notice_keys()), timeout=WAIT)
        notice = notices.notice(next(k for k in notices.notice_keys() if k.startswith("in:")))
        assert notice is not None
        reject = notice.findChild(QPushButton, "handoffRejectButton")
        reason = notice.findChild(QLineEdit, "handoffRejectReason")
        assert reject is not None and reason is not None
        qtbot.mouseClick(reject, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(reason.isVisible, timeout=WAIT)
        type_with_ime(qtbot, reason, "지금 위기 통화 중입니다")
        qtbot.mouseClick(reject, Qt.MouseButton.LeftButton)
        context = kim.window.contact.handoff_context
        qtbot.waitUntil(lambda: "지금 위기 통화 중입니다" in context.text(), timeout=WAIT)
        assert "거절" in context.text() and context.property("tone") == "warn"
        assert kim.core.active_contact is not None and kim.core.active_contact.ended_at is None

        # kim tries the next shift; nobody answers, so it escalates.
        sbar = Sbar(situation="다음 근무조에 부탁")
        pooled = run(qtbot, kim.core.handoffs.send_handoff(
            target="next_shift", contact_id=kim_contact.contact_id, sbar=sbar))

        # lee: take over park's call from the tile.
        lee.window.shift_lead.show_view("board")
        board = lee.window.shift_lead.board
        qtbot.waitUntil(lambda: park.core.me.id in board.grid.tiles, timeout=WAIT)
        tile = board.grid.tiles[park.core.me.id]
        qtbot.waitUntil(lambda: tile.take_over.isVisibleTo(tile), timeout=WAIT)
        qtbot.mouseClick(tile.take_over, Qt.MouseButton.LeftButton)
        # One click only asks, in the tile: whose call and its risk. Nothing moved yet.
        assert tile.question_text() == "박상담 상담사의 통화(위험도: 평가 없음)를 넘겨받을까요?"
        assert not tile.take_over.isVisibleTo(tile)
        assert live.get(f"/v1/contacts/{park_contact.contact_id}").json()["counselor_id"] == park.core.me.id
        qtbot.mouseClick(tile.cancel_button, Qt.MouseButton.LeftButton)  # 취소: as before
        assert not tile.asking() and tile.take_over.isVisibleTo(tile)
        qtbot.mouseClick(tile.take_over, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tile.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: lee.window.shift_lead.view() == "console", timeout=WAIT)
        qtbot.waitUntil(lambda: lee.window.contact.state() == "in_call", timeout=WAIT)
        assert lee.core.active_contact is not None
        assert lee.core.active_contact.contact_id == park_contact.contact_id
        server_side = live.get(f"/v1/contacts/{park_contact.contact_id}").json()
        assert server_side["counselor_id"] == lee.core.me.id
        park_line = park.window.contact.handoff_context
        qtbot.waitUntil(lambda: "이팀장이(가) 이 상담을 넘겨받았습니다" in park_line.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: park.window.contact.state() == "wrap_up", timeout=WAIT)

        # lee: the overdue follow-up in amber; the escalation acknowledged, the handoff assigned to park.
        lee.window.shift_lead.show_view("board")
        qtbot.waitUntil(lambda: any("어제 약속한 안부 전화" in t for t in board.follow_ups.row_texts()),
                        timeout=WAIT)
        assert board.follow_ups.property("tone") == "warn"
        assert late in [f.id for f in lee.core.board.latest.overdue_follow_ups]  # type: ignore[union-attr]

        def button(section: Any, name: str) -> QPushButton | None:
            found = [b for b in section.findChildren(QPushButton, name) if b.isVisibleTo(section)]
            return found[0] if found else None

        qtbot.waitUntil(lambda: button(board.escalations, "ackEscalationButton") is not None, timeout=WAIT)
        escalation = next(e for e in lee.core.board.latest.escalations if e.handoff_id == pooled.id)  # type: ignore[union-attr]
        qtbot.mouseClick(button(board.escalations, "ackEscalationButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "확인했습니다" in board.feedback_text(), timeout=WAIT)
        qtbot.waitUntil(lambda: not any(
            e.id == escalation.id for e in lee.core.board.latest.escalations), timeout=WAIT)  # type: ignore[union-attr]
        board.person.setCurrentIndex(board.person.findData(park.core.me.id))
        # The list is rebuilt as the board refetches: wait for the row's button rather than catch it mid-way.
        qtbot.waitUntil(lambda: button(board.handoffs, "assignHandoffButton") is not None, timeout=WAIT)
        assign = button(board.handoffs, "assignHandoffButton")
        assert assign is not None
        qtbot.mouseClick(assign, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "배정했습니다" in board.feedback_text(), timeout=WAIT)
        handoff = live.get(f"/v1/handoffs/{pooled.id}").json()
        assert handoff["to_user"]["id"] == park.core.me.id and handoff["target"] == "counselor"
    finally:
        for console in consoles:
            close_console(qtbot, console)


def _overdue_follow_up(live: LiveServer, contact_id: str, reason: str) -> str:
    follow_up_id = str(uuid.uuid4())
    due = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    r = web.post(
        f"{live.url}/v1/follow-ups",
        json={"id": follow_up_id, "contact_id": contact_id, "due_at": due, "reason": reason},
        headers={"Authorization": f"Bearer {live.token('kim')}", "Idempotency-Key": follow_up_id},
        timeout=10,
    )
    assert r.status_code == 201, r.text
    return follow_up_id
