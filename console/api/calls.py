"""The case API's presence and call routes, over the console's one ApiClient: what console/calls.py does
(presence, taking and declining a call), and the telephony bridge's announcement of a call, which the
simulator plays. Errors are the client's usual ones: Offline / AuthRequired / AuthFailed / ApiError."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from annyeong.console.wire import (
    Call,
    CallCreate,
    CallCreated,
    CallDecline,
    Contact,
    Presence,
    PresenceInfo,
    PresenceUpdate,
)

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient

_PRESENCE_LIST: TypeAdapter[list[PresenceInfo]] = TypeAdapter(list[PresenceInfo])


# --- presence -----------------------------------------------------------------------------------------


async def set_presence(client: ApiClient, status: Presence) -> PresenceInfo:
    return await client.request("PUT", "/v1/me/presence", PresenceInfo, body=PresenceUpdate(status=status))


async def list_presence(client: ApiClient) -> list[PresenceInfo]:
    return await client.request("GET", "/v1/presence", _PRESENCE_LIST)


# --- calls --------------------------------------------------------------------------------------------


async def create_call(
    client: ApiClient, call: CallCreate, *, api_key: str, idempotency_key: str
) -> CallCreated:
    """As the telephony bridge (machine role): announce an incoming call. The answer is the call and
    what was wrong with what was delivered (it rings anyway)."""
    return await client.request(
        "POST", "/v1/calls", CallCreated, body=call, auth=("api_key", api_key),
        idempotency_key=idempotency_key,
    )


async def get_call(client: ApiClient, call_id: str) -> Call:
    return await client.request("GET", f"/v1/calls/{call_id}", Call)


async def accept_call(client: ApiClient, call_id: str) -> Contact:
    # The server answers a repeated accept by the same counselor with the same contact.
    return await client.request("POST", f"/v1/calls/{call_id}/accept", Contact, repeatable=True)


async def decline_call(client: ApiClient, call_id: str, *, reason: str = "") -> Call:
    body = CallDecline(reason=reason)
    return await client.request("POST", f"/v1/calls/{call_id}/decline", Call, body=body)


async def end_call(client: ApiClient, call_id: str) -> Call:
    return await client.request("POST", f"/v1/calls/{call_id}/end", Call)


async def hang_up(client: ApiClient, call_id: str, *, api_key: str) -> Call:
    """As the telephony bridge: the caller hung up (a waiting call leaves the queue as abandoned)."""
    return await client.request("POST", f"/v1/calls/{call_id}/end", Call, auth=("api_key", api_key))
