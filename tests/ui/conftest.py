"""Fixtures the UI tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from annyeong.ui.common.theme import ThemeController


@pytest.fixture
def look() -> Iterator[ThemeController]:
    """The app's theme controller, removed again afterwards so no other test runs under a stylesheet."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    controller = ThemeController.of(app)
    yield controller
    controller.setParent(None)
    controller.deleteLater()
    app.setStyleSheet("")
    app.setPalette(palette)
