"""The server's copy of a contact this counselor holds open, fetched to reopen it on a PC that has none
(another workstation, a local store set aside as corrupt): the contact, this counselor's newest note
revision, and the caller card with the chatbot's hand-off it was taken with."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from annyeong.console.api import calls as api_calls
from annyeong.console.api import contacts as api_contacts
from annyeong.console.api.client import ApiClient
from annyeong.console.errors import ApiError, ConsoleError, Offline
from annyeong.console.wire import CallerCard, ChatHandoff, Contact, Entry

log = logging.getLogger("annyeong.console.core")


@dataclass(frozen=True)
class ServerCopy:
    contact: Contact
    note: Entry | None  # this counselor's newest note revision there; the next edit continues it
    card: CallerCard | None  # None: not fetched in time (the one on screen is asked for again)
    chat: ChatHandoff | None
    decision: Entry | None = None  # the newest crisis decision there (recorded on another PC)
    # Its checklists' newest results: a crisis answer there asks for the decision here too.
    checklists: tuple[Entry, ...] = ()


async def server_copy(
    client: ApiClient, contact_id: str, *, me_id: str, lookup_timeout_s: float
) -> ServerCopy | None:
    """None when the server was not reached or refused (handed over or taken over meanwhile): the next
    sign-in tries again. The card is best effort, as the card's lookups are while a call rings."""
    try:
        contact = await api_contacts.get_contact(client, contact_id)
        entries = await api_contacts.list_entries(client, contact_id)
    except (Offline, ApiError) as exc:
        log.info("an open contact not reopened from the server: %s", exc.code)
        return None
    mine = [e for e in entries.items if e.kind == "note" and e.author_id == me_id]
    note = max(mine, key=lambda e: (e.created_at, e.revision), default=None)
    decisions = [e for e in entries.items if e.kind == "crisis_decision" and e.crisis_decision is not None]
    decision = max(decisions, key=lambda e: (e.revision, e.created_at), default=None)
    newest: dict[str, Entry] = {}
    for e in entries.items:
        if e.kind == "checklist_result" and e.checklist is not None:
            kept = newest.get(str(e.id))
            if kept is None or e.revision > kept.revision:
                newest[str(e.id)] = e
    checklists = tuple(newest.values())
    try:
        call = await asyncio.wait_for(api_calls.get_call(client, contact.call_id), lookup_timeout_s)
    except (ConsoleError, TimeoutError) as exc:
        log.info("caller card of a reopened contact not fetched: %s", type(exc).__name__)
        return ServerCopy(contact, note, None, contact.chat, decision, checklists)
    return ServerCopy(contact, note, call.card, contact.chat or call.chat, decision, checklists)
