"""The contact view: notes saved without a save button (debounce, focus-out, before end), a truthful
status while offline, presence from the header, and the timer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import close_console, signed_in_console
from ui.formatting import format_duration

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


@pytest.fixture
def console(qtbot: Any, live_server: Any, tmp_path: Path) -> Any:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    yield console
    close_console(qtbot, console)


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
    _take_call(qtbot, live_server, console, "010-3333-0505")
    notes = window.contact.notes
    qtbot.keyClicks(notes.editor(), "first words")
    assert notes.status_text() == "입력 중…"
    assert console.core.active_contact.note_text == ""

    window.contact._end.setFocus()  # focus leaves the editor (as with Tab)
    qtbot.waitUntil(lambda: console.core.active_contact.note_text == "first words", timeout=5_000)
    qtbot.waitUntil(lambda: notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)

    live_server.stop()
    qtbot.waitUntil(lambda: console.core.sync_status.state == "offline", timeout=20_000)
    assert window.header.sync.text().startswith("오프라인 · 대기 ")
    assert window.header.sync.tone() == "warn"

    notes.editor().setFocus()
    qtbot.keyClicks(notes.editor(), " and more")
    notes.flush()
    assert console.core.active_contact.note_text == "first words and more"
    qtbot.waitUntil(lambda: notes.status_text().startswith("이 PC에 저장됨 · 오프라인"), timeout=5_000)
    assert window.header.sync.text() == f"오프라인 · 대기 {console.core.sync_status.pending}"
    assert console.core.sync_status.pending >= 1

    # Ending works offline: the note is flushed first and the view goes to wrap-up.
    qtbot.keyClicks(notes.editor(), "!")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=5_000)
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
    assert combo.currentText() == "통화중" and not combo.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: combo.currentText() == "후처리", timeout=5_000)
    assert not combo.isEnabled()
    qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "empty", timeout=15_000)
    assert combo.currentText() == "대기" and combo.isEnabled()
