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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annyeong.console.errors import StorageFull
from annyeong.console.store import crypto, recovery
from annyeong.console.store.migrations import MIGRATIONS, SCHEMA_VERSION, statements

log = logging.getLogger(__name__)



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
                    for statement in statements(migration):
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
