"""Shared bits of route declarations."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path

from console.wire import Problem

Id = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


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
