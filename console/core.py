"""ConsoleCore: the one object the UI talks to. It holds the session and the loop over the features.

The features are plain objects sharing one CoreContext (console/context.py): `calls`, `contacts`, `chats`,
`checklists`, `risk`, `dispatches`, `relays`, `referrals`, `follow_ups`, `handoffs`, `board`, `lookups` and
`sync`. Each implements console.context.Feature, and the core loops over them for every applied event, every
delivered outbox row and the close of an account. A rule spanning features is given the features it asks at
construction (wrap-up: checklists and handoffs; the dispatch draft: checklists; the handoff draft: risk), so
no result depends on an order of base classes.

All methods run on the asyncio loop thread (qasync's in the app). Listeners are plain callables called
on that thread with a Changes value; ui/shell/bridge.py re-emits them as Qt signals.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from annyeong.console.api.client import ApiClient
from annyeong.console.board.ops import ShiftBoard
from annyeong.console.calls import Calls
from annyeong.console.changes import ALL, Changes
from annyeong.console.chats.conversations import Conversations
from annyeong.console.checklists.ops import ChecklistRun, Checklists
from annyeong.console.checklists.risk import Risk
from annyeong.console.contacts.ops import END_DELIVERY_TIMEOUT_S, Contacts
from annyeong.console.context import Account, CoreContext, Feature
from annyeong.console.dispatches.local import LocalDispatch
from annyeong.console.dispatches.ops import Dispatches
from annyeong.console.dispatches.relays import Relays
from annyeong.console.dispatches.summary import DispatchDraft
from annyeong.console.events import apply_event
from annyeong.console.handoffs.ops import Handoffs
from annyeong.console.paths import account_db_path, account_key
from annyeong.console.referrals.follow_ups import FollowUps
from annyeong.console.referrals.ops import Referrals
from annyeong.console.search.lookups import Lookups, SearchOutcome
from annyeong.console.secrets import SecretStore
from annyeong.console.session import Session
from annyeong.console.settings import Settings
from annyeong.console.state import ActiveContact, SyncStatus
from annyeong.console.store.crypto import Protection, remove_database, store_key
from annyeong.console.store.held import HeldNotes
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.sync_ops import ConflictValue, FailedItem, SyncFailures
from annyeong.console.wire import Call, CallerCard, ChatHandoff, Event, Me, Presence

__all__ = [
    "END_DELIVERY_TIMEOUT_S", "ActiveContact", "ChecklistRun", "ConflictValue", "ConsoleCore",
    "DispatchDraft",
    "FailedItem", "LocalDispatch", "SearchOutcome", "SignOutResult", "SyncStatus",
]

log = logging.getLogger("annyeong.console.core")


@dataclass(frozen=True)
class SignOutResult:
    """What sign_out did with this PC's copy of the account. `wiped`: the local database and its
    key are gone. Not wiped while `pending` or `failed` outbox rows exist: they stay for the next sign-in,
    and the UI tells the person their unsent work is kept on this PC."""

    wiped: bool
    pending: int
    failed: int


class ConsoleCore:
    """The counselor console's state and actions, without Qt.

    Guarantees:
      - `contacts.update_note` commits the draft and its outbox row in one fsync'd transaction before
        returning;
      - a contact left open by a crash is restored at the next sign-in of the same account, draft included;
      - `contacts.end_contact` works offline; everything queued is delivered once the server is reachable;
      - `dispatches.request_dispatch` (the red button, console/dispatches/ops.py) commits before any network
        I/O and goes out in the emergency lane ahead of everything else; one dispatch per intent.
      - every checklist step commits before it returns; a crisis answer blocks wrap-up until a crisis
        decision is recorded (console/checklists/ops.py, console/contacts/ops.py).
    """

    def __init__(
        self, *, settings: Settings, data_dir: Path, client: ApiClient, secrets: SecretStore
    ) -> None:
        self.context = ctx = CoreContext(settings=settings, data_dir=data_dir, client=client)
        self._session = Session(client, secrets)
        self._account_key: tuple[str, str] | None = None
        self._event_changes = Changes()  # collected inside an event's transaction, announced after it
        # How the open account's database is kept (console/store/crypto.py); the UI shows "plaintext".
        self.store_protection: Protection | None = None
        # Live chat: each chat is a contact held here beside at most one call (console/chats/).
        self.chats = Conversations(
            client=client, now=ctx.server_now, wake=ctx.refresh_counts, changed=ctx.notify
        )
        ctx.contact_opened.append(self._follow_chat)
        self.calls = Calls(ctx)
        self.checklists = Checklists(ctx, crisis_sources=(self.chats.crisis_raised,))
        self.risk = Risk(ctx, checklists=self.checklists, chat_open=self.chats.is_open)
        self.dispatches = Dispatches(ctx, checklists=self.checklists, chat_quotes=self.chats.crisis_messages)
        self.relays = Relays(ctx, dispatches=self.dispatches)
        self.handoffs = Handoffs(ctx, risk=self.risk)
        self.contacts = Contacts(ctx, checklists=self.checklists, handoffs=self.handoffs, chats=self.chats)
        self.referrals = Referrals(ctx)
        self.follow_ups = FollowUps(ctx)
        self.board = ShiftBoard(ctx)
        self.lookups = Lookups(ctx)
        self.sync = SyncFailures(ctx)
        # The order events reach them in (and resets run in): the one who changes the open contact first.
        self._features: tuple[Feature, ...] = (
            self.calls, self.contacts, self.chats, self.handoffs, self.follow_ups, self.dispatches,
            self.board, self.relays, self.checklists, self.risk, self.referrals, self.lookups, self.sync,
        )

    # --- the shared state the UI reads ------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self.context.settings

    @property
    def client(self) -> ApiClient:
        return self.context.client

    @property
    def data_dir(self) -> Path:
        return self.context.data_dir

    @property
    def training(self) -> bool:
        return self.context.training

    @training.setter
    def training(self, value: bool) -> None:
        self.context.training = value

    @property
    def lookup_timeout_s(self) -> float:
        return self.context.lookup_timeout_s

    @lookup_timeout_s.setter
    def lookup_timeout_s(self, value: float) -> None:
        self.context.lookup_timeout_s = value

    @property
    def me(self) -> Me | None:
        return self.context.me

    @property
    def presence(self) -> Presence:
        return self.context.presence

    @property
    def sync_status(self) -> SyncStatus:
        return self.context.sync_status

    @property
    def offered_call(self) -> Call | None:
        return self.context.offered_call

    @offered_call.setter
    def offered_call(self, call: Call | None) -> None:
        self.context.offered_call = call

    @property
    def offered_card(self) -> CallerCard | None:
        """The card that came with the ringing call (None: not sent by this server, or no call)."""
        call = self.context.offered_call
        return None if call is None else call.card

    @property
    def active_contact(self) -> ActiveContact | None:
        return self.context.active_contact

    @property
    def active_card(self) -> CallerCard | None:
        return self.context.active_card

    @property
    def active_chat(self) -> ChatHandoff | None:
        return self.context.active_chat

    @property
    def held_notes(self) -> HeldNotes:
        return self.context.held_notes

    @property
    def storage_full(self) -> bool:
        """True while something typed is held in memory because this PC's disk is full."""
        return self.context.held_notes.full

    def server_now(self) -> datetime:
        return self.context.server_now()

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        self.context.add_listener(listener)

    def remove_listener(self, listener: Callable[[Changes], None]) -> None:
        self.context.remove_listener(listener)

    # --- session ----------------------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        return self._session.server_url

    @property
    def secrets_persistent(self) -> bool:
        return self._session.persistent

    @property
    def secrets(self) -> SecretStore:
        """The keyring this console keeps its tokens and unlock verifiers in (the lock screen's check)."""
        return self._session.secrets

    async def sign_in(self, *, server_url: str, username: str, password: str) -> Me:
        """Raises AuthFailed, Offline or ApiError. After auth_required, signing in again resumes sync."""
        me = await self._session.sign_in(server_url=server_url, username=username, password=password)
        await self._signed_in(me)
        return me

    async def restore_session(self, *, server_url: str, username: str | None = None) -> Me | None:
        """Sign in with the refresh token in the keyring. None when there is none (or it was refused);
        raises Offline when the server cannot be reached."""
        me = await self._session.restore(server_url=server_url, username=username)
        if me is not None:
            await self._signed_in(me)
        return me

    async def _signed_in(self, me: Me) -> None:
        ctx = self.context
        assert self._session.server_url is not None and self._session.username is not None
        key = (self._session.server_url, self._session.username)
        if ctx.account is not None and key != self._account_key:
            await self._close_account()
        if ctx.account is None:
            try:
                ctx.account = await self._open_account(*key)
            except BaseException:
                await self._session.sign_out()  # no usable local store: do not stay signed in
                raise
            self._account_key = key
        account = ctx.account
        ctx.me = me
        ctx.presence = me.presence
        ctx.offered_call = None
        ctx.signed_in_at = ctx.server_now()
        self.contacts.purge_expired_contacts()  # retention, before anything reads the cache
        if not self.chats.attached:
            self.chats.attach(account.db, account.outbox)
        held = account.store.held_contacts()
        ctx.active_contact = account.store.active_contact()
        if ctx.active_contact is None and held:
            ctx.focus(held[0].contact_id)  # the one on screen was wrapped up; the next held comes up
        ctx.active_chat = None if ctx.active_contact is None else account.store.chat_of(ctx.active_id() or "")
        await self.contacts.reopen_from_server(account, me)  # a lost local copy of the held contacts
        await self.risk.restore_active_card(account)  # its caller card: the same flags and risk as before
        for contact in account.store.held_contacts():
            self._follow_chat(contact)  # the chats' transcripts: what came while this console was closed
        if account.engine is not None:
            account.engine.resume()
        ctx.refresh_counts()
        if account.store.dispatches.open_dispatches():
            self.dispatches.ensure_watch()  # re-arm the fallback timers of dispatches from before a restart
        ctx.notify(ALL)

    async def _open_account(self, server_url: str, username: str) -> Account:
        """The account's store, encrypted per console/store/crypto.py (raises StoreProtectionUnavailable
        where this mode may not run unencrypted). The keyring runs off the loop."""
        ctx = self.context
        secrets = self._session.secrets
        key = await asyncio.to_thread(
            store_key, secrets, account_key(server_url, username), training=ctx.training
        )
        self.store_protection = key.protection
        path = account_db_path(ctx.data_dir, server_url, username)
        # On the loop thread: sqlite3 connections belong to the thread that made them.
        return Account(path, key, training=ctx.training, now=ctx.server_now)

    async def sign_out(self, *, drain_s: float = 0.0) -> SignOutResult:
        """Stop syncing, revoke the session, and forget it. When the outbox is confirmed empty (nothing
        pending, nothing refused) this PC's copy of the account is wiped; otherwise nothing is wiped, the
        unsent rows stay and go out at the next sign-in, and the result says how many wait.

        `drain_s`: first give the engine that long to deliver what is still pending, so a note typed a
        second before 로그아웃 does not keep the whole cache on this PC."""
        ctx = self.context
        account = ctx.account
        if drain_s > 0 and account is not None and account.engine is not None:
            await account.engine.wait_delivered(timeout=drain_s)
        account_key_ = self._account_key
        pending, failed = await self._close_account()
        await self._session.sign_out()
        wiped = False
        if account_key_ is not None and pending == 0 and failed == 0:
            wiped = await self._wipe_account(*account_key_)
        ctx.me = None
        ctx.presence = "offline"
        ctx.offered_call = None
        ctx.active_contact = None
        ctx.active_card = None
        ctx.active_chat = None
        ctx.sync_status = SyncStatus("stopped", 0, 0, None)
        ctx.notify(ALL)
        return SignOutResult(wiped=wiped, pending=pending, failed=failed)

    def _follow_chat(self, contact: ActiveContact) -> None:
        if contact.channel == "chat" and self.chats.attached:
            self.chats.open(contact.contact_id)

    async def _wipe_account(self, server_url: str, username: str) -> bool:
        """Delete the account's database files and its key (the database is closed by now).

        Whole files, not rows: with the key gone from the keyring, whatever the file left in free disk
        blocks (or an SSD's spare cells, or a backup of the file) is unreadable too ("crypto-shredding"),
        and no table added later can be forgotten by a list of DELETEs. The outbox was empty, so nothing
        the server lacks is lost; the server holds the record. False when a file could not be removed."""
        path = account_db_path(self.context.data_dir, server_url, username)
        wiped = True
        try:
            remove_database(path)
        except OSError as exc:
            log.warning("local database not removed at sign-out: %s", type(exc).__name__)
            wiped = False
        # The key goes in any case: a file left behind can then no longer be opened by anyone.
        await asyncio.to_thread(self._session.secrets.delete_db_key, account_key(server_url, username))
        return wiped

    async def _close_account(self) -> tuple[int, int]:
        """Close the open account; returns its outbox (pending, failed) counted after the engine stopped,
        so a row in flight counts as pending."""
        ctx = self.context
        account, ctx.account, self._account_key = ctx.account, None, None
        if account is None:
            return 0, 0
        for feature in self._features:
            await feature.reset()
        if account.engine is not None:
            await account.engine.stop()
        counts = account.outbox.counts()
        account.db.close()
        return counts

    async def close(self) -> None:
        """Stop the engine, close the local store and the HTTP client. The core is unusable afterwards."""
        await self._close_account()
        await self._session.flush()
        await self.context.client.aclose()

    # --- the loop ---------------------------------------------------------------------------------

    async def start_sync(self, *, push: bool = True, pull: bool = True) -> None:
        """Start the push loop and the event stream; returns at once. (push/pull off: tests, tools.)"""
        ctx = self.context
        account = ctx.require()
        if account.engine is None:
            account.engine = SyncEngine(
                client=ctx.client, outbox=account.outbox, store=account.store,
                apply_event=self._apply_event, after_event=self._after_event, on_status=self._on_sync_status,
                on_row_done=self._row_done, push=push, pull=pull,
            )
        account.engine.start()
        self.handoffs.start_refresh()  # the handoffs pending while this console was closed
        self.contacts.purge_expired_contacts()

    def _row_done(self, row: OutboxRow) -> None:
        changes = Changes()
        for feature in self._features:
            changes = changes | feature.on_row_done(row)
        self.context.notify(changes)

    def _apply_event(self, event: Event) -> None:
        ctx = self.context
        assert ctx.account is not None
        try:
            changes = apply_event(ctx, event, ctx.account.store)
        except ValueError:  # malformed: the engine logs and skips it, but a call must still ring
            self.calls.refetch_call_of(event)
            raise
        for feature in self._features:
            changes = changes | feature.on_event(event)
        self._event_changes = self._event_changes | changes

    def _after_event(self) -> None:
        changes, self._event_changes = self._event_changes, Changes()
        self.context.notify(changes)

    def _on_sync_status(self, status: SyncStatus) -> None:
        ctx = self.context
        entered_auth = status.state == "auth_required" and ctx.sync_status.state != "auth_required"
        ctx.sync_status = status
        # session=True once per auth pause: the UI asks for the password again.
        ctx.notify(Changes(sync=True, session=entered_auth))
