"""Presence: a person sets their own; shift leads see everyone's."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from annyeong.console.wire import PresenceInfo, PresenceUpdate
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.common import problems
from annyeong.server.services import prepared
from annyeong.server.services.presence import change_presence, list_presence
from annyeong.server.state import utcnow

router = APIRouter(tags=["presence"])


@router.put(
    "/v1/me/presence",
    response_model=PresenceInfo,
    operation_id="setMyPresence",
    responses=problems(401, 403, 422),
)
async def set_presence(
    body: PresenceUpdate,
    principal: Annotated[Principal, Depends(allow("setMyPresence"))],
    state: State,
) -> PresenceInfo:
    timeout = state.config.offer_timeout_s
    # Becoming available may be offered the call waiting longest: its card is read before the lock.
    return await state.db.write(
        lambda conn: change_presence(conn, principal.id, body.status, utcnow(), timeout),
        prepare=prepared.prepare_queue_head if body.status == "available" else None,
    )


@router.get(
    "/v1/presence",
    response_model=list[PresenceInfo],
    operation_id="listPresence",
    responses=problems(401, 403),
)
async def get_presence(
    _principal: Annotated[Principal, Depends(allow("listPresence"))], state: State
) -> list[PresenceInfo]:
    return await state.db.read(list_presence)
