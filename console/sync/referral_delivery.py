"""The outbox deliverers for referrals and follow-ups (console.sync.engine.DELIVERERS), beside the
dispatch deliverer: each sends one stored row through the API client and records the server's answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.api.referrals import create_follow_up, create_referral
from annyeong.console.wire import FollowUpCreate, ReferralCreate

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient
    from annyeong.console.store.local import LocalStore
    from annyeong.console.store.outbox import OutboxRow


async def deliver_referral(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    from annyeong.console.store.referrals import referrals_of

    referral = await create_referral(client, ReferralCreate.model_validate(row.payload))
    # The referral tables live in the LocalStore's account database. Recorded before the row is
    # acknowledged: a crash in between sends it again, same answer.
    referrals_of(store).record_server(referral)
    return referral


async def deliver_follow_up(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    from annyeong.console.store.referrals import follow_ups_of

    made = await create_follow_up(client, FollowUpCreate.model_validate(row.payload))
    # Made for myself or the pool (no assignee_id) → my list; handed to someone else at once → not mine.
    follow_ups_of(store).record(made, mine=row.payload.get("assignee_id") is None)
    return made
