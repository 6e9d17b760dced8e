"""The composition root: arguments, the look, training mode, and what every widget must carry."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from annyeong.ui.account.login_dialog import LoginDialog
from annyeong.ui.common.theme import THEMES, load_stylesheet
from annyeong.ui.main import parse_args, resources_dir
from annyeong.ui.shell.composition import training_simulator
from tests.ui.support import close_console, make_console, run, signed_in_console

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

INTERACTIVE = (
    QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox, QTabWidget
)
# Red is for crisis only: the emergency button and its panel (#emergency…), crisis flags and tiers,
# what blocks a wrap-up.
RED = re.compile(
    r"#(C62828|D32F2F|E53935|FF0000|B42318|8E1B12|FDECEA|F1A9A0"
    r"|FF8A80|FF9E94|F4B5AD|3D1F1D|2E2224|8C3A33|E5534B|D03A2E|FFB4A9|FDE0DC|B3261E|E5A39D|5C1A12)\b",
    re.IGNORECASE,
)  # day's reds, then the night and high-contrast twins (packaging/derive_themes.py)
CRISIS_SELECTORS = (
    '[tone="crisis"]', '[missing="true"]', "#wrapUpMissing", "#fieldLabel[missing", "#emergency",
    '[overdue="true"]', '[emergency="true"]',  # The overdue follow-up count, an emergency referral
    "#crisis", "#checklistCrisis", "#checklistEmergencyStep",  # Crisis panel, answers, 긴급 대응
    "#dispatchFloorBadge", "#dispatchWaitingChip",  # Open emergency dispatches (lead, presser)
    "#checklistPickerFirst",  # a suicide-risk flag puts the crisis screen first
    "#relay", "#dispatchWithdraw",  # the 112 relay request to the floor, withdrawing a dispatch
    "#chatCrisis",  # a crisis expression in what the person wrote in a chat
)


def test_arguments() -> None:
    args = parse_args(["--server", "https://x.example", "--user", "kim", "--lang", "en", "--no-simulator"])
    assert (
        args.server == "https://x.example" and args.user == "kim" and args.lang == "en" and args.no_simulator
    )
    training = parse_args([])
    assert training.server is None and training.data_dir is None and not training.no_simulator


@pytest.mark.parametrize("theme", THEMES)
def test_stylesheet_and_icons_resolve(theme: str) -> None:
    qss = load_stylesheet(theme)
    assert "@ICONS@" not in qss
    for url in re.findall(r"url\(([^)]+)\)", qss):
        assert Path(url).is_file(), url
    assert (resources_dir() / "icons" / "app.svg").is_file()
    for selectors, body in _rules(qss):
        if RED.search(body):
            assert all(
                any(mark in selector for mark in CRISIS_SELECTORS) for selector in selectors.split(",")
            ), f"{theme}: red outside a crisis rule: {selectors.strip()}"


def _rules(qss: str) -> list[tuple[str, str]]:
    bare = re.sub(r"/\*.*?\*/", "", qss, flags=re.DOTALL)
    return [(s.strip(), b) for s, b in re.findall(r"([^{}]+)\{([^}]*)\}", bare)]


@pytest.mark.parametrize("theme", ["night", "contrast"])
def test_every_theme_has_every_rule_and_a_solid_red_button(theme: str) -> None:
    """night/contrast are derived from day.qss (packaging/derive_themes.py): all of day's selectors,
    kept current, and the emergency button a full solid-red rule with white text in each."""
    day = {selectors for selectors, _ in _rules(load_stylesheet("day"))}
    other = _rules(load_stylesheet(theme))
    assert day <= {selectors for selectors, _ in other}
    spec = importlib.util.spec_from_file_location("derive_themes", ROOT / "packaging" / "derive_themes.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.expected()[theme] == (resources_dir() / "qss" / f"{theme}.qss").read_text(encoding="utf-8"), (
        "run python packaging/derive_themes.py"
    )
    # derive_themes maps a rule's colours only when no comment sits inside its braces: a combo box rule
    # with one stayed white in the night theme, its light text unreadable.
    day_text = (resources_dir() / "qss" / "day.qss").read_text(encoding="utf-8")
    inside = [body for body in re.findall(r"\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "/**/", day_text, flags=re.S))
              if "/**/" in body]
    assert inside == [], "move the comment above the rule in day.qss"
    button = next(body for selectors, body in other if selectors.startswith("QPushButton#emergencyButton,"))
    assert "background: #B42318" in button and "border:" in button
    assert re.search(r"\bcolor: #F[0-9A-F]F[0-9A-F]F[0-9A-F]\b", button), "near-white text on the red"


def _inside_combo_popup(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _audit(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not widget.objectName().startswith("qt_"):
            if _inside_combo_popup(widget):
                continue  # a combo box's own drop-down list: named through its combo box
            if not widget.objectName():
                missing.append(f"{type(widget).__name__} without objectName")
            elif not widget.accessibleName():
                missing.append(f"{widget.objectName()} without accessible name")
    return missing


def test_every_interactive_widget_is_named(qtbot: Any, tmp_path: Path) -> None:
    console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
    try:
        assert _audit(console.window) == []

        async def never(_url: str, _user: str, _password: str) -> object:
            raise AssertionError

        dialog = LoginDialog(never)
        qtbot.addWidget(dialog)
        assert _audit(dialog) == []
    finally:
        close_console(qtbot, console)


def test_training_mode_is_always_marked(qtbot: Any, tmp_path: Path) -> None:
    from annyeong.console.secrets import SecretStore
    from annyeong.console.settings import Settings
    from annyeong.ui.shell.composition import build_console

    console = build_console(
        server_url="http://127.0.0.1:9", data_dir=tmp_path / "c", settings=Settings(), secrets=SecretStore()
    )
    qtbot.addWidget(console.window)
    try:
        console.window.show()
        banner = console.window.training_banner
        assert banner is not None and banner.isVisible()
        assert "교육 모드" in console.window.windowTitle()
        assert console.core.training
    finally:
        close_console(qtbot, console)
    live = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "live")
    try:
        assert live.window.training_banner is None
    finally:
        close_console(qtbot, live)


def test_simulator_rings_only_a_counselor_who_can_answer(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    try:
        simulator = training_simulator(console, interval_s=45.0)
        assert simulator._should_ring is not None and simulator._should_ring()
        run(qtbot, simulator.ring_once("010-2345-6789"))
        qtbot.waitUntil(console.window.card.isVisible, timeout=10_000)
        assert not simulator._should_ring(), "a ringing counselor is not rung again"
    finally:
        close_console(qtbot, console)


def test_a_missed_call_goes_away_by_itself(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    """The server withdraws an unanswered offer (5 s in tests): the card disappears, presence → 휴식."""
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.waitUntil(window.card.isHidden, timeout=15_000)
        qtbot.waitUntil(lambda: window.header.presence.presence() == "break", timeout=10_000)
        assert window.idle.headline() == "휴식 중입니다"
        assert window.history.summary_text().startswith("전화가 오면")
        # Why 휴식: said once, in words, with what to do.
        qtbot.waitUntil(window.error_banner.isVisible, timeout=20_000)
        assert "받지 못한 연결 요청" in window.error_banner.message()
        assert "‘대기’로 바꾸세요" in window.error_banner.message()
    finally:
        close_console(qtbot, console)
