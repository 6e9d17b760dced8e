"""The backoff table: full jitter under a doubling, capped ceiling; Retry-After is a floor."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from annyeong.console.sync.backoff import MAX_RETRY_AFTER_S, next_delay, parse_retry_after


@pytest.mark.parametrize(
    ("attempt", "draw", "retry_after", "expected"),
    [
        (1, 0.0, None, 0.0),     # full jitter reaches zero
        (1, 0.5, None, 0.25),    # ceiling 0.5
        (2, 0.5, None, 0.5),     # ceiling 1
        (3, 0.5, None, 1.0),     # ceiling 2
        (4, 1.0, None, 4.0),     # ceiling 4
        (7, 0.5, None, 15.0),    # ceiling 32 → capped at 30
        (50, 0.99, None, 29.7),  # stays capped
        (10_000, 0.5, None, 15.0),  # no overflow
        (0, 0.5, None, 0.25),    # attempts below 1 count as 1
        (1, 0.5, 3.0, 3.0),      # Retry-After is a floor
        (7, 0.9, 3.0, 27.0),     # ... not a ceiling
        (1, 0.5, 99_999.0, MAX_RETRY_AFTER_S),  # absurd Retry-After is clamped
        (1, 0.5, -5.0, 0.25),    # negative Retry-After ignored
    ],
)
def test_next_delay_table(attempt: int, draw: float, retry_after: float | None, expected: float) -> None:
    delay = next_delay(attempt, base=0.5, cap=30.0, rng=lambda: draw, retry_after=retry_after)
    assert delay == pytest.approx(expected)


def test_jitter_spreads_over_the_whole_range() -> None:
    import random

    rng = random.Random(7)
    delays = [next_delay(5, base=0.5, cap=30.0, rng=rng.random) for _ in range(2000)]
    assert min(delays) < 0.5 and max(delays) > 7.5 and all(0 <= d <= 8 for d in delays)


def test_parse_retry_after() -> None:
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(None) is None
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after("Wed, 25 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 25 Nov 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-3") is None
