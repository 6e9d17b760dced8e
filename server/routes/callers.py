"""Caller history. A POST so the number travels in the body, never in a URL or an access log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from console.domain.phone import InvalidPhoneNumber, normalize
from console.wire import CallerHistory, CallerLookup
from server.deps import Principal, State, require
from server.permissions import CALLER_LOOKUP
from server.problems import ApiProblem
from server.routes.common import problems
from server.services import callers

router = APIRouter(tags=["callers"])


@router.post(
    "/v1/callers/lookup",
    response_model=CallerHistory,
    operation_id="lookupCaller",
    responses=problems(401, 403, 422),
)
async def lookup_caller(
    body: CallerLookup, principal: Annotated[Principal, Depends(require(CALLER_LOOKUP))], state: State
) -> CallerHistory:
    try:
        e164 = normalize(body.number)
    except InvalidPhoneNumber as exc:
        raise ApiProblem(
            422,
            "invalid_phone_number",
            "number is not a valid phone number",
            errors=[
                {
                    "field": "number",
                    "loc": ["body", "number"],
                    "type": exc.code,
                    "msg": "not a valid phone number",
                }
            ],
        ) from exc
    return await state.db.read(lambda conn: callers.lookup(conn, principal, e164))
