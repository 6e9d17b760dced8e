"""Loading: permission gating, training notice, and bad files (hand-made and fuzzed) never crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annyeong.console.instruments import Available, Unavailable, load_all, load_file, model

from .support import SHIPPED, shipped_data, synthetic, write

LICENSED = {"ucla3_loneliness", "lsns6", "djg6_loneliness", "seoul_isolation_selftest_12"}


def by_id(entries: list[Any]) -> dict[str, Any]:
    return {(e.instrument.id if isinstance(e, Available) else e.instrument_id): e for e in entries}


def test_without_permissions_only_the_free_instruments_are_enabled() -> None:
    entries = by_id(load_all(SHIPPED, set(), training=False))
    enabled = {k for k, e in entries.items() if isinstance(e, Available)}
    assert enabled == {"crisis_safety_screen", "phq9_item9"}
    for instrument_id in LICENSED:
        assert entries[instrument_id].code == "permission_required"


def test_a_held_permission_enables_that_instrument() -> None:
    entries = by_id(load_all(SHIPPED, {"lsns6"}, training=False))
    assert isinstance(entries["lsns6"], Available) and not entries["lsns6"].unlicensed_training_use
    assert isinstance(entries["djg6_loneliness"], Unavailable)


def test_training_shows_everything_with_a_notice_flag() -> None:
    entries = by_id(load_all(SHIPPED, set(), training=True))
    assert all(isinstance(e, Available) for e in entries.values())
    assert {k for k, e in entries.items() if e.unlicensed_training_use} == LICENSED


def test_provisional_flags_follow_the_reference() -> None:
    entries = by_id(load_all(SHIPPED, set(), training=True))
    assert {k for k, e in entries.items() if e.provisional} == {
        "crisis_safety_screen", "ucla3_loneliness", "lsns6", "seoul_isolation_selftest_12"}


@pytest.mark.parametrize(("content", "code", "needle"), [
    ("{not json", "invalid_json", "not JSON"),
    (b"\xff\xfe", "invalid_json", "not UTF-8"),
    ("[1, 2]", "invalid_instrument", ""),
    ("[" * 100_000 + "]" * 100_000, "invalid_json", ""),
])
def test_broken_files(tmp_path: Path, content: str | bytes, code: str, needle: str) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    entry = load_file(path)
    assert isinstance(entry, Unavailable) and entry.code == code
    assert entry.reason.startswith("broken.json: ") and needle in entry.reason


def _mutate(data: dict[str, Any], how: str) -> None:
    items = data["items"]
    if how == "duplicate_id":
        items[1]["id"] = items[0]["id"]
    elif how == "bad_show_if":
        items[1]["show_if"] = [{"item": "i4", "any_of": [1]}]
    elif how == "missing_script":
        del items[2]["script"]
    elif how == "wrong_type":
        items[2]["options"][0]["value"] = "1"
    elif how == "bad_key":
        items[2]["options"][0]["key"] = 12
    elif how == "unknown_scored_item":
        data["scoring"]["items"].append("ghost")
    elif how == "tiers_out_of_order":
        data["tiers"].reverse()
    elif how == "unverified_without_note":
        data["scoring_verified"] = False


@pytest.mark.parametrize(("how", "needle"), [
    ("duplicate_id", "item 'i1': duplicate item id"),
    ("bad_show_if", "item 'i2': show_if refers to 'i4'"),
    ("missing_script", "item 'i3': script: Field required"),
    ("wrong_type", "item 'i3': options.0.value"),
    ("bad_key", "item 'i3': options.0.key"),
    ("unknown_scored_item", "item 'ghost' does not exist"),
    ("tiers_out_of_order", "tier"),
    ("unverified_without_note", "provisional_note"),
])
def test_invalid_instruments_name_the_item_and_problem(tmp_path: Path, how: str, needle: str) -> None:
    data = synthetic()
    _mutate(data, how)
    entry = load_file(write(tmp_path, "bad.json", data))
    assert isinstance(entry, Unavailable) and entry.code == "invalid_instrument", entry
    assert entry.reason.startswith("bad.json: ") and needle in entry.reason, entry.reason


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a.json", synthetic())
    write(tmp_path, "b.json", "nope")
    write(tmp_path, "c.json", synthetic())  # same id as a.json
    write(tmp_path, "schema.json", model.schema())  # never read as an instrument
    entries = load_all(tmp_path, set(), training=False)
    # The crisis screen is always offered: no file provides it here, so the built-in copy is listed.
    assert [(e.file, isinstance(e, Available)) for e in entries] == [
        ("a.json", True), ("b.json", False), ("c.json", False), ("crisis_safety_screen.json", True)
    ]
    assert entries[2].code == "duplicate_id"  # type: ignore[union-attr]
    assert isinstance(entries[3], Available) and entries[3].builtin_fallback


def test_a_missing_directory_gives_only_the_built_in_crisis_screen(tmp_path: Path) -> None:
    entries = load_all(tmp_path / "nowhere", set(), training=False)
    assert [(type(e).__name__, e.file) for e in entries] == [("Available", "crisis_safety_screen.json")]
    assert isinstance(entries[0], Available) and entries[0].builtin_fallback


# --- fuzzing ---------------------------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 200) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


@st.composite
def _broken(draw: st.DrawFn) -> dict[str, Any]:
    base = draw(st.sampled_from(["synthetic", "crisis_safety_screen", "djg6_loneliness", "lsns6"]))
    data = synthetic() if base == "synthetic" else shipped_data(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["delete", "replace", "copy_sibling"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(_json)
        elif isinstance(parent, list) and parent:
            parent[path[-1]] = json.loads(json.dumps(draw(st.sampled_from(parent))))  # duplicates ids etc.
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_broken())
def test_fuzzed_files_never_raise_and_always_say_why(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = write(Path(directory), "fuzz.json", data)
        entry = load_file(path)
    if isinstance(entry, Unavailable):
        assert entry.reason.startswith("fuzz.json: ") and len(entry.reason) > len("fuzz.json: ")
    else:
        from .support import run

        run(entry.instrument, {}).result()  # a file that loads must also administer and score


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200) | _json.map(lambda v: json.dumps(v).encode()))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "x.json"
        path.write_bytes(raw)
        assert isinstance(load_file(path), Unavailable)
