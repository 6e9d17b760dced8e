"""Re-authentication for the lock screen: the password is checked by the server, or offline by a local
verifier.

Online the server decides (its lockout counts failed unlocks too). The check uses a separate short-lived
client whose tokens are revoked at once, so the running session, its sync and a ringing call are not
touched. Offline, an argon2 hash of the password kept in the OS keyring (written at every successful
sign-in or online unlock) lets the counselor back in: a crisis call must not be stuck behind the lock
because the network is down. After MAX_LOCAL_FAILURES wrong offline tries only the server can unlock.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from annyeong.console.api.client import ApiClient
from annyeong.console.errors import AuthFailed, ConsoleError, Offline
from annyeong.console.paths import account_key
from annyeong.console.secrets import SecretStore

log = logging.getLogger(__name__)

MAX_LOCAL_FAILURES = 5
Verified = Literal["server", "local"]


class Reauth:
    """Checks a password for the signed-in account without disturbing its session."""

    def __init__(self, secrets: SecretStore, *, tls: ssl.SSLContext | None = None) -> None:
        self._secrets = secrets
        self._tls = tls  # the console's own TLS rules (private CA, pins) for the check's connection
        self._hasher = PasswordHasher()
        self._local_failures = 0

    async def remember(self, server_url: str, username: str, password: str) -> None:
        """Keep the offline verifier after a password the server accepted (hashing runs off the loop)."""
        verifier = await asyncio.to_thread(self._hasher.hash, password)
        account = account_key(server_url, username)
        await asyncio.to_thread(self._secrets.set_unlock_verifier, account, verifier)
        self._local_failures = 0

    async def verify(self, server_url: str, username: str, password: str) -> Verified:
        """"server" or "local" when the password is right. Raises AuthFailed (wrong, or locked: the code
        says which) or Offline (no server and no usable local verifier)."""
        try:
            await self._verify_online(server_url, username, password)
        except Offline:
            return await self._verify_local(server_url, username, password)
        await self.remember(server_url, username, password)
        return "server"

    async def _verify_online(self, server_url: str, username: str, password: str) -> None:
        client = ApiClient(server_url=server_url, tls=self._tls)
        try:
            await client.login(username=username, password=password)
            try:
                await client.logout()  # this check's own tokens; the console's session is another
            except ConsoleError as exc:
                log.info("unlock check tokens not revoked: %s", exc.code)
        finally:
            await client.aclose()

    async def _verify_local(self, server_url: str, username: str, password: str) -> Verified:
        if self._local_failures >= MAX_LOCAL_FAILURES:
            raise Offline("unlock_needs_server")
        account = account_key(server_url, username)
        verifier = await asyncio.to_thread(self._secrets.get_unlock_verifier, account)
        if verifier is None:
            raise Offline("unlock_needs_server")
        try:
            await asyncio.to_thread(self._hasher.verify, verifier, password)
        except (VerificationError, InvalidHashError):
            self._local_failures += 1
            raise AuthFailed("invalid_credentials") from None
        return "local"
