"""The case API's contact routes, over the console's one ApiClient, in the order a contact lives: the
contact, its entries (notes, checklist results), its details, its end and its wrap-up. Errors are the
client's usual ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.wire import Contact, ContactEnd, ContactUpdate, Entry, EntryCreate, EntryList

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


async def get_contact(client: ApiClient, contact_id: str) -> Contact:
    return await client.request("GET", f"/v1/contacts/{contact_id}", Contact)


async def list_entries(client: ApiClient, contact_id: str) -> EntryList:
    return await client.request("GET", f"/v1/contacts/{contact_id}/entries", EntryList)


async def add_entry(client: ApiClient, contact_id: str, entry: EntryCreate, *, idempotency_key: str) -> Entry:
    return await client.request(
        "POST", f"/v1/contacts/{contact_id}/entries", Entry, body=entry, idempotency_key=idempotency_key
    )


async def update_contact(
    client: ApiClient, contact_id: str, update: ContactUpdate, *, version: int
) -> Contact:
    """PATCH only the fields set in `update`, If-Match `version` (412 version_mismatch when stale)."""
    return await client.request(
        "PATCH", f"/v1/contacts/{contact_id}", Contact, body=update, if_match=version, exclude_unset=True
    )


async def end_contact(
    client: ApiClient, contact_id: str, end: ContactEnd, *, idempotency_key: str | None = None
) -> Contact:
    return await client.request(
        "POST", f"/v1/contacts/{contact_id}/end", Contact, body=end, idempotency_key=idempotency_key
    )


async def wrap_up_contact(client: ApiClient, contact_id: str) -> Contact:
    """Idempotent. 422 wrap_up_incomplete names every missing field in the problem's errors[].field."""
    return await client.request("POST", f"/v1/contacts/{contact_id}/wrap-up", Contact)
