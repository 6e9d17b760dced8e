"""What made the store fast must not make it wrong — start-time rowids in the search index
(newest first, no duplicates, contacts that started in the same microsecond, files from before), and
commits that skip the fsync only for what the server can give again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from annyeong.console.search import hits as search
from annyeong.console.store.db import Database
from annyeong.console.store.local import LocalStore
from annyeong.console.store.migrations import SCHEMA_VERSION, _migration_6
from annyeong.console.store.outbox import Outbox
from annyeong.console.store.search_index import index_contact, time_key
from annyeong.console.wire import CallerSummary, Contact

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def open_store(path: Path) -> tuple[Database, Outbox, LocalStore]:
    db = Database(path)
    outbox = Outbox(db)
    return db, outbox, LocalStore(db, outbox)


def contact(cid: str, started_at: datetime) -> Contact:
    return Contact(id=cid, call_id=f"call-{cid}", counselor_id="u-kim", channel="phone",
                   caller=CallerSummary(number_masked="010-****-5678"), started_at=started_at)


def index_rows(db: Database) -> list[tuple[int, str]]:
    return [(int(r[0]), r[1]) for r in db.conn.execute("SELECT rowid, contact_id FROM contact_search")]


def test_newest_first_whatever_order_contacts_arrive_in(tmp_path: Path) -> None:
    db, _outbox, store = open_store(tmp_path / "a.sqlite3")
    for cid, minutes in (("b", 10), ("a", 0), ("d", 30), ("c", 20)):
        store.open_contact(contact(cid, T0 + timedelta(minutes=minutes)))
        store.save_note_draft(cid, f"외로움 메모 {cid}")
    assert [h.contact_id for h in search.search(db.conn, "외로움", "text")] == ["d", "c", "b", "a"]
    assert [h.contact_id for h in search.search(db.conn, "외로움", "text", limit=2)] == ["d", "c"]


def test_same_microsecond_contacts_each_keep_one_row(tmp_path: Path) -> None:
    db, _outbox, store = open_store(tmp_path / "a.sqlite3")
    for cid in ("x", "y", "z"):
        store.open_contact(contact(cid, T0))
    for cid in ("y", "x", "z", "y"):  # every write rebuilds the contact's row in place
        store.save_note_draft(cid, f"같은 시각 {cid} 잠이 오지 않아요")
    rows = index_rows(db)
    assert sorted(cid for _rowid, cid in rows) == ["x", "y", "z"]
    assert sorted(rowid for rowid, _cid in rows) == [time_key(T0.isoformat()) + i for i in range(3)]
    assert sorted(h.contact_id for h in search.search(db.conn, "잠이 오지", "text")) == ["x", "y", "z"]


def test_a_file_from_before_is_reindexed_on_start_time_rowids(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db, _outbox, store = open_store(path)
    for cid, minutes in (("old", 0), ("new", 5)):
        store.open_contact(contact(cid, T0 + timedelta(minutes=minutes)))
        store.save_note_draft(cid, "복지관 산책 이야기")
    # As version 5 left it: rowids in insertion order, not start times.
    with db.transaction() as conn:
        conn.execute("DELETE FROM contact_search")
        conn.execute("INSERT INTO contact_search (rowid, contact_id, numbers, names, notes, summary)"
                     " VALUES (1, 'new', '', '', '복지관 산책 이야기', ''),"
                     " (2, 'old', '', '', '복지관 산책 이야기', '')")
    # The migration that rebuilt the index, run as a start would run it on such a file (the later
    # migrations add columns this file already has, so the version number cannot simply be wound back).
    with db.transaction() as conn:
        _migration_6(conn)
    db.close()
    db = Database(path)
    assert db.user_version == SCHEMA_VERSION
    assert sorted(index_rows(db)) == sorted(
        (time_key((T0 + timedelta(minutes=m)).isoformat()), cid) for cid, m in (("old", 0), ("new", 5))
    )
    assert [h.contact_id for h in search.search(db.conn, "복지관", "text")] == ["new", "old"]
    index_contact(db.conn, "new")  # outside a transaction too: still one row
    assert len(index_rows(db)) == 2


def synchronous(db: Database) -> int:
    return int(db.conn.execute("PRAGMA synchronous").fetchone()[0])


def test_non_durable_commits_restore_full_sync(tmp_path: Path) -> None:
    db, outbox, store = open_store(tmp_path / "a.sqlite3")
    assert synchronous(db) == 2  # FULL
    store.open_contact(contact("c", T0))
    assert store.consume_event(7)
    assert synchronous(db) == 2 and store.last_seq() == 7
    try:
        with db.transaction(durable=False):
            db.conn.execute("INSERT INTO sync_state (key, value) VALUES ('probe', 'x')")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert synchronous(db) == 2
    assert db.conn.execute("SELECT 1 FROM sync_state WHERE key = 'probe'").fetchone() is None
    # A durable change inside a non-durable transaction (an event whose effect queues a row) is kept.
    with db.transaction(durable=False):
        outbox.enqueue(kind="entry.create", payload={}, idempotency_key="k1", record_id="c")
    assert synchronous(db) == 2
    db.close()
    db = Database(tmp_path / "a.sqlite3")
    assert Outbox(db).has_pending(idempotency_key="k1")
    assert LocalStore(db, Outbox(db)).last_seq() == 7


def test_ack_removes_the_row(tmp_path: Path) -> None:
    db, outbox, _store = open_store(tmp_path / "a.sqlite3")
    row_id = outbox.enqueue(kind="entry.create", payload={}, idempotency_key="k", record_id="r")
    claimed = outbox.claim_next()
    assert claimed is not None and claimed.id == row_id and claimed.attempts == 1
    outbox.ack(row_id)
    assert outbox.counts() == (0, 0) and synchronous(db) == 2
