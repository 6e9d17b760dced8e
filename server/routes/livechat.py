"""The counselor's side of a live chat, on the chat contact: messages, read receipts, typing, the end."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from annyeong.console.wire import (
    ChatEnd,
    ChatRead,
    ChatTyping,
    LiveChatMessage,
    LiveChatMessageCreate,
    LiveChatMessageList,
)
from annyeong.server.audited import audited, guarded, who
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.common import Id, problems
from annyeong.server.services import chat_contacts
from annyeong.server.state import utcnow

router = APIRouter(tags=["live chat"])
_STORED: dict[int | str, dict[str, Any]] = {
    200: {"model": LiveChatMessage, "description": "this id was stored before: the stored message"}
}


@router.post(
    "/v1/contacts/{contact_id}/messages",
    status_code=201,
    response_model=LiveChatMessage,
    operation_id="postChatMessage",
    responses=_STORED | problems(401, 403, 404, 409, 413, 422),
)
async def post_message(
    contact_id: Id,
    body: LiveChatMessageCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("postChatMessage"))],
    state: State,
    response: Response,
) -> LiveChatMessage:
    """Only the contact's holder writes. The same id again returns the stored message (200), so the
    console's outbox may retry freely; 409 chat_ended once the conversation is over."""
    status, message = await audited(
        state,
        who(request, principal),
        "chat.message",
        "contact",
        contact_id,
        lambda conn: chat_contacts.post_message(conn, principal, contact_id, body, utcnow()),
        writes=True,
    )
    response.status_code = status
    return message


@router.get(
    "/v1/contacts/{contact_id}/messages",
    response_model=LiveChatMessageList,
    operation_id="listChatMessages",
    responses=problems(401, 403, 404, 409, 422),
)
async def list_messages(
    contact_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("listChatMessages"))],
    state: State,
    after_seq: Annotated[int, Query(ge=0, le=2_147_483_647)] = 0,
) -> LiveChatMessageList:
    """The transcript after `after_seq`, oldest first (at most 500: ask again from the last seq)."""
    return await audited(
        state,
        who(request, principal),
        "chat.read_transcript",
        "contact",
        contact_id,
        lambda conn: chat_contacts.list_messages(conn, principal, contact_id, after_seq, utcnow()),
        writes=True,
    )


@router.post(
    "/v1/contacts/{contact_id}/messages/read",
    status_code=204,
    operation_id="readChatMessages",
    responses=problems(401, 403, 404, 409, 422),
)
async def read_messages(
    contact_id: Id,
    body: ChatRead,
    request: Request,
    principal: Annotated[Principal, Depends(allow("readChatMessages"))],
    state: State,
) -> Response:
    """A read receipt. A refused one is recorded in the access log; a granted one shows nothing of the
    person's (it is the holder's own screen), so it is not."""

    async def run() -> None:
        await state.db.write(
            lambda conn: chat_contacts.read(conn, principal, contact_id, body.up_to_seq, utcnow())
        )

    await guarded(state, who(request, principal), "chat.read_receipt", "contact", contact_id, run)
    return Response(status_code=204)


@router.post(
    "/v1/contacts/{contact_id}/typing",
    status_code=204,
    operation_id="setChatTyping",
    responses=problems(401, 403, 404, 409, 422),
)
async def set_typing(
    contact_id: Id,
    body: ChatTyping,
    request: Request,
    principal: Annotated[Principal, Depends(allow("setChatTyping"))],
    state: State,
) -> Response:
    """Send true at most every few seconds while typing; it lapses by itself after six seconds. A refused
    one is recorded in the access log; a granted one carries nothing of the person's, so it is not."""

    async def run() -> None:
        await state.db.write(
            lambda conn: chat_contacts.typing(conn, principal, contact_id, body.typing, utcnow())
        )

    await guarded(state, who(request, principal), "chat.typing", "contact", contact_id, run)
    return Response(status_code=204)


@router.post(
    "/v1/contacts/{contact_id}/chat-end",
    response_model=LiveChatMessageList,
    operation_id="endChat",
    responses=problems(401, 403, 404, 409, 422),
)
async def end_chat(
    contact_id: Id,
    body: ChatEnd,
    request: Request,
    principal: Annotated[Principal, Depends(allow("endChat"))],
    state: State,
) -> LiveChatMessageList:
    """The counselor ends the conversation (with an optional farewell sent first); the contact ends with
    it. Idempotent."""
    timeout = state.config.offer_timeout_s
    return await audited(
        state,
        who(request, principal),
        "chat.end",
        "contact",
        contact_id,
        lambda conn: chat_contacts.end(conn, principal, contact_id, body, utcnow(), timeout),
        writes=True,
    )
