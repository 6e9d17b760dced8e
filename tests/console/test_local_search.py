"""Local search (FTS5, trigram) over the contacts this console handled: kept in sync with notes and
details in the same transaction, migrated from version 1 files, newest first, safe with bad input."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annyeong.console.search import hits as search
from annyeong.console.search.hits import InvalidQuery
from annyeong.console.store.db import Database
from annyeong.console.store.details import CONTACT_UPDATE
from annyeong.console.store.local import ENTRY_CREATE, NOTE_MAX_CHARS, LocalStore
from annyeong.console.store.migrations import MIGRATIONS, SCHEMA_VERSION
from annyeong.console.store.outbox import Outbox
from annyeong.console.wire import CallerSummary, Contact

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def open_store(path: Path) -> tuple[Database, Outbox, LocalStore]:
    db = Database(path)
    outbox = Outbox(db)
    return db, outbox, LocalStore(db, outbox)


def contact(cid: str, *, minutes: int = 0, e164: str | None = None, masked: str = "010-****-5678") -> Contact:
    return Contact(
        id=cid, call_id=f"call-{cid}", counselor_id="u-kim", channel="phone",
        caller=CallerSummary(number_masked=masked, number_e164=e164),
        started_at=T0 + timedelta(minutes=minutes),
    )


def ids(db: Database, query: str, kind: search.LocalKind) -> list[str]:
    return [h.contact_id for h in search.search(db.conn, query, kind)]


@pytest.fixture
def store(tmp_path: Path) -> tuple[Database, Outbox, LocalStore]:
    db, outbox, local = open_store(tmp_path / "console.sqlite3")
    local.open_contact(contact("old", minutes=0, e164="+821012345678"))
    local.save_note_draft("old", "어머니가 요즘 잠을 못 주무신다고 하심. 불면")
    local.open_contact(contact("new", minutes=30, masked="02-***-9012"))
    local.save_note_draft("new", "이웃이 며칠째 보이지 않는다는 신고")
    local.save_details("new", {"reporter": {"name": "박이웃", "number": "010-9999-8888"},
                               "subject": {"name": "김어르신"}, "summary": "고립 신고 접수, 주민센터 연계"})
    return db, outbox, local


def test_phone_search_in_every_form(store: tuple[Database, Outbox, LocalStore]) -> None:
    db, _, _ = store
    for query in ("+82 10 1234 5678", "010/1234/5678", "01012345678", "010-1234-5678", "5678", "1234-56"):
        assert ids(db, query, "phone") == ["old"], query
    assert ids(db, "9012", "phone") == ["new"]  # the masked number's visible digits
    assert ids(db, "010.9999.8888", "phone") == ["new"]  # the reporter's number
    assert ids(db, "02)120-1234", "phone") == []  # a valid number nobody here called from


@pytest.mark.parametrize(
    ("query", "code"),
    [("1" * 10_240, "query_too_long"), ("12", "query_too_short"), ("1234567890123456", "not_a_number"),
     ("+", "query_too_short")],
)
def test_bad_phone_queries(store: tuple[Database, Outbox, LocalStore], query: str, code: str) -> None:
    db, _, _ = store
    with pytest.raises(InvalidQuery) as info:
        search.search(db.conn, query, "phone")
    assert info.value.code == code


def test_empty_queries_find_nothing(store: tuple[Database, Outbox, LocalStore]) -> None:
    db, _, _ = store
    for kind in ("phone", "name", "text"):
        assert search.search(db.conn, "", kind) == [] and search.search(db.conn, "  \t", kind) == []


def test_name_and_text_search(store: tuple[Database, Outbox, LocalStore]) -> None:
    db, _, _ = store
    assert ids(db, "이웃", "name") == ["new"]  # two syllables: LIKE
    assert ids(db, "김어르신", "name") == ["new"]  # trigram MATCH
    assert ids(db, "어머니", "name") == []
    assert ids(db, "불면", "text") == ["old"]
    assert ids(db, "주무신다", "text") == ["old"]  # inside a word: Korean attaches endings
    assert ids(db, "신고", "text") == ["new"]
    assert ids(db, "이웃 신고", "text") == ["new"]  # every word must match
    assert ids(db, "이웃 불면", "text") == []
    hit = search.search(db.conn, "주민센터", "text")[0]
    assert hit.matched == "summary" and "주민센터" in hit.excerpt
    assert hit.names == ("박이웃", "김어르신")


def test_results_are_newest_first(store: tuple[Database, Outbox, LocalStore]) -> None:
    db, _, local = store
    local.save_note_draft("old", "어머니 신고 건 아님, 불면")
    assert ids(db, "신고", "text") == ["new", "old"]


def test_fts_special_characters_are_plain_text(store: tuple[Database, Outbox, LocalStore]) -> None:
    db, _, local = store
    local.save_note_draft("new", 'quote " star * NEAR( AND OR 100%_done {notes} : x')
    for query in ('"', "*", "NEAR(", "100%_", "{notes} :", "%", "_", "\\", "' OR 1=1 --"):
        search.search(db.conn, query, "text")  # never an SQL or FTS syntax error
    assert ids(db, "100%_done", "text") == ["new"]
    assert ids(db, "%_", "text") == ["new"]
    assert ids(db, "%", "name") == []  # a LIKE wildcard is a character, not "anything"


def test_names_with_markup_and_control_characters_come_back_unchanged(
    store: tuple[Database, Outbox, LocalStore],
) -> None:
    db, _, local = store
    name = "<b>김</b>\x00\x1b[31m&lt;\n둘째줄"
    local.save_details("old", {"subject": {"name": name}})
    assert local.details.load("old").subject is not None
    assert local.details.load("old").subject.name == name  # type: ignore[union-attr]
    hits = search.search(db.conn, "<b>김", "name")
    assert [h.contact_id for h in hits] == ["old"] and hits[0].names == (name,)


def test_the_index_follows_every_write_and_rolls_back_with_it(
    store: tuple[Database, Outbox, LocalStore],
) -> None:
    db, _, local = store
    local.save_note_draft("old", "완전히 다른 내용")
    assert ids(db, "불면", "text") == []
    assert ids(db, "다른 내용", "text") == ["old"]
    local.save_details("new", {"reporter": None, "subject": None})
    assert ids(db, "박이웃", "name") == []
    with pytest.raises(RuntimeError), db.transaction():
        local.save_note_draft("old", "롤백될 메모")
        raise RuntimeError("crash mid-transaction")
    assert ids(db, "롤백될", "text") == [] and ids(db, "다른 내용", "text") == ["old"]


def test_a_huge_note_is_kept_and_searchable_but_not_queued(tmp_path: Path) -> None:
    db, outbox, local = open_store(tmp_path / "console.sqlite3")
    local.open_contact(contact("c1"))
    local.save_note_draft("c1", "짧은 메모")
    huge = ("가나다라마바사 " * 150_000)[:1_048_576]
    active = local.save_note_draft("c1", huge)
    assert active.note_text == huge and active.note_issue == "note_too_long"
    rows = [r for r in outbox.rows() if r.kind == ENTRY_CREATE]
    assert len(rows) == 1 and rows[0].payload["entry"]["body"] == "짧은 메모"
    assert ids(db, "마바사", "text") == ["c1"]
    db.close()
    db, outbox, local = open_store(tmp_path / "console.sqlite3")  # survives a restart unchanged
    reopened = local.active_contact()
    assert reopened is not None and reopened.note_text == huge and reopened.note_issue == "note_too_long"
    shortened = local.save_note_draft("c1", huge[:NOTE_MAX_CHARS])
    assert shortened.note_issue is None
    bodies = [r.payload["entry"]["body"] for r in outbox.rows() if r.kind == ENTRY_CREATE]
    assert bodies == [huge[:NOTE_MAX_CHARS]]  # the never-sent row took the new text
    db.close()


def test_details_rows_coalesce_until_attempted(tmp_path: Path) -> None:
    db, outbox, local = open_store(tmp_path / "console.sqlite3")
    local.open_contact(contact("c1"))
    local.save_details("c1", {"summary": "첫"})
    local.save_details("c1", {"summary": "첫 요약", "service_types": ["info"]})
    rows = [r for r in outbox.rows() if r.kind == CONTACT_UPDATE]
    assert len(rows) == 1
    assert rows[0].payload["changes"] == {"summary": "첫 요약", "service_types": ["info"]}
    claimed = outbox.claim_next()
    assert claimed is not None and claimed.kind == CONTACT_UPDATE  # it may have reached the server now
    local.save_details("c1", {"disposition": "completed"})
    rows = [r for r in outbox.rows() if r.kind == CONTACT_UPDATE]
    assert [r.payload["changes"] for r in rows] == [
        {"summary": "첫 요약", "service_types": ["info"]}, {"disposition": "completed"},
    ]
    assert [r.idempotency_key for r in rows] == ["contact-update:c1:1", "contact-update:c1:2"]
    db.close()


def test_a_version_1_file_is_migrated_and_indexed(tmp_path: Path) -> None:
    path = tmp_path / "console.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(str(MIGRATIONS[0]))
    conn.execute(
        "INSERT INTO contacts (contact_id, call_id, channel, caller, started_at) VALUES (?, ?, ?, ?, ?)",
        ("c-old", "call-1", "phone", contact("x", e164="+821055556666").caller.model_dump_json(),
         T0.isoformat()),
    )
    conn.execute("INSERT INTO notes VALUES ('n1', 'c-old', '옛날 메모입니다', 1, NULL)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    db, _, local = open_store(path)
    assert db.user_version == SCHEMA_VERSION >= 2
    assert ids(db, "옛날 메모", "text") == ["c-old"]
    assert ids(db, "010-5555-6666", "phone") == ["c-old"]
    assert local.details.load("c-old").summary == "" and local.details.server_version("c-old") == 1
    db.close()
