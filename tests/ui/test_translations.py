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

from annyeong.ui.text.i18n import current_language, ensure_qm, install_translators, translations_dir

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
    counted = (
        "from PySide6.QtCore import QCoreApplication\n"
        "A = QCoreApplication.translate('Ctx', '%n건', None, len(\n    rows))\n"
        "B = 2\n"
    )
    out, _ = tools.visible_source(counted, path="y.py")
    assert "QCoreApplication.translate('Ctx', '%n건', None, 1" in out  # lupdate sees a plural message
    assert out.splitlines()[3] == "B = 2"


def test_placeholders_survive_translation() -> None:
    import xml.etree.ElementTree as ET

    tools = _tools()
    for language in ("en", "ko"):
        for message in ET.parse(translations_dir() / f"console_{language}.ts").iter("message"):
            source = message.findtext("source") or ""
            for text in tools.translations_of(message):
                assert sorted(re.findall(r"\{\w*\}|%n", source)) == sorted(
                    re.findall(r"\{\w*\}|%n", text)), source


def test_numerus_messages_have_every_plural_form(tmp_path: Path) -> None:
    """A count in a sentence goes through Qt's plural forms: English has one and many, Korean one."""
    import xml.etree.ElementTree as ET

    tools = _tools()
    forms = {"en": 2, "ko": 1}
    seen = 0
    for language, count in forms.items():
        for message in ET.parse(translations_dir() / f"console_{language}.ts").iter("message"):
            if message.get("numerus") == "yes":
                seen += 1
                assert len(tools.translations_of(message)) == count, message.findtext("source")
                assert tools.translated(message), message.findtext("source")
    assert seen >= 2  # the history's counts at least
    # The Korean catalog fills a new numerus message with its source, in its one form.
    ts = tmp_path / "console_ko.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ko" '
        'sourcelanguage="ko"><context><name>C</name><message numerus="yes"><source>%n건</source>'
        '<translation type="unfinished"><numerusform></numerusform></translation></message>'
        "</context></TS>\n", encoding="utf-8")
    assert tools.fill_identity(ts) == 1
    assert tools.problems(ts, "ko") == []
    message = next(ET.parse(ts).iter("message"))
    assert tools.translations_of(message) == ["%n건"]


@pytest.mark.usefixtures("qapp")
def test_counts_use_plural_forms() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        install_translators(app, "en")
        one = QCoreApplication.translate("HistoryPanel", "사례 기록 %n건 (최근 순)", None, 1)
        many = QCoreApplication.translate("HistoryPanel", "사례 기록 %n건 (최근 순)", None, 3)
        assert one == "1 case record (newest first)"
        assert many == "3 case records (newest first)"
        install_translators(app, "ko")
        assert QCoreApplication.translate("HistoryPanel", "사례 기록 %n건 (최근 순)", None, 1) == (
            "사례 기록 1건 (최근 순)")
    finally:
        install_translators(app, "ko")


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
