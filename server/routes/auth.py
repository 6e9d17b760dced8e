"""Sign-in, token refresh, sign-out, who-am-I and changing one's password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from annyeong.console.wire import Me, PasswordChange, RefreshRequest, TokenRequest, TokenResponse
from annyeong.server.audited import who
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.common import problems
from annyeong.server.services import accounts, auth

router = APIRouter(tags=["auth"])


@router.post(
    "/v1/auth/token", response_model=TokenResponse, operation_id="signIn", responses=problems(401, 422, 423)
)
async def sign_in(body: TokenRequest, request: Request, state: State) -> TokenResponse:
    """After max_failed_logins failures in a row (default 5) the account is locked: 423 account_locked
    until an admin unlocks it. Every attempt is in the audit log (never the password or a name typed)."""
    source = request.client.host if request.client else None
    return await auth.sign_in(state, body.username, body.password, source)


@router.post(
    "/v1/auth/refresh",
    response_model=TokenResponse,
    operation_id="refreshToken",
    responses=problems(401, 422),
)
async def refresh(body: RefreshRequest, state: State) -> TokenResponse:
    return await auth.refresh(state, body.refresh_token)


@router.post("/v1/auth/logout", status_code=204, operation_id="signOut", responses=problems(401, 403))
async def sign_out(principal: Annotated[Principal, Depends(allow("signOut"))], state: State) -> Response:
    await auth.sign_out(state, principal)
    return Response(status_code=204)


@router.get("/v1/auth/me", response_model=Me, operation_id="getMe", responses=problems(401, 403))
async def get_me(principal: Annotated[Principal, Depends(allow("getMe"))], state: State) -> Me:
    return await state.db.read(lambda conn: auth.me(conn, principal))


@router.post(
    "/v1/auth/password",
    status_code=204,
    operation_id="changePassword",
    responses=problems(401, 403, 422, 423),
)
async def change_password(
    body: PasswordChange,
    request: Request,
    principal: Annotated[Principal, Depends(allow("changePassword"))],
    state: State,
) -> Response:
    """Every token of the account is revoked (this session's too) and presence goes offline: sign in
    again with the new password. A wrong current password is 401 and counts toward the lockout."""
    await accounts.change_password(state, principal, body, who(request, principal).source)
    return Response(status_code=204)
