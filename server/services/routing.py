"""Automatic call distribution: who is offered a call, and what happens when nobody answers.

Policy (standard ACD): a call goes to the available counselor who has been idle the longest and is not
already ringing; a counselor who declined or missed this call is not offered it again by the re-route;
with nobody available the call waits as "queued" and is offered, oldest first, when someone becomes
available; a crisis-flagged chat (the person wrote, or told the chatbot, an expression of the crisis list:
services/chat_crisis.py) waits before every other call and chat, since the minutes matter most there.
Ring-no-answer sets the counselor to "break" ("not ready"), so a console left alone stops receiving calls.

Chats wait in the same queue as calls. A counselor holds at most one phone call and up to the centre's
chat limit (MAX_CHATS_KEY, 3 by default) of chats at once: one who is in chats only ("on_call" with no
phone contact) is still offered a chat below the limit, and a phone call; one on a phone call is offered
nothing more, since the voice on the line needs the whole attention.

All functions run inside Database.write, i.e. serialized, which is what guarantees one offer per
counselor and one counselor per call.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Insert,
    Select,
    Update,
    and_,
    bindparam,
    case,
    false,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection

from annyeong.console.wire import Call, QueueCounts
from annyeong.server import eventlog, schema
from annyeong.server.config import DEFAULT_MAX_CHATS, MAX_CHATS_KEY
from annyeong.server.permissions import ROUTABLE_ROLES
from annyeong.server.services.views import call_view

# A call by id (:call_id), built once; services/calls.py reads calls with it too.
CALL_BY_ID = select(schema.calls).where(schema.calls.c.id == bindparam("call_id"))


def masked_view(conn: Connection, call_id: str) -> Call:
    """The call as it is now, as events carry it: never the full number."""
    row = conn.execute(CALL_BY_ID, {"call_id": call_id}).one()
    return call_view(conn, row, show_number=False)


def publish_call(
    conn: Connection, call_id: str, now: datetime, *also_users: str | None, view: Call | None = None
) -> Call:
    """Append call.updated with the call as it is now, and return that (masked) view. `view`: one just
    built in this transaction with nothing changed since (the card costs several queries under the
    write lock, so a view is built once and shared by the events and the answer)."""
    audience = list(eventlog.SUPERVISORS) + [eventlog.user_audience(u) for u in also_users if u]
    if view is None:
        view = masked_view(conn, call_id)
    eventlog.append(conn, "call.updated", view.model_dump(mode="json"), audience, now)
    return view


@cache
def _offer_state_query() -> Select[Any]:
    c = schema.calls
    return select(c.c.channel, c.c.status, c.c.offered_to, c.c.offered_at, c.c.offer_expires_at).where(
        c.c.id == bindparam("call_id")
    )


def offer(
    conn: Connection, call_id: str, now: datetime, timeout_s: float, *, let_go_by: str | None = None
) -> tuple[str | None, Call | None]:
    """Offer the call to the longest-idle eligible counselor, or queue it. Returns who it went to and the
    view its call.offered event carried (None, None when queued). `let_go_by`: who just declined or missed
    it, never rung again at once."""
    c = schema.calls
    call = conn.execute(_offer_state_query(), {"call_id": call_id}).one()
    load, limit = open_load(conn), _chat_limit(conn)
    # Who is free and whether they declined or missed it before, in one statement (under the write lock).
    free = _free_counselors(conn, marking_call=call_id)
    chosen = choose([f for f in free if not f.marked], load, limit, call.channel)
    if chosen is None:
        # Nobody else can take it: those who declined or missed it before are asked again.
        again = [f for f in free if f.id != let_go_by]
        chosen = choose(again, load, limit, call.channel)
    if chosen is None:
        waiting = (call.status, call.offered_to, call.offered_at, call.offer_expires_at)
        if waiting != ("queued", None, None, None):  # already so: nothing to write
            conn.execute(
                update(c)
                .where(c.c.id == call_id)
                .values(status="queued", offered_to=None, offered_at=None, offer_expires_at=None)
            )
        return None, None
    return chosen, _offer_to(conn, call_id, chosen, now, timeout_s)


class Free(NamedTuple):
    """A counselor who may be offered something now."""

    id: str
    presence: str
    marked: bool = False  # in `marking` (who declined or missed the call)


@cache
def _free_query(marking: bool) -> Select[Any]:
    """`marking`: the rows of those who declined or missed the call :call_id come with marked True."""
    u, c, o = schema.users, schema.calls, schema.call_offers
    ringing = select(c.c.offered_to).where(c.c.status == "offered", c.c.offered_to.is_not(None))
    tried = select(o.c.user_id).where(
        o.c.call_id == bindparam("call_id"), o.c.outcome.in_(("declined", "missed"))
    )
    marked = u.c.id.in_(tried) if marking else false()
    query = select(u.c.id, u.c.presence, marked.label("marked")).where(
        u.c.role.in_(ROUTABLE_ROLES),
        u.c.presence.in_(("available", "on_call")),
        u.c.id.not_in(ringing),
    )
    return query.order_by(func.coalesce(u.c.idle_since, u.c.presence_since), u.c.id)


def _free_counselors(conn: Connection, *, marking_call: str | None = None) -> list[Free]:
    """(id, presence, marked) of those who may be offered something now, longest idle first: available,
    or in chats only, and not ringing. `marking_call`: whoever declined or missed that call comes with
    marked True."""
    rows = conn.execute(_free_query(marking_call is not None), {"call_id": marking_call}).all()
    return [Free(row.id, row.presence, bool(row.marked)) for row in rows]


def _chat_limit(conn: Connection) -> int:
    return int(conn.info.get(MAX_CHATS_KEY, DEFAULT_MAX_CHATS))


def choose(candidates: list[Free], load: dict[str, tuple[int, int]], limit: int, channel: str) -> str | None:
    """Who of `candidates` (longest idle first) a call on `channel` goes to, or None."""
    # An idle counselor first; then, for a chat, the one with the fewest chats open.
    for user_id, presence, _ in sorted(candidates, key=lambda f: sum(load.get(f.id, (0, 0)))):
        phones, chats = load.get(user_id, (0, 0))
        # "on_call" is offered more only when it is chats alone: on a phone call, or on a call we do not
        # see (e.g. an outbound one), nothing more. "available" means what the counselor said it means.
        if presence == "on_call" and (phones > 0 or chats == 0):
            continue
        if channel != "chat" or chats < limit:
            return user_id
    return None


@cache
def _ring_update() -> Update:
    c = schema.calls
    # The call as it is now comes back with the update (RETURNING): no read of it after.
    return update(c).where(c.c.id == bindparam("call_id")).returning(*c.c)


@cache
def _offer_insert() -> Insert:
    return insert(schema.call_offers)


def _offer_to(conn: Connection, call_id: str, chosen: str, now: datetime, timeout_s: float) -> Call:
    row = conn.execute(_ring_update(), {
        "call_id": call_id, "status": "offered", "offered_to": chosen, "offered_at": now,
        "offer_expires_at": now + timedelta(seconds=timeout_s),
    }).one()
    conn.execute(
        _offer_insert(), {"call_id": call_id, "user_id": chosen, "offered_at": now, "outcome": "offered"}
    )
    view = call_view(conn, row, show_number=False)
    eventlog.append(conn, "call.offered", view.model_dump(mode="json"), [eventlog.user_audience(chosen)], now)
    return view


@cache
def _load_query() -> Select[Any]:
    ct = schema.contacts
    return (
        select(ct.c.counselor_id, ct.c.channel, func.count())
        .where(ct.c.ended_at.is_(None))
        .group_by(ct.c.counselor_id, ct.c.channel)
    )


def open_load(conn: Connection) -> dict[str, tuple[int, int]]:
    """Per counselor: (open phone contacts, open chat contacts)."""
    rows = conn.execute(_load_query()).all()
    load: dict[str, tuple[int, int]] = {}
    for user_id, channel, count in rows:
        phones, chats = load.get(user_id, (0, 0))
        load[user_id] = (phones, chats + count) if channel == "chat" else (phones + count, chats)
    return load


@cache
def _close_offer_update() -> Update:
    o = schema.call_offers
    return (
        update(o)
        .where(
            o.c.call_id == bindparam("of_call"), o.c.user_id == bindparam("of_user"), o.c.outcome == "offered"
        )
        .values(outcome=bindparam("new_outcome"), outcome_at=bindparam("at"), reason=bindparam("why"))
    )


def close_offer(
    conn: Connection, call_id: str, user_id: str, outcome: str, reason: str | None, now: datetime
) -> None:
    conn.execute(_close_offer_update(), {
        "of_call": call_id, "of_user": user_id, "new_outcome": outcome, "at": now, "why": reason,
    })


def withdraw_and_reroute(
    conn: Connection,
    call_id: str,
    user_id: str,
    outcome: str,
    reason: str | None,
    now: datetime,
    timeout_s: float,
) -> None:
    """The counselor it rang at declined or missed it: record that and offer it to the next one."""
    close_offer(conn, call_id, user_id, outcome, reason, now)
    _, view = offer(conn, call_id, now, timeout_s, let_go_by=user_id)
    publish_call(conn, call_id, now, user_id, view=view)


def crisis_calls() -> Select[tuple[str]]:
    """The chat calls whose conversation carries a crisis expression."""
    s, cc = schema.chat_sessions, schema.chat_crises
    return select(s.c.call_id).join(cc, cc.c.session_id == s.c.id).where(s.c.call_id.is_not(None))


def crisis_flagged() -> ColumnElement[bool]:
    """Whether a call is a crisis-flagged chat (a column expression over schema.calls)."""
    return schema.calls.c.id.in_(crisis_calls())


def offer_order() -> tuple[ColumnElement[Any], ...]:
    """The order waiting calls are offered in: crisis-flagged chats first, then oldest first (the board
    lists them so too)."""
    c = schema.calls
    return (case((crisis_flagged(), 0), else_=1), c.c.created_at, c.c.id)


@cache
def _queued_query() -> Select[Any]:
    c = schema.calls
    return select(c.c.id, c.c.channel).where(c.c.status == "queued").order_by(*offer_order())


@cache
def _tried_while_queued_query() -> Select[Any]:
    """Who declined or missed which waiting call."""
    c, o = schema.calls, schema.call_offers
    waiting = select(c.c.id).where(c.c.status == "queued")
    return select(o.c.call_id, o.c.user_id).where(
        o.c.call_id.in_(waiting), o.c.outcome.in_(("declined", "missed"))
    )


def dispatch_queued(conn: Connection, now: datetime, timeout_s: float) -> None:
    """Offer waiting calls and chats, crisis-flagged chats first, then oldest first. A call nobody can take
    now does not hold back a chat behind it that a counselor in chats can (and the other way round).

    Who is free, their open contacts and who already declined or missed which waiting call are read once
    and matched here, not by an offer per waiting call: a counselor becoming available behind a long
    queue costs a few statements under the write lock, not several per call in the queue (which made a
    backlog grow faster the longer it was)."""
    queued = conn.execute(_queued_query()).all()
    if not queued:
        return
    free = _free_counselors(conn)
    if not free:
        return
    load, limit = open_load(conn), _chat_limit(conn)
    tried: dict[str, set[str]] = {}
    for call_id, user_id in conn.execute(_tried_while_queued_query()):
        tried.setdefault(call_id, set()).add(user_id)
    for call_id, channel in queued:
        left_out = tried.get(call_id, set())
        chosen = choose([f for f in free if f.id not in left_out], load, limit, channel)
        if chosen is None and left_out:
            # A waiting person is never left to nobody: when no one else can take the call, whoever
            # declined or missed it before is asked again (a miss set them to break; they get it back
            # when they return).
            chosen = choose(free, load, limit, channel)
        if chosen is None:
            continue
        view = _offer_to(conn, call_id, chosen, now, timeout_s)
        publish_call(conn, call_id, now, view=view)
        # Ringing now: not free for the next one.
        free = [f for f in free if f.id != chosen]
        if not free:
            return


def queue_position(conn: Connection, call_id: str) -> int | None:
    """1 for the next in line; None when the call is not waiting (ringing counts as next)."""
    c = schema.calls
    row = conn.execute(select(c.c.status, c.c.created_at).where(c.c.id == call_id)).first()
    if row is None or row.status not in ("queued", "offered"):
        return None
    if row.status == "offered":
        return 1
    earlier = c.c.created_at < row.created_at
    flagged = conn.execute(select(func.count()).where(c.c.id == call_id, crisis_flagged())).scalar_one() > 0
    # In dispatch_queued's order: a flagged chat has only earlier flagged ones ahead; anything else has
    # every flagged one and the earlier ones.
    before = and_(crisis_flagged(), earlier) if flagged else or_(crisis_flagged(), earlier)
    ahead = conn.execute(select(func.count()).where(c.c.status == "queued", before)).scalar_one()
    return int(ahead) + 1


def queue_counts(conn: Connection) -> QueueCounts:
    """Calls and chats waiting for someone to take them (queued, or ringing at someone), counts only."""
    c = schema.calls
    flagged = case((crisis_flagged(), 1), else_=0)
    rows = conn.execute(
        select(c.c.channel, flagged, func.count()).where(c.c.status.in_(("queued", "offered")))
        .group_by(c.c.channel, flagged)
    ).all()
    chats = sum(n for channel, _f, n in rows if channel == "chat")
    crisis = sum(n for channel, f, n in rows if channel == "chat" and f)
    return QueueCounts(calls=sum(n for channel, _f, n in rows if channel != "chat"), chats=chats,
                       crisis_chats=crisis)


@cache
def _ringing_query() -> Select[Any]:
    c = schema.calls
    return select(c.c.id).where(c.c.status == "offered", c.c.offered_to == bindparam("user_id"))


def ringing_call_of(conn: Connection, user_id: str) -> str | None:
    return conn.execute(_ringing_query(), {"user_id": user_id}).scalar_one_or_none()
