"""Who is calling, in the shape every view shares: masked number, new/returning, last contact."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import is_unknown_key, mask_key
from annyeong.console.wire import CallerSummary
from annyeong.server import schema


def caller_summary(
    conn: Connection, caller_id: str | None, *, show_number: bool, exclude_call_id: str | None = None
) -> CallerSummary:
    if caller_id is None:
        return CallerSummary(withheld=True)
    e164 = conn.execute(select(schema.callers.c.e164).where(schema.callers.c.id == caller_id)).scalar_one()
    c = schema.contacts
    where = [c.c.caller_id == caller_id]
    if exclude_call_id is not None:
        # A call's own contact is not "prior": the card shows history before this call.
        where.append(c.c.call_id != exclude_call_id)
    # One query for the count and the newest contact: the card is on the screen-pop path.
    newest = (
        select(c.c.started_at, c.c.counselor_id).where(*where).order_by(c.c.started_at.desc()).limit(1)
    ).subquery()
    row = conn.execute(
        select(
            select(func.count()).select_from(c).where(*where).scalar_subquery().label("n"),
            newest.c.started_at,
            schema.users.c.display_name,
        )
        .select_from(newest)
        .join(schema.users, schema.users.c.id == newest.c.counselor_id)
    ).first()
    if row is None:
        return summary_of(e164, show_number=show_number)
    return summary_of(
        e164, show_number=show_number, count=int(row.n), last_at=row.started_at, last_by=row.display_name
    )


def summary_of(
    e164: str,
    *,
    show_number: bool,
    count: int = 0,
    last_at: datetime | None = None,
    last_by: str | None = None,
) -> CallerSummary:
    """The summary of a known number with `count` prior contacts (none: a first-time caller)."""
    unknown = is_unknown_key(e164)
    return CallerSummary(
        withheld=False,
        unknown=unknown,
        number_masked=mask_key(e164),
        number_e164=e164 if show_number and not unknown else None,
        returning=count > 0,
        prior_contacts=count,
        last_contact_at=last_at,
        last_counselor=last_by,
    )
