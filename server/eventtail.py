"""The newest part of the event log, held in memory and read from the database once per wake-up for every
follower of this process.

A hundred consoles woken for the same commit each ran their own read of the log (a thread hop, a scan of
every event since their cursor, the rows decoded into Events) to find, most often, one event; and each
serialized it again for its stream. Here the first follower woken starts one read of everything new (all
audiences) and the others wait for that same read; each then picks what its audience may see from memory,
and an event's SSE block is built once. A follower whose cursor lies before what is held (a console
coming back after a while) reads the database as before (eventlog.read_after).

Why nothing is missed: the log's seqs commit in order (writes are serialized, eventlog._insert), so a read
of `seq > newest held` sees every event committed before it started. A follower takes a ticket after its
flag was cleared, and is served only by a read that started after its ticket was taken: every event whose
commit woke it is in that read. Several worker processes (PostgreSQL) each hold their own tail, read from
the shared database when a NOTIFY wakes their followers.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import BigInteger, CompoundSelect, bindparam, func, null, select, union_all
from sqlalchemy.engine import Connection

from annyeong.console.wire import Event
from annyeong.server import eventlog, schema

# How many of the newest events are held: minutes of a busy floor. A follower further behind reads the
# database, which it would have done anyway.
KEEP = 4000
# How many events one read takes at most; a larger backlog is read in several.
PAGE = 500
# The first read's `top`: past every seq, so it finds only the newest seq (the log before it is not held).
NOTHING_BEFORE = 2**62


@dataclass
class Held:
    """One event as followers need it: the Event, who may see it, and its SSE block once one was built."""

    event: Event
    audience: frozenset[str]
    _block: str | None = field(default=None, repr=False)

    @property
    def seq(self) -> int:
        return self.event.seq

    def block(self) -> str:
        if self._block is None:
            e = self.event
            self._block = f"id: {e.seq}\nevent: {e.type}\ndata: {e.model_dump_json()}\n\n"
        return self._block


def _newer_statement() -> CompoundSelect:
    """The events after :top up to the newest seq (every audience), then one row of the newest seq alone
    (its type NULL): one statement, one snapshot (as eventlog._visible_after)."""
    e = schema.events
    ceiling = select(func.max(e.c.seq)).scalar_subquery()
    # BIGINT: the first read asks for nothing after NOTHING_BEFORE (see EventTail._load).
    top = bindparam("top", type_=BigInteger)
    page = (
        select(e.c.seq, e.c.type, e.c.created_at, e.c.data, e.c.audience)
        .where(e.c.seq > top, e.c.seq <= ceiling)
        .order_by(e.c.seq)
        .limit(PAGE)
        .subquery("page")
    )
    newest = select(func.coalesce(func.max(e.c.seq), 0), null(), null(), null(), null())
    return union_all(select(page.c.seq, page.c.type, page.c.created_at, page.c.data, page.c.audience), newest)


_NEWER = _newer_statement()


def read_newer(conn: Connection, top: int) -> tuple[list[Held], int]:
    """Every event after `top` (at most PAGE), oldest first; and the newest seq committed."""
    rows = conn.execute(_NEWER, {"top": top}).all()
    newest = next((int(row.seq or 0) for row in rows if row.type is None), 0)
    held = sorted(
        (
            Held(
                Event(seq=row.seq, type=row.type, created_at=row.created_at, data=dict(row.data)),
                frozenset(t for t in row.audience.split("|") if t),
            )
            for row in rows
            if row.type is not None
        ),
        key=lambda h: h.seq,
    )
    return held, newest


Reader = Callable[[Callable[[Connection], Any]], Awaitable[Any]]


class EventTail:
    """The held events of one process. `held_after` answers from memory, or None when the cursor is before
    what is held; `read_after` then reads the database."""

    def __init__(self, reader: Reader, keep: int = KEEP) -> None:
        self._reader = reader
        self._keep = keep
        self._held: list[Held] = []
        self._seqs: list[int] = []
        # Every event with floor < seq <= top is held; None until the first read.
        self._floor: int | None = None
        self._top = 0
        self._tickets = 0
        self._served = 0
        self._loading: asyncio.Future[None] | None = None

    async def read_after(self, after: int, tokens: Sequence[str], limit: int) -> tuple[list[Held], int]:
        """As eventlog.read_after: the events after `after` that `tokens` may see (at most `limit`), oldest
        first, and the seq the follower may move its cursor to. From memory when `after` is within the
        tail, else from the database."""
        found = await self.held_after(after, tokens, limit)
        if found is not None:
            return found
        read = partial(eventlog.read_after, after=after, tokens=tokens, limit=limit)
        items, last = await self._reader(read)
        return [Held(event, frozenset()) for event in items], last

    async def held_after(
        self, after: int, tokens: Sequence[str], limit: int
    ) -> tuple[list[Held], int] | None:
        """read_after from memory; None when `after` is before the tail."""
        await self._fresh()
        floor = self._floor
        if floor is None or after < floor:
            return None
        wanted = frozenset(tokens)
        found: list[Held] = []
        for held in self._held[bisect.bisect_right(self._seqs, after) :]:
            if not held.audience.isdisjoint(wanted):
                found.append(held)
                if len(found) == limit:
                    return found, held.seq
        return found, max(after, self._top)

    async def _fresh(self) -> None:
        """Return once a read that started after this call has finished."""
        self._tickets += 1
        ticket = self._tickets
        while self._served < ticket:
            if self._loading is None or self._loading.done():
                self._loading = asyncio.ensure_future(self._load(self._tickets))
            # Shielded: a follower that goes away must not cancel the read the others wait for.
            await asyncio.shield(self._loading)

    async def _load(self, covers: int) -> None:
        try:
            while True:
                top = self._top if self._floor is not None else NOTHING_BEFORE
                held, newest = await self._reader(partial(read_newer, top=top))
                self._take(held, newest)
                if len(held) < PAGE:
                    break
            self._served = max(self._served, covers)
        finally:
            self._loading = None

    def _take(self, held: list[Held], newest: int) -> None:
        if self._floor is None:
            # The first read found no events, only the newest seq: the tail starts there.
            self._floor = self._top = newest
            return
        for h in held:
            if h.seq > self._top:
                self._held.append(h)
                self._seqs.append(h.seq)
                self._top = h.seq
        if len(held) < PAGE:
            self._top = max(self._top, newest)
        if len(self._held) > 2 * self._keep:
            drop = len(self._held) - self._keep
            self._floor = self._seqs[drop - 1]
            del self._held[:drop]
            del self._seqs[:drop]
