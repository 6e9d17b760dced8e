"""Role-level refusals (a 403 at an endpoint's gate) go to the access log, bounded so that a probe
cannot flood it: one row per account, endpoint and minute when the first refusal comes, and one more
row after the minute saying how many refusals followed it.

The log is an append-only hash chain, so the count cannot be added to the first row afterwards; it is
a second row, written by the next refusal after the minute or by the flush loop, whichever is first.
Counts live in the process (each worker bounds its own); a refusal never waits on anything but the
write of its first row.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

from sqlalchemy.engine import Connection

from annyeong.server.audited import Who, write_entry
from annyeong.server.denial_window import Row
from annyeong.server.state import AppState, utcnow

log = logging.getLogger("annyeong.server.denials")

ACTION = "access.denied"
FLUSH_INTERVAL_S = 10.0


async def write(state: AppState, rows: list[Row]) -> None:
    if not rows:
        return

    def transaction(conn: Connection) -> None:
        for w, endpoint, reason in rows:
            write_entry(conn, w, ACTION, "endpoint", endpoint, "denied", reason)

    await state.db.write(transaction, notify=False)


async def refused(state: AppState, w: Who, endpoint: str, code: str) -> None:
    await write(state, state.denials.note(w, endpoint, code, utcnow()))


async def run(state: AppState) -> None:
    """Write the counts of the minutes that are over, every few seconds and once more at shutdown."""
    try:
        while True:
            await asyncio.sleep(FLUSH_INTERVAL_S)
            try:
                await write(state, state.denials.closed(utcnow()))
            except Exception as exc:  # the next pass retries what is still pending
                log.error("denial flush failed: %s", type(exc).__name__)
    finally:
        with contextlib.suppress(Exception):
            # The minute may not be over at shutdown: everything still counted is written.
            await write(state, state.denials.closed(datetime.max.replace(tzinfo=utcnow().tzinfo)))
