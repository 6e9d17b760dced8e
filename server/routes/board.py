"""The shift lead's board, the shift report, and the lead's actions: escalations, messages, take-over."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from console.wire import Board, Contact, Escalation, Message, MessageCreate, ShiftReport
from server import idempotency
from server.deps import Principal, State, require
from server.permissions import BOARD_VIEW, CONTACT_TAKE_OVER, ESCALATION_ACK, MESSAGE_SEND
from server.routes.calls import IdempotencyKey
from server.routes.common import Id, problems
from server.services import board, supervision
from server.state import utcnow

router = APIRouter(tags=["board"])


@router.get("/v1/board", response_model=Board, operation_id="getBoard", responses=problems(401, 403))
async def get_board(_principal: Annotated[Principal, Depends(require(BOARD_VIEW))], state: State) -> Board:
    """Refetch on the events a shift lead receives (see Board) to stay at most a round trip stale."""
    return await state.db.read(lambda conn: board.board(conn, utcnow()))


@router.get(
    "/v1/shift-report",
    response_model=ShiftReport,
    operation_id="getShiftReport",
    responses=problems(401, 403, 422),
)
async def get_shift_report(
    _principal: Annotated[Principal, Depends(require(BOARD_VIEW))],
    state: State,
    hours: Annotated[float, Query(gt=0, le=24, description="length of the incoming shift")] = 8,
) -> ShiftReport:
    """교대 인계 보고서: open contacts, open cases by risk, pending handoffs, follow-ups due before the
    end of the incoming shift, dispatches awaiting confirmation."""
    return await state.db.read(lambda conn: board.shift_report(conn, utcnow(), hours))


@router.post(
    "/v1/contacts/{contact_id}/take-over",
    response_model=Contact,
    operation_id="takeOverContact",
    responses=problems(401, 403, 404, 409),
)
async def take_over(
    contact_id: Id, principal: Annotated[Principal, Depends(require(CONTACT_TAKE_OVER))], state: State
) -> Contact:
    """The shift lead takes a contact that is not wrapped up. The counselor who had it gets
    contact.taken_over (and goes to wrap-up if it was live). Idempotent for the lead holding it."""
    timeout = state.config.offer_timeout_s
    return await state.db.write(
        lambda conn: supervision.take_over(conn, principal, contact_id, utcnow(), timeout)
    )


@router.post(
    "/v1/escalations/{escalation_id}/acknowledge",
    response_model=Escalation,
    operation_id="acknowledgeEscalation",
    responses=problems(401, 403, 404),
)
async def acknowledge_escalation(
    escalation_id: Id, principal: Annotated[Principal, Depends(require(ESCALATION_ACK))], state: State
) -> Escalation:
    """Idempotent; event escalation.updated to shift leads."""
    return await state.db.write(
        lambda conn: supervision.acknowledge_escalation(conn, principal, escalation_id, utcnow())
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
    principal: Annotated[Principal, Depends(require(MESSAGE_SEND))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Shift lead → counselor; event message.received to both."""
    idempotency.check_key(idempotency_key)
    now = utcnow()
    return await idempotency.run_idempotent(
        state.db,
        principal_id=principal.id,
        key=idempotency_key,
        method="POST",
        path=request.url.path,
        body=body,
        now=now,
        work=lambda conn: (201, supervision.send_message(conn, principal, body, now)),
    )
