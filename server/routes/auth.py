"""Sign-in, token refresh, sign-out and who-am-I."""

from __future__ import annotations

from fastapi import APIRouter, Response

from console.wire import Me, RefreshRequest, TokenRequest, TokenResponse
from server.deps import CurrentUser, State
from server.routes.common import problems
from server.services import auth

router = APIRouter(tags=["auth"])


@router.post(
    "/v1/auth/token", response_model=TokenResponse, operation_id="signIn", responses=problems(401, 422, 423)
)
async def sign_in(body: TokenRequest, state: State) -> TokenResponse:
    return await auth.sign_in(state, body.username, body.password)


@router.post(
    "/v1/auth/refresh",
    response_model=TokenResponse,
    operation_id="refreshToken",
    responses=problems(401, 422),
)
async def refresh(body: RefreshRequest, state: State) -> TokenResponse:
    return await auth.refresh(state, body.refresh_token)


@router.post("/v1/auth/logout", status_code=204, operation_id="signOut", responses=problems(401, 403))
async def sign_out(principal: CurrentUser, state: State) -> Response:
    await auth.sign_out(state, principal)
    return Response(status_code=204)


@router.get("/v1/auth/me", response_model=Me, operation_id="getMe", responses=problems(401, 403))
async def get_me(principal: CurrentUser, state: State) -> Me:
    return await state.db.read(lambda conn: auth.me(conn, principal))
