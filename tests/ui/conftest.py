"""Fixtures the UI tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture
def app_look(look: ThemeController) -> Iterator[QApplication]:  # noqa: ARG001 (look puts the style back)
    """The app's own font and style sheet, as the installed console has them; put back afterwards."""
    from annyeong.ui.main import apply_first_look
    from annyeong.ui.text.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    apply_first_look(app)
    yield app
    app.setFont(font)
    install_translators(app, "ko")


@pytest.fixture
def console(qtbot: Any, live_server: Any, tmp_path: Path) -> Iterator[Any]:
    """A console signed in to `live_server`, shown and available; closed afterwards."""
    from tests.ui.support import close_console, signed_in_console

    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    yield console
    close_console(qtbot, console)


@pytest.fixture
def language() -> str:
    """The console's language where a test does not parametrize it."""
    return "ko"


@pytest.fixture
def training_console(
    qtbot: Any, live_server: Any, tmp_path: Path, app_look: QApplication, language: str
) -> Iterator[Any]:
    """A console signed in on a training server, as the outside tester ran it (the training banner takes
    a row of its own), with the app's look and in `language`: for what must fit at 1366×768. A test
    parametrizes `language` to see it in English too."""
    from annyeong.ui.text.i18n import install_translators
    from tests.ui.support import close_console, signed_in_console

    install_translators(app_look, language)
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console", training=True)
    try:
        yield console
    finally:
        close_console(qtbot, console)
