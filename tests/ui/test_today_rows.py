"""오늘 in the real window against the real server: a finished contact's row opens it read-only in the
history column; the rows keep their height (and stay clear of the search results) when a search shows
results below them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame

from annyeong.console.state import ActiveContact
from annyeong.console.wire import CallerSummary
from tests.ui.support import fill_wrap_up, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


@pytest.fixture
def console(console: Any) -> Any:
    """The shared signed-in console, at the screen size counselors have."""
    console.window.resize(1366, 768)
    return console


def test_a_finished_contact_opens_read_only_in_the_history_column(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    take_call(qtbot, console, "010-3333-0909", post=live_server.post_call)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=10_000)
    fill_wrap_up(qtbot, console, summary="Could not sleep; told about the Maeum store.")
    qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "empty", timeout=15_000)

    rows = window.today.rows()
    assert len(rows) == 1
    row = rows[0]
    assert row.objectName() == "todayItem" and "기록 보기" in row.accessibleName()
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    history = window.history
    qtbot.waitUntil(lambda: any("the Maeum store" in t for t in history.item_texts()), timeout=10_000)
    assert history._title.text() == "지난 상담"
    assert window.contact.state() == "empty", "read-only: nothing reopened"

    # With the keyboard too: the row takes the focus and Enter opens it.
    history.show_idle()
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("the Maeum store" in t for t in history.item_texts()), timeout=10_000)


def _finished(i: int) -> ActiveContact:
    started = datetime(2026, 12, 7, 0, 0, tzinfo=UTC) + timedelta(minutes=10 * i)
    return ActiveContact(
        contact_id=f"c{i}", call_id=f"call{i}", channel="phone",
        caller=CallerSummary(number_masked=f"010-****-{i:04d}"), started_at=started,
        ended_at=started + timedelta(minutes=5), note_text="", note_saved_at=None,
    )


def test_rows_stay_whole_and_clear_of_search_results(qtbot: Any, console: Any) -> None:
    window = console.window
    for i in range(6):
        window.today.track(_finished(i))
        window.today.track(None)
    search = window.search
    search.field().setText("010-****")
    search._show([_hit(i) for i in range(5)], "5건")
    qtbot.waitUntil(search.results().isVisible, timeout=5_000)

    results = search.results()
    scroll = window.today.findChild(QFrame, "todayScroll")
    assert scroll is not None

    def laid_out_clear() -> bool:
        results_top = results.mapTo(window, QPoint(0, 0)).y()
        rows_bottom = scroll.mapTo(window, QPoint(0, scroll.height())).y()
        rows = window.today.rows()
        return (scroll.height() > 0 and rows_bottom <= results_top
                and all(r.height() >= r.minimumSizeHint().height() for r in rows))

    # Once the layout has settled: the rows end above the results, none squeezed (they scroll instead).
    qtbot.waitUntil(laid_out_clear, timeout=5_000)
    assert scroll.height() >= window.today.rows()[0].height(), "at least one row in sight"


def _hit(i: int) -> Any:
    from annyeong.console.search.hits import SearchHit

    return SearchHit(
        contact_id=f"h{i}", started_at=datetime(2026, 12, 6, 9, 0, tzinfo=UTC) + timedelta(minutes=i),
        caller=CallerSummary(number_masked=f"010-****-{i:04d}"), matched="note", source="local",
        summary="불면과 외로움, 마음편의점 안내", excerpt="밤에 잠을 못 잔다고 하심",
    )
