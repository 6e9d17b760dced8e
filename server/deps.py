"""Who is asking: bearer tokens for people, X-API-Key for machine clients; permission checks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cache
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Select, bindparam, select
from sqlalchemy.engine import Connection

from annyeong.server import denials, schema
from annyeong.server.audited import who
from annyeong.server.matrix import ENDPOINTS, admits
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.security import secret_hash
from annyeong.server.state import AppState, get_state, utcnow

_bearer = HTTPBearer(auto_error=False, description="an access token from POST /v1/auth/token")
_api_key = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="machine clients (telephony, chatbot)"
)

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


# Built once, like every statement on a hot path (docs/architecture.md, "Statements built once"):
# every request of a signed-in person runs this one.
@cache
def _token_query() -> Select[Any]:
    t, u = schema.tokens, schema.users
    return (
        select(t.c.family, t.c.expires_at, t.c.revoked_at, u.c.id, u.c.role)
        .join(u, u.c.id == t.c.user_id)
        .where(t.c.token_hash == bindparam("token_hash"), t.c.kind == "access")
    )


@cache
def _api_key_query() -> Select[Any]:
    k = schema.api_keys
    return select(k.c.name, k.c.role, k.c.revoked_at, k.c.organisation).where(
        k.c.key_hash == bindparam("key_hash")
    )


def _from_token(conn: Connection, token: str) -> Principal | None:
    row = conn.execute(_token_query(), {"token_hash": secret_hash(token)}).first()
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        return None
    return Principal(id=row.id, role=row.role, is_user=True, token_family=row.family)


def _from_api_key(conn: Connection, key: str) -> Principal | None:
    row = conn.execute(_api_key_query(), {"key_hash": secret_hash(key)}).first()
    if row is None or row.revoked_at is not None:
        return None
    return Principal(id=f"key:{row.name}", role=row.role, is_user=False, organisation=row.organisation)


async def _app_state(request: Request) -> AppState:
    """get_state as a dependency. Async on purpose: FastAPI runs a plain `def` dependency in its thread
    pool, so every request paid a hop to a worker thread and back just to read an attribute (a fifth of
    the event loop's time under the chat load)."""
    return get_state(request)


async def authenticate(
    state: Annotated[AppState, Depends(_app_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    api_key: Annotated[str | None, Depends(_api_key)],
) -> Principal:
    if credentials is not None and credentials.scheme.lower() == "bearer":
        token = credentials.credentials
        found = await state.db.read(lambda conn: _from_token(conn, token))
        if found is None:
            raise ApiProblem(
                401, "invalid_token", "the access token is unknown, expired or revoked", headers=_CHALLENGE
            )
        return found
    if api_key:
        key = api_key
        found = await state.db.read(lambda conn: _from_api_key(conn, key))
        if found is None:
            raise ApiProblem(401, "invalid_api_key", "the API key is unknown or revoked")
        return found
    raise ApiProblem(401, "unauthenticated", "send a bearer token or an API key", headers=_CHALLENGE)


async def _refuse(request: Request, principal: Principal, endpoint: str, problem: ApiProblem) -> ApiProblem:
    """A refusal at the gate is part of the access record too (bounded: server.denials)."""
    await denials.refused(get_state(request), who(request, principal), endpoint, problem.code)
    return problem


def require(permission: str) -> Callable[..., Awaitable[Principal]]:
    """A dependency that admits only principals holding `permission`."""

    async def check(request: Request, principal: Annotated[Principal, Depends(authenticate)]) -> Principal:
        if not principal.can(permission):
            problem = ApiProblem(403, "permission_denied", f"this needs the permission {permission}")
            raise await _refuse(request, principal, permission, problem)
        return principal

    return check


def allow(operation_id: str) -> Callable[..., Awaitable[Principal]]:
    """The gate of one endpoint: admits the roles server.matrix.ENDPOINTS lets in, 403 for the rest."""
    rule = ENDPOINTS[operation_id]  # a KeyError at import: every gated route has a row in the matrix

    async def check(request: Request, principal: Annotated[Principal, Depends(authenticate)]) -> Principal:
        if rule.users_only and not principal.is_user:
            problem = ApiProblem(403, "users_only", "this needs a signed-in person, not an API key")
            raise await _refuse(request, principal, operation_id, problem)
        if not admits(principal.role, principal.is_user, operation_id):
            problem = ApiProblem(
                403, "permission_denied", f"the role {principal.role} may not {operation_id}"
            )
            raise await _refuse(request, principal, operation_id, problem)
        return principal

    return check


async def require_user(request: Request, principal: Annotated[Principal, Depends(authenticate)]) -> Principal:
    if not principal.is_user:
        problem = ApiProblem(403, "users_only", "this needs a signed-in person, not an API key")
        raise await _refuse(request, principal, "users_only", problem)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(authenticate)]
CurrentUser = Annotated[Principal, Depends(require_user)]
State = Annotated[AppState, Depends(_app_state)]
