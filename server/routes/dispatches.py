"""Emergency dispatch (112 / 119): the red button's request, its live status, the liaison's reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy.engine import Connection

from annyeong.console.wire import (
    Dispatch,
    DispatchAcknowledge,
    DispatchCreate,
    DispatchList,
    DispatchStatusUpdate,
)
from annyeong.server.audited import audited, guarded, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.common import Id, QueryBool, problems
from annyeong.server.services import dispatches
from annyeong.server.state import utcnow

router = APIRouter(tags=["dispatches"])


def _source(request: Request) -> str | None:
    return request.client.host if request.client else None


@router.post(
    "/v1/dispatches",
    status_code=201,
    response_model=Dispatch,
    operation_id="requestDispatch",
    responses={
        200: {
            "model": Dispatch,
            "description": "This press was already received (same id), or it joined the dispatch for the "
            "same contact and service that is still open, not failed or closed (deduplicated: true)",
        },
        **problems(400, 401, 403, 413, 422),
    },
)
async def request_dispatch(
    body: DispatchCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("requestDispatch"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """The red button. Send the dispatch id as the Idempotency-Key. Never refused for a form field: an
    unknown or foreign contact_id leaves the dispatch unlinked, a number that does not parse is kept as
    typed, only `id` and `service` are required."""
    now = utcnow()
    cfg = state.config
    source = _source(request)

    def work(conn: Connection) -> tuple[int, Dispatch]:
        made = dispatches.create(conn, principal, body, now, training=cfg.training, source=source)
        return made.status, made.dispatch

    # The service audits the dispatch itself (with its lawful basis); the red button is never refused here.
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=work,
    )


@router.get(
    "/v1/dispatches",
    response_model=DispatchList,
    operation_id="listDispatches",
    responses=problems(401, 403, 422),
)
async def list_dispatches(
    request: Request,
    principal: Annotated[Principal, Depends(allow("listDispatches"))],
    state: State,
    open_only: Annotated[
        QueryBool | None, Query(alias="open", description="true: not closed yet; false: closed; omitted: all")
    ] = None,
    contact_id: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=64,
            pattern=r"^[A-Za-z0-9_-]+$",
            description="Only this contact's dispatches. The counselor who holds the contact sees all of "
            "them, whoever pressed: a console that opens the contact (another PC, a restart) shows its open "
            "dispatch instead of offering a second one."
        ),
    ] = None,
) -> DispatchList:
    """Newest first, at most 200. Shift leads, admins and the liaison see all; counselors their own, and
    every dispatch of a contact they hold when `contact_id` names it."""
    return await audited(
        state,
        who(request, principal),
        "dispatch.list",
        "contact" if contact_id is not None else "dispatch",
        contact_id,
        lambda conn: dispatches.list_dispatches(conn, principal, open_only, contact_id=contact_id),
        reason=lambda found: f"{len(found.items)} dispatches",
    )


@router.get(
    "/v1/dispatches/{dispatch_id}",
    response_model=Dispatch,
    operation_id="getDispatch",
    responses=problems(401, 403, 404),
)
async def get_dispatch(
    dispatch_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getDispatch"))],
    state: State,
) -> Dispatch:
    """By the dispatch id or by the id of any press that joined it."""
    return await audited(
        state,
        who(request, principal),
        "dispatch.read",
        "dispatch",
        dispatch_id,
        lambda conn: dispatches.get(conn, principal, dispatch_id),
    )


@router.post(
    "/v1/dispatches/{dispatch_id}/acknowledge",
    response_model=Dispatch,
    operation_id="acknowledgeDispatch",
    responses=problems(401, 403, 404, 409, 422),
)
async def acknowledge_dispatch(
    dispatch_id: Id,
    body: DispatchAcknowledge,
    request: Request,
    principal: Annotated[Principal, Depends(allow("acknowledgeDispatch"))],
    state: State,
) -> Dispatch:
    """The dispatch liaison confirms the agency took it, with the agency's incident number. Repeating it
    with the same number is a no-op (200); another number is 409 dispatch_already_acknowledged."""
    source = _source(request)
    return await guarded(
        state,
        who(request, principal),
        "dispatch.acknowledged",
        "dispatch",
        dispatch_id,
        lambda: state.db.write(
            lambda conn: dispatches.advance(
                conn,
                principal,
                dispatch_id,
                "acknowledged",
                utcnow(),
                incident_number=body.incident_number.strip(),
                source=source,
            )
        ),
    )


@router.post(
    "/v1/dispatches/{dispatch_id}/status",
    response_model=Dispatch,
    operation_id="recordDispatchStep",
    responses=problems(401, 403, 404, 409, 422),
)
async def record_step(
    dispatch_id: Id,
    body: DispatchStatusUpdate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("recordDispatchStep"))],
    state: State,
) -> Dispatch:
    """Record a step. Liaison: en_route, contact_confirmed, failed, cancel_acknowledged. Requesting
    counselor (any for shift leads): contact_confirmed, failed, fallback_called, closed, cancel_requested
    (withdraw it: `reason` a DispatchCancelReason code, `note` free text; before an outcome only), and
    fallback_shown (the console told the counselor to phone directly: `reason` is the code, `at` the
    console's clock; a side note accepted in any state, once per reason). Forward only (409
    dispatch_invalid_transition); closed needs an outcome or a cancel first (409
    dispatch_outcome_required); cancel_acknowledged needs a cancel_requested (409
    dispatch_cancel_not_requested); failed and cancel_requested need a reason (422 reason_required,
    invalid_reason); a step already recorded is a no-op (200)."""
    source = _source(request)
    reason = body.reason.strip() if body.reason else None
    return await guarded(
        state,
        who(request, principal),
        f"dispatch.{body.step}",
        "dispatch",
        dispatch_id,
        lambda: state.db.write(
            lambda conn: dispatches.advance(
                conn, principal, dispatch_id, body.step, utcnow(), reason=reason, client_at=body.at,
                source=source, note=body.note.strip() if body.note and body.note.strip() else None,
            )
        ),
    )
