"""Caller cards read before the write lock, for the write that will embed them in its events.

A call's view carries the caller's card (history, case, flags, last checklist …): five to nine queries.
The call's own writes (create, accept, end, decline) never change that history, since the card leaves out
the call's own contact, so the card can be read in the same transaction *before* the cluster-wide write
lock is taken (Database.write's `prepare`), where those queries cost no other writer anything. A card
read so is as old as the wait for the lock: it can miss only what the same person did on another line in
that moment. A caller first seen by this write has no history at all: its card is made without a query.

Each write of a group has its own prepared cards (Database hands each its own dictionary under
PREPARED_KEY), so one write never reads a card another prepared.
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

from sqlalchemy import Select, bindparam, select
from sqlalchemy.engine import Connection

from annyeong.console.wire import CallerCard, CallerSummary
from annyeong.server import schema
from annyeong.server.config import PREPARED_KEY
from annyeong.server.services.card import caller_card
from annyeong.server.services.summary import summary_of
from annyeong.server.state import utcnow

# A card prepared for any view of a call that has no contact of its own yet: leaving out the call's own
# contact then leaves out nothing.
_ANY_CALL = ""


def _memo(conn: Connection) -> dict[tuple[str, ...], Any] | None:
    memo: Any = conn.info.get(PREPARED_KEY)
    return memo if isinstance(memo, dict) else None


def _remember(conn: Connection, caller_id: str, call_id: str) -> None:
    memo = _memo(conn)
    if memo is not None:
        exclude = call_id if call_id != _ANY_CALL else None
        memo[("card", caller_id, call_id)] = caller_card(
            conn, caller_id, show_number=False, now=utcnow(), exclude_call_id=exclude
        )


@cache
def _caller_of_call() -> Select[Any]:
    return select(schema.calls.c.caller_id).where(schema.calls.c.id == bindparam("call_id"))


@cache
def _caller_of_number() -> Select[Any]:
    return select(schema.callers.c.id).where(schema.callers.c.e164 == bindparam("e164"))


@cache
def _queue_head() -> Select[Any]:
    c = schema.calls
    return select(c.c.id).where(c.c.status == "queued").order_by(c.c.created_at, c.c.id).limit(1)


def prepare_call(conn: Connection, call_id: str) -> None:
    """Read the masked card of an existing call's caller (nothing when the call or its caller is unknown:
    the write itself says what is wrong)."""
    caller_id = conn.execute(_caller_of_call(), {"call_id": call_id}).scalar_one_or_none()
    called(conn, call_id, caller_id)
    if caller_id is not None:
        # Leaving out the call's own contact: none yet, or the one the write itself may create.
        _remember(conn, caller_id, call_id)


def prepare_number(conn: Connection, e164: str | None) -> None:
    """Read the masked card of whoever calls from `e164`, for a call about to be created."""
    if e164 is None:
        return
    caller_id = conn.execute(_caller_of_number(), {"e164": e164}).scalar_one_or_none()
    memo = _memo(conn)
    if memo is not None:
        # A caller is never deleted nor renumbered: the write need not look the number up again.
        memo[("number", e164)] = caller_id
    if caller_id is not None:
        _remember(conn, caller_id, _ANY_CALL)


def caller_of_number(conn: Connection, e164: str) -> tuple[bool, str | None]:
    """(known, caller id) of a number `prepare_number` looked up (None: nobody called from it then)."""
    memo = _memo(conn)
    if memo is None or ("number", e164) not in memo:
        return False, None
    return True, memo[("number", e164)]


def prepare_queue_head(conn: Connection) -> None:
    """Read the card of the call waiting longest, which a counselor becoming available is offered."""
    head = conn.execute(_queue_head()).scalar_one_or_none()
    if head is not None:
        prepare_call(conn, head)


def first_seen(conn: Connection, caller_id: str, e164: str) -> None:
    """This write has just created the caller: it has no history, so its card needs no query."""
    memo = _memo(conn)
    if memo is not None:
        memo[("card", caller_id, _ANY_CALL)] = CallerCard(caller=summary_of(e164, show_number=False))


def card_for(
    conn: Connection, caller_id: str, call_id: str, *, has_contact: bool, show_number: bool
) -> CallerCard | None:
    """The card prepared for this call's view, if any (masked views only)."""
    memo = _memo(conn)
    if memo is None or show_number:
        return None
    found = memo.get(("card", caller_id, call_id))
    if found is None and not has_contact:
        found = memo.get(("card", caller_id, _ANY_CALL))
    return cast(CallerCard | None, found)


def summary_for(conn: Connection, caller_id: str, call_id: str, *, show_number: bool) -> CallerSummary | None:
    """The caller summary of a prepared card (the same one: same caller, masking and exclusion)."""
    memo = _memo(conn)
    if memo is None or show_number:
        return None
    found = memo.get(("card", caller_id, call_id))
    return found.caller if isinstance(found, CallerCard) else None


def called(conn: Connection, call_id: str, caller_id: str | None) -> None:
    """Remember whose call this is (it never changes): the access-log entry names the caller."""
    memo = _memo(conn)
    if memo is not None:
        memo[("caller", call_id)] = caller_id


def caller_of(conn: Connection, call_id: str) -> tuple[bool, str | None]:
    """(known, caller id) of a call remembered by `called`."""
    memo = _memo(conn)
    if memo is None or ("caller", call_id) not in memo:
        return False, None
    return True, memo[("caller", call_id)]
