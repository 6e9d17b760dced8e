"""Who is calling, in the shape every view shares: masked number, new/returning, last contact.

Its statements are built once (`functools.cache`, values as bind parameters): see "Statements built once"
in docs/architecture.md."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import is_unknown_key, mask_key
from annyeong.console.wire import CallerSummary
from annyeong.server import schema


@cache
def _e164_query() -> Select[Any]:
    return select(schema.callers.c.e164).where(schema.callers.c.id == bindparam("caller_id"))


@cache
def _history_query(excluding: bool) -> Select[Any]:
    """The count of prior contacts and the newest one, in one statement (the card is on the screen-pop
    path). `excluding`: a call's own contact is not "prior": the card shows history before this call."""
    c = schema.contacts
    where = [c.c.caller_id == bindparam("caller_id")]
    if excluding:
        where.append(c.c.call_id != bindparam("exclude_call_id"))
    newest = (
        select(c.c.started_at, c.c.counselor_id).where(*where).order_by(c.c.started_at.desc()).limit(1)
    ).subquery()
    return (
        select(
            select(func.count()).select_from(c).where(*where).scalar_subquery().label("n"),
            newest.c.started_at,
            schema.users.c.display_name,
        )
        .select_from(newest)
        .join(schema.users, schema.users.c.id == newest.c.counselor_id)
    )


def caller_summary(
    conn: Connection, caller_id: str | None, *, show_number: bool, exclude_call_id: str | None = None
) -> CallerSummary:
    if caller_id is None:
        return CallerSummary(withheld=True)
    e164 = conn.execute(_e164_query(), {"caller_id": caller_id}).scalar_one()
    params = {"caller_id": caller_id, "exclude_call_id": exclude_call_id}
    row = conn.execute(_history_query(exclude_call_id is not None), params).first()
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
