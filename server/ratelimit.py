"""A small in-process rate limiter for the endpoints the public reaches (the person's chat, the KakaoTalk
skill): a sliding window of timestamps per key. In-process is enough: one SQLite process, and with
PostgreSQL workers the limit is per worker (a proxy in front should limit too)."""

from __future__ import annotations

import time
from collections import deque

from annyeong.server.problems import ApiProblem


class RateLimiter:
    def __init__(self, max_keys: int = 50_000) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._max_keys = max_keys

    def check(self, key: str, limit: int, per_s: float = 60.0) -> None:
        """Count one hit for `key`; 429 when it had `limit` already within `per_s` seconds."""
        now = time.monotonic()
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self._max_keys:
                self._prune(now, per_s)
            hits = self._hits[key] = deque()
        while hits and hits[0] <= now - per_s:
            hits.popleft()
        if len(hits) >= limit:
            raise ApiProblem(429, "too_many_requests", "too many requests; wait a moment and try again")
        hits.append(now)

    def _prune(self, now: float, per_s: float) -> None:
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - per_s]:
            del self._hits[key]
