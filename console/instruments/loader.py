"""Load every instrument file of a directory. Never raises: a bad file becomes Unavailable with a reason.

The reason is a technical diagnostic for the admin (file, item, problem; never answers or personal data);
`code` is what the UI translates. Permission gating lives here so the UI cannot forget it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import ValidationError

from annyeong.console.instruments import safety
from annyeong.console.instruments.builtin_crisis import SHIPPED_FILE, builtin_crisis_screen
from annyeong.console.instruments.model import Instrument
from annyeong.console.paths import resources_dir

MAX_FILE_BYTES: Final = 1_048_576  # an instrument is a few KB; anything bigger is not our file
SCHEMA_FILE: Final = "schema.json"

UnavailableCode = Literal[
    "unreadable", "too_large", "invalid_json", "invalid_instrument", "crisis_items", "duplicate_id",
    "permission_required",
]


@dataclass(frozen=True)
class Available:
    file: str
    instrument: Instrument
    # Training mode shows instruments the organisation holds no permission for; the UI must say so.
    unlicensed_training_use: bool = False
    # The crisis screen's own file could not be used: this is the copy built into the program (the
    # picker shows a red notice so someone fixes the file).
    builtin_fallback: bool = False

    @property
    def provisional(self) -> bool:
        return not self.instrument.scoring_verified


@dataclass(frozen=True)
class Unavailable:
    file: str
    code: UnavailableCode
    reason: str  # "<file>: <item/field>: <problem>"
    instrument_id: str | None = None


LoadedEntry = Available | Unavailable


def default_directory() -> Path:
    # resources/ sits next to the console package in a checkout and in the frozen app's bundle.
    return resources_dir() / "instruments"


def load_all(directory: Path, permissions: set[str] | frozenset[str], training: bool) -> list[LoadedEntry]:
    """Every *.json in `directory` (except schema.json), sorted by file name.

    `permissions` holds the ids of instruments the deployment's organisation has permission to use.
    """
    try:
        paths = sorted(p for p in directory.glob("*.json") if p.name != SCHEMA_FILE)
    except OSError as exc:
        failed: list[LoadedEntry] = [
            Unavailable(directory.name, "unreadable", f"{directory.name}: {type(exc).__name__}")
        ]
        return _with_crisis_screen(failed)
    entries: list[LoadedEntry] = []
    seen: set[str] = set()
    for path in paths:
        entry = load_file(path)
        if isinstance(entry, Available):
            instrument_id = entry.instrument.id
            if instrument_id in seen:
                entry = Unavailable(path.name, "duplicate_id",
                                    f"{path.name}: id {instrument_id!r} is already used by another file",
                                    instrument_id)
            else:
                seen.add(instrument_id)
                entry = _gate(entry, permissions, training)
        entries.append(entry)
    return _with_crisis_screen(entries)


def _with_crisis_screen(entries: list[LoadedEntry]) -> list[LoadedEntry]:
    """The crisis screen is always offered: when no usable file provides it (missing, corrupt, refused by
    the safety check), the built-in copy takes its place, right after the file's own Unavailable row."""
    if any(isinstance(e, Available) and e.instrument.id == safety.CRISIS_SCREEN_ID for e in entries):
        return entries
    fallback = Available(SHIPPED_FILE, builtin_crisis_screen(), builtin_fallback=True)
    at = next((n + 1 for n, e in enumerate(entries)
               if e.file == SHIPPED_FILE or getattr(e, "instrument_id", None) == safety.CRISIS_SCREEN_ID),
              None)
    if at is None:  # no file at all: where the file would sort
        at = next((n for n, e in enumerate(entries) if e.file > SHIPPED_FILE), len(entries))
    return [*entries[:at], fallback, *entries[at:]]


def _gate(entry: Available, permissions: set[str] | frozenset[str], training: bool) -> LoadedEntry:
    instrument = entry.instrument
    if not instrument.requires_permission or instrument.id in permissions:
        return entry
    if training:
        return Available(entry.file, instrument, unlicensed_training_use=True)
    reason = f"{entry.file}: the organisation holds no permission for {instrument.id!r}"
    return Unavailable(entry.file, "permission_required", reason, instrument.id)


def load_file(path: Path) -> Available | Unavailable:
    """One file, checked by the model and by the safety rules. Never raises."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return Unavailable(name, "too_large", f"{name}: larger than {MAX_FILE_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        return Unavailable(name, "unreadable", f"{name}: {type(exc).__name__}")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Unavailable(name, "invalid_json", f"{name}: not UTF-8")
    except (ValueError, RecursionError) as exc:
        return Unavailable(name, "invalid_json", f"{name}: not JSON ({str(exc)[:120]})")
    try:
        instrument = Instrument.model_validate(data)
    except ValidationError as exc:
        return Unavailable(name, "invalid_instrument", f"{name}: {_describe(exc, data)}", _id_of(data))
    except (ValueError, TypeError, RecursionError) as exc:  # pragma: no cover - pydantic wraps these
        return Unavailable(name, "invalid_instrument", f"{name}: {str(exc)[:200]}", _id_of(data))
    problem = safety.verify(instrument)
    if problem is not None:
        return Unavailable(name, "crisis_items", f"{name}: {problem}", instrument.id)
    return Available(name, instrument)


def _id_of(data: Any) -> str | None:
    value = data.get("id") if isinstance(data, dict) else None
    return value[:64] if isinstance(value, str) else None


def _describe(exc: ValidationError, data: Any) -> str:
    """The first problem, naming the item by its id where the location is inside `items`."""
    error = exc.errors(include_url=False)[0]
    loc = list(error["loc"])
    where = []
    if len(loc) >= 2 and loc[0] == "items" and isinstance(loc[1], int):
        items = data.get("items") if isinstance(data, dict) else None
        label = f"#{loc[1]}"
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item_id = items[loc[1]].get("id")
            if isinstance(item_id, str) and item_id:
                label = repr(item_id[:64])
        where.append(f"item {label}")
        loc = loc[2:]
    if loc:
        where.append(".".join(str(part) for part in loc))
    message = str(error["msg"]).removeprefix("Value error, ")[:300]
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return ": ".join([*where, message]) + more
