"""Every key is a named QAction the F1 sheet reads; the language is chosen in the UI and
remembered; the painted charts and the shift report follow the theme (the PDF stays on white paper)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor, QShortcut
from PySide6.QtWidgets import QLabel

from annyeong.console import paths
from annyeong.ui.board.stats_charts import BAR, BAR_CRISIS, BarChart
from annyeong.ui.common.inks import INKS, ink
from annyeong.ui.common.theme import ThemeController, active_theme
from annyeong.ui.shell.shortcut_sheet import collect
from annyeong.ui.text.i18n import remembered_language, startup_language
from annyeong.ui.text.language import SWITCH_NOTICE
from tests.ui.support import close_console, make_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

OFFLINE = "http://127.0.0.1:9"


def test_every_key_is_a_named_action_and_the_sheet_lists_them(qtbot: Any, tmp_path: Path) -> None:
    console = make_console(qtbot, OFFLINE, tmp_path / "console")
    window = console.window
    try:
        assert window.findChildren(QShortcut) == [], "keys are QActions, so the F1 sheet can read them"
        keyed = [a for a in window.findChildren(QAction) if a.shortcuts()]
        assert len(keyed) >= 30
        for action in keyed:
            assert action.objectName(), action.text()
            assert action.text() and action.statusTip(), action.objectName()
        names = {a.objectName() for a in keyed}
        assert {"emergencyAction", "endContactAction", "callAcceptAction", "searchFocusAction",
                "viewBoardAction", "referralSubmitAction", "checklistNumberAction1"} <= names
        listed = collect(window)
        rows = {e.text: e for e in listed}
        assert rows["긴급 출동 요청"].keys == "F12" and listed[0].keys == "F12", "the emergency key leads"
        plain = [e.keys for e in listed if e.enabled and e.keys[:1] == "F" and e.keys[1:].isdigit()]
        assert plain[1:] == sorted(plain[1:], key=lambda k: int(k[1:])), "F2 before F10"
        size = [n for n, e in enumerate(listed) if e.text in ("글자 크게", "글자 작게", "글자 기본 크기")]
        assert [listed[n].text for n in size] == ["글자 크게", "글자 작게", "글자 기본 크기"]
        assert size == list(range(size[0], size[0] + 3)), "the text-size keys side by side"
        assert all(e.text != "탭 보기" for e in listed), "every tab key names its tab"
        in_chat = rows["마무리 탭 보기 (채팅 상담 중)"]  # a chat's 대화 tab comes first: one key more
        assert in_chat.keys == "Ctrl+6" and not in_chat.enabled
        # One row for the nine digit actions of the checklist, and nothing fires while it is hidden.
        digits = rows["체크리스트: 번호로 답하기 또는 고르기"]
        assert digits.keys == "1–9" and not digits.enabled
        assert not rows["상황판 보기 (팀장)"].enabled, "nobody is signed in: no board"
        # Keys as the keyboard labels them, each once: never Qt's Return or Backtab.
        shown = [key for e in listed for key in e.keys.split(", ")]
        assert not [k for k in shown if "Return" in k or "Backtab" in k], shown
        assert all(len(e.keys.split(", ")) == len(set(e.keys.split(", "))) for e in listed)
    finally:
        close_console(qtbot, console)


def test_language_is_chosen_in_the_menu_and_read_at_the_next_start(qtbot: Any, tmp_path: Path) -> None:
    console = make_console(qtbot, OFFLINE, tmp_path / "console")
    window = console.window
    try:
        menu = window.view_actions.language_menu
        assert menu.title() == "언어 · Language"
        assert startup_language(None, "ko") == "ko" and remembered_language() is None
        menu.language_actions["en"].trigger()
        stored = QSettings(str(paths.config_dir() / "look.ini"), QSettings.Format.IniFormat)
        assert stored.value("look/language") == "en"
        assert remembered_language() == "en"
        # The next start: --lang wins, then the menu's choice, then settings.json.
        assert startup_language(None, "ko") == "en"
        assert startup_language("ko", "en") == "ko"
        # It says so in both languages, in the banner (never a box over a call).
        shown = window.error_banner.findChild(QLabel, "errorBannerText")
        assert shown is not None and shown.text() == SWITCH_NOTICE["en"]
        assert "next start" in shown.text() and "다음에" in shown.text()
        menu.language_actions["ko"].trigger()
        assert remembered_language() == "ko"
    finally:
        close_console(qtbot, console)


def test_charts_and_report_follow_the_theme(qtbot: Any, look: ThemeController) -> None:
    from annyeong.ui.board.shift_report_view import PRINT_THEME, report_style

    assert active_theme() == "day"
    chart = BarChart("chartTest", "시간대별 상담")
    qtbot.addWidget(chart)
    chart.resize(320, 200)
    chart.set_bars([("09시", 4, BAR), ("10시", 2, BAR_CRISIS)])
    look.set_theme("night")
    assert active_theme() == "night" and ink().accent == INKS["night"].accent
    image = chart.grab().toImage()
    # The first bar's middle: the night accent, not the day blue.
    x = 4 + (312 / 2 - min(36.0, 312 / 2 * 0.6)) / 2 + 10
    colour = image.pixelColor(int(x), 150)
    assert colour == QColor(INKS["night"].accent), colour.name()
    assert INKS["night"].title in report_style() and INKS["day"].title not in report_style()
    assert PRINT_THEME == "day" and INKS["day"].title in report_style(PRINT_THEME)
