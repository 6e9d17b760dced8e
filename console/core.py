"""ConsoleCore: the one object the UI talks to. It composes the session, local store and sync engine.

All methods run on the asyncio loop thread (qasync's in the app). Listeners are plain callables called
on that thread with a Changes value; ui/shell/bridge.py re-emits them as Qt signals.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import cast

from annyeong.console.api.client import ApiClient
from annyeong.console.board_ops import BoardOps
from annyeong.console.changes import ALL, Changes
from annyeong.console.checklist_ops import ChecklistOps, ChecklistRun
from annyeong.console.contact_ops import END_DELIVERY_TIMEOUT_S, ContactOps
from annyeong.console.core_base import _Account
from annyeong.console.dispatch import LocalDispatch
from annyeong.console.dispatch_ops import DispatchOps
from annyeong.console.dispatch_summary import DispatchDraft
from annyeong.console.domain.risk import higher_risk
from annyeong.console.errors import ApiError
from annyeong.console.events import apply_event
from annyeong.console.follow_up_ops import FollowUpOps
from annyeong.console.handoff_ops import HandoffOps
from annyeong.console.handoff_types import HandoffDraft
from annyeong.console.lookups import Lookups, SearchResults
from annyeong.console.paths import account_db_path, account_key
from annyeong.console.referral_ops import ReferralOps
from annyeong.console.relay_ops import RelayOps
from annyeong.console.risk_ops import RiskOps
from annyeong.console.secrets import SecretStore
from annyeong.console.session import Session
from annyeong.console.settings import Settings
from annyeong.console.state import ActiveContact, SyncStatus
from annyeong.console.store.crypto import Protection, remove_database, store_key
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.store.retention import purge_closed_contacts
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.sync_ops import ConflictValue, FailedItem, SyncOps
from annyeong.console.wire import Event, Me, Presence, RiskTier

__all__ = [
    "END_DELIVERY_TIMEOUT_S", "ActiveContact", "ChecklistRun", "ConflictValue", "ConsoleCore",
    "DispatchDraft",
    "FailedItem", "LocalDispatch", "SearchResults", "SignOutResult", "SyncStatus",
]

NOT_OFFERED = "call_not_offered_to_you"
log = logging.getLogger("annyeong.console.core")


@dataclass(frozen=True)
class SignOutResult:
    """What sign_out did with this PC's copy of the account. `wiped`: the local database and its
    key are gone. Not wiped while `pending` or `failed` outbox rows exist: they stay for the next sign-in,
    and the UI tells the person their unsent work is kept on this PC."""

    wiped: bool
    pending: int
    failed: int


class ConsoleCore(
    # HandoffOps first: a contact someone else took over is wrapped up without the checklist rule.
    HandoffOps, RiskOps, ChecklistOps, ContactOps, Lookups, DispatchOps, RelayOps, ReferralOps, FollowUpOps,
    BoardOps, SyncOps,
):
    """The counselor console's state and actions, without Qt.

    Guarantees:
      - `update_note` commits the draft and its outbox row in one fsync'd transaction before returning;
      - a contact left open by a crash is restored at the next sign-in of the same account, draft included;
      - `end_contact` works offline; everything queued is delivered once the server is reachable;
      - `request_dispatch` (the red button, console/dispatch_ops.py) commits before any network I/O and
        goes out in the emergency lane ahead of everything else; one dispatch per intent.
      - every checklist step commits before it returns; a crisis answer blocks wrap-up until a crisis
        decision is recorded (console/checklist_ops.py).
    """

    def __init__(
        self, *, settings: Settings, data_dir: Path, client: ApiClient, secrets: SecretStore
    ) -> None:
        super().__init__(settings=settings, data_dir=data_dir, client=client)
        self._session = Session(client, secrets)
        self._account_key: tuple[str, str] | None = None
        self._event_changes = Changes()  # collected inside an event's transaction, announced after it
        # How the open account's database is kept (console/store/crypto.py); the UI shows "plaintext".
        self.store_protection: Protection | None = None

    # --- session ----------------------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        return self._session.server_url

    @property
    def secrets_persistent(self) -> bool:
        return self._session.persistent

    def handoff_draft(self, *, contact_id: str | None = None, case_id: str | None = None) -> HandoffDraft:
        """The SBAR prefill (HandoffOps), with the open contact's risk as its pill shows it: a crisis
        answered in this call must not reach the receiver as the case's older, lower tier."""
        draft = HandoffOps.handoff_draft(self, contact_id=contact_id, case_id=case_id)
        active = self.active_contact
        if active is None or draft.contact_id != active.contact_id:
            return draft
        tier = higher_risk(draft.risk_tier, self.caller_risk().tier)
        if tier == draft.risk_tier:
            return draft
        return replace(draft, risk_tier=cast(RiskTier, tier), risk_instrument=None, risk_assessed_at=None)

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
        assert self._session.server_url is not None and self._session.username is not None
        key = (self._session.server_url, self._session.username)
        if self._account is not None and key != self._account_key:
            await self._close_account()
        if self._account is None:
            try:
                self._account = await self._open_account(*key)
            except BaseException:
                await self._session.sign_out()  # no usable local store: do not stay signed in
                raise
            self._account_key = key
        self.me = me
        self.presence = me.presence
        self.offered_call = None
        self.purge_expired_contacts()  # Retention, before anything reads the cache
        self.active_contact = self._account.store.active_contact()
        await self._reopen_from_server(self._account, me)  # A lost local copy of the open call
        await self._restore_active_card(self._account)  # its caller card: the same flags and risk as before
        if self._account.engine is not None:
            self._account.engine.resume()
        self._refresh_counts()
        if self._account.store.dispatches.open_dispatches():
            self._ensure_dispatch_watch()  # re-arm the fallback timers of dispatches from before a restart
        self._notify(ALL)

    async def _open_account(self, server_url: str, username: str) -> _Account:
        """The account's store, encrypted per console/store/crypto.py (raises StoreProtectionUnavailable
        where this mode may not run unencrypted). The keyring runs off the loop."""
        secrets = self._session.secrets
        key = await asyncio.to_thread(
            store_key, secrets, account_key(server_url, username), training=self.training
        )
        self.store_protection = key.protection
        path = account_db_path(self.data_dir, server_url, username)
        # On the loop thread: sqlite3 connections belong to the thread that made them.
        return _Account(path, key, training=self.training, now=self.server_now)

    async def sign_out(self, *, drain_s: float = 0.0) -> SignOutResult:
        """Stop syncing, revoke the session, and forget it. When the outbox is confirmed empty (nothing
        pending, nothing refused) this PC's copy of the account is wiped; otherwise nothing is wiped, the
        unsent rows stay and go out at the next sign-in, and the result says how many wait.

        `drain_s`: first give the engine that long to deliver what is still pending, so a note typed a
        second before 로그아웃 does not keep the whole cache on this PC."""
        account = self._account
        if drain_s > 0 and account is not None and account.engine is not None:
            await account.engine.wait_delivered(timeout=drain_s)
        account_key_ = self._account_key
        pending, failed = await self._close_account()
        await self._session.sign_out()
        wiped = False
        if account_key_ is not None and pending == 0 and failed == 0:
            wiped = await self._wipe_account(*account_key_)
        self.me = None
        self.presence = "offline"
        self.offered_call = None
        self.active_contact = None
        self.active_card = None
        self.active_chat = None
        self.sync_status = SyncStatus("stopped", 0, 0, None)
        self._notify(ALL)
        return SignOutResult(wiped=wiped, pending=pending, failed=failed)

    async def _wipe_account(self, server_url: str, username: str) -> bool:
        """Delete the account's database files and its key (the database is closed by now).

        Whole files, not rows: with the key gone from the keyring, whatever the file left in free disk
        blocks (or an SSD's spare cells, or a backup of the file) is unreadable too ("crypto-shredding"),
        and no table added later can be forgotten by a list of DELETEs. The outbox was empty, so nothing
        the server lacks is lost; the server holds the record. False when a file could not be removed."""
        path = account_db_path(self.data_dir, server_url, username)
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
        account, self._account, self._account_key = self._account, None, None
        if account is None:
            return 0, 0
        await self._stop_dispatch_watch(account)
        await self.held_notes.stop()
        await self._stop_board()
        self._reset_handoffs()
        self._reset_all_follow_ups()  # The shift lead's 전체 view
        self._reset_floor()  # The floor's open dispatches
        self._reset_relays()  # the floor's requests to phone 112 for a colleague
        self._reset_crisis_sent()
        if account.engine is not None:
            await account.engine.stop()
        counts = account.outbox.counts()
        account.db.close()
        return counts

    async def close(self) -> None:
        """Stop the engine, close the local store and the HTTP client. The core is unusable afterwards."""
        await self._close_account()
        await self._session.flush()
        await self.client.aclose()

    # --- sync -------------------------------------------------------------------------------------

    async def start_sync(self, *, push: bool = True, pull: bool = True) -> None:
        """Start the push loop and the event stream; returns at once. (push/pull off: tests, tools.)"""
        account = self._require()
        if account.engine is None:
            account.engine = SyncEngine(
                client=self.client, outbox=account.outbox, store=account.store,
                apply_event=self._apply_event, after_event=self._after_event, on_status=self._on_sync_status,
                on_row_done=self._row_done, push=push, pull=pull,
            )
        account.engine.start()
        self._start_handoff_refresh()  # The handoffs pending while this console was closed
        self.purge_expired_contacts()

    def purge_expired_contacts(self, *, now: datetime | None = None) -> int:
        """Drop wrapped-up contacts older than Settings.local_retention_days from the local cache
        (console/store/retention.py). Contacts with unsent rows stay. Returns how many went."""
        account = self._account
        if account is None:
            return 0
        removed = purge_closed_contacts(
            account.db, now=now or self.server_now(), retention_days=self.settings.local_retention_days,
        )
        if removed:
            log.info("local cache: %d closed contacts past retention removed", removed)
        return removed

    def _row_done(self, row: OutboxRow) -> None:
        self._dispatch_row_done(row)
        self._referral_row_done(row.kind)  # Referral and follow-up rows

    def _apply_event(self, event: Event) -> None:
        assert self._account is not None
        try:
            changes = apply_event(self, event, self._account.store)
        except ValueError:  # malformed: the engine logs and skips it, but a call must still ring
            self.refetch_call_of(event)
            raise
        self._event_changes = self._event_changes | changes
        self._event_changes = self._event_changes | self._apply_handoff_event(event)
        self._event_changes = self._event_changes | self._apply_all_follow_ups_event(event)
        self._event_changes = self._event_changes | self._dispatch_event_seen(event)  # For leads
        self._event_changes = self._event_changes | self._floor_alert_seen(event)  # a lead's alerts
        self._event_changes = self._event_changes | self._relay_event_seen(event)
        self._board_event_seen(event)

    def _after_event(self) -> None:
        changes, self._event_changes = self._event_changes, Changes()
        self._notify(changes)

    def _on_sync_status(self, status: SyncStatus) -> None:
        entered_auth = status.state == "auth_required" and self.sync_status.state != "auth_required"
        self.sync_status = status
        # session=True once per auth pause: the UI asks for the password again.
        self._notify(Changes(sync=True, session=entered_auth))

    # --- presence and calls -----------------------------------------------------------------------

    async def set_presence(self, status: Presence) -> None:
        self._require()
        info = await self.client.set_presence(status)
        self.presence = info.status
        self._notify(Changes(presence=True))

    async def accept_call(self, call_id: str) -> ActiveContact:
        """Online only: raises Offline or ApiError (e.g. code call_not_offered_to_you)."""
        account = self._require()
        # Taken before the await: the "accepted" call.updated event can clear offered_call while the
        # accept request is still in flight, and the card must stay on screen for the conversation.
        offered = self.offered_call
        if offered is not None and offered.id != call_id:
            offered = None
        try:
            contact = await self.client.accept_call(call_id)
        except ApiError as exc:
            if exc.code == NOT_OFFERED:
                self._drop_offer(call_id)  # missed or taken meanwhile: stop showing it
            raise
        self.active_contact = account.store.open_contact(contact)
        self.active_card = offered.card if offered is not None else None
        self.active_chat = contact.chat or (offered.chat if offered is not None else None)
        account.store.save_card(contact.id, self.active_card)
        if self.offered_call is not None and self.offered_call.id == call_id:
            self.offered_call = None
        self.presence = "on_call"
        self._notify(Changes(call=True, contact=True, notes=True, details=True, presence=True))
        return self.active_contact

    async def decline_call(self, call_id: str, *, reason: str) -> None:
        """An offer that already moved on (missed, withdrawn) counts as declined."""
        self._require()
        try:
            await self.client.decline_call(call_id, reason=reason)
        except ApiError as exc:
            if exc.code != NOT_OFFERED:
                raise
        self._drop_offer(call_id)

    def _drop_offer(self, call_id: str) -> None:
        if self.offered_call is not None and self.offered_call.id == call_id:
            self.offered_call = None
            self._notify(Changes(call=True))
