"""The resource directory (① 단순정보): services a counselor can name and insert into the notes.

The directory is data (resources/directory/services.json), checked on load against pydantic models (the
committed resources/directory/schema.json is generated from the same models). A bad file never stops the
console: loading yields an "unavailable" Directory that names the file, the entry and the problem, and
the rest of the console works without it. Search is local and offline.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from annyeong.console.domain.contact_details import SEOUL_DISTRICTS
from annyeong.console.paths import resources_dir

Category = Literal[
    "community_space", "program", "information", "isolation_support", "crisis_line", "emergency",
    "welfare_line", "public_welfare", "mental_health", "medical_housing",
]
Language = Literal["ko", "en"]
MAX_FILE_BYTES = 1_048_576  # a directory of services is a few KB; anything bigger is not our file
MAX_QUERY_LENGTH = 100

_Text = Annotated[str, Field(min_length=1, max_length=1000)]


class _Model(BaseModel):
    # strict: "yes" is not a bool and 1 is not a string; a hand-edited file must say what it means.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Bilingual(_Model):
    ko: _Text
    en: _Text


class ServiceContact(_Model):
    phone: Annotated[str, Field(pattern=r"^[0-9][0-9-]{1,18}[0-9]$")] | None = None
    url: Annotated[str, Field(pattern=r"^https://\S+$", max_length=300)] | None = None
    channel: Bilingual | None = None


class DirectoryEntry(_Model):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
    name: Bilingual
    category: Category
    offers: Bilingual
    districts: list[str] = Field(default_factory=list, description="empty: the whole city or country")
    keywords: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(default_factory=list)
    hours: Bilingual | None = Field(default=None, description="left out when no source gives the hours")
    contact: ServiceContact | None = None
    insert_text: Bilingual
    sources: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(min_length=1)
    verified: bool = Field(description="false: not confirmed by the sources; show it as unconfirmed")
    unverified_fields: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list)

    @field_validator("districts")
    @classmethod
    def _seoul_districts(cls, value: list[str]) -> list[str]:
        for district in value:
            if district not in SEOUL_DISTRICTS:
                raise ValueError("not one of the 25 Seoul districts (e.g. 관악구)")
        return value


class DirectoryFile(_Model):
    version: Literal[1]
    note: str | None = None
    entries: list[DirectoryEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> DirectoryFile:
        seen: set[str] = set()
        for entry in self.entries:
            if entry.id in seen:
                raise ValueError(f"duplicate entry id {entry.id}")
            seen.add(entry.id)
        return self


@dataclass(frozen=True)
class DirectoryProblem:
    """Why the directory is unavailable. `code`: file_missing, unreadable, too_large, not_json, invalid."""

    file: str
    code: str
    entry: str | None = None  # the entry's id, or "#<index>" when it has no usable id
    field: str | None = None  # dotted path inside the entry, e.g. "name.ko"
    detail: str | None = None  # the validator's words, for the log and the admin; not for counselors


@dataclass(frozen=True)
class Directory:
    state: Literal["ready", "unavailable"]
    entries: tuple[DirectoryEntry, ...] = ()
    problem: DirectoryProblem | None = None
    _index: dict[str, DirectoryEntry] = field(default_factory=dict, repr=False, compare=False)

    def get(self, entry_id: str) -> DirectoryEntry | None:
        return self._index.get(entry_id)

    def search(self, query: str, *, limit: int = 50) -> list[DirectoryEntry]:
        return search(self.entries, query, limit=limit)


def default_path() -> Path:
    # resources/ sits next to the console package in a checkout and in the frozen app's bundle.
    return resources_dir() / "directory" / "services.json"


def load(path: Path | None = None) -> Directory:
    """Read and check the directory file. Never raises: a bad file gives an "unavailable" Directory."""
    path = path or default_path()
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return _unavailable(name, "too_large")
        raw = path.read_bytes()
    except FileNotFoundError:
        return _unavailable(name, "file_missing")
    except OSError as exc:
        return _unavailable(name, "unreadable", detail=type(exc).__name__)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return _unavailable(name, "not_json", detail=str(exc)[:200])
    try:
        parsed = DirectoryFile.model_validate(data)
    except ValidationError as exc:
        return _invalid(name, data, exc)
    return Directory("ready", tuple(parsed.entries), None, {e.id: e for e in parsed.entries})


def _unavailable(file: str, code: str, **extra: Any) -> Directory:
    return Directory("unavailable", (), DirectoryProblem(file=file, code=code, **extra))


def _invalid(file: str, data: Any, exc: ValidationError) -> Directory:
    """Name the first problem: which entry (by id when it has one) and which field."""
    error = exc.errors()[0]
    loc = [str(part) for part in error["loc"]]
    entry: str | None = None
    if len(loc) >= 2 and loc[0] == "entries" and loc[1].isdigit():
        index = int(loc[1])
        entry = f"#{index}"
        entries = data.get("entries") if isinstance(data, dict) else None
        if isinstance(entries, list) and index < len(entries) and isinstance(entries[index], dict):
            entry_id = entries[index].get("id")
            if isinstance(entry_id, str) and entry_id:
                entry = entry_id[:64]
        loc = loc[2:]
    return _unavailable(file, "invalid", entry=entry, field=".".join(loc) or None, detail=error["msg"][:200])


def schema() -> dict[str, Any]:
    """The JSON Schema of services.json (committed as resources/directory/schema.json)."""
    result = DirectoryFile.model_json_schema()
    result["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    result["$id"] = "https://annyeong120.invalid/schemas/directory/services.json"
    return result


# --- search ---------------------------------------------------------------------------------------

_CHOSUNG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3


def _fold(text: str) -> str:
    # NFC so decomposed jamo typed by some IMEs match; casefold for Latin; no spaces so "마음 편의점" matches.
    return "".join(unicodedata.normalize("NFC", text).casefold().split())


def chosung(text: str) -> str:
    """The initial consonants of Hangul syllables ("서울" → "ㅅㅇ"); other characters are kept."""
    out = []
    for char in text:
        code = ord(char)
        if _HANGUL_FIRST <= code <= _HANGUL_LAST:
            out.append(_CHOSUNG[(code - _HANGUL_FIRST) // 588])
        else:
            out.append(char)
    return "".join(out)


def _is_chosung_query(text: str) -> bool:
    return bool(text) and all(char in _CHOSUNG for char in text)


def _fields(entry: DirectoryEntry) -> tuple[list[str], list[str]]:
    """(name fields, other fields), folded."""
    names = [entry.name.ko, entry.name.en, entry.id]
    others = [entry.category, entry.offers.ko, entry.offers.en, *entry.districts, *entry.keywords]
    if entry.contact is not None and entry.contact.phone:
        others += [entry.contact.phone, entry.contact.phone.replace("-", "")]
    return [_fold(t) for t in names], [_fold(t) for t in others]


def search(entries: tuple[DirectoryEntry, ...], query: str, *, limit: int = 50) -> list[DirectoryEntry]:
    """Entries matching every word of `query` (case-insensitive substring over name, category, offers,
    districts, keywords and phone; a query of Hangul initials such as "ㅁㅇㅍ" matches by chosung).
    Name matches come first; otherwise the file's order. An empty query returns everything."""
    words = [_fold(w) for w in query[:MAX_QUERY_LENGTH].split()]
    words = [w for w in words if w]
    if not words:
        return list(entries[:limit])
    ranked: list[tuple[int, int, DirectoryEntry]] = []
    for position, entry in enumerate(entries):
        names, others = _fields(entry)
        rank = 0
        for word in words:
            if _is_chosung_query(word):
                pool_names, pool_all = [chosung(t) for t in names], [chosung(t) for t in names + others]
            else:
                pool_names, pool_all = names, names + others
            if any(word in t for t in pool_names):
                continue
            if any(word in t for t in pool_all):
                rank = 1
                continue
            rank = -1
            break
        if rank >= 0:
            ranked.append((rank, position, entry))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in ranked[:limit]]


def insert_text(entry: DirectoryEntry, language: Language = "ko") -> str:
    """The line a counselor inserts into the notes for this service (plain text)."""
    # The text is data from the file (reviewed with the directory), not a UI string of the core.
    return entry.insert_text.ko if language == "ko" else entry.insert_text.en
