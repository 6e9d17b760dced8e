"""Who is signed in (GET /v1/auth/me) and whether the server is there (GET /v1/health), over the
console's one ApiClient. Signing in, the refresh and signing out stay in client.py: they hold the tokens
every request sends. Errors are the client's usual ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.wire import Health, Me

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


async def health(client: ApiClient) -> Health:
    return await client.request("GET", "/v1/health", Health, auth="none")


async def me(client: ApiClient) -> Me:
    return await client.request("GET", "/v1/auth/me", Me)
