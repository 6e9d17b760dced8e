"""Automatic call distribution: who is offered a call, and what happens when nobody answers.

Policy (standard ACD): a call goes to the available counselor who has been idle the longest and is not
already ringing; a counselor who declined or missed this call is not offered it again by the re-route;
with nobody available the call waits as "queued" and is offered, oldest first, when someone becomes
available. Ring-no-answer sets the counselor to "break" ("not ready"), so a console left alone stops
receiving calls. All functions run inside Database.write, i.e. serialized, which is what guarantees one
offer per counselor and one counselor per call.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from annyeong.server import eventlog, schema
from annyeong.server.permissions import ROUTABLE_ROLES
from annyeong.server.services.views import call_view

# Shift leads and admins see every call change (the board); the counselor concerned is added per event.
SUPERVISORS = (eventlog.role_audience("shift_lead"), eventlog.role_audience("admin"))


def publish_call(conn: Connection, call_id: str, now: datetime, *also_users: str | None) -> None:
    """Append call.updated with the call as it is now. Event data never holds the full number."""
    row = conn.execute(select(schema.calls).where(schema.calls.c.id == call_id)).one()
    audience = list(SUPERVISORS) + [eventlog.user_audience(u) for u in also_users if u]
    data = call_view(conn, row, show_number=False).model_dump(mode="json")
    eventlog.append(conn, "call.updated", data, audience, now)


def offer_next(conn: Connection, call_id: str, now: datetime, timeout_s: float) -> str | None:
    """Offer the call to the longest-idle eligible counselor, or queue it. Returns who it went to."""
    u, c, o = schema.users, schema.calls, schema.call_offers
    tried = select(o.c.user_id).where(o.c.call_id == call_id, o.c.outcome.in_(("declined", "missed")))
    ringing = select(c.c.offered_to).where(c.c.status == "offered", c.c.offered_to.is_not(None))
    chosen = conn.execute(
        select(u.c.id)
        .where(
            u.c.role.in_(ROUTABLE_ROLES),
            u.c.presence == "available",
            u.c.id.not_in(tried),
            u.c.id.not_in(ringing),
        )
        .order_by(func.coalesce(u.c.idle_since, u.c.presence_since), u.c.id)
        .limit(1)
    ).scalar_one_or_none()
    if chosen is None:
        conn.execute(
            update(c)
            .where(c.c.id == call_id)
            .values(status="queued", offered_to=None, offered_at=None, offer_expires_at=None)
        )
        return None
    conn.execute(
        update(c)
        .where(c.c.id == call_id)
        .values(
            status="offered",
            offered_to=chosen,
            offered_at=now,
            offer_expires_at=now + timedelta(seconds=timeout_s),
        )
    )
    conn.execute(insert(o).values(call_id=call_id, user_id=chosen, offered_at=now, outcome="offered"))
    row = conn.execute(select(c).where(c.c.id == call_id)).one()
    data = call_view(conn, row, show_number=False).model_dump(mode="json")
    eventlog.append(conn, "call.offered", data, [eventlog.user_audience(chosen)], now)
    return chosen


def close_offer(
    conn: Connection, call_id: str, user_id: str, outcome: str, reason: str | None, now: datetime
) -> None:
    o = schema.call_offers
    conn.execute(
        update(o)
        .where(o.c.call_id == call_id, o.c.user_id == user_id, o.c.outcome == "offered")
        .values(outcome=outcome, outcome_at=now, reason=reason)
    )


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
    offer_next(conn, call_id, now, timeout_s)
    publish_call(conn, call_id, now, user_id)


def dispatch_queued(conn: Connection, now: datetime, timeout_s: float) -> None:
    """Offer waiting calls, oldest first, while someone is available to take them."""
    c = schema.calls
    queued = conn.execute(
        select(c.c.id).where(c.c.status == "queued").order_by(c.c.created_at, c.c.id)
    ).scalars()
    for call_id in list(queued):
        if offer_next(conn, call_id, now, timeout_s) is None:
            break
        publish_call(conn, call_id, now)


def ringing_call_of(conn: Connection, user_id: str) -> str | None:
    c = schema.calls
    return conn.execute(
        select(c.c.id).where(c.c.status == "offered", c.c.offered_to == user_id)
    ).scalar_one_or_none()
