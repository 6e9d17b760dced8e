"""Encryption at rest of the account database: SQLCipher, with the key in the OS keyring.

The policy (why each case is decided as it is lives in console/store/db.py's docstring):

| driver | keyring        | production                          | training                             |
| ------ | -------------- | ----------------------------------- | ------------------------------------ |
| yes    | persistent     | encrypted, key kept in the keyring  | the same                             |
| yes    | memory only    | refuse (StoreProtectionUnavailable) | encrypted, key for this run only     |
| no     | any            | refuse (StoreProtectionUnavailable) | plain SQLite, with a visible notice  |

Qt-free; the key never leaves memory except into the keyring.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets as std_secrets
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Literal, cast

from annyeong.console.errors import ConsoleError
from annyeong.console.secrets import SecretStore

log = logging.getLogger(__name__)

KEY_BYTES = 32  # SQLCipher's raw key: 256-bit AES, no passphrase derivation needed
PLAIN_HEADER = b"SQLite format 3\x00"

Protection = Literal["encrypted", "ephemeral", "plaintext"]


class StoreProtectionUnavailable(ConsoleError):
    """The database cannot be encrypted here, and this mode may not run without it.

    `code`: "sqlcipher_missing" (the driver is not installed) or "keyring_unavailable" (no OS keyring
    to keep the key in, so the file could not be opened again after a restart)."""

    default_code = "sqlcipher_missing"


class StoreKeyRejected(Exception):
    """The file is encrypted with another key (or is not a database)."""


@dataclass(frozen=True)
class StoreKey:
    key: bytes | None = field(repr=False)  # None: plain SQLite. Never in a repr, so never in a log.
    protection: Protection


def sqlcipher() -> ModuleType | None:
    """The SQLCipher DB-API module (sqlcipher3-wheels bundles SQLCipher itself), or None."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return cast(ModuleType, dbapi2)


def is_plaintext(path: Path) -> bool:
    """True when `path` is an ordinary SQLite file (readable by anyone who copies it)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def key_pragma(key: bytes) -> str:
    # A raw key as a blob literal: SQLCipher skips its passphrase KDF. Hex of our own bytes, never input.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN ourselves); keyed and verified when `key` is set.

    Raises StoreKeyRejected when the key does not open the file."""
    if key is None:
        conn = sqlite3.connect(path, isolation_level=None, timeout=timeout)
        conn.row_factory = sqlite3.Row
        return conn
    module = sqlcipher()
    if module is None:
        raise StoreProtectionUnavailable("sqlcipher_missing")
    conn = cast(sqlite3.Connection, module.connect(str(path), isolation_level=None, timeout=timeout))
    conn.row_factory = module.Row
    conn.execute(key_pragma(key))  # must be the first statement on the connection
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise StoreKeyRejected(type(exc).__name__) from exc
    return conn


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn a plain SQLite file into an encrypted one: sqlcipher_export into a copy, fsync, then swap.

    A crash before the rename leaves the plain file as it was (the copy is removed at the next try); after
    it, the encrypted file is complete. The plain bytes may survive in free disk blocks: full-disk
    encryption of the PC covers those, this cannot."""
    module = sqlcipher()
    if module is None:
        raise StoreProtectionUnavailable("sqlcipher_missing")
    tmp = path.with_name(path.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    plain = module.connect(str(path), isolation_level=None)
    try:
        # Fold the WAL into the main file first, so the export sees every committed transaction.
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(plain.execute("PRAGMA user_version").fetchone()[0])
        plain.execute("ATTACH DATABASE ? AS encrypted KEY \"x'" + key.hex() + "'\"", (str(tmp),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies the schema and rows, not the header's user_version (our migrations).
        plain.execute(f"PRAGMA encrypted.user_version = {version}")
        plain.execute("DETACH DATABASE encrypted")
        plain.execute("PRAGMA journal_mode=DELETE")  # removes the -wal/-shm of the plain file
    finally:
        plain.close()
    _fsync(tmp)
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def set_aside(path: Path, *, remove: bool) -> None:
    """A file no key here can open: removed (training's throwaway) or kept under another name (never
    deleted in production: the keyring may come back, and an administrator can still recover it)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm"):
        item = path.with_name(path.name + suffix)
        if not item.exists():
            continue
        if remove:
            item.unlink()
        else:
            item.rename(item.with_name(f"{path.name}.unreadable-{stamp}{suffix}"))


def remove_database(path: Path) -> None:
    """Delete the database file with its WAL, shared-memory and export leftovers (logout wipe).
    Raises OSError when a file cannot be removed (e.g. held open by another process)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".encrypting"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    _fsync_dir(path.parent)
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # only when empty: files set aside for an administrator stay


def store_key(secrets: SecretStore, account: str, *, training: bool) -> StoreKey:
    """The key for one account's database, by the policy in the module docstring. Blocks (keyring):
    call through asyncio.to_thread. Raises StoreProtectionUnavailable where the mode may not run."""
    if sqlcipher() is None:
        if training:
            log.warning("SQLCipher missing: the training database is NOT encrypted")
            return StoreKey(None, "plaintext")
        raise StoreProtectionUnavailable("sqlcipher_missing")
    if secrets.persistent:
        stored = secrets.get_db_key(account)
        if stored is not None:
            return StoreKey(stored, "encrypted")
        key = std_secrets.token_bytes(KEY_BYTES)
        secrets.set_db_key(account, key)
        if secrets.persistent and secrets.get_db_key(account) == key:
            return StoreKey(key, "encrypted")
        # The keyring failed while saving: the key is in memory only now.
    if not training:
        raise StoreProtectionUnavailable("keyring_unavailable")
    log.warning("no persistent keyring: the training database is encrypted with a key for this run only")
    key = std_secrets.token_bytes(KEY_BYTES)
    secrets.set_db_key(account, key)
    return StoreKey(key, "ephemeral")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Some platforms cannot open a directory; the rename is still atomic there.
    with contextlib.suppress(OSError):
        _fsync(path)
