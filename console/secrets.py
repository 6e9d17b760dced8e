"""Refresh tokens and the local databases' keys in the operating system's keyring, never in a file.

keyring calls can block (D-Bus, Keychain prompts): the core calls these methods through
asyncio.to_thread. When no usable keyring exists (no backend, the fail/null backends, or the keyrings.alt
file backends, which write secrets to disk), the store keeps secrets in memory for this run only and says
so through `persistent`, so the UI can tell the counselor they will have to sign in again after a restart.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from annyeong.console.paths import normalize_server_url

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported only where a keyring is used: the package with its metadata machinery is ~8 MB
# resident and ~120 modules, for nothing when secrets stay in memory (SecretStore.in_memory).

log = logging.getLogger(__name__)

SERVICE = "annyeong-console"
# Backends that are no keyring at all, or keep secrets in a plain (or locally decryptable) file.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _acceptable(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    return not module.startswith(_REFUSED_MODULES)


def choose_backend(backend: KeyringBackend | None = None) -> KeyringBackend | None:
    """The backend to use, or None for memory only. A chain is reduced to its first acceptable member,
    because the chainer would otherwise fall through to a plaintext file backend."""
    import keyring
    from keyring.backends.chainer import ChainerBackend

    candidate = backend if backend is not None else keyring.get_keyring()
    if isinstance(candidate, ChainerBackend):
        members = [b for b in candidate.backends if _acceptable(b)]
        return members[0] if members else None
    return candidate if _acceptable(candidate) else None


class SecretStore:
    """Refresh tokens per (server URL, user name), plus the last user name per server.

    Guarantees:
      - a secret is never written to a file by this class;
      - a keyring failure at run time switches to memory for the rest of the run (logged without the
        secret), so signing in still works; `persistent` turns False.
    Methods block: call them through asyncio.to_thread from the event loop.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, memory_only: bool = False) -> None:
        self._lock = threading.Lock()
        self._memory: dict[str, str] = {}
        self._backend = None if memory_only else choose_backend(backend)
        if self._backend is None and not memory_only:
            log.warning("no usable keyring; secrets are kept in memory for this run only")

    @classmethod
    def in_memory(cls) -> SecretStore:
        return cls(memory_only=True)

    @property
    def persistent(self) -> bool:
        return self._backend is not None

    # --- the keys ---------------------------------------------------------------------------------

    @staticmethod
    def _token_key(server_url: str, username: str) -> str:
        return f"refresh:{normalize_server_url(server_url)}|{username}"

    @staticmethod
    def _user_key(server_url: str) -> str:
        return f"last-user:{normalize_server_url(server_url)}"

    def get_refresh_token(self, server_url: str, username: str) -> str | None:
        return self._get(self._token_key(server_url, username))

    def set_refresh_token(self, server_url: str, username: str, token: str) -> None:
        self._set(self._token_key(server_url, username), token)

    def delete_refresh_token(self, server_url: str, username: str) -> None:
        self._delete(self._token_key(server_url, username))

    # The SQLCipher key of one account's local database (console/store/crypto.py), hex in the keyring.
    # `account` is console.paths.account_key: a hash, so the entry names neither server nor counselor.

    @staticmethod
    def _db_key(account: str) -> str:
        return f"db-key:{account}"

    def get_db_key(self, account: str) -> bytes | None:
        value = self._get(self._db_key(account))
        if value is None:
            return None
        try:
            return bytes.fromhex(value)
        except ValueError:
            log.warning("database key in the keyring is malformed; ignoring it")
            return None

    def set_db_key(self, account: str, key: bytes) -> None:
        self._set(self._db_key(account), key.hex())

    def delete_db_key(self, account: str) -> None:
        self._delete(self._db_key(account))

    # The offline unlock verifier (console/reauth.py): an argon2 hash of the password, never the password.

    def get_unlock_verifier(self, account: str) -> str | None:
        return self._get(f"unlock:{account}")

    def set_unlock_verifier(self, account: str, verifier: str) -> None:
        self._set(f"unlock:{account}", verifier)

    def get_last_username(self, server_url: str) -> str | None:
        return self._get(self._user_key(server_url))

    def set_last_username(self, server_url: str, username: str) -> None:
        self._set(self._user_key(server_url), username)

    # --- backend access with fallback -------------------------------------------------------------

    def _fall_back(self, exc: Exception) -> None:
        log.warning("keyring failed (%s); keeping secrets in memory for this run", type(exc).__name__)
        self._backend = None

    def _get(self, key: str) -> str | None:
        with self._lock:
            if self._backend is not None:
                from keyring.errors import KeyringError  # loaded already: a backend exists

                try:
                    value = self._backend.get_password(SERVICE, key)
                except KeyringError as exc:
                    self._fall_back(exc)
                else:
                    return value if value is not None else self._memory.get(key)
            return self._memory.get(key)

    def _set(self, key: str, value: str) -> None:
        with self._lock:
            if self._backend is not None:
                from keyring.errors import KeyringError  # loaded already: a backend exists

                try:
                    self._backend.set_password(SERVICE, key, value)
                    self._memory.pop(key, None)
                    return
                except KeyringError as exc:
                    self._fall_back(exc)
            self._memory[key] = value

    def _delete(self, key: str) -> None:
        with self._lock:
            self._memory.pop(key, None)
            if self._backend is not None:
                from keyring.errors import KeyringError, PasswordDeleteError  # loaded already

                try:
                    self._backend.delete_password(SERVICE, key)
                except PasswordDeleteError:
                    pass  # nothing stored: already the state we want
                except KeyringError as exc:
                    self._fall_back(exc)
