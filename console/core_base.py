"""The state ConsoleCore's parts share (console/core.py, contact_ops.py, lookups.py): the open account,
the listeners and the small helpers each part needs. No behaviour of its own beyond that."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from annyeong.console.api.client import ApiClient
from annyeong.console.changes import Changes
from annyeong.console.errors import NoActiveContact, NotSignedIn
from annyeong.console.settings import Settings
from annyeong.console.state import ActiveContact, SyncStatus
from annyeong.console.store.crypto import StoreKey
from annyeong.console.store.db import Database, open_account_database
from annyeong.console.store.held import HeldNotes
from annyeong.console.store.local import LocalStore
from annyeong.console.store.outbox import Outbox
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.wire import Call, CallerCard, ChatHandoff, Me, Presence

log = logging.getLogger("annyeong.console.core")


class _Account:
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
        # The dispatch fallback timers (console.dispatch_ops): one task, woken by each press.
        self.dispatch_watch: asyncio.Task[None] | None = None
        self.dispatch_wake = asyncio.Event()


class CoreBase:
    """Attributes and helpers shared by the parts of ConsoleCore."""

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
        self.active_contact: ActiveContact | None = None
        self._call_refetch: asyncio.Task[None] | None = None  # console/lookups.py refetch_call_of
        # The card of the call that became the open contact (the offered call's card, kept after accept).
        self.active_card: CallerCard | None = None
        # A chat contact's hand-off from the chatbot (self-test, transcript): shown for the whole contact.
        self.active_chat: ChatHandoff | None = None
        self.lookup_timeout_s = self.LOOKUP_TIMEOUT_S
        self._account: _Account | None = None
        # Drafts the disk had no room for (console/store/held.py), written when space returns.
        self.held_notes = HeldNotes()
        self._listeners: list[Callable[[Changes], None]] = []

    def server_now(self) -> datetime:
        """The server's time now (this PC's clock corrected, console/clock.py): due times, shift
        boundaries and every time stamp the console makes go by this, never by the PC's clock alone."""
        return self.client.clock.now()

    @property
    def storage_full(self) -> bool:
        """True while something typed is held in memory because this PC's disk is full."""
        return self.held_notes.full

    @property
    def offered_card(self) -> CallerCard | None:
        """The card that came with the ringing call (None: not sent by this server, or no call)."""
        return None if self.offered_call is None else self.offered_call.card

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # one broken widget must not stop the others or the core
                log.exception("listener failed")

    def _require(self) -> _Account:
        if self._account is None or self.me is None:
            raise NotSignedIn()
        return self._account

    def _active(self) -> tuple[_Account, ActiveContact]:
        account = self._require()
        if self.active_contact is None:
            raise NoActiveContact()
        return account, self.active_contact

    def _refresh_counts(self) -> None:
        account = self._account
        if account is None:
            return
        if account.engine is not None:
            account.engine.wake()  # reports the new counts through the engine's status callback
            return
        pending, failed = account.outbox.counts()
        oldest = account.outbox.oldest_pending_at() if pending else None
        state, error = self.sync_status.state, self.sync_status.last_error
        self.sync_status = SyncStatus(state, pending, failed, error, oldest)
