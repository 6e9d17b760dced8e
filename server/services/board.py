"""The shift lead's board and the shift report, each built in one read transaction.

Freshness comes from the event stream: every change the board shows already publishes an event to the
shift_lead audience (call.*, presence.changed, contact.*, case.updated, dispatch.updated, handoff.*,
escalation.updated, crisis.raised, queue.crisis, follow_up.updated, referral.updated), and the console
refetches on those, so the board is at most one round trip stale.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, select
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import mask_key
from annyeong.console.wire import (
    Board,
    BoardCall,
    BoardCounselor,
    Dispatch,
    FollowUp,
    PendingHandoff,
    ShiftReport,
    ShiftReportCase,
    UserRef,
)
from annyeong.server import schema
from annyeong.server.permissions import HUMAN_ROLES
from annyeong.server.services import checklists, routing
from annyeong.server.services.casedata import case_brief, case_rows_with_owner, follow_up_rows, follow_up_view
from annyeong.server.services.dispatch_views import dispatch_view
from annyeong.server.services.handoff_views import handoff_view, names
from annyeong.server.services.supervision import escalation_view

u, c, cs, calls, people = schema.users, schema.contacts, schema.cases, schema.calls, schema.callers
d, h, esc, fu = schema.dispatches, schema.handoffs, schema.escalations, schema.follow_ups
RISK_ORDER = {"imminent": 0, "high": 1, "moderate": 2, "low": 3, "none": 4}
AWAITING = ("received", "acknowledged", "en_route")
WAITING = ("queued", "offered")


def _seconds(now: datetime, then: datetime) -> int:
    return max(0, int((now - then).total_seconds()))


def counselors(conn: Connection, now: datetime, *, on_contact_only: bool = False) -> list[BoardCounselor]:
    open_contacts = {
        r.counselor_id: r
        for r in conn.execute(
            select(c.c.id, c.c.counselor_id, c.c.channel, c.c.started_at, c.c.case_id, cs.c.risk_tier)
            .outerjoin(cs, cs.c.id == c.c.case_id)
            .where(c.c.ended_at.is_(None))
            .order_by(c.c.started_at)  # the newest open contact of a person wins
        ).all()
    }
    chats: dict[str, int] = {}
    open_chats = select(c.c.counselor_id).where(c.c.ended_at.is_(None), c.c.channel == "chat")
    for row in conn.execute(open_chats).all():
        chats[row.counselor_id] = chats.get(row.counselor_id, 0) + 1
    people = conn.execute(select(u).where(u.c.role.in_(HUMAN_ROLES)).order_by(u.c.display_name, u.c.id)).all()
    out = []
    for p in people:
        on = open_contacts.get(p.id)
        if on_contact_only and on is None:
            continue
        out.append(
            BoardCounselor(
                user=UserRef(id=p.id, name=p.display_name),
                role=p.role,
                presence=p.presence,
                presence_since=p.presence_since,
                contact_id=on.id if on else None,
                channel=on.channel if on else None,
                contact_started_at=on.started_at if on else None,
                contact_seconds=_seconds(now, on.started_at) if on else None,
                case_id=on.case_id if on else None,
                risk_tier=on.risk_tier if on else None,
                open_chats=chats.get(p.id, 0),
            )
        )
    return out


def _pending_handoffs(conn: Connection, now: datetime, known: dict[str, str]) -> list[PendingHandoff]:
    rows = conn.execute(select(h).where(h.c.status == "pending").order_by(h.c.created_at, h.c.id)).all()
    return [
        PendingHandoff(handoff=handoff_view(conn, r, known), age_s=_seconds(now, r.created_at)) for r in rows
    ]


def _awaiting_dispatches(conn: Connection) -> list[Dispatch]:
    rows = conn.execute(select(d).where(d.c.status.in_(AWAITING)).order_by(d.c.received_at, d.c.id)).all()
    return [dispatch_view(conn, r, show_number=False) for r in rows]


def _follow_ups_due_before(conn: Connection, until: datetime, now: datetime) -> list[FollowUp]:
    rows = conn.execute(
        follow_up_rows().where(fu.c.status == "scheduled", fu.c.due_at < until).order_by(fu.c.due_at, fu.c.id)
    ).all()
    return [follow_up_view(r, now) for r in rows]


def board(conn: Connection, now: datetime) -> Board:
    known = names(conn)
    flagged = case((routing.crisis_flagged(), True), else_=False).label("crisis")
    waiting = conn.execute(
        select(calls, flagged).where(calls.c.status.in_(WAITING)).order_by(*routing.offer_order())
    ).all()
    waiting_calls = [
        BoardCall(
            id=r.id,
            status=r.status,
            channel=r.channel,
            created_at=r.created_at,
            waited_s=_seconds(now, r.created_at),
            offered_to=UserRef(id=r.offered_to, name=known.get(r.offered_to, "")) if r.offered_to else None,
            crisis=bool(r.crisis),
        )
        for r in waiting
    ]
    open_escalations = conn.execute(
        select(esc)
        .outerjoin(h, h.c.id == esc.c.handoff_id)
        # An escalation whose handoff was answered meanwhile needs nobody's attention any more.
        .where(esc.c.acknowledged_at.is_(None), (h.c.id.is_(None)) | (h.c.status == "pending"))
        .order_by(esc.c.created_at, esc.c.id)
    ).all()
    return Board(
        generated_at=now,
        counselors=counselors(conn, now),
        waiting_calls=waiting_calls,
        longest_wait_s=max((w.waited_s for w in waiting_calls), default=None),
        open_dispatches=_awaiting_dispatches(conn),
        pending_handoffs=_pending_handoffs(conn, now, known),
        overdue_follow_ups=_follow_ups_due_before(conn, now, now),
        crises=checklists.open_crises(conn),
        escalations=[escalation_view(r, known) for r in open_escalations],
    )


def _masked(e164: str | None) -> str | None:
    """A printed report lies on a desk: the masked number names the person well enough for the incoming
    shift (the last four digits, as counselors confirm aloud) and no more."""
    if e164 is None:
        return None
    return mask_key(e164)


def shift_report(conn: Connection, now: datetime, hours: float) -> ShiftReport:
    """`hours`: up to the end of the incoming shift (the console computes it from the Seoul shift times,
    console.board.shift_report.handover), so follow-ups due in the next shift are in and later ones are
    not."""
    known = names(conn)
    until = now + timedelta(hours=hours)
    cases = conn.execute(
        case_rows_with_owner()
        .add_columns(people.c.e164)
        .outerjoin(people, people.c.id == cs.c.caller_id)
        .where(cs.c.status == "open")
    ).all()
    ordered = sorted(cases, key=lambda r: (RISK_ORDER.get(r.risk_tier or "", 5), r.updated_at))
    return ShiftReport(
        generated_at=now,
        next_shift_until=until,
        open_contacts=counselors(conn, now, on_contact_only=True),
        open_cases=[
            ShiftReportCase(
                case=case_brief(r),
                risk_tier=r.risk_tier,
                risk_assessed_at=r.risk_assessed_at,
                number_masked=_masked(r.e164),
            )
            for r in ordered
        ],
        pending_handoffs=_pending_handoffs(conn, now, known),
        follow_ups_due=_follow_ups_due_before(conn, until, now),
        dispatches_awaiting=_awaiting_dispatches(conn),
    )
