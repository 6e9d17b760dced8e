"""The resource directory: the shipped file loads and searches offline; every kind of bad file gives an
"unavailable" directory naming the file, the entry and the problem, never an exception."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.referrals import directory
from annyeong.console.referrals.directory import Directory, insert_text

SHIPPED = directory.default_path()
ISSUE_3_ENTRIES = {
    "seoul-maeum-store", "365-seoul-challenge", "seoul-welfare-info", "isolation-prevention-center",
    "loneliness-care-companions", "line-109", "line-112", "line-119", "line-129", "line-1577-0199",
}
# Every referral target has an entry (what it offers, where, when, how it is reached).
ISSUE_6_ENTRIES = {"community-center-welfare", "mental-health-welfare-center", "medical-housing-support"}


def shipped_data() -> dict[str, Any]:
    return dict(json.loads(SHIPPED.read_text(encoding="utf-8")))


def write(tmp_path: Path, data: Any, name: str = "services.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shipped() -> Directory:
    loaded = directory.load()
    assert loaded.state == "ready", loaded.problem
    return loaded


def test_the_shipped_directory_has_every_service_of(shipped: Directory) -> None:
    assert {e.id for e in shipped.entries} == ISSUE_3_ENTRIES | ISSUE_6_ENTRIES
    store = shipped.get("seoul-maeum-store")
    assert store is not None and store.districts == ["관악구", "강북구", "도봉구", "동대문구"]
    # Only the public numbers the research confirmed (shared/reference/instruments.md §4): none invented.
    phones = {e.id: e.contact.phone for e in shipped.entries if e.contact and e.contact.phone}
    assert phones == {"line-109": "109", "line-112": "112", "line-119": "119", "line-129": "129",
                      "line-1577-0199": "1577-0199", "mental-health-welfare-center": "1577-0199"}
    for entry_id in ISSUE_6_ENTRIES:
        entry = shipped.get(entry_id)
        assert entry is not None and entry.hours is not None and entry.contact is not None
        assert not entry.verified and entry.unverified_fields, entry_id  # hours and numbers to confirm
    for entry in shipped.entries:
        assert entry.sources and entry.insert_text.ko and entry.name.en


def test_the_committed_schema_is_generated_from_the_models() -> None:
    committed = json.loads((SHIPPED.parent / "schema.json").read_text(encoding="utf-8"))
    assert committed == directory.schema(), "regenerate resources/directory/schema.json"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("마음편의점", "seoul-maeum-store"),
        ("서울 마음", "seoul-maeum-store"),  # words match separately, spaces ignored
        ("관악", "seoul-maeum-store"),  # a district without 구
        ("동대문구", "seoul-maeum-store"),
        ("ㅅㅇㅁㅇ", "seoul-maeum-store"),  # Hangul initials (chosung)
        ("ㄷㅎㄷ", "loneliness-care-companions"),
        ("MENTAL health", "line-1577-0199"),  # case-insensitive English
        ("15770199", "line-1577-0199"),
        ("119", "line-119"),
        ("고립예방", "isolation-prevention-center"),
        ("챌린지", "365-seoul-challenge"),
        ("복지", "seoul-welfare-info"),
        ("crisis_line", "line-109"),  # category code
    ],
)
def test_search(shipped: Directory, query: str, first: str) -> None:
    found = shipped.search(query)
    assert found and found[0].id == first, [e.id for e in found]


def test_search_edge_cases(shipped: Directory) -> None:
    assert len(shipped.search("")) == len(shipped.entries)
    assert shipped.search("없는서비스이름") == []
    assert shipped.search("<script>") == []
    assert shipped.search("1" * 10_000) == []  # long input is cut, never slow
    assert shipped.search("\x00\x1b[31m") == []


def test_insert_text_is_plain_data(shipped: Directory) -> None:
    entry = shipped.get("line-109")
    assert entry is not None
    assert insert_text(entry) == entry.insert_text.ko and "109" in insert_text(entry)
    assert "109" in insert_text(entry, "en")


def bad(tmp_path: Path, mutate: Any) -> Directory:
    data = shipped_data()
    mutate(data)
    return directory.load(write(tmp_path, data))


def test_missing_file(tmp_path: Path) -> None:
    loaded = directory.load(tmp_path / "nope.json")
    assert loaded.state == "unavailable" and loaded.entries == ()
    assert loaded.problem is not None and loaded.problem.code == "file_missing"
    assert loaded.problem.file == "nope.json"
    assert loaded.search("109") == []


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"{not json", "not_json"), (b"\xff\xfe\x00garbage", "not_json"), (b"", "not_json")],
)
def test_unreadable_content(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "services.json"
    path.write_bytes(content)
    loaded = directory.load(path)
    assert loaded.state == "unavailable" and loaded.problem is not None and loaded.problem.code == code


def test_a_directory_that_is_a_directory(tmp_path: Path) -> None:
    (tmp_path / "services.json").mkdir()
    loaded = directory.load(tmp_path / "services.json")
    assert loaded.problem is not None and loaded.problem.code == "unreadable"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "services.json"
    path.write_bytes(b" " * (directory.MAX_FILE_BYTES + 1))
    loaded = directory.load(path)
    assert loaded.problem is not None and loaded.problem.code == "too_large"


def _set(path: str, value: Any) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        *parents, last = path.split("/")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return mutate


_DELETE = object()


@pytest.mark.parametrize(
    ("mutate", "entry", "field"),
    [
        (_set("entries/5/name/ko", _DELETE), "line-109", "name.ko"),
        (_set("entries/0/districts", ["관악구", "부산진구"]), "seoul-maeum-store", "districts"),
        (_set("entries/6/category", "police"), "line-112", "category"),
        (_set("entries/6/contact/phone", "call 112!"), "line-112", "contact.phone"),
        (_set("entries/3/contact/url", "http://x.example"), "isolation-prevention-center", "contact.url"),
        (_set("entries/2/surprise", True), "seoul-welfare-info", "surprise"),
        (_set("entries/1/id", _DELETE), "#1", "id"),
        (_set("entries/1/id", "Bad Id"), "Bad Id", "id"),
        (_set("entries/4/insert_text/ko", ""), "loneliness-care-companions", "insert_text.ko"),
        (_set("entries/7/verified", "yes"), "line-119", "verified"),
        (_set("version", 2), None, "version"),
        (_set("entries", []), None, "entries"),
    ],
)
def test_invalid_entries_are_named(tmp_path: Path, mutate: Any, entry: str | None, field: str) -> None:
    loaded = bad(tmp_path, mutate)
    assert loaded.state == "unavailable" and loaded.entries == ()
    problem = loaded.problem
    assert problem is not None and problem.code == "invalid" and problem.file == "services.json"
    assert (problem.entry, problem.field) == (entry, field)


def test_duplicate_ids(tmp_path: Path) -> None:
    loaded = bad(tmp_path, lambda d: d["entries"].append(d["entries"][0]))
    assert loaded.problem is not None and loaded.problem.code == "invalid"
    assert loaded.problem.detail is not None and "seoul-maeum-store" in loaded.problem.detail


def test_top_level_not_an_object(tmp_path: Path) -> None:
    loaded = directory.load(write(tmp_path, ["a", "list"]))
    assert loaded.problem is not None and loaded.problem.code == "invalid" and loaded.problem.entry is None
