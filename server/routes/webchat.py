"""The person's side of a live chat, for the web page (and the KakaoTalk link that continues in it).

No staff sign-in: a conversation is reached with its own bearer token, made when the person consents.
Long-poll, not SSE: EventSource cannot send an Authorization header (the token would sit in URLs and
logs), and a plain fetch that the server holds until something changes survives every proxy and mobile
network; resuming is the same request with the last seq the page has, so nothing is lost or doubled
across a dropped network or a server restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import SelfTest
from annyeong.server.deps import State
from annyeong.server.problems import ApiProblem
from annyeong.server.ratelimit import RateLimiter
from annyeong.server.routes.common import problems
from annyeong.server.services import livechat, webchat
from annyeong.server.services.webchat import (
    ConversationCreated,
    ConversationStart,
    PersonMessage,
    PersonMessageCreate,
    PersonView,
)
from annyeong.server.state import utcnow

router = APIRouter(tags=["web chat (the person)"])
MAX_BODY = 8 * 1024  # the person's requests are a few words: refuse anything bigger before parsing
MAX_WAIT_S = 25.0
ChatToken = Annotated[str | None, Header(alias="Authorization", include_in_schema=False)]


def limiter(request: Request) -> RateLimiter:
    found = getattr(request.app.state, "webchat_limits", None)
    if found is None:
        found = request.app.state.webchat_limits = RateLimiter()
    return found


async def _small(request: Request) -> None:
    # Async: a plain `def` dependency would cost every request of the page a hop to the thread pool.
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BODY:
        raise ApiProblem(413, "body_too_large", "the request is too large")


def _token(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _key(token: str | None) -> str:
    return hashlib.sha256((token or "").encode()).hexdigest()[:24]


async def _session(state: Any, authorization: str | None) -> Row[Any]:
    token = _token(authorization)
    return await state.db.read(lambda conn: webchat.by_token(conn, token))


PERSON = problems(401, 409, 413, 422) | {429: problems(429)[429]}


@router.post(
    "/v1/webchat/conversations",
    status_code=201,
    response_model=ConversationCreated,
    operation_id="startWebChat",
    responses=problems(413, 422) | {429: problems(429)[429]},
    dependencies=[Depends(_small)],
)
async def start(body: ConversationStart, request: Request, state: State) -> ConversationCreated:
    """After the person agreed to the privacy notice; nothing is stored before. The answer's token is
    the only way back to the conversation."""
    del body
    host = request.client.host if request.client else "?"
    limiter(request).check(f"start:{host}", state.config.webchat_starts_per_minute)
    _sid, token = await state.db.write(lambda conn: webchat.start(conn, "web", utcnow()))
    return ConversationCreated(token=token, state="consented")


@router.put(
    "/v1/webchat/conversation/self-test",
    response_model=PersonView,
    operation_id="answerWebChatSelfTest",
    responses=PERSON,
    dependencies=[Depends(_small)],
)
async def self_test(
    body: SelfTest, request: Request, state: State, authorization: ChatToken = None
) -> PersonView:
    limiter(request).check(f"msg:{_key(_token(authorization))}", state.config.webchat_messages_per_minute)

    def work(conn: Connection) -> PersonView:
        session = webchat.by_token(conn, _token(authorization))
        webchat.save_self_test(conn, session, body, utcnow())
        return webchat.view(conn, livechat.reload(conn, session.id), 0, utcnow())

    return await state.db.write(work)


@router.post(
    "/v1/webchat/conversation/connect",
    response_model=PersonView,
    operation_id="connectWebChat",
    responses=PERSON,
    dependencies=[Depends(_small)],
)
async def connect(request: Request, state: State, authorization: ChatToken = None) -> PersonView:
    """상담사 연결: joins the queue calls wait in. Idempotent."""
    limiter(request).check(f"msg:{_key(_token(authorization))}", state.config.webchat_messages_per_minute)
    timeout = state.config.offer_timeout_s

    def work(conn: Connection) -> PersonView:
        session = webchat.by_token(conn, _token(authorization))
        webchat.connect(conn, session, utcnow(), timeout)
        return webchat.view(conn, livechat.reload(conn, session.id), 0, utcnow())

    return await state.db.write(work)


@router.get(
    "/v1/webchat/conversation",
    response_model=PersonView,
    operation_id="followWebChat",
    responses=PERSON,
)
async def follow(
    request: Request,
    state: State,
    authorization: ChatToken = None,
    after_seq: Annotated[int, Query(ge=0, le=2_147_483_647)] = 0,
    known: Annotated[str, Query(max_length=200)] = "",
    wait: Annotated[float, Query(ge=0, le=MAX_WAIT_S)] = 0,
) -> PersonView:
    """What is new after `after_seq`. With `wait`, held until something changes (a message, or the
    state the page knows as `known`, which is the last answer's `version`) or the wait is over."""
    session = await _session(state, authorization)
    limiter(request).check(f"poll:{session.id}", 240)
    flag = state.db.bus.subscribe([livechat.session_audience(session.id)])
    try:
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            flag.clear()
            found = await state.db.write(
                lambda conn: webchat.view(conn, livechat.reload(conn, session.id), after_seq, utcnow()),
                notify=False,
            )
            left = deadline - asyncio.get_running_loop().time()
            if found.messages or found.version != known or left <= 0:
                return found
            with contextlib.suppress(TimeoutError):
                # The queue moves without this conversation's events: look again now and then.
                await asyncio.wait_for(flag.wait(), timeout=min(left, 5.0))
    finally:
        state.db.bus.unsubscribe(flag)


@router.post(
    "/v1/webchat/conversation/messages",
    status_code=201,
    response_model=PersonMessage,
    operation_id="sendWebChatMessage",
    responses=PERSON,
    dependencies=[Depends(_small)],
)
async def send(
    body: PersonMessageCreate, request: Request, state: State, authorization: ChatToken = None
) -> PersonMessage:
    """The same id again returns the stored message: the page retries until it hears back."""
    limiter(request).check(f"msg:{_key(_token(authorization))}", state.config.webchat_messages_per_minute)

    def work(conn: Connection) -> PersonMessage:
        return webchat.send(conn, _token(authorization), body, utcnow())

    return await state.db.write(work)


@router.post(
    "/v1/webchat/conversation/read",
    status_code=204,
    operation_id="readWebChat",
    responses=PERSON,
    dependencies=[Depends(_small)],
)
async def read(
    body: dict[str, int], request: Request, state: State, authorization: ChatToken = None
) -> Response:
    up_to = body.get("up_to_seq")
    if not isinstance(up_to, int) or up_to < 0:
        raise ApiProblem(422, "invalid_up_to_seq", "up_to_seq must be a whole number, 0 or more")
    limiter(request).check(f"read:{_key(_token(authorization))}", 120)

    def work(conn: Connection) -> None:
        livechat.mark_read(conn, webchat.by_token(conn, _token(authorization)), "person", up_to, utcnow())

    await state.db.write(work)
    return Response(status_code=204)


@router.post(
    "/v1/webchat/conversation/typing",
    status_code=204,
    operation_id="typingWebChat",
    responses=PERSON,
    dependencies=[Depends(_small)],
)
async def typing(
    body: dict[str, bool], request: Request, state: State, authorization: ChatToken = None
) -> Response:
    is_typing = body.get("typing")
    if not isinstance(is_typing, bool):
        raise ApiProblem(422, "invalid_typing", "typing must be true or false")
    limiter(request).check(f"typing:{_key(_token(authorization))}", 60)

    def work(conn: Connection) -> None:
        livechat.set_typing(
            conn, webchat.by_token(conn, _token(authorization)), "person", is_typing, utcnow()
        )

    await state.db.write(work)
    return Response(status_code=204)


@router.post(
    "/v1/webchat/conversation/end",
    response_model=PersonView,
    operation_id="endWebChat",
    responses=PERSON,
    dependencies=[Depends(_small)],
)
async def end(request: Request, state: State, authorization: ChatToken = None) -> PersonView:
    """대화 끝내기. Idempotent."""
    limiter(request).check(f"msg:{_key(_token(authorization))}", state.config.webchat_messages_per_minute)
    timeout = state.config.offer_timeout_s

    def work(conn: Connection) -> PersonView:
        session = webchat.by_token(conn, _token(authorization))
        webchat.end(conn, session, utcnow(), timeout)
        return webchat.view(conn, livechat.reload(conn, session.id), 0, utcnow())

    return await state.db.write(work)
