"""Signing in and keeping the session: tokens in the ApiClient, the refresh token in the keyring."""

from __future__ import annotations

import asyncio
import logging

from annyeong.console.api import account as api_account
from annyeong.console.api.client import ApiClient
from annyeong.console.errors import AuthFailed, AuthRequired, ConsoleError
from annyeong.console.paths import check_server_url
from annyeong.console.secrets import SecretStore
from annyeong.console.wire import Me, TokenResponse

log = logging.getLogger(__name__)


class Session:
    """Who is signed in where.

    Guarantees:
      - the refresh token is written to the keyring after every sign-in and rotation (keyring calls run in
        a worker thread; writes are serialised so the newest token is the one kept);
      - a refresh token the server refuses is deleted, never retried.
    """

    def __init__(self, client: ApiClient, secrets: SecretStore) -> None:
        self.client = client
        self.secrets = secrets
        self.server_url: str | None = None
        self.username: str | None = None
        self._save_lock = asyncio.Lock()
        self._pending: set[asyncio.Task[None]] = set()
        client.on_tokens = self._on_tokens

    @property
    def persistent(self) -> bool:
        """False when tokens are kept in memory only (no usable keyring): sign in again after a restart."""
        return self.secrets.persistent

    def _on_tokens(self, _tokens: TokenResponse) -> None:
        # Called inside the client on the loop; keyring blocks, so save in the background (kept referenced).
        if self.server_url is None or self.username is None:
            return
        task = asyncio.get_running_loop().create_task(self._save())
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _save(self) -> None:
        async with self._save_lock:
            server_url, username, token = self.server_url, self.username, self.client.refresh_token
            if server_url is None or username is None or token is None:
                return
            await asyncio.to_thread(self.secrets.set_refresh_token, server_url, username, token)
            await asyncio.to_thread(self.secrets.set_last_username, server_url, username)

    async def flush(self) -> None:
        """Wait for keyring writes in flight (before exit, so a rotated token is not lost)."""
        if self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    async def sign_in(self, *, server_url: str, username: str, password: str) -> Me:
        """Raises AuthFailed (wrong credentials, locked), Offline, ApiError, or InsecureServerUrl (plain
        http to a host other than this PC; nothing was sent)."""
        url = check_server_url(server_url)
        self.client.clear_tokens()
        self.client.set_server_url(url)
        self.server_url, self.username = url, username
        try:
            await self.client.login(username=username, password=password)
            me = await api_account.me(self.client)
        except BaseException:
            self.server_url = self.username = None
            raise
        await self._save()
        return me

    async def restore(self, *, server_url: str, username: str | None = None) -> Me | None:
        """Sign in again with the stored refresh token. None when there is none or the server refused it;
        raises Offline when the server cannot be reached (the token is kept for later), InsecureServerUrl
        for plain http to another host (the token is kept and never sent)."""
        url = check_server_url(server_url)
        user = username or await asyncio.to_thread(self.secrets.get_last_username, url)
        if user is None:
            return None
        token = await asyncio.to_thread(self.secrets.get_refresh_token, url, user)
        if token is None:
            return None
        self.client.set_server_url(url)
        self.client.set_tokens(access_token=None, refresh_token=token)
        self.server_url, self.username = url, user
        try:
            await self.client.refresh()
            me = await api_account.me(self.client)
        except (AuthRequired, AuthFailed):
            await asyncio.to_thread(self.secrets.delete_refresh_token, url, user)
            self.server_url = self.username = None
            self.client.clear_tokens()
            return None
        except BaseException:
            self.server_url = self.username = None
            self.client.clear_tokens()
            raise
        await self._save()
        return me

    async def sign_out(self) -> None:
        """Revoke on the server if reachable, forget locally in any case."""
        server_url, username = self.server_url, self.username
        self.server_url = self.username = None
        try:
            await self.client.logout()
        except ConsoleError as exc:
            log.info("logout not confirmed by the server: %s", exc.code)
        await self.flush()
        if server_url is not None and username is not None:
            await asyncio.to_thread(self.secrets.delete_refresh_token, server_url, username)
