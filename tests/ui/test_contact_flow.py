"""The contact view: notes saved without a save button (debounce, focus-out, before end), a truthful
status while offline, presence from the header, and the timer."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from annyeong.ui.text.formatting import format_duration
from tests.ui.support import fill_wrap_up

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")



def _take_call(qtbot: Any, live_server: Any, console: Any, number: str) -> str:
    window = console.window
    call_id = str(live_server.post_call(number)["id"])
    qtbot.waitUntil(window.card.isVisible, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
    return call_id


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "00:00"), (65, "01:05"), (3599, "59:59"), (3600, "01:00:00"), (-4, "00:00")]
)
def test_timer_format(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_focus_out_saves_at_once_and_offline_status_is_truthful(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    window.contact.notes._debounce.setInterval(60_000)  # only focus-out may save in this test
    window.contact.notes._max_wait.setInterval(60_000)
    _take_call(qtbot, live_server, console, "010-3333-0505")
    notes = window.contact.notes
    qtbot.keyClicks(notes.editor(), "first words")
    assert notes.status_text() == "입력 중…"
    assert console.core.active_contact.note_text == ""

    window.contact._end.setFocus()  # focus leaves the editor (as with Tab)
    qtbot.waitUntil(lambda: console.core.active_contact.note_text == "first words", timeout=20_000)
    qtbot.waitUntil(lambda: notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)

    live_server.stop()
    qtbot.waitUntil(lambda: console.core.sync_status.state == "offline", timeout=20_000)
    assert window.header.sync.text().startswith("서버 연결 끊김 · 미전송 ")
    assert window.header.sync.tone() == "warn"

    notes.editor().setFocus()
    qtbot.keyClicks(notes.editor(), " and more")
    notes.flush()
    assert console.core.active_contact.note_text == "first words and more"
    qtbot.waitUntil(lambda: notes.status_text().startswith("이 PC에 저장됨 · 서버 연결 끊김"), timeout=20_000)
    # The header shows a moving count at most every 100 ms (the bridge coalesces a draining outbox).
    qtbot.waitUntil(
        lambda: window.header.sync.text() == f"서버 연결 끊김 · 미전송 {console.core.sync_status.pending}",
        timeout=20_000,
    )
    assert console.core.sync_status.pending >= 1

    # Ending works offline: the note is flushed first and the view goes to wrap-up.
    qtbot.keyClicks(notes.editor(), "!")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=20_000)
    assert console.core.active_contact.note_text == "first words and more!"
    assert window.contact._finish.isVisible() and not window.contact._end.isVisible()
    assert window.today.count() == 1


def test_presence_from_the_header(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    combo = window.header.presence.combo()
    assert [combo.itemText(i) for i in range(combo.count())] == ["대기", "휴식"]
    combo.setFocus()
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    qtbot.waitUntil(lambda: console.core.presence == "break", timeout=10_000)
    assert window.header.presence.presence() == "break"
    assert window.idle.headline() == "휴식 중입니다"
    me = console.core.me.id
    rows = live_server.get("/v1/presence").json()
    assert next(r for r in rows if r["user_id"] == me)["status"] == "break"


def test_presence_menu_is_locked_during_a_call(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    _take_call(qtbot, live_server, console, "010-3333-0606")
    combo = window.header.presence.combo()
    assert combo.currentText() == "상담 중" and not combo.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: combo.currentText() == "후처리", timeout=20_000)
    assert not combo.isEnabled()
    fill_wrap_up(qtbot, console)
    qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "empty", timeout=15_000)
    assert combo.currentText() == "대기" and combo.isEnabled()


def test_unmask_asks_a_reason_inline_and_shows_the_number(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    _take_call(qtbot, live_server, console, "010-3333-0707")
    line = window.contact.caller_line
    assert line._unmask.isVisible() and line.text() == "이름 미상 · 010-****-0707"
    qtbot.mouseClick(line._unmask, Qt.MouseButton.LeftButton)
    assert line._reason_row.isVisible() and line._reason.hasFocus()

    qtbot.keyClick(line._reason, Qt.Key.Key_Return)  # no reason: asked for one, nothing sent
    qtbot.waitUntil(lambda: line._note.text() == "사유를 적어 주세요.", timeout=20_000)
    qtbot.keyClicks(line._reason, "call back after the line dropped")
    qtbot.keyClick(line._reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line.text() == "이름 미상 · 010-3333-0707", timeout=10_000)
    assert not line._unmask.isVisible() and not line._reason_row.isVisible()
    assert "기록되었습니다" in line._note.text()
    assert window.contact.state() == "in_call", "no dialog, nothing interrupted"


def test_a_one_megabyte_note_is_kept_and_wrap_up_says_why_not(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    _take_call(qtbot, live_server, console, "010-3333-0808")
    notes = window.contact.notes
    big = ("가나다라마바사 " * 131_072)[:1_048_576]
    notes.editor().setPlainText(big)
    notes.flush()
    assert console.core.active_contact.note_text == big, "kept locally in full"
    assert notes.status_text().startswith("이 PC에 저장됨 · 너무 길어 서버로 보내지 못했습니다")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    confirm = window.contact.end_confirm  # a note the server does not have: ending asks first
    qtbot.waitUntil(confirm.isVisible, timeout=10_000)
    assert confirm.question() == "메모가 아직 서버에 저장되지 않았습니다. 통화를 종료할까요?"
    assert confirm.keep.hasFocus() and window.contact.state() == "in_call"
    qtbot.mouseClick(confirm.end, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=20_000)
    fill_wrap_up(qtbot, console)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact._error.isVisible(), timeout=10_000)
    assert window.contact._error.text().startswith("메모가 너무 깁니다 (1048576자, 최대 20000자)")
    assert window.contact.state() == "wrap_up" and console.core.active_contact.note_text == big


def test_report_of_someone_else_keeps_reporter_and_subject_apart(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    _take_call(qtbot, live_server, console, "010-3333-0909")
    form = window.contact.wrap_up
    window.contact.show_page("wrap_up")
    assert form.reporter.isHidden()
    form.service_boxes["info"].setFocus()
    qtbot.keyClick(form.service_boxes["info"], Qt.Key.Key_4)  # ④ 고립 신고·발굴
    assert form.reporter.isVisible(), "a report: the caller is the reporter"

    qtbot.keyClicks(form.reporter.name, "Neighbour Lee")
    qtbot.keyClicks(form.subject.name, "Mr Park")
    form.subject.district.setCurrentIndex(form.subject.district.findData("관악구"))
    qtbot.keyClicks(form.subject.number, "12")  # not a phone number
    form.flush()
    assert window.contact.caller_text() == "Neighbour Lee · 010-****-0909"
    assert form.error_text().startswith("연락처 형식이 올바르지 않습니다")
    assert form.subject.number.text() == "12", "what was typed stays in the field"

    form.subject.number.clear()
    qtbot.keyClicks(form.subject.number, "010-2222-3333")
    form.flush()
    assert form.error_text() == ""
    details = console.core.active_contact.details
    assert details.reporter is not None and details.reporter.name == "Neighbour Lee"
    assert details.subject is not None and details.subject.name == "Mr Park"
    assert details.subject.district == "관악구" and details.subject.number == "+821022223333"
    assert details.service_types == ("isolation_report",)
