"""The centre's clock face: every time a counselor reads or picks is Seoul time.

The line runs in Seoul, so shift names, "…까지" and follow-up times mean Seoul hours whatever zone the
workstation was set to (an imaged PC left on UTC would otherwise show a 10:00 callback as 01:00). Moments
stay aware UTC datetimes everywhere else; only what is shown or picked goes through here. The zone comes
from the tzdata package where the OS has no zone database (Windows).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

CENTRE_ZONE = ZoneInfo("Asia/Seoul")
CENTRE_ZONE_NAME = "Asia/Seoul"


def centre(dt: datetime) -> datetime:
    """The moment on the centre's clock (a naive datetime is taken as UTC, as the server sends it)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(CENTRE_ZONE)


def centre_today(now: datetime | None = None) -> date:
    return centre(now if now is not None else datetime.now(UTC)).date()


def at_centre(day: date, clock: time) -> datetime:
    """`clock` on `day` in Seoul, as an aware datetime."""
    return datetime.combine(day, clock, tzinfo=CENTRE_ZONE)


def days_ahead_at(days: int, clock: time, now: datetime | None = None) -> datetime:
    """`days` after today (Seoul) at `clock` (Seoul): the default time of a callback."""
    return at_centre(centre_today(now) + timedelta(days=days), clock)
