"""Refresh tokens live in the keyring, or in memory when no safe keyring exists — never in a file."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError

from annyeong.console.secrets import SERVICE, SecretStore
from tests.conftest import InMemoryKeyring


def test_tokens_go_to_the_keyring(memory_keyring: InMemoryKeyring) -> None:
    store = SecretStore()
    assert store.persistent
    store.set_refresh_token("http://h:1/", "kim", "r1")
    assert store.get_refresh_token("http://h:1", "kim") == "r1"
    assert memory_keyring.values[(SERVICE, "refresh:http://h:1|kim")] == "r1"
    store.set_last_username("http://h:1", "kim")
    assert store.get_last_username("http://h:1/") == "kim"
    store.delete_refresh_token("http://h:1", "kim")
    store.delete_refresh_token("http://h:1", "kim")  # deleting twice is fine
    assert store.get_refresh_token("http://h:1", "kim") is None


def test_fail_and_null_backends_fall_back_to_memory() -> None:
    for backend in (fail.Keyring(), null.Keyring()):
        store = SecretStore(backend)
        assert not store.persistent
        store.set_refresh_token("u", "kim", "secret")
        assert store.get_refresh_token("u", "kim") == "secret"


class PlaintextLookalike(KeyringBackend):
    """Stands in for keyrings.alt.file.PlaintextKeyring (refused by module name)."""

    priority = 1

    def get_password(self, *_: str) -> str | None:
        raise AssertionError("must not be used")

    def set_password(self, *_: str) -> None:
        raise AssertionError("must not be used")

    def delete_password(self, *_: str) -> None:
        raise AssertionError("must not be used")


PlaintextLookalike.__module__ = "keyrings.alt.file"


def test_keyrings_alt_is_refused(tmp_path: Path) -> None:
    store = SecretStore(PlaintextLookalike())
    assert not store.persistent
    store.set_refresh_token("u", "kim", "secret")
    assert store.get_refresh_token("u", "kim") == "secret"
    assert not list(tmp_path.rglob("*")) or all("secret" not in p.read_text(errors="ignore")
                                                for p in tmp_path.rglob("*") if p.is_file())


class Broken(InMemoryKeyring):
    def set_password(self, *_: str) -> None:
        raise KeyringError("locked")


def test_runtime_failure_switches_to_memory() -> None:
    store = SecretStore(Broken())
    assert store.persistent
    store.set_refresh_token("u", "kim", "secret")
    assert not store.persistent
    assert store.get_refresh_token("u", "kim") == "secret"
