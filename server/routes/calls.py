"""Calls: the telephony bridge creates them; the counselor they ring at accepts or declines."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import MAX_INPUT_LENGTH, InvalidPhoneNumber, normalize, unknown_key
from annyeong.console.wire import (
    Call,
    CallCreate,
    CallCreated,
    CallDecline,
    Contact,
    DeliveryWarning,
    QueueCounts,
)
from annyeong.server.audited import audited, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.permissions import CALL_VIEW_ANY
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.routes.common import Id, problems
from annyeong.server.services import calls, prepared, routing
from annyeong.server.state import utcnow

router = APIRouter(tags=["calls"])

IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", description="required: a unique key per logical request (1-200 chars)"),
]


def normalized(raw: str | None, field: str) -> str | None:
    """E.164 for a number a bridge sent; None when withheld; a 422 naming the field when invalid."""
    if raw is None:
        return None
    try:
        return normalize(raw)
    except InvalidPhoneNumber as exc:
        raise field_problem(
            422, "invalid_phone_number", f"{field} is not a valid phone number", field, exc.code
        ) from exc


def caller_key(raw: str | None) -> str | None:
    """The caller key of a new call or chat: E.164; "?digits" for a number that is not valid (the person
    must reach a counselor all the same, so it is never a 422); None when withheld or when what came
    holds no digits at all ("anonymous")."""
    if raw is None:
        return None
    try:
        return normalize(raw)
    except InvalidPhoneNumber:
        return unknown_key(raw)


def delivered_caller(raw: str | None) -> tuple[str | None, list[DeliveryWarning]]:
    """caller_key for the bridge's caller ID, and the warnings that tell the bridge what was wrong with
    it: the call rings all the same, so the bridge learns it from the 201, never from a refusal."""
    key = caller_key(raw)
    if raw is None or (key is not None and not key.startswith("?")):
        return key, []
    if not raw.strip():
        code, msg = "caller_id_empty", "from_number was empty; the call rings as withheld"
    elif len(raw) > MAX_INPUT_LENGTH:
        code = "caller_id_too_long"
        msg = f"from_number has {len(raw)} characters (at most {MAX_INPUT_LENGTH}); the call rings as "
        msg += "unknown, keeping only some of its digits" if key else "withheld"
    else:
        code = "caller_id_invalid"
        msg = "from_number is not a valid phone number; the call rings as " + (
            "unknown" if key else "withheld"
        )
    return key, [DeliveryWarning(field="from_number", code=code, msg=msg)]


@router.post(
    "/v1/calls",
    status_code=201,
    response_model=CallCreated,
    operation_id="createCall",
    responses=problems(400, 401, 403, 413, 422),
)
async def create_call(
    body: CallCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("createCall"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    e164, warnings = delivered_caller(body.from_number)
    now = utcnow()
    timeout = state.config.offer_timeout_s

    def work(conn: Connection) -> tuple[int, CallCreated]:
        call = calls.create_call(conn, principal, body, e164, now, timeout)
        return 201, CallCreated(**dict(call), warnings=warnings)

    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=work, action="call.create", kind="call", id_of=lambda call: call.id,
        prepare=lambda conn: prepared.prepare_number(conn, e164),
    )


@router.get("/v1/queue", response_model=QueueCounts, operation_id="getQueue", responses=problems(401, 403))
async def get_queue(
    principal: Annotated[Principal, Depends(allow("getQueue"))], state: State  # noqa: ARG001 (the gate)
) -> QueueCounts:
    """How many calls and chats wait, counts only: a counselor on a phone call is offered nothing more, and
    their console reads this every few seconds so a waiting chat (a crisis one above all) is seen. Not
    audited: nothing of a person is read."""
    return await state.db.read(routing.queue_counts)


@router.get("/v1/calls/{call_id}", response_model=Call, operation_id="getCall", responses=problems(401, 404))
async def get_call(
    call_id: Id, request: Request, principal: Annotated[Principal, Depends(allow("getCall"))], state: State
) -> Call:
    def read(conn: Connection) -> Call:
        call = calls.get_call(conn, principal, call_id)
        ringing_or_mine = (
            principal.id == call.offered_to or calls.counselor_of_call(conn, call_id) == principal.id
        )
        if principal.is_user and not principal.can(CALL_VIEW_ANY) and not ringing_or_mine:
            raise ApiProblem(404, "call_not_found", "no call with this id")
        return call

    return await audited(state, who(request, principal), "call.read", "call", call_id, read)


@router.post(
    "/v1/calls/{call_id}/accept",
    response_model=Contact,
    operation_id="acceptCall",
    responses=problems(401, 403, 404, 409),
)
async def accept_call(
    call_id: Id, request: Request, principal: Annotated[Principal, Depends(allow("acceptCall"))], state: State
) -> Contact:
    timeout = state.config.offer_timeout_s
    return await audited(
        state,
        who(request, principal),
        "call.accept",
        "call",
        call_id,
        lambda conn: calls.accept_call(conn, principal, call_id, utcnow(), timeout),
        writes=True,
        prepare=lambda conn: prepared.prepare_call(conn, call_id),
    )


@router.post(
    "/v1/calls/{call_id}/decline",
    response_model=Call,
    operation_id="declineCall",
    responses=problems(401, 403, 404, 409, 422),
)
async def decline_call(
    call_id: Id,
    body: CallDecline,
    request: Request,
    principal: Annotated[Principal, Depends(allow("declineCall"))],
    state: State,
) -> Call:
    timeout = state.config.offer_timeout_s
    return await audited(
        state,
        who(request, principal),
        "call.decline",
        "call",
        call_id,
        lambda conn: calls.decline_call(conn, principal, call_id, body.reason, utcnow(), timeout),
        writes=True,
        prepare=lambda conn: prepared.prepare_call(conn, call_id),
    )


@router.post(
    "/v1/calls/{call_id}/end",
    response_model=Call,
    operation_id="endCall",
    responses=problems(401, 403, 404, 409),
)
async def end_call(
    call_id: Id, request: Request, principal: Annotated[Principal, Depends(allow("endCall"))], state: State
) -> Call:
    timeout = state.config.offer_timeout_s
    return await audited(
        state,
        who(request, principal),
        "call.end",
        "call",
        call_id,
        lambda conn: calls.end_call(conn, principal, call_id, utcnow(), timeout),
        writes=True,
        prepare=lambda conn: prepared.prepare_call(conn, call_id),
    )
