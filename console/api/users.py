"""The colleague directory (GET /v1/users), over the console's one ApiClient: who a handoff or a
follow-up can name. Every signed-in person may read it; errors are the client's usual ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from annyeong.console.wire import UserDirectoryEntry

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient

_DIRECTORY: TypeAdapter[list[UserDirectoryEntry]] = TypeAdapter(list[UserDirectoryEntry])


async def list_users(client: ApiClient) -> list[UserDirectoryEntry]:
    """Counselors, shift leads and admins by name. Raises Offline / AuthRequired / ApiError."""
    return await client.request("GET", "/v1/users", _DIRECTORY)
