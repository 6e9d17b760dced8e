"""Language: every UI string is in both catalogs, translated and current; the catalogs load at run time."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.i18n import current_language, ensure_qm, install_translators, translations_dir

ROOT = Path(__file__).resolve().parents[2]


def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_no_untranslated_or_obsolete_string() -> None:
    """lupdate over the sources into copies of the committed .ts files: all finished, none vanished.

    Fix a failure with `python packaging/update_translations.py`, then translate what it reports in
    resources/translations/console_en.ts (Qt Linguist, or by hand).
    """
    problems = _tools().check()
    assert problems == [], "\n".join(str(p) for p in problems)


def test_helper_calls_are_spelled_out_for_lupdate() -> None:
    tools = _tools()
    source = (
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "A = _t(\"메모\")\n"
        "for code, text in (('a', '상담'), ('b', '상황판')):\n    _t(text)\n"
        "B = _t(NAME)\n"
    )
    out, unresolved = tools.visible_source(source, path="x.py")
    assert 'A = QCoreApplication.translate("Ctx", "메모")' in out
    assert "QT_TRANSLATE_NOOP('Ctx', '상황판')" in out
    assert unresolved == ["x.py:7"]
    assert out.count("\n") >= source.count("\n")  # lines keep their numbers


def test_placeholders_survive_translation() -> None:
    import xml.etree.ElementTree as ET

    for message in ET.parse(translations_dir() / "console_en.ts").iter("message"):
        source, text = message.findtext("source") or "", message.findtext("translation") or ""
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", text)), source


def test_qm_is_built_when_missing_or_stale(tmp_path: Path) -> None:
    shutil.copy(translations_dir() / "console_en.ts", tmp_path / "console_en.ts")
    built = ensure_qm("en", tmp_path)
    assert built is not None and built.stat().st_size > 1000
    stamp = built.stat().st_mtime_ns
    assert ensure_qm("en", tmp_path) == built and built.stat().st_mtime_ns == stamp  # fresh: not rebuilt


@pytest.mark.usefixtures("qapp")
def test_english_and_back_to_korean() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert len(install_translators(app, "en")) == 2  # ours and Qt's qtbase_en
        assert current_language(app) == "en"
        assert QCoreApplication.translate("ContactView", "통화 종료") == "End call"
        install_translators(app, "ko")
        assert QCoreApplication.translate("ContactView", "통화 종료") == "통화 종료"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"  # standard buttons match
    finally:
        install_translators(app, "ko")


@pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
def test_main_window_in_english(qtbot: Any, tmp_path: Path) -> None:
    from tests.ui.support import close_console, make_console

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "en")
    try:
        console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
        try:
            tabs = console.window.contact.tabs
            assert [tabs.tabText(i) for i in range(tabs.count())] == [
                "Notes", "Checklist", "Referral", "Resources", "Wrap-up"
            ]
            assert console.window.windowTitle() == "Annyeong 120 Counselor Console"
        finally:
            close_console(qtbot, console)
    finally:
        install_translators(app, "ko")
