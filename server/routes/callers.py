"""Caller history and the card, and unmasking a number. POSTs, so a number never lands in a URL or a log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy.engine import Connection

from annyeong.console.wire import CallerHistory, CallerLookup, UnmaskedNumber, UnmaskRequest
from annyeong.server.audited import who, write_entry
from annyeong.server.deps import Principal, State, allow
from annyeong.server.problems import field_problem
from annyeong.server.routes.calls import normalized
from annyeong.server.routes.common import problems
from annyeong.server.services import callers, unmask
from annyeong.server.state import utcnow

router = APIRouter(tags=["callers"])


@router.post(
    "/v1/callers/lookup",
    response_model=CallerHistory,
    operation_id="lookupCaller",
    responses=problems(401, 403, 422),
)
async def lookup_caller(
    body: CallerLookup,
    request: Request,
    principal: Annotated[Principal, Depends(allow("lookupCaller"))],
    state: State,
) -> CallerHistory:
    """Audited as caller.lookup with the caller's id (never the number); a number never seen is
    recorded as not_found."""
    e164 = normalized(body.number, "number")
    assert e164 is not None  # CallerLookup.number is required

    def read(conn: Connection) -> CallerHistory:
        history = callers.lookup(conn, principal, e164, utcnow())
        caller_id = callers.caller_id(conn, e164)
        outcome = "granted" if caller_id else "not_found"
        write_entry(conn, w, "caller.lookup", "caller", caller_id, outcome)
        return history

    w = who(request, principal)
    return await state.db.write(read, notify=False)


@router.post(
    "/v1/callers/unmask",
    response_model=UnmaskedNumber,
    operation_id="unmaskCaller",
    responses=problems(401, 403, 404, 409, 422),
)
async def unmask_caller(
    body: UnmaskRequest,
    request: Request,
    principal: Annotated[Principal, Depends(allow("unmaskCaller"))],
    state: State,
) -> UnmaskedNumber:
    if (body.call_id is None) == (body.contact_id is None):
        raise field_problem(
            422, "one_target_required", "send exactly one of call_id and contact_id", "call_id"
        )
    if not body.reason.strip():
        raise field_problem(422, "reason_required", "say why the number is needed", "reason")
    source = request.client.host if request.client else None
    outcome = await state.db.write(lambda conn: unmask.unmask(conn, principal, body, source, utcnow()))
    if outcome.problem is not None:
        # Raised after the commit: the refused attempt stays in the audit log.
        raise outcome.problem
    assert outcome.result is not None
    return outcome.result
