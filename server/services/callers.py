"""Caller history by number: who called before, when, and with whom."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import mask
from annyeong.console.wire import CallerCard, CallerHistory, CallerSummary
from annyeong.server import schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW
from annyeong.server.principal import Principal
from annyeong.server.services.card import caller_card
from annyeong.server.services.views import contact_summaries


def lookup(conn: Connection, principal: Principal, e164: str, now: datetime) -> CallerHistory:
    show = principal.can(CALLER_NUMBER_VIEW)
    caller_id = conn.execute(
        select(schema.callers.c.id).where(schema.callers.c.e164 == e164)
    ).scalar_one_or_none()
    if caller_id is None:
        # Never called before: a first-time caller, not an error.
        caller = CallerSummary(number_masked=mask(e164), number_e164=e164 if show else None)
        return CallerHistory(caller=caller, card=CallerCard(caller=caller))
    card = caller_card(conn, caller_id, show_number=show, now=now)
    return CallerHistory(caller=card.caller, contacts=contact_summaries(conn, caller_id), card=card)


def caller_id(conn: Connection, e164: str) -> str | None:
    return conn.execute(select(schema.callers.c.id).where(schema.callers.c.e164 == e164)).scalar_one_or_none()
