"""Loading the interface language: our console_<lang>.qm plus Qt's own qtbase_<lang>.qm.

Korean is the source language (every string in ui/ is written in Korean); English comes from
resources/translations/console_en.ts. The .qm files are build products (gitignored): built here with
pyside6-lrelease when missing or older than their .ts, or by the bundle's build (packaging/). Changing the
language takes effect at the next start: widgets set their texts once, when they are built.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from annyeong.console import paths
from annyeong.console.paths import resources_dir

log = logging.getLogger("annyeong.console")

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
# in look.ini, beside the theme (ui/common/theme.py); chosen in ui/text/language.py's menu
_KEY = "look/language"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _lrelease() -> str | None:
    candidates = [Path(sys.executable).parent / "pyside6-lrelease"]
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / "lrelease")
    except ImportError:  # pragma: no cover - PySide6 is always there when this runs
        pass
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    import shutil

    return shutil.which("pyside6-lrelease")


def ensure_qm(language: str, folder: Path | None = None) -> Path | None:
    """The compiled catalog for ``language``, built from its .ts if missing or stale; None if impossible."""
    folder = folder or translations_dir()
    ts = folder / f"console_{language}.ts"
    qm = folder / f"console_{language}.qm"
    if not ts.exists():
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; cannot build %s", qm.name)
        return qm if qm.exists() else None
    import subprocess  # building is rare (a fresh checkout); loading runs before the first paint
    import tempfile

    # Build beside it and rename: two consoles starting at once never read half a file.
    fd, tmp = tempfile.mkstemp(prefix=f".console_{language}-", suffix=".qm", dir=folder)
    os.close(fd)
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", tmp], check=True, capture_output=True, timeout=60)
        os.replace(tmp, qm)
    except (OSError, subprocess.SubprocessError):
        log.warning("could not build %s", qm.name)
        Path(tmp).unlink(missing_ok=True)
        return qm if qm.exists() else None
    return qm


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalog and Qt's for ``language`` (unknown languages fall back to Korean).

    Returns the installed translators; they are parented to ``app`` so they live as long as it does.
    """
    if language not in LANGUAGES:
        log.info("unknown interface language %s; using Korean", language)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English))
    for old in app.findChildren(QTranslator, "annyeongTranslator"):
        app.removeTranslator(old)
        old.setParent(None)  # out of findChildren at once, not only when deleteLater runs
        old.deleteLater()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogs = [(qt_dir, f"qtbase_{language}")]
    ours = ensure_qm(language)
    if ours is not None:
        catalogs.append((str(ours.parent), ours.stem))
    for folder, name in catalogs:
        translator = QTranslator(app)
        translator.setObjectName("annyeongTranslator")
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("translation %s not found", name)
            translator.deleteLater()
    return installed


def current_language(app: QCoreApplication) -> str:
    """The language the installed catalog translates into ("ko" when only Korean sources show)."""
    for translator in app.findChildren(QTranslator, "annyeongTranslator"):
        if translator.filePath().endswith(".qm") and "console_" in Path(translator.filePath()).name:
            return translator.language() or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


class _Bilingual(Protocol):
    """File text with both languages (console.instruments.model.Bilingual,
    console.referrals.directory.Bilingual)."""

    @property
    def ko(self) -> str: ...

    @property
    def en(self) -> str: ...


def interface_language() -> str:
    """The language the running app shows (Korean before there is an app)."""
    app = QCoreApplication.instance()
    return current_language(app) if app is not None else DEFAULT_LANGUAGE


def in_language(text: _Bilingual | None) -> str:
    """File text for the counselor, in the interface language ("" for none)."""
    if text is None:
        return ""
    return text.en if interface_language() == "en" else text.ko


def look_store() -> QSettings:
    """look.ini: the interface language here, the theme and scale (ui/common/theme.py)."""
    return QSettings(str(paths.config_dir() / "look.ini"), QSettings.Format.IniFormat)


def remembered_language() -> str | None:
    """The language chosen in the menu, or None when nobody chose one (or the file holds nonsense)."""
    value = look_store().value(_KEY)
    return str(value) if value in LANGUAGES else None


def remember_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    store = look_store()
    store.setValue(_KEY, language)
    store.sync()


def startup_language(command_line: str | None, configured: str | None) -> str:
    """``--lang`` first, then the menu's remembered choice, then the settings file, then Korean."""
    for candidate in (command_line, remembered_language(), configured):
        if candidate in LANGUAGES:
            return str(candidate)
    return DEFAULT_LANGUAGE
