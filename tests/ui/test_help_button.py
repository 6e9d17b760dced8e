"""도움말 → 로그 폴더 열기 on a PC that has no file manager: the counselor is told, and the folder's place is
on the clipboard for the help desk (the path itself is never shown on screen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication

from annyeong.ui.header.help_button import HelpButton


@pytest.mark.parametrize("opens", [False, True])
def test_the_log_folder_is_offered_even_when_nothing_opens_it(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opens: bool
) -> None:
    folder = tmp_path / "logs"
    monkeypatch.setenv("ANNYEONG_LOG_DIR", str(folder))
    # The desktop's file manager is the one thing that cannot run here.
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: opens))
    button = HelpButton()
    qtbot.addWidget(button)
    assert button.open_log_folder() is opens
    assert folder.is_dir()
    assert QGuiApplication.clipboard().text() == str(folder)
    notice = button.notice
    assert notice is not None and notice.isVisible()
    assert str(folder) not in notice.text() and "/" not in notice.text()
    assert ("열었습니다" in notice.text()) is opens
    notice.close()
