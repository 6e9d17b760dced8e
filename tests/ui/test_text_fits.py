"""At 1366×768, in Korean and English, with the console's own font and style sheet, text an outside tester
found cut is whole: the contact number's example, what wrap-up still misses, the F1 sheet's keys and the
status list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame

from tests.ui.support import take_call
from tests.ui.test_emergency import hold_key

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


@pytest.fixture(params=["ko", "en"])
def language(request: Any) -> str:
    return str(request.param)


@pytest.fixture
def console(training_console: Any) -> Any:
    training_console.window.resize(1366, 768)
    return training_console


def _text_room(edit: QLineEdit) -> int:
    """The width a line edit has for its text: inside the style sheet's padding and border."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    inner = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    return inner.width() - 4  # QLineEdit's own margin of 2 px each side


def test_wrap_up_says_what_is_missing_in_one_line_and_the_number_hint_is_whole(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    window = console.window
    take_call(qtbot, console, "010-3333-0808", post=live_server.post_call)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=10_000)
    window.contact.show_page("wrap_up")
    # 후처리 완료 with nothing filled: what is missing is said in the footer.
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    missing = window.contact._missing
    qtbot.waitUntil(lambda: window.contact.missing_text() != "", timeout=5_000)
    assert missing.text().count("·") >= 1, missing.text()
    assert missing.height() < 2 * missing.fontMetrics().lineSpacing(), "what is missing is one line"
    assert missing.fontMetrics().horizontalAdvance(missing.text()) <= missing.contentsRect().width()

    for party in (window.contact.wrap_up.subject, window.contact.wrap_up.reporter):
        number = party.number
        qtbot.waitUntil(lambda n=number: n.width() > 0, timeout=5_000)
        hint = number.placeholderText()
        assert "010-1234-5678" in hint
        assert number.fontMetrics().horizontalAdvance(hint) <= _text_room(number), hint


def test_the_f1_sheet_shows_every_key_whole(qtbot: Any, console: Any) -> None:
    window = console.window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.view_actions.sheet
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible, timeout=5_000)
    table = sheet.table
    metrics = table.fontMetrics()
    column = table.columnWidth(0)
    long_lists = 0
    for i in range(table.topLevelItemCount()):
        item = table.topLevelItem(i)
        assert item is not None
        keys = item.text(0)
        for key in keys.split(", "):
            assert metrics.horizontalAdvance(key) + 8 <= column, key
        # The row is as tall as its wrapped text: no "…" and no line cut off.
        needed = metrics.boundingRect(QRect(0, 0, column - 12, 10_000), Qt.TextFlag.TextWordWrap, keys)
        assert table.visualItemRect(item).height() >= needed.height(), keys
        long_lists += "Ctrl+Shift+Tab" in keys
    assert long_lists, "the sheet lists the switcher's keys"


def test_the_status_list_drops_down_with_every_choice(qtbot: Any, console: Any) -> None:
    combo = console.window.header.presence.combo()
    combo.showPopup()
    view = combo.view()
    popup = view.window()
    try:
        qtbot.waitUntil(popup.isVisible, timeout=5_000)
        below = combo.mapToGlobal(combo.rect().bottomLeft()).y()
        assert popup.geometry().top() >= below - 2, "the list opens under the box"
        rows = sum(view.sizeHintForRow(r) for r in range(combo.count()))
        assert view.viewport().height() >= rows, "every status in sight, no scrolling"
    finally:
        combo.hidePopup()


def test_the_header_keeps_the_sync_state_and_the_dispatch_chip_readable(
    qtbot: Any, live_server: Any, console: Any
) -> None:
    """A dispatch waiting puts its chip in the header: in English there was no room left, the chip fell
    to "112 · just now" and the sync state was cut mid-word. Narrower forms now give way in turn."""
    window = console.window
    header, chip, sync = window.header, window.header.dispatch_chip, window.header.sync
    take_call(qtbot, console, "010-4545-0909", post=live_server.post_call)
    qtbot.keyClick(window.contact.notes.editor(), Qt.Key.Key_F12)
    hold_key(qtbot, window.dispatch_panel.confirm)
    qtbot.waitUntil(chip.isVisible, timeout=10_000)
    qtbot.wait(50)
    assert header.minimumSizeHint().width() <= header.width(), "the header's row fits"
    assert chip.text() != chip.short_text, "the chip still says what it waits for"
    for label in (sync._text, *header.findChildren(QLabel)):
        if label.isVisible() and label.objectName() != "appTitle":
            shown = label.fontMetrics().horizontalAdvance(label.text())
            assert shown <= label.contentsRect().width(), f"cut: {label.text()!r}"
    assert "112" in chip.toolTip() and sync.toolTip().startswith(sync.accessibleName().split(": ", 1)[-1])
