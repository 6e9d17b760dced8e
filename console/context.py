"""The state the core's features share: the open account, what is on screen, and the listeners.

One CoreContext is made per ConsoleCore and handed to every feature (console/core.py); the features read
and change the shared state through it and never through each other, except where a rule spans features
(those are passed the features they ask, at construction).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from annyeong.console.api.client import ApiClient
from annyeong.console.changes import Changes
from annyeong.console.errors import NoActiveContact, NotSignedIn
from annyeong.console.settings import Settings
from annyeong.console.state import ActiveContact, SyncStatus
from annyeong.console.store.crypto import StoreKey
from annyeong.console.store.db import Database, open_account_database
from annyeong.console.store.held import HeldNotes
from annyeong.console.store.local import LocalStore
from annyeong.console.store.outbox import Outbox, OutboxRow
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.wire import Call, CallerCard, ChatHandoff, Event, Me, Presence

log = logging.getLogger("annyeong.console.core")


class Account:
    """The open local store of the signed-in account."""

    def __init__(
        self, path: Path, key: StoreKey | None = None, *, training: bool = False,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        # key None: plain SQLite (tests of the parts); the core always passes crypto.store_key's choice.
        self.db = Database(path) if key is None else open_account_database(path, key, training=training)
        self.outbox = Outbox(self.db)
        # now: the server's clock (console/clock.py), so stamps sent to the server order with its own.
        self.store = LocalStore(self.db, self.outbox, **({} if now is None else {"now": now}))
        self.engine: SyncEngine | None = None


class Feature(Protocol):
    """What the core asks of every feature: it loops over them, so adding one edits no other."""

    def on_event(self, event: Event, /) -> Changes:
        """An applied server event, inside its transaction; the core announces the changes after it."""
        ...

    def on_row_done(self, row: OutboxRow, /) -> Changes:
        """An outbox row was delivered, refused or put back for a retry."""
        ...

    async def reset(self) -> None:
        """The account closed: stop its tasks and forget what belonged to that sign-in."""
        ...


class CoreContext:
    """The shared state of one ConsoleCore and the small helpers every feature needs."""

    # Lookups the card makes while a call rings or a contact is open give up after this long, so a slow
    # server shows "could not load" instead of a card that loads forever (accept never waits for them).
    LOOKUP_TIMEOUT_S = 5.0

    def __init__(self, *, settings: Settings, data_dir: Path, client: ApiClient) -> None:
        self.settings = settings
        self.training = settings.training
        self.data_dir = data_dir
        self.client = client
        self.me: Me | None = None
        self.presence: Presence = "offline"
        self.sync_status = SyncStatus("stopped", 0, 0, None)
        self.offered_call: Call | None = None
        # The server's time of the last sign-in: events made before it are the past (console/events.py).
        self.signed_in_at: datetime | None = None
        # Rings the server took back from this console for no answer (it sets 휴식), since it started.
        self.missed_rings = 0
        self.active_contact: ActiveContact | None = None
        # The card of the call that became the open contact (the offered call's card, kept after accept).
        self.active_card: CallerCard | None = None
        # A chat contact's hand-off from the chatbot (self-test, transcript): shown for the whole contact.
        self.active_chat: ChatHandoff | None = None
        self.lookup_timeout_s = self.LOOKUP_TIMEOUT_S
        self.account: Account | None = None
        # Drafts the disk had no room for (console/store/held.py), written when space returns.
        self.held_notes = HeldNotes()
        self._listeners: list[Callable[[Changes], None]] = []
        # Told of every contact that comes on screen here (taken, handed over, reopened): live chat
        # starts following its conversation.
        self.contact_opened: list[Callable[[ActiveContact], None]] = []

    def server_now(self) -> datetime:
        """The server's time now (this PC's clock corrected, console/clock.py): due times, shift
        boundaries and every time stamp the console makes go by this, never by the PC's clock alone."""
        return self.client.clock.now()

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.remove(listener)

    def notify(self, changes: Changes) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # one broken widget must not stop the others or the core
                log.exception("listener failed")

    def require(self) -> Account:
        if self.account is None or self.me is None:
            raise NotSignedIn()
        return self.account

    def active(self) -> tuple[Account, ActiveContact]:
        account = self.require()
        if self.active_contact is None:
            raise NoActiveContact()
        return account, self.active_contact

    def active_id(self) -> str | None:
        return self.active_contact.contact_id if self.active_contact is not None else None

    def open_contact_here(self, contact: ActiveContact, *, chat: ChatHandoff | None) -> None:
        """A live contact taken from someone else (a handoff, a lead's take-over) is now on screen."""
        self.active_contact = contact
        self.active_card = None
        self.active_chat = chat
        self.presence = "on_call"
        self.opened(contact)

    def opened(self, contact: ActiveContact) -> None:
        for hook in list(self.contact_opened):
            hook(contact)

    def other_held(self) -> list[ActiveContact]:
        """The contacts held here besides the one on screen (chats beside a call), oldest first."""
        if self.account is None:
            return []
        focused = self.active_id()
        return [c for c in self.account.store.held_contacts() if c.contact_id != focused]

    def focus(self, contact_id: str) -> ActiveContact:
        """Put a held contact on screen with its own card and chat hand-off. Raises KeyError."""
        store = self.require().store
        self.active_contact = store.focus_contact(contact_id)
        self.active_card = store.card_of(contact_id)
        self.active_chat = store.chat_of(contact_id)
        return self.active_contact

    def refresh_counts(self) -> None:
        account = self.account
        if account is None:
            return
        if account.engine is not None:
            account.engine.wake()  # reports the new counts through the engine's status callback
            return
        pending, failed = account.outbox.counts()
        oldest = account.outbox.oldest_pending_at() if pending else None
        state, error = self.sync_status.state, self.sync_status.last_error
        self.sync_status = SyncStatus(state, pending, failed, error, oldest)
