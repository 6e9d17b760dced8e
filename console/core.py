"""ConsoleCore: the one object the UI talks to. It composes the session, local store and sync engine.

All methods run on the asyncio loop thread (qasync's in the app). Listeners are plain callables called
on that thread with a Changes value; ui/bridge.py re-emits them as Qt signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from console.api_client import ApiClient
from console.changes import ALL, Changes
from console.errors import ApiError, NoActiveContact, NotSignedIn, Offline
from console.events import apply_event
from console.paths import account_db_path
from console.secrets import SecretStore
from console.session import Session
from console.settings import Settings
from console.state import ActiveContact, SyncStatus
from console.store.db import Database
from console.store.local import LocalStore, contact_end_key
from console.store.outbox import Outbox
from console.sync.engine import SyncEngine
from console.wire import Call, CallerHistory, Event, Me, Presence

__all__ = ["ActiveContact", "ConsoleCore", "SyncStatus"]

log = logging.getLogger(__name__)

# finish_wrap_up waits this long for the contact's end to reach the server before giving up (Offline).
END_DELIVERY_TIMEOUT_S = 10.0
NOT_OFFERED = "call_not_offered_to_you"


class _Account:
    """The open local store of the signed-in account."""

    def __init__(self, path: Path) -> None:
        self.db = Database(path)
        self.outbox = Outbox(self.db)
        self.store = LocalStore(self.db, self.outbox)
        self.engine: SyncEngine | None = None


class ConsoleCore:
    """The counselor console's state and actions, without Qt.

    Guarantees:
      - `update_note` commits the draft and its outbox row in one fsync'd transaction before returning;
      - a contact left open by a crash is restored at the next sign-in of the same account, draft included;
      - `end_contact` works offline; everything queued is delivered once the server is reachable.
    """

    def __init__(
        self, *, settings: Settings, data_dir: Path, client: ApiClient, secrets: SecretStore
    ) -> None:
        self.settings = settings
        self.training = settings.training
        self.data_dir = data_dir
        self.client = client
        self.me: Me | None = None
        self.presence: Presence = "offline"
        self.sync_status = SyncStatus("stopped", 0, 0, None)
        self.offered_call: Call | None = None
        self.active_contact: ActiveContact | None = None
        self._session = Session(client, secrets)
        self._account: _Account | None = None
        self._account_key: tuple[str, str] | None = None
        self._listeners: list[Callable[[Changes], None]] = []
        self._event_changes = Changes()  # collected inside an event's transaction, announced after it

    # --- listeners --------------------------------------------------------------------------------

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

    # --- session ----------------------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        return self._session.server_url

    @property
    def secrets_persistent(self) -> bool:
        return self._session.persistent

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
            self._account = _Account(account_db_path(self.data_dir, *key))
            self._account_key = key
        self.me = me
        self.presence = me.presence
        self.offered_call = None
        self.active_contact = self._account.store.active_contact()
        if self._account.engine is not None:
            self._account.engine.resume()
        self._refresh_counts()
        self._notify(ALL)

    async def sign_out(self) -> None:
        """Stop syncing, revoke the session, and forget it. Unsent outbox rows stay in the account's store
        and go out at its next sign-in."""
        await self._close_account()
        await self._session.sign_out()
        self.me = None
        self.presence = "offline"
        self.offered_call = None
        self.active_contact = None
        self.sync_status = SyncStatus("stopped", 0, 0, None)
        self._notify(ALL)

    async def _close_account(self) -> None:
        account, self._account, self._account_key = self._account, None, None
        if account is None:
            return
        if account.engine is not None:
            await account.engine.stop()
        account.db.close()

    async def close(self) -> None:
        """Stop the engine, close the local store and the HTTP client. The core is unusable afterwards."""
        await self._close_account()
        await self._session.flush()
        await self.client.aclose()

    def _require(self) -> _Account:
        if self._account is None or self.me is None:
            raise NotSignedIn()
        return self._account

    # --- sync -------------------------------------------------------------------------------------

    async def start_sync(self, *, push: bool = True, pull: bool = True) -> None:
        """Start the push loop and the event stream; returns at once. (push/pull off: tests, tools.)"""
        account = self._require()
        if account.engine is None:
            account.engine = SyncEngine(
                client=self.client, outbox=account.outbox, store=account.store,
                apply_event=self._apply_event, after_event=self._after_event, on_status=self._on_sync_status,
                push=push, pull=pull,
            )
        account.engine.start()

    def _apply_event(self, event: Event) -> None:
        assert self._account is not None
        self._event_changes = self._event_changes | apply_event(self, event, self._account.store)

    def _after_event(self) -> None:
        changes, self._event_changes = self._event_changes, Changes()
        self._notify(changes)

    def _on_sync_status(self, status: SyncStatus) -> None:
        entered_auth = status.state == "auth_required" and self.sync_status.state != "auth_required"
        self.sync_status = status
        # session=True once per auth pause: the UI asks for the password again.
        self._notify(Changes(sync=True, session=entered_auth))

    def _refresh_counts(self) -> None:
        account = self._account
        if account is None:
            return
        if account.engine is not None:
            account.engine.wake()  # reports the new counts through _on_sync_status
            return
        pending, failed = account.outbox.counts()
        self.sync_status = SyncStatus(self.sync_status.state, pending, failed, self.sync_status.last_error)

    def retry_failed(self) -> int:
        """Put refused outbox rows back in the queue (after the cause was fixed). Returns how many."""
        account = self._require()
        count = account.outbox.requeue_failed()
        self._refresh_counts()
        self._notify(Changes(sync=True))
        return count

    # --- presence and calls -----------------------------------------------------------------------

    async def set_presence(self, status: Presence) -> None:
        self._require()
        info = await self.client.set_presence(status)
        self.presence = info.status
        self._notify(Changes(presence=True))

    async def accept_call(self, call_id: str) -> ActiveContact:
        """Online only: raises Offline or ApiError (e.g. code call_not_offered_to_you)."""
        account = self._require()
        try:
            contact = await self.client.accept_call(call_id)
        except ApiError as exc:
            if exc.code == NOT_OFFERED:
                self._drop_offer(call_id)  # missed or taken meanwhile: stop showing it
            raise
        self.active_contact = account.store.open_contact(contact)
        if self.offered_call is not None and self.offered_call.id == call_id:
            self.offered_call = None
        self.presence = "on_call"
        self._notify(Changes(call=True, contact=True, notes=True, presence=True))
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

    # --- the open contact -------------------------------------------------------------------------

    def _active(self) -> tuple[_Account, ActiveContact]:
        account = self._require()
        if self.active_contact is None:
            raise NoActiveContact()
        return account, self.active_contact

    def update_note(self, text: str) -> None:
        """Save the draft locally and queue it, in one transaction; works offline. Raises NoActiveContact."""
        account, active = self._active()
        self.active_contact = account.store.save_note_draft(active.contact_id, text)
        self._refresh_counts()
        self._notify(Changes(notes=True, sync=True))

    async def end_contact(self) -> None:
        """End the open contact locally and queue the end for the server; works offline.
        Presence shows wrap_up (the server sets the same when the end arrives)."""
        account, active = self._active()
        self.active_contact = account.store.end_contact(active.contact_id)
        self.presence = "wrap_up"
        self._refresh_counts()
        self._notify(Changes(contact=True, presence=True, sync=True))

    async def finish_wrap_up(self) -> None:
        """Close the contact and become available. Online only: the contact's end must have reached the
        server first (otherwise its wrap_up would arrive after "available"); raises Offline if it cannot
        within END_DELIVERY_TIMEOUT_S. The contact stays open on any failure."""
        account, active = self._active()
        if active.ended_at is None:
            await self.end_contact()
        key = contact_end_key(active.contact_id)
        if account.outbox.has_pending(idempotency_key=key):
            engine = account.engine
            if engine is None or not engine.running:
                raise Offline("sync_stopped")
            if not await engine.wait_delivered(key, timeout=END_DELIVERY_TIMEOUT_S):
                raise Offline()
        info = await self.client.set_presence("available")
        account.store.close_contact(active.contact_id)
        self.active_contact = None
        self.presence = info.status
        self._notify(Changes(contact=True, notes=True, presence=True))

    async def caller_history(self) -> CallerHistory | None:
        """History of the caller of the open contact, else of the offered call. None when withheld."""
        self._require()
        if self.active_contact is not None:
            caller = self.active_contact.caller
        elif self.offered_call is not None:
            caller = self.offered_call.caller
        else:
            return None
        if caller.withheld:
            return None
        if caller.number_e164 is None:
            # Counselors see masked numbers only; the summary the server sent is all they may know.
            return CallerHistory(caller=caller)
        return await self.client.lookup_caller(caller.number_e164)
