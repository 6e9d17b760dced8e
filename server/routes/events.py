"""The event log for consoles: Server-Sent Events with resume, and a long-poll fallback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable
from typing import Annotated, get_args

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import select

from annyeong.console.wire import EventList, ReferralTarget
from annyeong.server import eventlog, schema
from annyeong.server.audited import Who, who, write_entry
from annyeong.server.deps import Principal, State, allow
from annyeong.server.problems import ApiProblem
from annyeong.server.routes.common import problems
from annyeong.server.state import AppState, utcnow

router = APIRouter(tags=["events"])

PAGE = 200
# Sequence numbers are 64-bit integers in every database we run on: a cursor past that is refused before
# a query (SQLite cannot bind it) and, for the stream, before its body starts.
MAX_SEQ = 2**63 - 1


def _audit_delivery(state: AppState, w: Who, action: str, first: int, last: int) -> Awaitable[None]:
    """Events carry personal data (notes, numbers on cards): which ones reached whom is recorded."""
    # Grouped: at a busy hour every console records each delivery, and one transaction per delivery
    # would queue them all behind the cluster-wide write lock.
    return state.db.write_grouped(
        lambda conn: write_entry(conn, w, action, "events", f"{first}-{last}", "granted")
    )


def _tokens(principal: Principal) -> list[str]:
    return eventlog.tokens_for(principal.id, principal.role, principal.organisation, get_args(ReferralTarget))


def _start_seq(after: int | None, last_event_id: str | None) -> int:
    # Last-Event-ID is what a reconnecting EventSource sends by itself; ?after= wins when both are given.
    if after is not None:
        return after
    if last_event_id is None or not last_event_id.strip():
        return 0
    text = last_event_id.strip()
    value = int(text) if text.isascii() and text.isdigit() else -1
    if not 0 <= value <= MAX_SEQ:
        raise ApiProblem(
            400, "invalid_last_event_id", "Last-Event-ID must be an event sequence number (0 to 2^63-1)"
        )
    return value


async def _stream(state: AppState, principal: Principal, request: Request, start: int) -> AsyncIterator[str]:
    tokens = _tokens(principal)
    w = who(request, principal)
    flag = state.db.bus.subscribe(tokens)
    cursor = start
    try:
        # A comment first, so the client sees the stream open at once. (No "retry:" field: some SSE
        # clients, httpx-sse among them, hand a retry-only block to the application as an empty event.)
        yield ": connected\n\n"
        while True:
            # Cleared before reading: an event committed during the read sets it again, so none is missed.
            flag.clear()
            items, cursor = await state.db.tail.read_after(cursor, tokens, PAGE)
            if items:
                await _audit_delivery(state, w, "events.read", items[0].seq, items[-1].seq)
                # One write for all the events read at once: a console woken for a burst gets one
                # chunk, not one per event (each chunk is a pass through the middleware and a send).
                yield "".join(held.block() for held in items)
            if len(items) == PAGE:
                continue
            try:
                # asyncio.timeout, not wait_for: wait_for wrapped the wait in a task of its own, once for
                # every delivery of every stream.
                async with asyncio.timeout(state.config.heartbeat_s):
                    await flag.wait()
            except TimeoutError:
                if await request.is_disconnected() or not await _family_active(state, principal):
                    return
                yield ": ping\n\n"
    finally:
        state.db.bus.unsubscribe(flag)


async def _family_active(state: AppState, principal: Principal) -> bool:
    """A signed-out (revoked) session stops receiving events at the next heartbeat."""
    t = schema.tokens
    family = principal.token_family
    row = await state.db.read(
        lambda conn: conn.execute(
            select(t.c.revoked_at, t.c.expires_at).where(t.c.family == family, t.c.kind == "refresh")
        ).first()
    )
    return row is not None and row.revoked_at is None and row.expires_at > utcnow()


@router.get(
    "/v1/events",
    operation_id="followEvents",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "text/event-stream: `id: <seq>`, `event: <type>`, `data: <Event JSON>`; `: ping` "
            "comments as heartbeat",
            "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Event"}}},
        },
        **problems(400, 401, 403, 422),
    },
)
async def follow_events(
    request: Request,
    principal: Annotated[Principal, Depends(allow("followEvents"))],
    state: State,
    after: Annotated[
        int | None, Query(ge=0, le=MAX_SEQ, description="resume after this sequence number")
    ] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=20)] = None,
) -> StreamingResponse:
    start = _start_seq(after, last_event_id)
    return StreamingResponse(
        _stream(state, principal, request, start),
        media_type="text/event-stream",
        # no-transform and X-Accel-Buffering: proxies must not buffer or compress the stream.
        headers={"Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no"},
    )


@router.get(
    "/v1/events/poll", response_model=EventList, operation_id="pollEvents", responses=problems(401, 403, 422)
)
async def poll_events(
    request: Request,
    principal: Annotated[Principal, Depends(allow("pollEvents"))],
    state: State,
    after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    wait: Annotated[float, Query(ge=0, le=30, description="seconds to wait for a new event")] = 0,
) -> EventList:
    tokens = _tokens(principal)
    flag = state.db.bus.subscribe(tokens)
    try:
        flag.clear()
        held, last = await state.db.tail.read_after(after, tokens, limit)
        if not held and wait > 0:
            try:
                await asyncio.wait_for(flag.wait(), wait)
            except TimeoutError:
                return EventList(items=[], last_seq=last)
            held, last = await state.db.tail.read_after(after, tokens, limit)
        if held:
            await _audit_delivery(state, who(request, principal), "events.read", held[0].seq, held[-1].seq)
        return EventList(items=[h.event for h in held], last_seq=last)
    finally:
        state.db.bus.unsubscribe(flag)
