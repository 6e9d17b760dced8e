"""The outbox's deliverers: for each kind of row, how it is sent to the case API.

A deliverer gets the row and the account's store; it returns what the server answered, or raises the
client's errors (Offline, AuthRequired, ApiError), which the sync engine turns into a retry or a failed row.
Whatever it records locally from the answer is written before the engine acknowledges the row, so a crash
in between sends the row again (same Idempotency-Key, same answer).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from annyeong.console.api import contacts as api_contacts
from annyeong.console.api.client import ApiClient
from annyeong.console.api.referrals import create_follow_up, create_referral
from annyeong.console.chats.deliverers import CHAT_DELIVERERS
from annyeong.console.store.details import CONTACT_UPDATE
from annyeong.console.store.dispatches import DISPATCH_CREATE, DISPATCH_STEP
from annyeong.console.store.local import CONTACT_END, ENTRY_CREATE, LocalStore
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.store.referrals import FOLLOW_UP_CREATE, REFERRAL_CREATE, follow_ups_of, referrals_of
from annyeong.console.sync.dispatch_delivery import deliver_create, deliver_step
from annyeong.console.wire import ContactEnd, ContactUpdate, EntryCreate, FollowUpCreate, ReferralCreate

Deliver = Callable[[ApiClient, OutboxRow, LocalStore], Awaitable[object]]


async def _deliver_entry(client: ApiClient, row: OutboxRow, _store: LocalStore) -> object:
    entry = EntryCreate.model_validate(row.payload["entry"])
    contact_id = row.payload["contact_id"]
    return await api_contacts.add_entry(client, contact_id, entry, idempotency_key=row.idempotency_key)


async def _deliver_contact_end(client: ApiClient, row: OutboxRow, _store: LocalStore) -> object:
    end = ContactEnd.model_validate(row.payload["end"])
    contact_id = row.payload["contact_id"]
    return await api_contacts.end_contact(client, contact_id, end, idempotency_key=row.idempotency_key)


async def _deliver_contact_update(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    contact_id = row.payload["contact_id"]
    update = ContactUpdate.model_validate(row.payload["changes"])
    # If-Match is read now, not when the row was written: earlier rows of this contact were delivered
    # first (commit order) and their answers moved the version on. A PATCH is idempotent, so sending it
    # again after a lost answer does no harm (at worst a 412 when someone else changed it meanwhile).
    version = store.details.server_version(contact_id)
    return await api_contacts.update_contact(client, contact_id, update, version=version)


async def deliver_referral(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    referral = await create_referral(client, ReferralCreate.model_validate(row.payload))
    # The referral tables live in the LocalStore's account database. Recorded before the row is
    # acknowledged: a crash in between sends it again, same answer.
    referrals_of(store).record_server(referral)
    return referral


async def deliver_follow_up(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    made = await create_follow_up(client, FollowUpCreate.model_validate(row.payload))
    # Made for myself or the pool (no assignee_id) → my list; handed to someone else at once → not mine.
    follow_ups_of(store).record(made, mine=row.payload.get("assignee_id") is None)
    return made


# One entry per outbox kind: a feature that queues a new kind of row adds its deliverer here.
DELIVERERS: Mapping[str, Deliver] = {
    ENTRY_CREATE: _deliver_entry, CONTACT_END: _deliver_contact_end, CONTACT_UPDATE: _deliver_contact_update,
    DISPATCH_CREATE: deliver_create, DISPATCH_STEP: deliver_step,
    REFERRAL_CREATE: deliver_referral, FOLLOW_UP_CREATE: deliver_follow_up,
    **CHAT_DELIVERERS,  # live chat: messages, read receipts, the end (console/chats/)
}
