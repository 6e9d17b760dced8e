"""The case API's referral and follow-up routes, over the console's one ApiClient (their outbox
deliverers live in console/sync/deliverers.py).

The calls go through the client's one request path, so errors become Offline / AuthRequired / ApiError
exactly as everywhere else.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from annyeong.console.wire import (
    FollowUp,
    FollowUpCreate,
    FollowUpList,
    FollowUpUpdate,
    Referral,
    ReferralCreate,
    ReferralList,
)

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


async def create_referral(client: ApiClient, body: ReferralCreate) -> Referral:
    # The referral's own id is the Idempotency-Key (the server documents it so).
    return await client.request("POST", "/v1/referrals", Referral, body=body, idempotency_key=str(body.id))


async def get_referral(client: ApiClient, referral_id: str) -> Referral:
    return await client.request("GET", f"/v1/referrals/{referral_id}", Referral)


async def list_referrals(
    client: ApiClient, *, case_id: str | None = None, open_only: bool | None = None
) -> ReferralList:
    params: dict[str, str] = {}
    if case_id is not None:
        params["case_id"] = case_id
    if open_only is not None:
        params["open"] = "true" if open_only else "false"
    return await client.request("GET", "/v1/referrals", ReferralList, params=params or None)


async def list_follow_ups(
    client: ApiClient, *, assignee: Literal["me", "pool", "all"] = "me", due_before: datetime | None = None
) -> FollowUpList:
    params: dict[str, str] = {"assignee": assignee}
    if due_before is not None:
        params["due_before"] = due_before.isoformat()
    return await client.request("GET", "/v1/follow-ups", FollowUpList, params=params)


async def create_follow_up(client: ApiClient, body: FollowUpCreate) -> FollowUp:
    return await client.request("POST", "/v1/follow-ups", FollowUp, body=body, idempotency_key=str(body.id))


async def get_follow_up(client: ApiClient, follow_up_id: str) -> FollowUp:
    return await client.request("GET", f"/v1/follow-ups/{follow_up_id}", FollowUp)


async def update_follow_up(
    client: ApiClient, follow_up_id: str, update: FollowUpUpdate, *, version: int
) -> FollowUp:
    """PATCH only the fields set in `update`, If-Match `version` (412 version_mismatch when stale)."""
    return await client.request(
        "PATCH", f"/v1/follow-ups/{follow_up_id}", FollowUp, body=update, if_match=version, exclude_unset=True
    )
