"""Cases: open one from a contact, read it (ETag), change owner/status (If-Match), flag it, its timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response

from annyeong.console.wire import Case, CaseCreate, CaseFlag, CaseFlagCreate, CaseTimeline, CaseUpdate
from annyeong.server import etag
from annyeong.server.audited import audited, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.common import Id, problems
from annyeong.server.services import cases, timeline
from annyeong.server.state import utcnow

router = APIRouter(tags=["cases"])

IfMatch = Annotated[
    str | None, Header(alias="If-Match", description="required: the ETag last read (428 when missing)")
]


@router.post(
    "/v1/cases",
    status_code=201,
    response_model=Case,
    operation_id="createCase",
    responses=problems(400, 401, 403, 404, 409, 422),
)
async def create_case(
    body: CaseCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("createCase"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    now = utcnow()
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: (201, cases.create_case(conn, principal, body, now)),
        action="case.create", kind="case", id_of=lambda c: c.id,
        refused_on=("contact", body.contact_id),
    )


@router.get(
    "/v1/cases/{case_id}",
    response_model=Case,
    operation_id="getCase",
    responses=problems(401, 403, 404),
)
async def get_case(
    case_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getCase"))],
    state: State,
    response: Response,
) -> Case:
    case = await audited(
        state,
        who(request, principal),
        "case.read",
        "case",
        case_id,
        lambda conn: cases.get_case(conn, principal, case_id, utcnow()),
    )
    etag.set_etag(response, case.version)
    return case


@router.patch(
    "/v1/cases/{case_id}",
    response_model=Case,
    operation_id="updateCase",
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def update_case(
    case_id: Id,
    body: CaseUpdate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("updateCase"))],
    state: State,
    response: Response,
    if_match: IfMatch = None,
) -> Case:
    expected = etag.expected_version(if_match)
    case = await audited(
        state,
        who(request, principal),
        "case.update",
        "case",
        case_id,
        lambda conn: cases.update_case(conn, principal, case_id, body, expected, utcnow()),
        writes=True,
    )
    etag.set_etag(response, case.version)
    return case


@router.post(
    "/v1/cases/{case_id}/flags",
    status_code=201,
    response_model=CaseFlag,
    operation_id="addCaseFlag",
    responses=problems(400, 401, 403, 404, 413, 422),
)
async def add_flag(
    case_id: Id,
    body: CaseFlagCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("addCaseFlag"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    now = utcnow()
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: (201, cases.add_flag(conn, principal, case_id, body, now)),
        action="case.flag", kind="case", id_of=lambda _flag: case_id,
        refused_on=("case", case_id),
    )


@router.get(
    "/v1/cases/{case_id}/timeline",
    response_model=CaseTimeline,
    operation_id="getCaseTimeline",
    responses=problems(401, 403, 404),
)
async def get_timeline(
    case_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getCaseTimeline"))],
    state: State,
) -> CaseTimeline:
    return await audited(
        state,
        who(request, principal),
        "case.timeline",
        "case",
        case_id,
        lambda conn: timeline.timeline(conn, principal, case_id, utcnow()),
    )
