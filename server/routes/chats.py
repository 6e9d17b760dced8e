"""Chat hand-off: the chatbot passes a person (self-test answers, transcript) to a counselor."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from annyeong.console.wire import Call, ChatCreate
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey, caller_key
from annyeong.server.routes.common import problems
from annyeong.server.services import chats
from annyeong.server.state import utcnow

router = APIRouter(tags=["chats"])


@router.post(
    "/v1/chats",
    status_code=201,
    response_model=Call,
    operation_id="createChat",
    responses=problems(400, 401, 403, 413, 422),
)
async def create_chat(
    body: ChatCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("createChat"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    chats.check(body)
    e164 = caller_key(body.from_number)
    now = utcnow()
    timeout = state.config.offer_timeout_s
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: (201, chats.create_chat(conn, principal, body, e164, now, timeout)),
        action="chat.create", kind="call", id_of=lambda call: call.id,
    )
