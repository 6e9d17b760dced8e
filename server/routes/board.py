"""The shift lead's board, the shift report, and the lead's actions: escalations, messages, take-over."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from annyeong.console.wire import Board, Contact, Escalation, Message, MessageCreate, ShiftReport
from annyeong.server.audited import audited, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.common import Id, problems
from annyeong.server.services import board, supervision
from annyeong.server.state import utcnow

router = APIRouter(tags=["board"])


@router.get("/v1/board", response_model=Board, operation_id="getBoard", responses=problems(401, 403))
async def get_board(
    request: Request, principal: Annotated[Principal, Depends(allow("getBoard"))], state: State
) -> Board:
    """Refetch on the events a shift lead receives (see Board) to stay at most a round trip stale."""
    return await audited(
        state, who(request, principal), "board.read", "board", None, lambda conn: board.board(conn, utcnow())
    )


@router.get(
    "/v1/shift-report",
    response_model=ShiftReport,
    operation_id="getShiftReport",
    responses=problems(401, 403, 422),
)
async def get_shift_report(
    request: Request,
    principal: Annotated[Principal, Depends(allow("getShiftReport"))],
    state: State,
    hours: Annotated[
        float,
        Query(gt=0, le=24, description="hours from now to the end of the incoming shift (07, 15, 23 h)"),
    ] = 8,
) -> ShiftReport:
    """교대 인계 보고서: open contacts, open cases by risk, pending handoffs, follow-ups due before the
    end of the incoming shift, dispatches awaiting confirmation."""
    return await audited(
        state,
        who(request, principal),
        "shift_report.read",
        "shift_report",
        None,
        lambda conn: board.shift_report(conn, utcnow(), hours),
    )


@router.post(
    "/v1/contacts/{contact_id}/take-over",
    response_model=Contact,
    operation_id="takeOverContact",
    responses=problems(401, 403, 404, 409),
)
async def take_over(
    contact_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("takeOverContact"))],
    state: State,
) -> Contact:
    """The shift lead takes a contact that is not wrapped up. The counselor who had it gets
    contact.taken_over (and goes to wrap-up if it was live). Idempotent for the lead holding it."""
    timeout = state.config.offer_timeout_s
    return await audited(
        state,
        who(request, principal),
        "contact.take_over",
        "contact",
        contact_id,
        lambda conn: supervision.take_over(conn, principal, contact_id, utcnow(), timeout),
        writes=True,
    )


@router.post(
    "/v1/escalations/{escalation_id}/acknowledge",
    response_model=Escalation,
    operation_id="acknowledgeEscalation",
    responses=problems(401, 403, 404),
)
async def acknowledge_escalation(
    escalation_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("acknowledgeEscalation"))],
    state: State,
) -> Escalation:
    """Idempotent; event escalation.updated to shift leads."""
    return await audited(
        state,
        who(request, principal),
        "escalation.acknowledge",
        "escalation",
        escalation_id,
        lambda conn: supervision.acknowledge_escalation(conn, principal, escalation_id, utcnow()),
        writes=True,
    )


@router.post(
    "/v1/messages",
    status_code=201,
    response_model=Message,
    operation_id="sendMessage",
    responses=problems(400, 401, 403, 413, 422),
)
async def send_message(
    body: MessageCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("sendMessage"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Shift lead → counselor; event message.received to both."""
    now = utcnow()
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: (201, supervision.send_message(conn, principal, body, now)),
        action="message.send", kind="message", id_of=lambda m: m.id,
    )
