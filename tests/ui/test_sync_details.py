"""The sync indicator opens the list of what the server refused, with its reason and a retry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.support import close_console, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_the_indicator_opens_the_refused_items_by_keyboard(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "data")
    try:
        window = console.window
        indicator = window.header.sync
        indicator.setFocus()
        qtbot.keyClick(indicator, Qt.Key.Key_Return)
        details = window._sync_details
        assert details is not None and details.isVisible() and not details.isModal()
        assert details.items.count() == 0 and not details.retry_button.isEnabled()
    finally:
        close_console(qtbot, console)
