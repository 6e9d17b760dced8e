"""The server's generated OpenAPI, tidied into the shape of the committed contract.

FastAPI documents errors as application/json and adds its own HTTPValidationError; our errors are
application/problem+json with console.wire.Problem, so every 4xx/5xx answer is rewritten to say that.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.routing import BaseRoute

from annyeong.server import __version__

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def build(app: FastAPI, routes: Sequence[BaseRoute] | None = None) -> dict[str, Any]:
    """The contract; `routes` in the order it lists them (default: the app's matching order)."""
    doc = get_openapi(
        title="외로움안녕120 case API",
        version=__version__,
        openapi_version="3.1.0",
        summary="The central case API behind the 외로움안녕120 counselor console.",
        description=(
            "Conventions: /v1, JSON, UTF-8; `Authorization: Bearer` for people, `X-API-Key` for bridges; "
            "errors as RFC 9457 application/problem+json with a stable `code`; `Idempotency-Key` on every "
            "POST that creates; timestamps RFC 3339 UTC (server clock); phone numbers E.164, masked for "
            "roles without caller.number.view."
        ),
        routes=list(app.routes if routes is None else routes),
    )
    for path_item in doc.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.get("responses", {})
            if "requestBody" in operation and "400" not in responses:
                # Any body that is not JSON at all is a 400 malformed_json (server.problems).
                responses["400"] = {"description": "Bad request (malformed JSON)"}
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = {"application/problem+json": {"schema": dict(PROBLEM_REF)}}
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "Idempotency-Key":
                    # Declared optional in code only so that a missing key is our 400 problem
                    # (idempotency_key_missing) rather than a generic 422; to clients it is required.
                    parameter["required"] = True
                    parameter["schema"] = {"type": "string", "minLength": 1, "maxLength": 200}
                if parameter.get("name") == "If-Match" and "428" in responses:
                    # Optional in code so that a missing one is our 428 if_match_required; required to
                    # clients wherever that 428 is documented.
                    parameter["required"] = True
    schemas = doc.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    return doc


def install(app: FastAPI, routes: Sequence[BaseRoute] | None = None) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build(app, routes)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
