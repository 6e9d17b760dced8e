"""Optimistic concurrency for single-valued updates: ETag is the row's version, If-Match must name it.

The version is compared inside the write transaction (services get the parsed number), so two updates
racing each other cannot both pass the check.
"""

from __future__ import annotations

from fastapi import Response

from server.problems import ApiProblem


def etag(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def expected_version(if_match: str | None) -> int:
    """The version an If-Match header names. Missing → 428; not one of our ETags → 412."""
    if if_match is None or not if_match.strip():
        raise ApiProblem(428, "if_match_required", "send If-Match with the ETag you last read")
    value = if_match.strip()
    if value.startswith("W/"):
        # A weak validator from a proxy still names our version; the comparison stays exact.
        value = value[2:]
    value = value.strip('"')
    if not value.isdigit() or len(value) > 12:
        raise ApiProblem(412, "version_mismatch", "If-Match does not name a current version")
    return int(value)


def check(expected: int, current: int) -> None:
    if expected != current:
        raise ApiProblem(
            412, "version_mismatch", "this was changed since you read it; read it again and reapply"
        )
