"""How long to wait before trying again: capped exponential backoff with full jitter, honouring Retry-After.

Pure functions: the sync engine passes the attempt count, a random source and the server's Retry-After.
Full jitter (a uniform draw between 0 and the exponential ceiling) spreads a crowd of consoles that lost
the server at the same moment, so they don't all come back at once when it returns.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

DEFAULT_BASE_S = 0.5
DEFAULT_CAP_S = 30.0
# A server asking for more than this is probably misconfigured; the counselor's notes must still go.
MAX_RETRY_AFTER_S = 600.0


def next_delay(
    attempt: int,
    *,
    base: float = DEFAULT_BASE_S,
    cap: float = DEFAULT_CAP_S,
    rng: Callable[[], float] = random.random,
    retry_after: float | None = None,
) -> float:
    """Seconds to wait after the `attempt`-th consecutive failure (1 for the first).

    Args:
        attempt: consecutive failures so far, at least 1 (smaller values count as 1).
        base: the ceiling after the first failure; it doubles with each further failure.
        cap: the ceiling never exceeds this.
        rng: returns a float in [0, 1); injected so tests are deterministic.
        retry_after: seconds the server asked for; the delay is never shorter (up to MAX_RETRY_AFTER_S).
    """
    exponent = max(0, attempt - 1)
    # 2**exponent overflows float for absurd attempt counts; past 64 doublings the cap has long won.
    ceiling = cap if exponent >= 64 else min(cap, base * (2.0**exponent))
    delay = rng() * ceiling
    if retry_after is not None:
        delay = max(delay, min(max(retry_after, 0.0), MAX_RETRY_AFTER_S))
    return delay


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date. None when absent or unparseable."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


# The emergency lane (dispatches) retries on a short, low cap: a person in danger must not wait out a
# 30 s backoff. A few consoles retrying every 1-2 s is no load for the server.
EMERGENCY_FLOOR_S = 0.5
EMERGENCY_CAP_S = 2.0


def emergency_delay(
    attempt: int, *, rng: Callable[[], float] = random.random, retry_after: float | None = None
) -> float:
    """Seconds before the next try of an emergency row after the `attempt`-th consecutive failure:
    0.5-1 s after the first, then 1-2 s (equal jitter, never below EMERGENCY_FLOOR_S so a dead server is
    not hammered). A server's Retry-After is honoured only up to EMERGENCY_CAP_S."""
    ceiling = min(EMERGENCY_CAP_S, 2 * EMERGENCY_FLOOR_S * (2.0 ** min(max(0, attempt - 1), 8)))
    delay = ceiling / 2 + rng() * ceiling / 2
    if retry_after is not None:
        delay = max(delay, min(max(retry_after, 0.0), EMERGENCY_CAP_S))
    return delay
