"""The local SQLite database of one account: connection settings, transactions and migrations.

Everything a counselor types is committed with synchronous=FULL in WAL mode, so a commit that returned
has reached the disk and survives a crash or power loss. Migrations are numbered SQL scripts applied in
order; PRAGMA user_version records how many ran.

Encryption at rest (the policy table is in console/store/crypto.py). The file holds 민감정보 —
mental state, suicide risk, home addresses — on a counselor's PC, so the console opens it with SQLCipher
(AES-256, key = 32 random bytes from secrets.token_bytes, kept in the OS keyring, never in a file).
`Database(path, key=None)` is plain SQLite for store unit tests and tools; the console always passes the
key chosen by crypto.store_key:
  - production, no SQLCipher driver or no persistent keyring: refuse to open (a clear code the login
    shows). A key that lives only in memory would make the file unreadable after a crash, losing unsent
    notes; a key in a file next to the database would protect nothing. Both are worse than not starting.
  - training, no persistent keyring (a headless training box): the database is still encrypted, with a
    key made for this run only; the previous run's file, which no key can open any more, is deleted. The
    training data is the demo seed and simulated calls, so a throwaway file costs nothing, and a trainee
    who types something real anyway leaves nothing readable behind.
  - training, no SQLCipher driver: plain SQLite, and the UI shows a notice saying so (the issue allows it;
    training never holds real people's data by design).
An existing plain file is converted once (sqlcipher_export into a copy, fsync, rename). WAL and
synchronous=FULL hold under SQLCipher as before; FTS5 (trigram) is part of the bundled SQLCipher build.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annyeong.console.chats.schema import CHAT_MIGRATION_SQL
from annyeong.console.errors import StorageFull
from annyeong.console.store import crypto, recovery

log = logging.getLogger(__name__)

# A migration is an SQL script, or a function for steps SQL alone cannot do (it runs in the transaction).
Migration = str | Callable[[sqlite3.Connection], None]


def _migration_2(conn: sqlite3.Connection) -> None:
    # Imported here: the index builder lives with the search code, and db.py stays importable alone.
    from annyeong.console.store.search_index import reindex_all

    for statement in _statements(MIGRATION_2_SQL):
        conn.execute(statement)
    reindex_all(conn)  # contacts from before this version become searchable too



def _migration_6(conn: sqlite3.Connection) -> None:
    # The index is rebuilt with start-time rowids, so newest-first search stops early.
    from annyeong.console.store.search_index import reindex_all

    reindex_all(conn)

# 2: contact details (wrap-up), the server's version and case of a contact, and local full-text search.
# trigram: Korean has no spaces inside words ("첫메모를"), so word tokenizers would miss substrings;
# trigram matches any substring of 3+ characters, case-insensitively (SQLite >= 3.34).
MIGRATION_2_SQL = """
    ALTER TABLE contacts ADD COLUMN case_id TEXT;
    ALTER TABLE contacts ADD COLUMN server_version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE contacts ADD COLUMN details TEXT NOT NULL DEFAULT '{}';   -- ContactDetails JSON
    ALTER TABLE contacts ADD COLUMN details_revision INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN details_saved_at TEXT;

    CREATE VIRTUAL TABLE contact_search USING fts5(
        contact_id UNINDEXED, numbers, names, notes, summary, tokenize = 'trigram'
    );
"""

# 3: emergency dispatches and the outbox's priority inside a lane. One joinable intent per
# contact and service (the double-press rule) is enforced by a partial unique index, so even two console
# processes on the same account file cannot both insert one.
MIGRATION_3_SQL = """
    ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;     -- higher goes first in its lane

    CREATE TABLE dispatches (
        client_id            TEXT PRIMARY KEY,                 -- made at the press; the Idempotency-Key
        contact_id           TEXT,
        service              TEXT NOT NULL,
        fields               TEXT NOT NULL,                    -- DispatchFields JSON
        pressed_at           TEXT NOT NULL,
        server_id            TEXT,                             -- differs when the server joined us to another
        deduplicated         INTEGER NOT NULL DEFAULT 0,
        received_at          TEXT,
        acknowledged_at      TEXT,
        incident_number      TEXT,
        en_route_at          TEXT,
        contact_confirmed_at TEXT,
        failed_at            TEXT,
        failed_reason        TEXT,
        closed_at            TEXT,
        fallback_reason      TEXT,
        fallback_shown_at    TEXT,
        fallback_called_at   TEXT,
        server               TEXT                              -- the server's latest Dispatch JSON
    );
    CREATE UNIQUE INDEX dispatches_one_joinable ON dispatches (COALESCE(contact_id, ''), service)
        WHERE closed_at IS NULL AND failed_at IS NULL;
    CREATE INDEX dispatches_server ON dispatches (server_id);
"""

# 4: guided checklists. A checklist is one contact entry re-sent as revisions while it is answered;
# `session` is console.instruments.InstrumentRun.to_dict (resumes after a crash), `result` the payload
# last queued.
# One crisis decision per contact, itself an entry with revisions.
MIGRATION_4_SQL = """
    CREATE TABLE checklists (
        checklist_id  TEXT PRIMARY KEY,                      -- client uuid, the entry id on the server
        contact_id    TEXT NOT NULL REFERENCES contacts (contact_id) ON DELETE CASCADE,
        instrument_id TEXT NOT NULL,
        version       TEXT NOT NULL,
        session       TEXT NOT NULL,                         -- InstrumentRun.to_dict JSON
        result        TEXT,                                  -- the ChecklistResult JSON last queued
        revision      INTEGER NOT NULL DEFAULT 0,            -- highest revision given to an outbox row
        started_at    TEXT NOT NULL,
        saved_at      TEXT NOT NULL,
        closed        INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
    );
    CREATE INDEX checklists_contact ON checklists (contact_id, started_at);

    CREATE TABLE crisis_decisions (
        contact_id  TEXT PRIMARY KEY REFERENCES contacts (contact_id) ON DELETE CASCADE,
        entry_id    TEXT NOT NULL,                           -- client uuid, the entry id on the server
        decision    TEXT NOT NULL,
        reason      TEXT,
        dispatch_id TEXT,
        revision    INTEGER NOT NULL,
        decided_at  TEXT NOT NULL
    );
"""

# 5: referrals to partners and follow-ups (console/store/referrals.py). A referral keeps only what
# consent let go (the withheld values are never written here); `server` is the server's latest Referral.
# follow_ups caches the server's due list (and ours not yet delivered) so the count shows offline too.
MIGRATION_5_SQL = """
    CREATE TABLE referrals (
        client_id     TEXT PRIMARY KEY,                      -- made here; the referral id and Idempotency-Key
        contact_id    TEXT,
        case_id       TEXT,
        target        TEXT NOT NULL,
        form_id       TEXT NOT NULL,
        form_version  TEXT NOT NULL,
        body          TEXT NOT NULL,                         -- the ReferralCreate JSON queued (consented)
        withheld      TEXT NOT NULL DEFAULT '[]',            -- names of the fields consent kept back
        status        TEXT NOT NULL DEFAULT 'queued',        -- queued, then the server's status
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        server        TEXT                                   -- the server's latest Referral JSON (no fields)
    );
    CREATE INDEX referrals_contact ON referrals (contact_id, created_at);
    CREATE INDEX referrals_case ON referrals (case_id, created_at);

    CREATE TABLE follow_ups (
        id         TEXT PRIMARY KEY,
        due_at     TEXT NOT NULL,
        data       TEXT NOT NULL,                            -- FollowUp JSON (as the server said, or ours)
        local      INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1)),  -- 1: created here, not delivered
        mine       INTEGER NOT NULL DEFAULT 1 CHECK (mine IN (0, 1))    -- 0: kept for the case, not my list
    );
    CREATE INDEX follow_ups_due ON follow_ups (due_at);
"""

# 7: a dispatch can be withdrawn (요청 취소): two more steps of the same intent. A withdrawn intent is not
# joined by the next press for the same contact and service, so the one-joinable index excludes it too.
MIGRATION_8_SQL = """
    ALTER TABLE dispatches ADD COLUMN cancel_requested_at TEXT;
    ALTER TABLE dispatches ADD COLUMN cancel_acknowledged_at TEXT;
    ALTER TABLE dispatches ADD COLUMN cancel_reason TEXT;
    ALTER TABLE dispatches ADD COLUMN cancel_note TEXT;
    DROP INDEX dispatches_one_joinable;
    CREATE UNIQUE INDEX dispatches_one_joinable ON dispatches (COALESCE(contact_id, ''), service)
        WHERE closed_at IS NULL AND failed_at IS NULL AND cancel_requested_at IS NULL;
"""

# Append only: never edit a migration that has shipped, add the next one.
MIGRATIONS: tuple[Migration, ...] = (
    # 1: outbox, contacts with their note draft, sync state.
    """
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- commit order
        idempotency_key TEXT NOT NULL UNIQUE,
        kind            TEXT NOT NULL,
        payload         TEXT NOT NULL,                      -- JSON
        lane            TEXT NOT NULL CHECK (lane IN ('emergency', 'normal')),
        record_id       TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL,                      -- unix seconds
        last_error      TEXT,                               -- a problem code, never a sentence
        state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed')),
        created_at      TEXT NOT NULL
    );
    CREATE INDEX outbox_due ON outbox (state, lane, next_attempt_at);
    CREATE INDEX outbox_record ON outbox (record_id, id);

    CREATE TABLE contacts (
        contact_id  TEXT PRIMARY KEY,
        call_id     TEXT NOT NULL,
        channel     TEXT NOT NULL,
        caller      TEXT NOT NULL,                          -- CallerSummary JSON, as the server sent it
        started_at  TEXT NOT NULL,
        ended_at    TEXT,
        active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    );
    -- At most one open contact: the one on screen.
    CREATE UNIQUE INDEX contacts_one_active ON contacts (active) WHERE active = 1;

    CREATE TABLE notes (
        note_id     TEXT PRIMARY KEY,                       -- client-made uuid, the entry id on the server
        contact_id  TEXT NOT NULL UNIQUE REFERENCES contacts (contact_id) ON DELETE CASCADE,
        body        TEXT NOT NULL,
        revision    INTEGER NOT NULL,                       -- highest revision given to an outbox row
        saved_at    TEXT
    );

    CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    _migration_2,
    MIGRATION_3_SQL,
    MIGRATION_4_SQL,  # Checklists and crisis decisions (console/store/checklists.py)
    MIGRATION_5_SQL,  # Referrals and follow-ups (console/store/referrals.py)
    _migration_6,  # Search rows keyed by start time (console/store/search_index.py)
    # 7: the caller card the contact opened with (CallerCard JSON): a reopened contact (after a crash, or
    # a restart) shows the same risk tier and flags as the first open.
    "ALTER TABLE contacts ADD COLUMN card TEXT;",
    MIGRATION_8_SQL,  # 8: withdrawing a dispatch (console/store/dispatches.py)
    CHAT_MIGRATION_SQL,  # 9: live chat conversations (console/chats/store.py)
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The file was written by a newer console; opening it could corrupt it."""


class Database:
    """One sqlite3 connection in autocommit mode with explicit, re-entrant transactions.

    Guarantees:
      - `transaction()` commits everything inside it atomically, or nothing (on an exception);
      - nested `transaction()` blocks join the outermost one, so a caller can wrap a local change and its
        outbox row together.
    Use it from one thread only (the event loop's): sqlite3 connections are not shared across threads.
    """

    def __init__(self, path: Path, *, key: bytes | None = None) -> None:
        """`key`: the SQLCipher key (console/store/crypto.py); None opens plain SQLite. A plain file met
        with a key is encrypted first. Raises crypto.StoreKeyRejected when the key does not open it."""
        self.path = path
        self.encrypted = key is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        if key is not None and crypto.is_plaintext(path):
            crypto.encrypt_in_place(path, key)
        # A corrupt file is set aside; the unsent rows read from it go into a fresh store at the same path.
        self.recovery = recovery.check_local_store(
            path, key=key, restore=lambda rows: _restore_outbox(path, rows, key)
        )
        # isolation_level=None: we issue BEGIN ourselves, so Python never opens hidden transactions.
        self.conn = crypto.connect(path, key, timeout=5.0)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._depth = 0
        self._durable = True  # the outermost open transaction's mode
        self._owe_sync = False  # a durable change joined a non-durable transaction: fsync after it
        try:
            self._migrate()
        except BaseException:
            self.conn.close()
            raise

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """`durable=False`: commit without waiting for the disk. Only for what the server can
        give us again — an event and its effect, the removal of a delivered outbox row: a power cut may
        undo such a commit, never a later durable one (the WAL is one file, synced in order), and the
        undone event is read again from the stored seq, the row sent again under its Idempotency-Key.
        A durable change made inside one (e.g. an outbox row) still reaches the disk before this returns.
        """
        if self._depth:
            if durable and not self._durable:
                self._owe_sync = True
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        if not durable:
            # The safety level cannot change inside a transaction; FULL is back right after COMMIT.
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self._durable, self._owe_sync = durable, False
        # IMMEDIATE takes the write lock up front, so a second process (a second console on the same
        # account) waits instead of failing half-way through.
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._restore_durability()
            raise
        self._depth = 1
        try:
            yield self.conn
        except BaseException as exc:
            self._depth = 0
            self._abandon()
            if is_storage_full(exc):
                raise StorageFull() from exc
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except BaseException as exc:
            # A COMMIT that fails (SQLITE_FULL while appending to the WAL) leaves the transaction open:
            # roll it back, or every later BEGIN would fail too. Earlier commits are untouched.
            self._abandon()
            if is_storage_full(exc):
                raise StorageFull() from exc
            raise
        self._restore_durability()

    def _abandon(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except Exception as exc:  # SQLite may have rolled back already (e.g. after SQLITE_FULL)
            if "no transaction is active" not in str(exc):
                log.warning("rollback failed: %s", type(exc).__name__)
        self._restore_durability()

    def _restore_durability(self) -> None:
        if self._durable:
            return
        self._durable = True
        self.conn.execute("PRAGMA synchronous=FULL")
        if self._owe_sync:
            self._owe_sync = False
            self.sync_wal()

    def sync_wal(self) -> None:
        """Make every commit so far durable: what a non-durable commit wrote is in the WAL file already,
        and one fsync of that file covers it all. Touches no connection, so it may run in a worker thread
        while the loop goes on (the sync engine does: the GUI thread never waits for the disk)."""
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            fd = os.open(wal, os.O_RDONLY)
        except FileNotFoundError:
            return  # checkpointed and removed meanwhile: the data is in the synced main file
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.user_version
        if current > SCHEMA_VERSION:
            raise SchemaTooNew(f"schema {current} > {SCHEMA_VERSION}")
        for number in range(current, SCHEMA_VERSION):
            migration = MIGRATIONS[number]
            with self.transaction() as conn:
                if callable(migration):
                    migration(conn)
                else:
                    for statement in _statements(migration):
                        conn.execute(statement)
                # PRAGMA takes no parameters; the value is our own integer.
                conn.execute(f"PRAGMA user_version = {number + 1}")

    def close(self) -> None:
        self.conn.close()


def open_account_database(path: Path, key: crypto.StoreKey, *, training: bool) -> Database:
    """The account's database opened with `key`. A file that key cannot open (the keyring lost its key,
    or training's key of an earlier run) is set aside — kept under another name in production, deleted in
    training — and a new one is started, so the counselor can work at all."""
    try:
        return Database(path, key=key.key)
    except (crypto.StoreKeyRejected, sqlite3.DatabaseError) as exc:
        if isinstance(exc, sqlite3.DatabaseError) and (key.key is not None or not training):
            raise  # a plain file that is damaged: not ours to discard here
        log.warning("local database cannot be opened with the key at hand; starting a new one")
        crypto.set_aside(path, remove=training)
        return Database(path, key=key.key)


def is_storage_full(exc: BaseException) -> bool:
    """SQLITE_FULL (the disk or a file-size limit left no room) from sqlite3 or SQLCipher's driver, whose
    exceptions are not sqlite3's classes and may lack the error code: the message is SQLite's own."""
    if isinstance(exc, StorageFull):
        return True
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == sqlite3.SQLITE_FULL)
    return "database or disk is full" in str(exc)


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT our transaction first; run the statements one by one instead.
    parts: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            parts.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        parts.append(buffer.strip())
    return [p for p in parts if p]


def _restore_outbox(path: Path, rows: list[dict[str, Any]], key: bytes | None) -> int:
    """Writes outbox rows salvaged from a set-aside store into a fresh one; returns how many it kept."""
    db = Database(path, key=key)
    count = 0
    try:
        with db.transaction() as conn:
            for row in rows:
                names = [k for k in recovery.OUTBOX_COLUMNS if k in row]
                marks = ", ".join("?" * len(names))
                sql = f"INSERT OR IGNORE INTO outbox ({', '.join(names)}) VALUES ({marks})"
                count += conn.execute(sql, [row[k] for k in names]).rowcount
    finally:
        db.close()
    return count
