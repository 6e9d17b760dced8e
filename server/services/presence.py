"""Presence of people: available / on_call / wrap_up / break / offline, and what a change triggers."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, Update, bindparam, select, update
from sqlalchemy.engine import Connection

from annyeong.console.wire import Presence, PresenceInfo
from annyeong.server import eventlog, schema
from annyeong.server.services import routing
from annyeong.server.services.views import presence_view


@cache
def _user_query() -> Select[Any]:
    return select(schema.users).where(schema.users.c.id == bindparam("user_id"))


@cache
def _user_update() -> Update:
    """The values to set come with the parameters (the columns they name)."""
    return update(schema.users).where(schema.users.c.id == bindparam("user_id"))


def change_presence(
    conn: Connection,
    user_id: str,
    status: Presence,
    now: datetime,
    timeout_s: float,
    *,
    dispatch: bool = True,
) -> PresenceInfo:
    row = conn.execute(_user_query(), {"user_id": user_id}).one()
    if row.presence == status:
        return presence_view(row)
    values: dict[str, object] = {"presence": status, "presence_since": now}
    # Wrap-up already counts as idle time (idle_since was set when the call ended): a counselor returning
    # from wrap-up keeps their place in line instead of going to the back.
    if status == "available" and row.presence != "wrap_up":
        values["idle_since"] = now
    conn.execute(_user_update(), {**values, "user_id": user_id})
    if status != "available":
        ringing = routing.ringing_call_of(conn, user_id)
        if ringing is not None:
            # Leaving "available" while a call rings there counts as declining it: the caller moves on.
            routing.withdraw_and_reroute(
                conn, ringing, user_id, "declined", "presence_changed", now, timeout_s
            )
    # What was just written, not read back: one statement fewer under the write lock, on every call.
    info = PresenceInfo(
        user_id=row.id, display_name=row.display_name, status=status, since=now.astimezone(UTC)
    )
    eventlog.append(
        conn,
        "presence.changed",
        info.model_dump(mode="json"),
        [eventlog.user_audience(user_id), *eventlog.SUPERVISORS],
        now,
    )
    if status == "available" and dispatch:
        routing.dispatch_queued(conn, now, timeout_s)
    return info


def list_presence(conn: Connection) -> list[PresenceInfo]:
    u = schema.users
    rows = conn.execute(
        select(u).where(u.c.role.in_(("counselor", "shift_lead", "admin"))).order_by(u.c.display_name, u.c.id)
    ).all()
    return [presence_view(r) for r in rows]
