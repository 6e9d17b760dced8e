"""Training mode plays the dispatch liaison: it acknowledges a dispatch a few seconds after it arrives,
with an incident number that cannot be mistaken for a real one ("TRN-112-000123"), and reports units en
route as long again later. A dispatch a person (or `annyeong-sim dispatch`) acknowledged is left to them.
A withdrawn training dispatch is acknowledged as stood down after the same delay, whoever relays it: a
cancel that nobody confirms would leave the trainee's panel waiting for ever.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select
from sqlalchemy.sql.expression import Exists

from annyeong.server.principal import Principal
from annyeong.server.services.dispatch_views import d, ds
from annyeong.server.services.dispatches import advance

AUTO_LIAISON = Principal(id="training:auto-liaison", role="dispatch_liaison", is_user=False)


def _auto_acked() -> Exists:
    return exists().where(
        ds.c.dispatch_id == d.c.id, ds.c.step == "acknowledged", ds.c.actor == AUTO_LIAISON.id
    )


def _due_queries(now: datetime, delay_s: float) -> tuple[Select[Any], Select[Any], Select[Any]]:
    cutoff = now - timedelta(seconds=delay_s)
    to_ack = select(d.c.id).where(d.c.training == 1, d.c.status == "received", d.c.received_at <= cutoff)
    to_move = select(d.c.id).where(
        d.c.training == 1, d.c.status == "acknowledged", d.c.acknowledged_at <= cutoff, _auto_acked()
    )
    to_stand_down = select(d.c.id).where(
        d.c.training == 1,
        d.c.cancel_requested_at.is_not(None),
        d.c.cancel_acknowledged_at.is_(None),
        d.c.cancel_requested_at <= cutoff,
    )
    return to_ack, to_move, to_stand_down


def due(conn: Connection, now: datetime, delay_s: float) -> bool:
    to_ack, to_move, to_stand_down = _due_queries(now, delay_s)
    return conn.execute(select(exists(to_ack) | exists(to_move) | exists(to_stand_down))).scalar() is True


def incident_number(conn: Connection, service: str) -> str:
    made = conn.execute(
        select(func.count()).select_from(d).where(d.c.incident_number.like("TRN-%"))
    ).scalar_one()
    agency = "112" if service == "police_112" else "119"
    return f"TRN-{agency}-{made + 1:06d}"


def advance_due(conn: Connection, now: datetime, delay_s: float) -> int:
    to_ack, to_move, to_stand_down = _due_queries(now, delay_s)
    moved = 0
    for dispatch_id in list(conn.execute(to_stand_down).scalars()):
        advance(conn, AUTO_LIAISON, dispatch_id, "cancel_acknowledged", now, check_permission=False)
        moved += 1
    for dispatch_id in list(conn.execute(to_ack).scalars()):
        service = conn.execute(select(d.c.service).where(d.c.id == dispatch_id)).scalar_one()
        advance(
            conn,
            AUTO_LIAISON,
            dispatch_id,
            "acknowledged",
            now,
            incident_number=incident_number(conn, service),
            check_permission=False,
        )
        moved += 1
    for dispatch_id in list(conn.execute(to_move).scalars()):
        advance(conn, AUTO_LIAISON, dispatch_id, "en_route", now, check_permission=False)
        moved += 1
    return moved
