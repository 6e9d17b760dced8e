"""자원 안내 (search as you type, one key inserts into the notes, which save) and 검색 (Ctrl+F) over the
contacts this console holds, merged with the server's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from annyeong.console.referrals import directory
from annyeong.ui.contact.directory_panel import DirectoryPanel
from tests.ui.support import fill_wrap_up, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")



def directory_key(window: Any) -> Any:
    """Ctrl+<n> of 자원 안내: n is its position, which moves as tabs are added (체크리스트, 연계)."""
    index = window.contact.tabs.indexOf(window.contact.directory)
    return getattr(Qt.Key, f"Key_{index + 1}")


def test_directory_insert_into_notes_at_the_cursor(qtbot: Any, live_server: Any, console: Any) -> None:
    window = console.window
    view = window.contact
    call_id = take_call(qtbot, console, "010-3131-0001", post=live_server.post_call)
    editor = view.notes.editor()
    qtbot.keyClicks(editor, "Asked where to go on weekends.")

    qtbot.keyClick(window, directory_key(window), Qt.KeyboardModifier.ControlModifier)
    panel = view.directory
    assert view.tabs.currentWidget() is panel and panel.search_edit().hasFocus()
    assert len(panel.entry_ids()) >= 8, "the whole directory before anything is typed"
    qtbot.keyClicks(panel.search_edit(), "maeum")
    assert panel.entry_ids()[0] == "seoul-maeum-store"
    expected = directory.insert_text(directory.load().get("seoul-maeum-store"))  # type: ignore[arg-type]

    qtbot.keyClick(panel.search_edit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.state() == "in_call", "Ctrl+Enter in the directory inserts; it never finishes anything"
    assert view.tabs.currentWidget() is view.notes and editor.hasFocus()
    assert editor.toPlainText() == f"Asked where to go on weekends.\n{expected}\n"
    assert console.core.active_contact.note_text == editor.toPlainText(), "saved at once"
    qtbot.waitUntil(lambda: view.notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)

    # Plain Enter on a list entry inserts too; the text lands where the cursor is.
    qtbot.keyClicks(editor, "Then: ")
    qtbot.keyClick(window, directory_key(window), Qt.KeyboardModifier.ControlModifier)
    panel.search_edit().clear()
    qtbot.keyClicks(panel.search_edit(), "129")
    assert panel.entry_ids(), "a phone number finds its service"
    panel.list_widget().setFocus()
    qtbot.keyClick(panel.list_widget(), Qt.Key.Key_Return)
    # On a line of its own, at the cursor.
    assert "\nThen: \n[안내] 보건복지상담센터 129" in editor.toPlainText()
    contact_id = live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
    qtbot.waitUntil(
        lambda: live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"][-1]["body"]
        == editor.toPlainText(),
        timeout=10_000,
    )


def test_directory_unavailable_is_named(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "services.json").write_text('{"version": 1, "entries": [{"id": "Bad Id"}]}', encoding="utf-8")
    panel = DirectoryPanel(loader=lambda: directory.load(tmp_path / "services.json"))
    qtbot.addWidget(panel)
    panel.ensure_loaded()
    assert panel.status_text().startswith(
        "자원 목록을 불러오지 못했습니다: services.json 내용이 올바르지 않습니다"
    )
    assert panel.entry_ids() == [] and not panel._insert.isEnabled()

    missing = DirectoryPanel(loader=lambda: directory.load(tmp_path / "nope.json"))
    qtbot.addWidget(missing)
    missing.ensure_loaded()
    assert missing.status_text() == "자원 목록을 불러오지 못했습니다: nope.json 파일이 없습니다"


def test_search_finds_a_note_by_text_and_shows_it_in_history(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    take_call(qtbot, console, "010-3131-0002", post=live_server.post_call)
    qtbot.keyClicks(window.contact.notes.editor(), "Feeds the pigeons at Boramae park every morning.")
    window.contact.notes.flush()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=20_000)
    fill_wrap_up(qtbot, console)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "empty", timeout=15_000)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    assert search.field().hasFocus()
    qtbot.keyClicks(search.field(), "pigeons")
    qtbot.waitUntil(lambda: search.results().count() >= 1, timeout=10_000)
    assert search.status_text().startswith("1건")
    first = search.results().item(0).text()
    assert "010-****-0002" in first and "pigeons" in first
    search.results().setCurrentRow(0)
    qtbot.waitUntil(lambda: window.history.state() == "shown", timeout=10_000)
    assert any("pigeons" in t for t in window.history.item_texts())

    search.field().clear()
    qtbot.keyClicks(search.field(), "0002")
    qtbot.waitUntil(lambda: search.results().count() >= 1, timeout=10_000)

    search.field().clear()
    qtbot.keyClicks(search.field(), "zebra crossing")
    qtbot.waitUntil(lambda: search.status_text().startswith("찾은 기록이 없습니다"), timeout=10_000)
    assert search.results().count() == 0 and search.results().isHidden()


def test_ctrl_enter_in_the_directory_during_wrap_up_inserts_and_does_not_finish(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    view = window.contact
    take_call(qtbot, console, "010-3131-0003", post=live_server.post_call)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.state() == "wrap_up", timeout=20_000)
    qtbot.keyClick(window, directory_key(window), Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.directory.search_edit(), "1577")
    qtbot.keyClick(view.directory.search_edit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert view.state() == "wrap_up" and view.missing_text() == ""
    assert "1577-0199" in view.notes.editor().toPlainText()


def test_a_search_that_cannot_be_run_says_why_and_keeps_the_query(qtbot: Any, console: Any) -> None:
    window = console.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    pasted = "1" * 10_240  # 10 KB of digits pasted into the box: the box keeps what it holds
    search.field().setText(pasted)
    qtbot.waitUntil(lambda: search.status_text() not in ("", "찾는 중…"), timeout=10_000)
    assert search.status_text() == "전화번호로 찾을 수 없는 값입니다."
    kept = search.field().text()
    assert kept and pasted.startswith(kept) and len(kept) == search.field().maxLength()
    assert search.results().count() == 0
    for query, said in (("+", "찾은 기록이 없습니다."), ("12", "찾은 기록이 없습니다.")):
        search.field().clear()
        qtbot.keyClicks(search.field(), query)
        qtbot.waitUntil(lambda: search.status_text() not in ("", "찾는 중…"), timeout=10_000)
        assert search.status_text().startswith(said), (query, search.status_text())
        assert search.field().text() == query and window.isVisible()
