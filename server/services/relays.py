"""A colleague phones 112 for a counselor who cannot hang up ("동료·팀장에게 112 신고 요청").

The console shows "지금 112에 직접 전화하세요" with the read-out when its dispatch is not acknowledged in
time; the counselor is on the line with the caller and may have no second phone. One press sends the
read-out here; the shift leads and every colleague who is not offline are told at once (relay.updated), and
the first to answer "제가 신고합니다" takes it: everyone, the requester included, then sees who phones.
When the dispatch it was asked for is acknowledged after all (or units set off), withdrawn, or fails,
everyone told of the relay is told again (publish_for_dispatch): the one phoning gives 112 the incident
number, or need not dial, or is asked again.

Events carry no read-out and no number (the event log is kept; the read-out names the person): a
console reads the relay (GET, audited) to show them. The emergency is the lawful basis for giving the full
numbers to a colleague; every read and every step is in the access log with that reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.wire import Relay, RelayCreate, RelayList, UserRef
from annyeong.server import eventlog, schema
from annyeong.server.permissions import DISPATCH_VIEW_ANY, HUMAN_ROLES
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.services.audit import AuditEntry, record
from annyeong.server.services.dispatch_views import d, dr, requesters, stored_number

r, u = schema.dispatch_relays, schema.users
NOT_FOUND = ApiProblem(404, "relay_not_found", "no relay request with this id")
LAWFUL_BASIS = "emergency"
MAX_LIST = 50
# The steps of its dispatch a relay's audience hears of (publish_for_dispatch).
STEPS_HEARD: Final = frozenset({"acknowledged", "en_route", "failed", "cancel_requested"})


def _names(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(u.c.id, u.c.display_name)).tuples().all())


def view(conn: Connection, row: Row[Any], *, full: bool) -> Relay:
    names = _names(conn)
    dispatch = None
    if row.dispatch_id is not None:
        outcome = select(d.c.acknowledged_at, d.c.en_route_at, d.c.incident_number, d.c.cancel_requested_at,
                         d.c.failed_at)
        dispatch = conn.execute(outcome.where(d.c.id == row.dispatch_id)).first()
    return Relay(
        id=row.id,
        dispatch_id=row.dispatch_id,
        service=row.service,
        status=row.status,
        requested_by=UserRef(id=row.requested_by, name=names.get(row.requested_by, "")),
        requested_at=row.requested_at,
        read_out=row.read_out if full else None,
        person_number=row.person_number if full else None,
        callback_line=row.callback_line if full else None,
        taken_by=UserRef(id=row.taken_by, name=names.get(row.taken_by, "")) if row.taken_by else None,
        taken_at=row.taken_at,
        training=bool(row.training),
        # Units on their way say the agency has it, acknowledged or not.
        dispatch_acknowledged_at=(dispatch.acknowledged_at or dispatch.en_route_at) if dispatch is not None
        else None,
        incident_number=dispatch.incident_number if dispatch is not None else None,
        dispatch_withdrawn_at=dispatch.cancel_requested_at if dispatch is not None else None,
        dispatch_failed_at=dispatch.failed_at if dispatch is not None else None,
    )


def _audit(conn: Connection, principal: Principal, row: Row[Any], action: str, now: datetime,
           source: str | None) -> None:
    caller = None
    if row.dispatch_id is not None:
        caller = conn.execute(select(d.c.caller_id).where(d.c.id == row.dispatch_id)).scalar_one_or_none()
    subject = ("caller", caller) if caller else ("relay", row.id)
    entry = AuditEntry(action, "granted", subject[0], subject[1], f"relay:{row.id}", LAWFUL_BASIS)
    record(conn, principal, source, entry, now)


def _audience(conn: Connection, row: Row[Any]) -> list[str]:
    """The shift leads (and admins) always; every colleague who is not offline; the requester; and whoever
    took it (signed in a moment ago, they may still be 오프라인 and phoning 112 for it)."""
    online = conn.execute(
        select(u.c.id).where(u.c.role.in_(HUMAN_ROLES), u.c.presence != "offline")
    ).scalars()
    return [
        *eventlog.SUPERVISORS,
        eventlog.user_audience(row.requested_by),
        *((eventlog.user_audience(row.taken_by),) if row.taken_by else ()),
        *(eventlog.user_audience(x) for x in online),
    ]


def _publish(conn: Connection, relay_id: str, now: datetime) -> None:
    row = conn.execute(select(r).where(r.c.id == relay_id)).one()
    data = view(conn, row, full=False).model_dump(mode="json")
    eventlog.append(conn, "relay.updated", data, _audience(conn, row), now)


def publish_for_dispatch(conn: Connection, dispatch_id: str, now: datetime) -> None:
    """A step of STEPS_HEARD on the dispatch: everyone told of a relay for it hears what became of it."""
    for relay_id in conn.execute(select(r.c.id).where(r.c.dispatch_id == dispatch_id)).scalars().all():
        _publish(conn, relay_id, now)


def _linked_dispatch(conn: Connection, principal: Principal, any_id: str | None) -> Row[Any] | None:
    """The dispatch named (by its id or a press's), if the requester may see it; else none: the request
    still goes out, unlinked, as a dispatch never waits on a form field."""
    if any_id is None:
        return None
    dispatch_id = conn.execute(select(dr.c.dispatch_id).where(dr.c.id == any_id)).scalar_one_or_none()
    row = conn.execute(select(d).where(d.c.id == dispatch_id)).first() if dispatch_id else None
    if row is None:
        return None
    if not principal.can(DISPATCH_VIEW_ANY) and principal.id not in requesters(conn, row.id):
        return None
    return row


def create(
    conn: Connection, principal: Principal, body: RelayCreate, now: datetime, *, training: bool,
    source: str | None,
) -> tuple[int, Relay]:
    relay_id = str(body.id)
    known = conn.execute(select(r).where(r.c.id == relay_id)).first()
    if known is not None:
        if known.requested_by != principal.id:
            raise NOT_FOUND
        return 200, view(conn, known, full=True)
    dispatch = _linked_dispatch(conn, principal, body.dispatch_id)
    number = stored_number(body.person_number) or (dispatch.person_number if dispatch is not None else None)
    callback = stored_number(body.callback_line) or (dispatch.callback_line if dispatch is not None else None)
    conn.execute(
        insert(r).values(
            id=relay_id,
            dispatch_id=dispatch.id if dispatch is not None else None,
            service=body.service,
            status="open",
            requested_by=principal.id,
            requested_at=now,
            read_out=body.read_out,
            person_number=number,
            callback_line=callback,
            training=1 if training or (dispatch is not None and dispatch.training) else 0,
        )
    )
    row = conn.execute(select(r).where(r.c.id == relay_id)).one()
    _audit(conn, principal, row, "relay.requested", now, source)
    _publish(conn, relay_id, now)
    return 201, view(conn, row, full=True)


def _row(conn: Connection, relay_id: str) -> Row[Any]:
    row = conn.execute(select(r).where(r.c.id == relay_id)).first()
    if row is None:
        raise NOT_FOUND
    return row


def get(conn: Connection, principal: Principal, relay_id: str, now: datetime, source: str | None) -> Relay:
    row = _row(conn, relay_id)
    _audit(conn, principal, row, "relay.read", now, source)
    return view(conn, row, full=True)


def list_relays(conn: Connection, open_only: bool | None) -> RelayList:
    query = select(r).order_by(r.c.requested_at.desc(), r.c.id).limit(MAX_LIST)
    if open_only is True:
        query = query.where(r.c.status == "open")
    elif open_only is False:
        query = query.where(r.c.status != "open")
    # No numbers in a list: a console reads the one it shows (audited).
    return RelayList(items=[view(conn, row, full=False) for row in conn.execute(query).all()])


def take(conn: Connection, principal: Principal, relay_id: str, now: datetime, source: str | None) -> Relay:
    """"제가 신고합니다". The first one takes it; the same person again is a no-op (200); anyone else is
    refused (409 relay_taken; the relay names who). The requester cannot take their own."""
    row = _row(conn, relay_id)
    if row.taken_by == principal.id:
        return view(conn, row, full=True)
    if row.requested_by == principal.id:
        raise ApiProblem(409, "relay_own_request", "the requester cannot take their own relay request")
    if row.taken_by is not None:
        raise ApiProblem(409, "relay_taken", "someone else phones already (read the relay to see who)")
    taken = {"status": "taken", "taken_by": principal.id, "taken_at": now}
    conn.execute(update(r).where(r.c.id == relay_id).values(**taken))
    row = _row(conn, relay_id)
    _audit(conn, principal, row, "relay.taken", now, source)
    _publish(conn, relay_id, now)
    return view(conn, row, full=True)
