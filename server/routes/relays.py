"""Relay requests: a colleague phones 112/119 for a counselor who is on the line with the caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from annyeong.console.wire import Relay, RelayCreate, RelayList
from annyeong.server.audited import audited, guarded, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.common import Id, problems
from annyeong.server.services import relays
from annyeong.server.state import utcnow

router = APIRouter(tags=["dispatches"])


def _source(request: Request) -> str | None:
    return request.client.host if request.client else None


@router.post(
    "/v1/relays",
    status_code=201,
    response_model=Relay,
    operation_id="requestRelay",
    responses={200: {"model": Relay, "description": "This request was already received (same id)"},
               **problems(400, 401, 403, 404, 413, 422)},
)
async def request_relay(
    body: RelayCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("requestRelay"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """"동료·팀장에게 112 신고 요청": the read-out goes to the shift leads and every colleague who is not
    offline (relay.updated, without the read-out or numbers). Send the relay id as the Idempotency-Key.
    An unknown or foreign dispatch_id leaves it unlinked; the numbers default to the dispatch's. Audited
    with the lawful basis "emergency"."""
    now = utcnow()
    training = state.config.training
    source = _source(request)
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: relays.create(conn, principal, body, now, training=training, source=source),
    )


@router.get(
    "/v1/relays",
    response_model=RelayList,
    operation_id="listRelays",
    responses=problems(401, 403, 422),
)
async def list_relays(
    request: Request,
    principal: Annotated[Principal, Depends(allow("listRelays"))],
    state: State,
    open_only: Annotated[
        bool | None, Query(alias="open", description="true: nobody took it yet; false: taken; omitted: all")
    ] = None,
) -> RelayList:
    """Newest first, at most 50, without read-outs or numbers (read one to see them)."""
    return await audited(
        state,
        who(request, principal),
        "relay.list",
        "relay",
        None,
        lambda conn: relays.list_relays(conn, open_only),
        reason=lambda found: f"{len(found.items)} relays",
    )


@router.get(
    "/v1/relays/{relay_id}",
    response_model=Relay,
    operation_id="getRelay",
    responses=problems(401, 403, 404),
)
async def get_relay(
    relay_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getRelay"))],
    state: State,
) -> Relay:
    """The read-out and the full numbers, for whoever may phone 112 for the requester (audited, lawful
    basis "emergency")."""
    source = _source(request)
    return await guarded(
        state,
        who(request, principal),
        "relay.read",
        "relay",
        relay_id,
        lambda: state.db.write(lambda conn: relays.get(conn, principal, relay_id, utcnow(), source)),
    )


@router.post(
    "/v1/relays/{relay_id}/take",
    response_model=Relay,
    operation_id="takeRelay",
    responses=problems(401, 403, 404, 409),
)
async def take_relay(
    relay_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("takeRelay"))],
    state: State,
) -> Relay:
    """"제가 신고합니다": the first to answer phones. Again by the same person: 200, nothing changes;
    anyone else afterwards: 409 relay_taken; the requester: 409 relay_own_request."""
    source = _source(request)
    return await guarded(
        state,
        who(request, principal),
        "relay.taken",
        "relay",
        relay_id,
        lambda: state.db.write(lambda conn: relays.take(conn, principal, relay_id, utcnow(), source)),
    )
