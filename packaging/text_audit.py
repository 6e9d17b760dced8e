"""What a counselor can read on a screen, and what must never be there.

``collect(window)`` walks every visible widget of a window (and of the other visible top-level windows:
dialogs, pop-ups) and returns each text, tooltip, placeholder, tab text, window title, accessible name
and description it shows or announces. ``problems(records)`` names each one that carries developer text:
a UUID, a repository path or file name, a snake_case code, or a run of English words on a Korean screen.

packaging/render_screens.py calls ``dump`` at every screenshot when ANNYEONG_TEXT_AUDIT names a file
(JSON lines); tests/ui/test_screen_words.py renders every state that way and checks the file.

What people typed (a note, a summary, a search) is their text, not the program's: editable fields'
contents are left out, their placeholders are not.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}")
PATH = re.compile(r"shared/|\b\w+\.(?:md|json|py|yaml|qss)\b|\b[A-Za-z_]+/[A-Za-z_]+/")
SNAKE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b")  # a class name: RuntimeError
URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# Names and abbreviations a Korean counselor reads as they are.
KNOWN = {
    "UCLA", "LSNS", "PHQ", "DJG", "SBAR", "PDF", "Ctrl", "Enter", "Esc", "Shift", "Alt", "Tab", "Space",
    "Backspace", "F", "N", "S", "KakaoTalk", "PC", "SMS", "ID", "OK", "C-SSRS", "PIPA", "SQLCipher", "https",
    "http", "Del", "Home", "End", "PgUp", "PgDn", "Up", "Down", "Left", "Right", "AM", "PM", "TLS", "URL",
}
RUN = 3  # this many English words in a row is a sentence, not a name


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(widget, QLabel | QAbstractButton):
        out.append(("text", widget.text()))
    if isinstance(widget, QLineEdit):
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox) and not widget.isEditable():
        out.append(("text", widget.currentText()))
    if isinstance(widget, QTabBar):
        out += [("tab", widget.tabText(i)) for i in range(widget.count())]
        out += [("tab tooltip", widget.tabToolTip(i)) for i in range(widget.count())]
    if widget.isWindow():
        out.append(("title", widget.windowTitle()))
    out += [("tooltip", widget.toolTip()), ("name", widget.accessibleName()),
            ("description", widget.accessibleDescription())]
    return [(kind, text) for kind, text in out if text and text.strip()]


def collect(window: QWidget) -> list[dict[str, str]]:
    windows = [window] + [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    records = []
    for top in windows:
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            for kind, text in _texts(widget):
                records.append({"object": widget.objectName(), "class": type(widget).__name__,
                                "kind": kind, "text": text})
    return records


def dump(window: QWidget, shot: str) -> None:
    target = os.environ.get("ANNYEONG_TEXT_AUDIT")
    if not target:
        return
    with Path(target).open("a", encoding="utf-8") as out:
        for record in collect(window):
            out.write(json.dumps({"shot": shot, **record}, ensure_ascii=False) + "\n")


def english_run(text: str) -> str | None:
    """The first run of RUN or more English words (outside the known names), else None."""
    run: list[str] = []
    position = 0
    for match in WORD.finditer(text):
        between = text[position:match.start()]
        position = match.end()
        if run and not re.fullmatch(r"[\s,.'’\-–—:;()]*", between):
            run = []  # Hangul, a digit or a symbol between: not one English phrase
        word = match.group()
        if word in KNOWN or word.isupper():
            run = []
            continue
        run.append(word)
        if len(run) >= RUN:
            return " ".join(run)
    return None


CITATION = re.compile(r"^(출처|Source): .*$", re.MULTILINE)


def problem(record: dict[str, Any], *, korean: bool = True) -> str | None:
    # A source citation quotes the paper as published (authors, English title): a reference, not a
    # sentence of ours; it is still checked for paths and codes.
    text = URL.sub(" ", str(record["text"]))
    cited = CITATION.sub(" ", text)
    for what, pattern in (("UUID", UUID), ("path", PATH), ("code", SNAKE), ("class", CAMEL)):
        found = pattern.search(text)
        if found and found.group() not in KNOWN:
            return f"{what} {found.group()!r}"
    if korean:
        run = english_run(cited)
        if run:
            return f"English {run!r}"
    return None


def problems(records: list[dict[str, Any]], *, korean: bool = True) -> list[str]:
    out = []
    seen: set[tuple[str, str]] = set()
    for record in records:
        why = problem(record, korean=korean)
        key = (str(record.get("object")), str(record["text"]))
        if why and key not in seen:
            seen.add(key)
            out.append(f"{record.get('shot')}: {record.get('class')}#{record.get('object')} "
                       f"{record['kind']}: {why} in {str(record['text'])[:120]!r}")
    return out
