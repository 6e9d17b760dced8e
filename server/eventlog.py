"""The append-only event log with a global sequence, and the in-process wake-up of its followers.

Services append events inside the same transaction as the change they describe, so an event exists if
and only if its change was committed. After each committed write the Database calls `EventBus.notify`,
which wakes every SSE/long-poll follower to read what is new. Writes in other worker processes reach
the bus through PostgreSQL LISTEN/NOTIFY (server.crossprocess).
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    BigInteger,
    CompoundSelect,
    Insert,
    String,
    and_,
    bindparam,
    func,
    insert,
    null,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.engine import Connection

from annyeong.console.wire import Event
from annyeong.server import schema

ALL = "all"
# Where a write transaction collects the audiences of the events it appended (Connection.info), so that
# Database.write wakes only the followers who may see them.
AUDIENCE_KEY = "annyeong_event_audience"
# Where a write transaction holds the events it appended until they are inserted together (`hold`).
PENDING_KEY = "annyeong_event_rows"


def role_audience(role: str) -> str:
    return f"role:{role}"


def user_audience(user_id: str) -> str:
    return f"user:{user_id}"


# Who hears about everything that matters on the floor: the shift leads and the administrators.
SUPERVISORS = (role_audience("shift_lead"), role_audience("admin"))


def partner_audience(organisation: str) -> str:
    return f"partner:{organisation}"


def tokens_for(
    user_id: str, role: str, organisation: str | None = None, organisations: Sequence[str] = ()
) -> list[str]:
    """The audience tokens a follower matches: everything for all, for their role, for them, and for a
    referral partner their organisation ("*": every one of `organisations`)."""
    found = [ALL, role_audience(role), user_audience(user_id)]
    if organisation == "*":
        found += [partner_audience(o) for o in organisations]
    elif organisation:
        found.append(partner_audience(organisation))
    return found


def append(
    conn: Connection, type_: str, data: dict[str, Any], audience: Iterable[str], now: datetime
) -> None:
    tokens = sorted(set(audience))
    if not tokens:
        raise ValueError("an event needs an audience")
    conn.info.setdefault(AUDIENCE_KEY, set()).update(tokens)
    row = {"type": type_, "audience": "|" + "|".join(tokens) + "|", "data": data, "created_at": now}
    pending = conn.info.get(PENDING_KEY)
    if pending is not None:
        pending.append(row)
    else:
        _insert(conn, [row])


def hold(conn: Connection) -> None:
    """Keep the events this transaction appends until `flush`, which inserts them in one statement.

    Database.write does this on PostgreSQL: a call's write appends two or three events, and each
    statement is a round trip while every other writer waits for the write lock."""
    conn.info[PENDING_KEY] = []


def flush(conn: Connection, notify: tuple[str, str] | None = None) -> None:
    """Insert what was held since `hold`, in the order it was appended, and stop holding.

    notify (PostgreSQL): (channel, payload) of the NOTIFY the transaction sends, in the same statement
    as the insert (a data-modifying WITH): one round trip fewer under the write lock."""
    rows = conn.info.pop(PENDING_KEY, None)
    if notify is not None and rows:
        conn.execute(
            _APPEND_AND_NOTIFY,
            {
                "types": [row["type"] for row in rows],
                "audiences": [row["audience"] for row in rows],
                "datas": [row["data"] for row in rows],
                "ats": [row["created_at"] for row in rows],
                "channel": notify[0],
                "payload": notify[1],
            },
        )
    elif notify is not None:
        conn.execute(_NOTIFY, {"channel": notify[0], "payload": notify[1]})
    elif rows:
        _insert(conn, rows)


def _insert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    # The next seq is the last one + 1, not a database sequence: a PostgreSQL sequence hands out numbers
    # at insert time, so with two transactions in flight seq 11 could commit before seq 10 and a follower
    # at 11 would never see 10. last + 1 cannot: writes are serialized (server.db), and even a write that
    # slipped past the lock would collide on the primary key instead of committing out of order. It also
    # leaves no holes where a transaction rolled back.
    # One statement (the max read inside the INSERT): appends run under the write lock, where every
    # round trip to the database is time every other writer waits. Several rows go in one statement
    # only where it reads the max once for all of them (PostgreSQL: a statement does not see its own
    # rows); `hold` is used there alone.
    if len(rows) == 1:
        conn.execute(_INSERT_ONE, rows[0])
        return
    conn.execute(_values(rows))


def _values(rows: list[dict[str, Any]]) -> Insert:
    """The rows as one INSERT, each seq the last one + its place (the max is read once for all of them)."""
    e = schema.events
    last = select(func.coalesce(func.max(e.c.seq), 0)).scalar_subquery()
    return insert(e).values([{**row, "seq": last + n} for n, row in enumerate(rows, start=1)])


# Built once: a statement made per call is walked for its cache key on every execution, which under a
# chat load (an event or two a message, a read per console woken) cost more than the database did.
_INSERT_ONE = insert(schema.events).values(
    seq=select(func.coalesce(func.max(schema.events.c.seq), 0) + 1).scalar_subquery()
)
_NEWEST = select(func.max(schema.events.c.seq))
# The held events and the NOTIFY in one statement (PostgreSQL), built once. The rows come as one array
# per column, so the statement is the same whatever their number: SQLAlchemy never caches an INSERT of
# several VALUES rows, and compiling that one afresh was a fifth of every write's time under the lock.
# WITH ORDINALITY numbers the rows in the order they were appended; each seq is the last one + its place.
_APPEND_AND_NOTIFY = text(
    "WITH appended AS ("
    " INSERT INTO events (seq, type, audience, data, created_at)"
    " SELECT last.seq + held.n, held.type, held.audience, held.data, held.created_at"
    " FROM unnest(:types, :audiences, :datas, :ats)"
    " WITH ORDINALITY AS held(type, audience, data, created_at, n),"
    " (SELECT coalesce(max(seq), 0) AS seq FROM events) AS last"
    ") SELECT pg_notify(:channel, :payload)"
).bindparams(
    bindparam("types", type_=ARRAY(String)),
    bindparam("audiences", type_=ARRAY(String)),
    bindparam("datas", type_=ARRAY(JSON)),
    bindparam("ats", type_=ARRAY(schema.UTCDateTime())),
    bindparam("channel", type_=String),
    bindparam("payload", type_=String),
)
_NOTIFY = select(func.pg_notify(bindparam("channel", type_=String), bindparam("payload", type_=String)))
_ESCAPE = "/"


@lru_cache(maxsize=32)
def _visible_after(token_count: int, sqlite: bool) -> CompoundSelect:
    """The events after :cursor up to the newest seq (the ceiling) matching any of `token_count` audience
    patterns (:t0, :t1 …), then one row of the ceiling alone (its type NULL), one statement per token
    count (a follower's count is fixed by its role).

    One statement, not two (the ceiling, then the events): a follower reads once for every event it is
    woken for, and the second statement cost as much as the read itself. A statement sees one snapshot,
    so an event committed meanwhile is neither returned nor skipped over. (A UNION ALL, not a join of the
    ceiling to the events: SQLite then sorted every page in a temporary B-tree.)

    SQLite looks for `|token|` with instr, not LIKE: every follower's read tests each event committed
    since its last one, everyone's, and LIKE's pattern matcher was a fifth of the statement's time there
    (the tokens are then bound as they are, see `_needles`)."""
    e = schema.events
    ceiling = select(func.max(e.c.seq)).scalar_subquery()
    if sqlite:
        visible = or_(*(func.instr(e.c.audience, bindparam(f"t{i}")) > 0 for i in range(token_count)))
    else:
        visible = or_(*(e.c.audience.like(bindparam(f"t{i}"), escape=_ESCAPE) for i in range(token_count)))
    # BIGINT: a cursor may be anything up to 2^63-1 (PostgreSQL's column is 32-bit; the cast keeps the
    # bound value from being refused before the comparison).
    cursor = bindparam("cursor", type_=BigInteger)
    page = (
        select(e.c.seq, e.c.type, e.c.created_at, e.c.data)
        .where(and_(e.c.seq > cursor, e.c.seq <= ceiling, visible))
        .order_by(e.c.seq)
        .limit(bindparam("limit"))
        .subquery("page")
    )
    top = select(func.coalesce(func.max(e.c.seq), 0), null(), null(), null())
    return union_all(select(page.c.seq, page.c.type, page.c.created_at, page.c.data), top)


def _pattern(token: str) -> str:
    """The LIKE pattern for `|token|` anywhere in an audience, its wildcards escaped (a role such as
    shift_lead has an underscore)."""
    escaped = token.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    return f"%|{escaped}|%"


def _needles(tokens: Sequence[str], sqlite: bool) -> dict[str, str]:
    """The bound values of `_visible_after`'s token tests: `|token|` for instr, a LIKE pattern otherwise."""
    if sqlite:
        return {f"t{i}": f"|{token}|" for i, token in enumerate(tokens)}
    return {f"t{i}": _pattern(token) for i, token in enumerate(tokens)}


def read_after(conn: Connection, after: int, tokens: Sequence[str], limit: int) -> tuple[list[Event], int]:
    """Events with seq > after visible to `tokens`, oldest first; and the newest seq the caller may skip to.

    The second value lets a follower whose audience sees little move its cursor past events it may not
    see, so it never re-scans them.
    """
    sqlite = conn.dialect.name == "sqlite"
    params: dict[str, Any] = {**_needles(tokens, sqlite), "cursor": after, "limit": limit}
    rows = conn.execute(_visible_after(len(tokens), sqlite), params).all()
    ceiling = next((int(row.seq or 0) for row in rows if row.type is None), 0)
    items = sorted(
        (
            Event(seq=row.seq, type=row.type, created_at=row.created_at, data=dict(row.data))
            for row in rows
            if row.type is not None
        ),
        key=lambda event: event.seq,
    )
    if len(items) == limit:
        return items, items[-1].seq
    return items, max(after, ceiling)


def newest_seq(conn: Connection) -> int:
    return int(conn.execute(_NEWEST).scalar_one_or_none() or 0)


class EventBus:
    """Wakes followers when something was committed. One asyncio.Event per follower: set by notify,
    cleared by the follower before it reads, so no wake-up is lost between a read and the next wait.

    A follower may subscribe with its audience tokens; a notify naming the audiences of what was
    committed then wakes only the followers who can see some of it. With a hundred consoles, each call's
    events concern one counselor and the supervisors: waking everyone for each would make every console
    re-read the log several times a call for nothing."""

    def __init__(self) -> None:
        self._followers: dict[asyncio.Event, frozenset[str] | None] = {}

    def subscribe(self, tokens: Iterable[str] | None = None) -> asyncio.Event:
        flag = asyncio.Event()
        self._followers[flag] = None if tokens is None else frozenset(tokens)
        return flag

    def unsubscribe(self, flag: asyncio.Event) -> None:
        self._followers.pop(flag, None)

    def notify(self, audience: Collection[str] | None = None) -> None:
        """Wake the followers who may see an event for `audience` (None: everyone)."""
        for flag, tokens in self._followers.items():
            if audience is None or tokens is None or not tokens.isdisjoint(audience):
                flag.set()

    @property
    def follower_count(self) -> int:
        return len(self._followers)
