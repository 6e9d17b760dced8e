"""Administration: lift a lockout, read the access log, export it as CSV with a recorded reason."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from annyeong.console.wire import AuditExportRequest, AuditList
from annyeong.server.audited import audited, who
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.common import Id, QueryDateTime, problems
from annyeong.server.services import accounts, audit_views

router = APIRouter(tags=["admin"])


@router.post(
    "/v1/admin/users/{user_id}/unlock",
    status_code=204,
    operation_id="unlockUser",
    responses=problems(401, 403, 404),
)
async def unlock_user(
    user_id: Id, request: Request, principal: Annotated[Principal, Depends(allow("unlockUser"))], state: State
) -> Response:
    """Clear the failed sign-ins and the lock of an account (audited as user.unlock). Idempotent."""
    await accounts.unlock(state, principal, user_id, who(request, principal).source)
    return Response(status_code=204)


@router.get(
    "/v1/audit", response_model=AuditList, operation_id="listAudit", responses=problems(401, 403, 422)
)
async def list_audit(
    request: Request,
    principal: Annotated[Principal, Depends(allow("listAudit"))],
    state: State,
    cursor: Annotated[str | None, Query(max_length=20)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    actor: Annotated[str | None, Query(max_length=80, description="a user id or key:<name>")] = None,
    subject_id: Annotated[str | None, Query(max_length=64, description="whose data")] = None,
    action: Annotated[str | None, Query(max_length=40)] = None,
    since: QueryDateTime | None = None,
    until: QueryDateTime | None = None,
) -> AuditList:
    """Who read or wrote whose data, when, from where; newest first. Kept two years. Reading it is
    itself recorded (audit.read)."""
    before = audit_views.parse_cursor(cursor)
    return await audited(
        state,
        who(request, principal),
        "audit.read",
        "audit_log",
        None,
        lambda conn: audit_views.page(
            conn,
            before=before,
            limit=limit,
            actor=actor,
            subject_id=subject_id,
            action=action,
            since=since,
            until=until,
        ),
    )


@router.post(
    "/v1/audit/export",
    operation_id="exportAudit",
    response_class=Response,
    responses={
        200: {
            "description": "text/csv (UTF-8 with BOM), one row per entry in [from, to), oldest first",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        },
        **problems(401, 403, 422),
    },
)
async def export_audit(
    body: AuditExportRequest,
    request: Request,
    principal: Annotated[Principal, Depends(allow("exportAudit"))],
    state: State,
) -> Response:
    """A POST, not a GET: the download reason (required; 개인정보 안전성 확보조치 기준 제8조) is recorded
    as its own audit entry (audit.export) in the same transaction that reads the rows."""
    start, end = body.from_, body.to
    text = await audited(
        state,
        who(request, principal),
        "audit.export",
        "audit_log",
        None,
        lambda conn: audit_views.export_csv(conn, start, end),
        reason=lambda _csv: body.reason,
    )
    name = f"audit-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    return Response(
        content=text.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )
