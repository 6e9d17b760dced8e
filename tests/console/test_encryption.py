"""The account database is encrypted at rest (SQLCipher), its key lives only in the keyring."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.paths import account_db_path, account_key
from annyeong.console.secrets import SecretStore
from annyeong.console.store import crypto
from annyeong.console.store.db import Database, open_account_database
from annyeong.console.store.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import InMemoryKeyring
from tests.console.support import make_core

KEY = bytes(range(32))
NOTE = "홍길동 님이 요즘 잠을 못 잔다고 하심"


def test_the_file_is_unreadable_without_the_key(tmp_path: Path) -> None:
    path = tmp_path / "console.sqlite3"
    db = Database(path, key=KEY)
    with db.transaction() as conn:
        conn.execute("INSERT INTO sync_state VALUES ('probe', ?)", (NOTE,))
    db.close()
    assert not crypto.is_plaintext(path)
    assert NOTE.encode() not in path.read_bytes()
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()
    with pytest.raises(crypto.StoreKeyRejected):
        Database(path, key=bytes(32))
    again = Database(path, key=KEY)
    assert again.conn.execute("SELECT value FROM sync_state").fetchone()[0] == NOTE
    again.close()


def test_wal_full_sync_migrations_and_fts5_hold_under_sqlcipher(tmp_path: Path) -> None:
    db = Database(tmp_path / "console.sqlite3", key=KEY)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.user_version == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA cipher_version").fetchone()[0]
    with db.transaction() as conn:
        conn.execute("INSERT INTO contact_search (contact_id, numbers, names, notes, summary)"
                     " VALUES ('c1', '', '', '첫메모를 남김', '')")
    # The local search's trigram index works inside the encrypted file (Korean substring, no spaces).
    hits = db.conn.execute("SELECT contact_id FROM contact_search WHERE contact_search MATCH ?",
                           ('"메모를"',)).fetchall()
    assert [h[0] for h in hits] == ["c1"]
    db.close()


def test_a_plain_file_is_converted_once_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "console.sqlite3"
    plain = Database(path)
    with plain.transaction() as conn:
        conn.execute("INSERT INTO sync_state VALUES ('probe', ?)", (NOTE,))
    plain.close()
    assert crypto.is_plaintext(path)
    db = Database(path, key=KEY)
    assert db.user_version == SCHEMA_VERSION, "migrations are not run again on the converted copy"
    assert db.conn.execute("SELECT value FROM sync_state").fetchone()[0] == NOTE
    db.close()
    assert not crypto.is_plaintext(path)
    assert NOTE.encode() not in path.read_bytes()
    assert not path.with_name(path.name + ".encrypting").exists()


def test_a_version_1_plain_file_is_encrypted_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "console.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(str(MIGRATIONS[0]))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    db = Database(path, key=KEY)
    assert db.user_version == SCHEMA_VERSION
    db.close()


def test_a_file_the_key_cannot_open_is_kept_aside_in_production(tmp_path: Path) -> None:
    path = tmp_path / "console.sqlite3"
    Database(path, key=KEY).close()
    other = crypto.StoreKey(bytes(32), "encrypted")
    db = open_account_database(path, other, training=False)
    db.close()
    assert [p for p in tmp_path.iterdir() if ".unreadable-" in p.name], "never deleted in production"
    db = open_account_database(path, other, training=True)  # opens (same key) and keeps it
    db.close()


def test_the_key_policy(memory_keyring: InMemoryKeyring) -> None:
    store = SecretStore()
    first = crypto.store_key(store, "acct", training=False)
    assert first.protection == "encrypted" and first.key is not None and len(first.key) == 32
    assert crypto.store_key(store, "acct", training=False).key == first.key, "kept in the keyring"
    assert memory_keyring.values[("annyeong-console", "db-key:acct")] == first.key.hex()

    memory_only = SecretStore.in_memory()
    with pytest.raises(crypto.StoreProtectionUnavailable) as raised:
        crypto.store_key(memory_only, "acct", training=False)
    assert raised.value.code == "keyring_unavailable"
    throwaway = crypto.store_key(memory_only, "acct", training=True)
    assert throwaway.protection == "ephemeral" and throwaway.key is not None


def test_without_the_driver_production_refuses_and_training_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "sqlcipher", lambda: None)
    with pytest.raises(crypto.StoreProtectionUnavailable) as raised:
        crypto.store_key(SecretStore(), "acct", training=False)
    assert raised.value.code == "sqlcipher_missing"
    assert crypto.store_key(SecretStore(), "acct", training=True) == crypto.StoreKey(None, "plaintext")


def test_the_core_opens_an_encrypted_account_store(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = make_core(live_server.url, tmp_path / "data")
        await core.sign_in(server_url=live_server.url, username="kim", password="annyeong120")
        assert core.store_protection == "encrypted"
        await core.close()

    asyncio.run(go())
    path = account_db_path(tmp_path / "data", live_server.url, "kim")
    assert path.exists() and not crypto.is_plaintext(path)
    assert account_key(live_server.url, "kim") in path.parent.name


def test_production_without_a_keyring_refuses_and_signs_out(live_server: Any, tmp_path: Path) -> None:
    from annyeong.console.api.client import ApiClient
    from annyeong.console.core import ConsoleCore
    from annyeong.console.settings import Settings

    async def go() -> None:
        core = ConsoleCore(settings=Settings(server_url=live_server.url), data_dir=tmp_path / "data",
                           client=ApiClient(server_url=live_server.url), secrets=SecretStore.in_memory())
        with pytest.raises(crypto.StoreProtectionUnavailable):
            await core.sign_in(server_url=live_server.url, username="kim", password="annyeong120")
        assert core.me is None and core.server_url is None
        await core.close()

    asyncio.run(go())
    assert not account_db_path(tmp_path / "data", live_server.url, "kim").exists()
