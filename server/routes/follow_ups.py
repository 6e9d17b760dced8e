"""Follow-ups: the due list, scheduling one, and completing / rescheduling / handing one over."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy.engine import Connection

from annyeong.console.wire import FollowUp, FollowUpCreate, FollowUpList, FollowUpStatus, FollowUpUpdate
from annyeong.server import etag
from annyeong.server.audited import audited, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.cases import IfMatch
from annyeong.server.routes.common import Id, QueryDateTime, problems
from annyeong.server.services import follow_ups
from annyeong.server.services.casedata import follow_ups_of
from annyeong.server.services.cases import case_row
from annyeong.server.state import utcnow

router = APIRouter(tags=["follow-ups"])


@router.get(
    "/v1/follow-ups",
    response_model=FollowUpList,
    operation_id="listFollowUps",
    responses=problems(401, 403, 422),
)
async def list_follow_ups(
    request: Request,
    principal: Annotated[Principal, Depends(allow("listFollowUps"))],
    state: State,
    assignee: Annotated[
        Literal["me", "pool", "all"], Query(description="all: shift leads only (403 otherwise)")
    ] = "me",
    due_before: Annotated[QueryDateTime | None, Query(description="only those due before this")] = None,
    status: Annotated[FollowUpStatus | Literal["any"], Query()] = "scheduled",
) -> FollowUpList:
    """Due first, at most 500. overdue and overdue_count by the server clock (generated_at)."""
    return await audited(
        state,
        who(request, principal),
        "follow_up.list",
        "follow_up",
        None,
        lambda conn: follow_ups.list_follow_ups(
            conn, principal, assignee=assignee, due_before=due_before, status=status, now=utcnow()
        ),
        reason=lambda found: f"{len(found.items)} follow-ups",
    )


@router.post(
    "/v1/follow-ups",
    status_code=201,
    response_model=FollowUp,
    operation_id="createFollowUp",
    responses={
        200: {"model": FollowUp, "description": "This follow-up id was already created by you"},
        **problems(400, 401, 403, 404, 409, 413, 422),
    },
)
async def create_follow_up(
    body: FollowUpCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("createFollowUp"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Send the follow-up id as the Idempotency-Key. From a wrap-up, a referral or a checklist result
    (source, source_id); for a person (assignee_id, default yourself) or the pool."""
    now = utcnow()
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: follow_ups.create(conn, principal, body, now),
        action="follow_up.create", kind="follow_up", id_of=lambda f: f.id,
        refused_on=("case" if body.case_id else "contact", body.case_id or body.contact_id),
    )


@router.get(
    "/v1/follow-ups/{follow_up_id}",
    response_model=FollowUp,
    operation_id="getFollowUp",
    responses=problems(401, 403, 404),
)
async def get_follow_up(
    follow_up_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getFollowUp"))],
    state: State,
    response: Response,
) -> FollowUp:
    found = await audited(
        state,
        who(request, principal),
        "follow_up.read",
        "follow_up",
        follow_up_id,
        lambda conn: follow_ups.get(conn, principal, follow_up_id, utcnow()),
    )
    etag.set_etag(response, found.version)
    return found


@router.patch(
    "/v1/follow-ups/{follow_up_id}",
    response_model=FollowUp,
    operation_id="updateFollowUp",
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def update_follow_up(
    follow_up_id: Id,
    body: FollowUpUpdate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("updateFollowUp"))],
    state: State,
    response: Response,
    if_match: IfMatch = None,
) -> FollowUp:
    """Complete (status done / missed / cancelled, outcome), reschedule (due_at) or hand over
    (assignee_id or pool). 409 follow_up_finished once it is no longer scheduled."""
    expected = etag.expected_version(if_match)
    found = await audited(
        state,
        who(request, principal),
        "follow_up.update",
        "follow_up",
        follow_up_id,
        lambda conn: follow_ups.update_follow_up(conn, principal, follow_up_id, body, expected, utcnow()),
        writes=True,
    )
    etag.set_etag(response, found.version)
    return found


@router.get(
    "/v1/cases/{case_id}/follow-ups",
    response_model=list[FollowUp],
    operation_id="listCaseFollowUps",
    responses=problems(401, 403, 404),
)
async def list_case_follow_ups(
    case_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("listCaseFollowUps"))],
    state: State,
) -> list[FollowUp]:
    def read(conn: Connection) -> list[FollowUp]:
        case_row(conn, principal, case_id)
        return follow_ups_of(conn, case_id, now=utcnow())

    return await audited(state, who(request, principal), "follow_up.list", "case", case_id, read)
