"""Shared bits of route declarations."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Path
from pydantic import AwareDatetime, BeforeValidator

from annyeong.console.wire import Problem

Id = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


def _rfc3339_only(value: object) -> object:
    # pydantic also reads a number ("0.5") as seconds since 1970: a query parameter documented as an
    # RFC 3339 date-time accepts only that.
    if isinstance(value, str) and not _RFC3339.match(value):
        raise ValueError("expected an RFC 3339 date-time, e.g. 2026-12-06T10:00:00Z")
    return value


def _true_or_false(value: object) -> object:
    # pydantic also reads 0/1/yes/on as booleans: a query parameter documented as boolean takes the words.
    if isinstance(value, str):
        if value not in ("true", "false"):
            raise ValueError("expected true or false")
        return value == "true"
    return value


QueryDateTime = Annotated[AwareDatetime, BeforeValidator(_rfc3339_only)]
QueryBool = Annotated[bool, BeforeValidator(_true_or_false)]


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Declare error answers for the contract. server.openapi turns them into application/problem+json."""
    descriptions = {
        400: "Bad request (e.g. a missing Idempotency-Key, malformed JSON)",
        401: "Not signed in, or the token/key is not valid",
        403: "Signed in, but without the needed permission",
        404: "No such resource (or not yours to see)",
        409: "Conflicts with the current state",
        412: "If-Match does not name the current version (someone changed it meanwhile)",
        413: "Request body too large",
        422: "The request does not match the schema",
        423: "Account locked",
        428: "If-Match is required for this update",
    }
    return {s: {"model": Problem, "description": descriptions.get(s, "Error")} for s in statuses}
