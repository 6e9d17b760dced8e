"""Referrals to partner services: the counselor submits (consent enforced), the partner moves it on."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from annyeong.console.wire import Referral, ReferralCreate, ReferralList, ReferralStatus, ReferralStatusUpdate
from annyeong.server.audited import guarded, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.common import Id, QueryBool, problems
from annyeong.server.services import referrals
from annyeong.server.state import utcnow

router = APIRouter(tags=["referrals"])


def _source(request: Request) -> str | None:
    return request.client.host if request.client else None


@router.post(
    "/v1/referrals",
    status_code=201,
    response_model=Referral,
    operation_id="createReferral",
    responses={
        200: {"model": Referral, "description": "This referral id was already submitted by you"},
        **problems(400, 401, 403, 404, 409, 413, 422),
    },
)
async def create_referral(
    body: ReferralCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("createReferral"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Send the referral id as the Idempotency-Key. Consent is enforced here: without consent only the
    fields in consent.scope are stored, the others are dropped (their names are in withheld_fields).
    422 consent_required (neither consent nor lawful_basis), consent_conflict (both), fields_too_large."""
    now = utcnow()
    source = _source(request)
    # The service writes the granted entry itself (with what consent let through); a refusal is ours.
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: referrals.create(conn, principal, body, now, source),
        action="referral.submitted",
        refused_on=("contact" if body.contact_id else "case", body.contact_id or body.case_id),
    )


@router.get(
    "/v1/referrals",
    response_model=ReferralList,
    operation_id="listReferrals",
    responses=problems(401, 403, 404, 422),
)
async def list_referrals(
    request: Request,
    principal: Annotated[Principal, Depends(allow("listReferrals"))],
    state: State,
    status: ReferralStatus | None = None,
    open_only: Annotated[
        QueryBool | None, Query(alias="open", description="true: not closed/declined; false: finished")
    ] = None,
    case_id: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
) -> ReferralList:
    """Newest first, at most 200. A partner sees its own organisation's; a counselor their own (or a
    case's, with case_id); shift leads all. Reads are audited."""
    source = _source(request)
    return await state.db.write(
        lambda conn: referrals.list_referrals(
            conn, principal, status=status, open_only=open_only, case_id=case_id, now=utcnow(), source=source
        )
    )


@router.get(
    "/v1/referrals/{referral_id}",
    response_model=Referral,
    operation_id="getReferral",
    responses=problems(401, 403, 404),
)
async def get_referral(
    referral_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getReferral"))],
    state: State,
) -> Referral:
    """Another organisation's referral is 404 referral_not_found for a partner. Audited."""
    source = _source(request)
    return await guarded(
        state,
        who(request, principal),
        "referral.read",
        "referral",
        referral_id,
        lambda: state.db.write(lambda conn: referrals.get(conn, principal, referral_id, utcnow(), source)),
    )


@router.post(
    "/v1/referrals/{referral_id}/status",
    response_model=Referral,
    operation_id="pushReferralStatus",
    responses=problems(401, 403, 404, 409, 422),
)
async def push_status(
    referral_id: Id,
    body: ReferralStatusUpdate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("pushReferralStatus"))],
    state: State,
) -> Referral:
    """The partner (its own organisation's only) or a shift lead records a step: received, assigned,
    contacted, closed, or declined with a reason (422 reason_required). Forward only (409
    referral_invalid_transition, referral_finished); a step already recorded answers 200 unchanged."""
    source = _source(request)
    return await guarded(
        state,
        who(request, principal),
        f"referral.{body.step}",
        "referral",
        referral_id,
        lambda: state.db.write(
            lambda conn: referrals.advance(conn, principal, referral_id, body, utcnow(), source)
        ),
    )
