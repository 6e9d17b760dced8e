"""The server's time, as this PC can know it.

A workstation's clock may be an hour fast or slow (a wrong time zone set as UTC, a dead CMOS battery, no
NTP on a closed network). Due times, shift boundaries, the order of what a counselor did and every time
stamp sent to the server must not move with it, so the console keeps the server's clock as the authority.

How the console learns the offset: every answer of the case API carries an HTTP `Date` header (RFC 9110;
uvicorn sends one on every response). ApiClient hands each one to `ServerClock.observe_date` together with
the monotonic times the request went out and the answer came back. The header is whole seconds, and
uvicorn renews it once a second, so the server's time when it answered lies in [Date, Date + 2 s). The
answer was made somewhere within the round trip, so this PC's clock then read between (arrival − RTT) and
arrival. Each response thus bounds the offset (server − PC) to an interval 2 s + RTT wide. The clock keeps
the intersection of the intervals it has seen, which narrows after a few requests; the estimate is its
middle, within a second of the truth. An interval that does not meet the kept one means the PC's clock
was set or stepped meanwhile: the new one replaces it.

Before the first answer the offset is 0 (this PC's clock): nothing time-critical happens before sign-in.
Token expiry is never decided on this PC's clock at all: the server answers 401 for an expired token and
ApiClient refreshes then; `expires_in` is a duration, not a wall time.

Qt-free; `wall` (a time.time stand-in) and `monotonic` are injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

# Date has one-second resolution, and uvicorn renews the value it sends once a second (on its tick), so a
# header may be up to another second old: the server's time is within two seconds after it.
_DATE_RESOLUTION_S = 2.0


class ServerClock:
    """This PC's wall clock corrected by the offset learnt from the server.

    Guarantees:
      - `now()` is the PC's clock plus the current estimate; it never raises;
      - the estimate is within (2 s + the round trip) / 2 of the truth from the first answer on, and the
        middle of all consistent answers after that;
      - a malformed or missing Date header changes nothing.
    """

    def __init__(
        self, *, wall: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.wall = wall
        self.monotonic = monotonic
        self._bounds: tuple[float, float] | None = None  # offset interval (seconds), server − PC

    # --- reading ----------------------------------------------------------------------------------

    @property
    def known(self) -> bool:
        """True once an answer of the server has been seen."""
        return self._bounds is not None

    @property
    def offset_s(self) -> float:
        """Server clock − this PC's clock, in seconds (0 before the first answer)."""
        if self._bounds is None:
            return 0.0
        low, high = self._bounds
        return (low + high) / 2

    @property
    def uncertainty_s(self) -> float:
        """Half the width of the interval the offset is known to lie in (inf before the first answer)."""
        if self._bounds is None:
            return float("inf")
        low, high = self._bounds
        return (high - low) / 2

    def timestamp(self) -> float:
        """The server's time now, in unix seconds."""
        return self.wall() + self.offset_s

    def now(self) -> datetime:
        """The server's time now, aware UTC."""
        return datetime.fromtimestamp(self.timestamp(), UTC)

    def to_server(self, local: datetime) -> datetime:
        """A time read from this PC's clock, as the server's clock would have said it."""
        return local + timedelta(seconds=self.offset_s)

    # --- learning ---------------------------------------------------------------------------------

    def observe_date(self, header: str | None, *, sent_mono: float, received_mono: float) -> None:
        """Learn from one response's Date header; sent/received are `monotonic()` readings taken around
        the request (a retry's own, not the first attempt's)."""
        if not header:
            return
        try:
            stamp = parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            return
        if stamp.tzinfo is None:
            return
        self.observe(stamp.timestamp(), resolution_s=_DATE_RESOLUTION_S,
                     sent_mono=sent_mono, received_mono=received_mono)

    def observe(
        self, server_s: float, *, resolution_s: float, sent_mono: float, received_mono: float
    ) -> None:
        """Learn from a server time stamp `server_s` (unix seconds, truncated to `resolution_s`) made while
        a request sent at `sent_mono` was answered at `received_mono` (monotonic seconds)."""
        rtt = max(0.0, received_mono - sent_mono)
        pc_at_arrival = self.wall() - max(0.0, self.monotonic() - received_mono)
        # The server answered at [server_s, server_s + resolution]; the PC read [arrival − rtt, arrival] then.
        low = server_s - pc_at_arrival
        high = server_s + resolution_s - (pc_at_arrival - rtt)
        if self._bounds is not None:
            kept_low, kept_high = self._bounds
            if low <= kept_high and kept_low <= high:
                self._bounds = (max(low, kept_low), min(high, kept_high))
                return
        self._bounds = (low, high)
