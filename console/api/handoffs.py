"""The case API's handoff routes (인계), over the console's one ApiClient: creating, listing, accepting and
rejecting a handoff, and the lead's assigning one to a colleague.

The calls go through the client's one request path, so errors become Offline / AuthRequired / ApiError
exactly as everywhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.wire import (
    Handoff,
    HandoffAssign,
    HandoffCreate,
    HandoffList,
    HandoffReject,
    HandoffStatus,
)

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


async def create_handoff(client: ApiClient, body: HandoffCreate, *, idempotency_key: str) -> Handoff:
    # The key is made once per handoff draft and reused on every retry, so a live contact is never
    # handed off twice even when the first answer was lost.
    return await client.request("POST", "/v1/handoffs", Handoff, body=body, idempotency_key=idempotency_key)


async def list_handoffs(client: ApiClient, *, status: HandoffStatus | None = None) -> HandoffList:
    params = {"status": status} if status is not None else None
    return await client.request("GET", "/v1/handoffs", HandoffList, params=params)


async def get_handoff(client: ApiClient, handoff_id: str) -> Handoff:
    return await client.request("GET", f"/v1/handoffs/{handoff_id}", Handoff)


async def accept_handoff(client: ApiClient, handoff_id: str) -> Handoff:
    return await client.request("POST", f"/v1/handoffs/{handoff_id}/accept", Handoff)


async def reject_handoff(client: ApiClient, handoff_id: str, reason: str) -> Handoff:
    return await client.request(
        "POST", f"/v1/handoffs/{handoff_id}/reject", Handoff, body=HandoffReject(reason=reason)
    )


async def assign_handoff(client: ApiClient, handoff_id: str, to_user_id: str) -> Handoff:
    return await client.request(
        "POST", f"/v1/handoffs/{handoff_id}/assign", Handoff, body=HandoffAssign(to_user_id=to_user_id)
    )
