"""Handoffs: hand a contact or a case on with an SBAR note; accept, reject, or (shift lead) assign."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from annyeong.console.wire import (
    Handoff,
    HandoffAssign,
    HandoffCreate,
    HandoffList,
    HandoffReject,
    HandoffStatus,
)
from annyeong.server.audited import audited, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.common import Id, problems
from annyeong.server.services import handoffs
from annyeong.server.state import utcnow

router = APIRouter(tags=["handoffs"])


@router.post(
    "/v1/handoffs",
    status_code=201,
    response_model=Handoff,
    operation_id="createHandoff",
    responses=problems(400, 401, 403, 404, 409, 413, 422),
)
async def create_handoff(
    body: HandoffCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("createHandoff"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """From a contact or a case the sender holds (shift leads: any). 409 handoff_pending while another
    handoff of the same contact/case waits for an answer. Event handoff.created."""
    now = utcnow()
    cfg = state.config
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: (201, handoffs.create(conn, principal, body, now, cfg)),
        action="handoff.create", kind="handoff", id_of=lambda h: h.id,
        refused_on=("contact" if body.contact_id else "case", body.contact_id or body.case_id),
    )


@router.get(
    "/v1/handoffs", response_model=HandoffList, operation_id="listHandoffs", responses=problems(401, 403, 422)
)
async def list_handoffs(
    request: Request,
    principal: Annotated[Principal, Depends(allow("listHandoffs"))],
    state: State,
    status: Annotated[HandoffStatus | None, Query(description="only handoffs in this status")] = None,
) -> HandoffList:
    """Newest first, at most 200: sent by you, addressed to you or to a pool you answer for (all for
    shift leads)."""
    return await audited(
        state,
        who(request, principal),
        "handoff.list",
        "handoff",
        None,
        lambda conn: handoffs.list_handoffs(conn, principal, status),
        reason=lambda found: f"{len(found.items)} handoffs",
    )


@router.get(
    "/v1/handoffs/{handoff_id}",
    response_model=Handoff,
    operation_id="getHandoff",
    responses=problems(401, 404),
)
async def get_handoff(
    handoff_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getHandoff"))],
    state: State,
) -> Handoff:
    return await audited(
        state,
        who(request, principal),
        "handoff.read",
        "handoff",
        handoff_id,
        lambda conn: handoffs.get(conn, principal, handoff_id),
    )


@router.post(
    "/v1/handoffs/{handoff_id}/accept",
    response_model=Handoff,
    operation_id="acceptHandoff",
    responses=problems(401, 403, 404, 409),
)
async def accept_handoff(
    handoff_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("acceptHandoff"))],
    state: State,
) -> Handoff:
    """The receiver becomes the one owner: of the case, and of the contact if it is still live (the
    previous holder gets contact.taken_over). A retry by the same receiver is 200; anyone else after an
    answer gets 409 handoff_not_pending."""
    timeout = state.config.offer_timeout_s
    return await audited(
        state,
        who(request, principal),
        "handoff.accept",
        "handoff",
        handoff_id,
        lambda conn: handoffs.accept(conn, principal, handoff_id, utcnow(), timeout),
        writes=True,
    )


@router.post(
    "/v1/handoffs/{handoff_id}/reject",
    response_model=Handoff,
    operation_id="rejectHandoff",
    responses=problems(401, 403, 404, 409, 422),
)
async def reject_handoff(
    handoff_id: Id,
    body: HandoffReject,
    request: Request,
    principal: Annotated[Principal, Depends(allow("rejectHandoff"))],
    state: State,
) -> Handoff:
    """With a reason; the contact/case stays with the sender, who hears of it (handoff.updated)."""
    return await audited(
        state,
        who(request, principal),
        "handoff.reject",
        "handoff",
        handoff_id,
        lambda conn: handoffs.reject(conn, principal, handoff_id, body.reason, utcnow()),
        writes=True,
    )


@router.post(
    "/v1/handoffs/{handoff_id}/assign",
    response_model=Handoff,
    operation_id="assignHandoff",
    responses=problems(401, 403, 404, 409, 422),
)
async def assign_handoff(
    handoff_id: Id,
    body: HandoffAssign,
    request: Request,
    principal: Annotated[Principal, Depends(allow("assignHandoff"))],
    state: State,
) -> Handoff:
    """Shift lead: give a pending handoff to a named counselor; the escalation clock starts again."""
    cfg = state.config
    return await audited(
        state,
        who(request, principal),
        "handoff.assign",
        "handoff",
        handoff_id,
        lambda conn: handoffs.assign(conn, principal, handoff_id, body.to_user_id, utcnow(), cfg),
        writes=True,
    )
