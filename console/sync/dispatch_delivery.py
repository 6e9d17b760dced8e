"""Sending emergency dispatch rows (POST /v1/dispatches and /v1/dispatches/{id}/status).

The create carries the press's own id as its Idempotency-Key, and the server also dedupes by that id, so
a create sent again after a lost answer or a restart is the same dispatch. Steps are addressed by the
press's id too (the server resolves a joined press to its dispatch) and a step already recorded answers
200, so a step sent twice is recorded once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.api.client import ApiClient
from annyeong.console.wire import Dispatch, DispatchCreate, DispatchList, DispatchStatusUpdate

if TYPE_CHECKING:
    from annyeong.console.store.local import LocalStore
    from annyeong.console.store.outbox import OutboxRow


async def create_dispatch(client: ApiClient, body: DispatchCreate, *, idempotency_key: str) -> Dispatch:
    # The client's generic request path: errors become Offline / AuthRequired / ApiError as everywhere.
    return await client.request(
        "POST", "/v1/dispatches", Dispatch, body=body, idempotency_key=idempotency_key
    )


async def record_dispatch_step(client: ApiClient, dispatch_id: str, update: DispatchStatusUpdate) -> Dispatch:
    return await client.request(
        "POST", f"/v1/dispatches/{dispatch_id}/status", Dispatch, body=update
    )


async def get_dispatch(client: ApiClient, dispatch_id: str) -> Dispatch:
    return await client.request("GET", f"/v1/dispatches/{dispatch_id}", Dispatch)


async def list_dispatches(
    client: ApiClient, *, open_only: bool | None = None, contact_id: str | None = None
) -> DispatchList:
    params: dict[str, str] = {}
    if open_only is not None:
        params["open"] = "true" if open_only else "false"
    if contact_id is not None:
        params["contact_id"] = contact_id
    return await client.request("GET", "/v1/dispatches", DispatchList, params=params or None)


async def deliver_create(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    dispatch = await create_dispatch(
        client, DispatchCreate.model_validate(row.payload), idempotency_key=row.idempotency_key
    )
    # Recorded before the row is acknowledged: a crash in between sends it again, same answer.
    store.dispatches.record_server(dispatch, client_id=row.record_id)
    return dispatch


async def deliver_step(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    update = DispatchStatusUpdate(
        step=row.payload["step"], reason=row.payload.get("reason"), at=row.payload.get("at"),
        note=row.payload.get("note"),
    )
    dispatch = await record_dispatch_step(client, row.payload["dispatch_id"], update)
    store.dispatches.record_server(dispatch, client_id=row.record_id)
    return dispatch
