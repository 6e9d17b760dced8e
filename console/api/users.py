"""The colleague directory (GET /v1/users), over the console's one ApiClient: who a handoff or a
follow-up can name. Every signed-in person may read it; errors are the client's usual ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import TypeAdapter, ValidationError

from annyeong.console.api.client import bad_response
from annyeong.console.wire import UserDirectoryEntry

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient

_DIRECTORY: TypeAdapter[list[UserDirectoryEntry]] = TypeAdapter(list[UserDirectoryEntry])


async def list_users(client: ApiClient) -> list[UserDirectoryEntry]:
    """Counselors, shift leads and admins by name. Raises Offline / AuthRequired / ApiError."""
    response = await client._send("GET", "/v1/users")
    client._raise_for(response)
    try:
        return _DIRECTORY.validate_json(response.content)
    except ValidationError:
        raise bad_response(response.status_code) from None
