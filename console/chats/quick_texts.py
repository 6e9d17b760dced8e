"""상용구 (quick texts): the sentences a counselor inserts into a chat by key, as data.

Two files, read in order:
  - resources/chat/quick_texts.json, shipped with the console;
  - the centre's own, `<data_dir>/chat/quick_texts.json` (the console's data folder on each PC, the same
    place as the instrument permissions): an entry with the id of a shipped one replaces it, a new id adds
    one, and `"hidden": true` takes a shipped one off the list. A centre edits only this file, so an update
    of the console never overwrites its wording.

A file or entry that cannot be used is reported (file name, entry, field) and skipped; everything else
still works. Texts are the centre's words, sent as the counselor's message: never changed here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from annyeong.console.paths import resources_dir

MAX_FILE_BYTES: Final = 256 * 1024
MAX_TEXT: Final = 2000  # the wire's LiveChatText
MAX_KEY: Final = 20


def shipped_path() -> Path:
    # resources/ sits next to the console package in a checkout and in the frozen app's bundle.
    return resources_dir() / "chat" / "quick_texts.json"


def centre_path(data_dir: Path) -> Path:
    return data_dir / "chat" / "quick_texts.json"


@dataclass(frozen=True)
class QuickText:
    id: str  # stable, never shown
    key: str  # what the counselor types after "/" to pick it
    title: str
    text: str


@dataclass(frozen=True)
class QuickTextProblem:
    file: str  # the file's name only, never its path
    code: str  # file_unreadable, not_json, invalid
    entry: str | None = None  # the entry's id or its place (#3)
    field: str | None = None


@dataclass(frozen=True)
class QuickTexts:
    texts: tuple[QuickText, ...]
    problems: tuple[QuickTextProblem, ...] = ()

    def by_key(self, key: str) -> QuickText | None:
        """The text whose key is `key` (exact, case and spaces ignored)."""
        wanted = _fold(key)
        return next((t for t in self.texts if _fold(t.key) == wanted), None)

    def search(self, query: str) -> list[QuickText]:
        """Key matches first (the start of the key), then title or text containing the query."""
        q = _fold(query)
        if not q:
            return list(self.texts)
        first = [t for t in self.texts if _fold(t.key).startswith(q)]
        rest = [t for t in self.texts if t not in first and (q in _fold(t.title) or q in _fold(t.text))]
        return first + rest


def _fold(text: str) -> str:
    return "".join(text.split()).casefold()


def _entry(raw: Any, index: int, file: str) -> tuple[str | None, QuickText | None, QuickTextProblem | None]:
    """(id, text or None when hidden, problem)."""
    if not isinstance(raw, dict):
        return None, None, QuickTextProblem(file, "invalid", f"#{index + 1}", None)
    entry_id = raw.get("id")
    name = entry_id if isinstance(entry_id, str) and entry_id else f"#{index + 1}"
    if not isinstance(entry_id, str) or not entry_id:
        return None, None, QuickTextProblem(file, "invalid", name, "id")
    if raw.get("hidden") is True:
        return entry_id, None, None
    for field, limit in (("key", MAX_KEY), ("title", 60), ("text", MAX_TEXT)):
        value = raw.get(field)
        if not isinstance(value, str) or not value.strip() or len(value) > limit:
            return None, None, QuickTextProblem(file, "invalid", name, field)
    return entry_id, QuickText(entry_id, raw["key"].strip(), raw["title"].strip(), raw["text"].strip()), None


def _read(path: Path) -> tuple[list[Any] | None, QuickTextProblem | None]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, QuickTextProblem(path.name, "file_unreadable")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], None
    except (OSError, UnicodeDecodeError):
        return None, QuickTextProblem(path.name, "file_unreadable")
    except json.JSONDecodeError:
        return None, QuickTextProblem(path.name, "not_json")
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, list):
        return None, QuickTextProblem(path.name, "invalid", None, "texts")
    return texts, None


def load(paths: list[Path] | None = None, *, data_dir: Path | None = None) -> QuickTexts:
    """The shipped texts with the centre's changes over them. Never raises."""
    if paths is None:
        paths = [shipped_path()] + ([centre_path(data_dir)] if data_dir is not None else [])
    merged: dict[str, QuickText | None] = {}
    problems: list[QuickTextProblem] = []
    for path in paths:
        entries, problem = _read(path)
        if problem is not None:
            problems.append(problem)
        for index, raw in enumerate(entries or []):
            entry_id, text, entry_problem = _entry(raw, index, path.name)
            if entry_problem is not None:
                problems.append(entry_problem)
            elif entry_id is not None:
                merged[entry_id] = text
    texts = [t for t in merged.values() if t is not None]
    # Two entries with one key: the first keeps it, the second is reported (the key picks one text).
    seen: set[str] = set()
    kept: list[QuickText] = []
    for text in texts:
        if _fold(text.key) in seen:
            problems.append(QuickTextProblem("quick_texts.json", "duplicate_key", text.id, "key"))
            continue
        seen.add(_fold(text.key))
        kept.append(text)
    return QuickTexts(tuple(kept), tuple(problems))
