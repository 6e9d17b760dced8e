"""Optimistic concurrency for single-valued updates: ETag is the row's version, If-Match must name it.

The version is compared inside the write transaction (services get the parsed number), so two updates
racing each other cannot both pass the check.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Response
from pydantic import BaseModel

from annyeong.server.problems import ApiProblem


def etag(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def expected_version(if_match: str | None) -> int:
    """The version an If-Match header names. Missing → 428; not one of our ETags → 412."""
    if if_match is None or not if_match.strip():
        raise ApiProblem(428, "if_match_required", "send If-Match with the ETag you last read")
    value = if_match.strip()
    # If-Match compares strongly (RFC 9110 13.1.1): a weak validator never matches, and the quotes are
    # part of the tag.
    if len(value) < 3 or not (value.startswith('"') and value.endswith('"')):
        raise ApiProblem(412, "version_mismatch", "If-Match does not name a current version")
    value = value[1:-1]
    if not value.isascii() or not value.isdigit() or len(value) > 12:
        raise ApiProblem(412, "version_mismatch", "If-Match does not name a current version")
    return int(value)


def check(expected: int, current: int, current_view: Callable[[], BaseModel] | None = None) -> None:
    """412 unless `expected` is the current version. The problem carries what is there now and its ETag,
    so a client can show both values at once instead of reading again first."""
    if expected != current:
        extra = {"etag": etag(current)}
        if current_view is not None:
            extra["current"] = current_view().model_dump(mode="json")  # type: ignore[assignment]
        raise ApiProblem(
            412,
            "version_mismatch",
            "this was changed since you read it; read it again and reapply",
            headers={"ETag": etag(current)},
            extra=extra,
        )
