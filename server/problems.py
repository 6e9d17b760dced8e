"""Every error leaves the server as RFC 9457 application/problem+json with a stable `code`.

Handlers here cover our own ApiProblem, Starlette's HTTPException (404 unknown route, 405), FastAPI's
RequestValidationError (422 naming the fields; malformed JSON → 400) and, last, any other exception
(500 without details; tests show bad input never reaches it).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from annyeong.console.wire import Problem

log = logging.getLogger("annyeong.server.problems")

PROBLEM_MEDIA_TYPE = "application/problem+json"

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request body too large",
    412: "Precondition failed",
    415: "Unsupported media type",
    422: "Unprocessable content",
    423: "Locked",
    429: "Too many requests",
    500: "Internal server error",
}
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    500: "internal_error",
}


class ApiProblem(Exception):
    """Raise from services or routes; becomes a problem+json response."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str | None = None,
        *,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(code)
        self.extra = extra
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors
        self.headers = headers


def field_problem(status: int, code: str, detail: str, field: str, type_: str | None = None) -> ApiProblem:
    """A problem about one body field, shaped like a validation error so clients handle both alike."""
    return ApiProblem(
        status,
        code,
        detail,
        errors=[{"field": field, "loc": ["body", *field.split(".")], "type": type_ or code, "msg": detail}],
    )


def problem_response(
    status: int,
    code: str,
    detail: str | None = None,
    *,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    instance: str | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    problem = Problem(
        title=_TITLES.get(status, "Error"),
        status=status,
        detail=detail,
        code=code,
        errors=errors,
        instance=instance,
        **(extra or {}),
    )
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def field_errors(raw: list[Any]) -> list[dict[str, Any]]:
    """Pydantic errors reduced to what a client needs; the offending input is never echoed back
    (it may be huge, or a phone number)."""
    out: list[dict[str, Any]] = []
    for err in raw[:50]:
        loc = [str(part) for part in err.get("loc", ())]
        # The first element says where (body/query/header/path); the rest is the field path.
        field = ".".join(loc[1:]) if len(loc) > 1 else (loc[0] if loc else "")
        out.append(
            {"field": field, "loc": loc, "type": str(err.get("type", "")), "msg": str(err.get("msg", ""))}
        )
    return out


async def _api_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiProblem)
    return problem_response(
        exc.status, exc.code, exc.detail, errors=exc.errors, headers=exc.headers, extra=exc.extra
    )


async def _http_exception(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    detail = exc.detail if isinstance(exc.detail, str) and status != 404 else None
    if status == 400 and detail == "There was an error parsing the body":
        # FastAPI reports a body it cannot decode at all (e.g. not UTF-8) this way.
        return problem_response(400, "malformed_body", "the request body could not be decoded")
    headers = dict(exc.headers) if exc.headers else None
    if status == 405:
        headers = {**(headers or {}), "Allow": _allowed(_request)}
    return problem_response(status, _CODES.get(status, "error"), detail, headers=headers)


def _allowed(request: Request) -> str:
    """Every method some route serves at this path. Starlette's 405 names only the methods of the first
    route that matched the path, and a path is often served by several (GET and PATCH apart)."""
    methods: set[str] = set()
    path = request.url.path
    for route in _routes(request.app.router.routes):
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(path):
            methods |= set(getattr(route, "methods", None) or ())
    return ", ".join(sorted(methods))


def _routes(routes: list[Any]) -> list[Any]:
    # Included routers may stay wrapped (FastAPI keeps the original router on them).
    found: list[Any] = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        found += _routes(list(inner.routes)) if inner is not None else [route]
    return found


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    raw = list(exc.errors())
    if any(err.get("type") == "json_invalid" for err in raw):
        return problem_response(400, "malformed_json", "the request body is not valid JSON")
    return problem_response(
        422, "validation_failed", "the request does not match the schema", errors=field_errors(raw)
    )


async def _unstorable(request: Request, _exc: Exception) -> JSONResponse:
    # PostgreSQL refuses some values SQLite stores (a NUL character in text, an integer past 32 bits):
    # the database's data exceptions (SQLSTATE class 22) are the input's fault, said as on SQLite's
    # schema checks, never a 500. The type only in the log, as for any failure.
    log.info("refused unstorable input on %s %s", request.method, request.url.path)
    return problem_response(
        422, "validation_failed", "a value in the request cannot be stored (e.g. a NUL character in text)"
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The type only: messages can carry personal data (a number, a note) from the failed operation.
    log.error("unhandled %s on %s %s", type(exc).__name__, request.method, request.url.path)
    return problem_response(500, "internal_error")


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiProblem, _api_problem)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DataError, _unstorable)
    app.add_exception_handler(Exception, _unexpected)
