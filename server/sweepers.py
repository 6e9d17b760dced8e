"""Background passes of one server: ring-no-answer, training auto-acknowledge of dispatches, handoff
escalation, follow-ups becoming overdue, purging access-log entries past their retention. Each pass
first asks a cheap read whether anything is due, because a write wakes every event follower and most
passes have no reason to. With several workers on PostgreSQL only the one holding the sweeper lock
runs them (server.crossprocess); the others skip every pass until they lead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Connection

from annyeong.server.services import audit, dispatch_training, follow_ups, handoffs
from annyeong.server.services.calls import expire_offers, offers_due
from annyeong.server.state import AppState, utcnow

log = logging.getLogger("annyeong.server.sweepers")


@dataclass(frozen=True)
class Sweeper:
    name: str
    interval_s: float
    due: Callable[[Connection, datetime], bool]
    work: Callable[[Connection, datetime], int]


def sweepers_for(state: AppState) -> list[Sweeper]:
    cfg = state.config
    timeout = cfg.offer_timeout_s
    found = [
        # Ring-no-answer: often enough that a miss is noticed well within a second of expiring.
        Sweeper(
            "offer-sweeper",
            max(0.05, min(0.5, timeout / 10)),
            offers_due,
            lambda conn, now: expire_offers(conn, now, timeout),
        )
    ]
    # Handoff escalation: the shortest deadline is minutes long; a second is plenty of precision.
    found.append(
        Sweeper(
            "handoff-escalation",
            max(0.05, min(1.0, cfg.handoff_escalate_urgent_s / 10)),
            handoffs.escalations_due,
            handoffs.escalate_due,
        )
    )
    # Follow-ups that just became overdue: said once each, so the red counts move without a refresh.
    found.append(Sweeper("follow-up-overdue", 1.0, follow_ups.overdue_unnotified, follow_ups.notify_overdue))
    # Access-log retention: entries past the retention period go, behind a checkpoint (server.auditchain).
    years = cfg.audit_retention_years
    found.append(
        Sweeper(
            "audit-retention",
            cfg.audit_purge_interval_s,
            lambda conn, now: audit.purge_due(conn, now, years),
            lambda conn, now: audit.purge_expired(conn, now, years),
        )
    )
    delay = cfg.training_auto_ack_s
    if cfg.training and delay > 0:
        found.append(
            Sweeper(
                "training-liaison",
                max(0.05, min(0.5, delay / 10)),
                lambda conn, now: dispatch_training.due(conn, now, delay),
                lambda conn, now: dispatch_training.advance_due(conn, now, delay),
            )
        )
    return found


async def run(state: AppState, sweeper: Sweeper) -> None:
    while True:
        await asyncio.sleep(sweeper.interval_s)
        if not state.db.leads_sweepers:
            continue  # another worker runs the sweepers (server.crossprocess)
        try:
            if not await state.db.read(lambda conn: sweeper.due(conn, utcnow())):
                continue
            done = await state.db.write(lambda conn: sweeper.work(conn, utcnow()))
        except Exception as exc:  # a sweeper must outlive one bad pass; the next one retries
            # The type only: a message could carry data from the failed statement.
            log.error("%s pass failed: %s", sweeper.name, type(exc).__name__)
            continue
        if done:
            log.info("%s: %d item(s) moved on", sweeper.name, done)
