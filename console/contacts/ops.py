"""The open contact: note, details, end and wrap-up.

Everything a counselor types is committed locally (with its outbox row) before these methods return, so
it survives a crash, a lost network and a refused wrap-up alike.

Wrap-up is the one rule that spans features, and it asks them by name: a contact someone else took over
(handoffs) is wrapped up without any other rule; otherwise a crisis answered in it (checklists) needs a
recorded decision before the contact's own missing fields are even looked at.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

from annyeong.console.api import calls as api_calls
from annyeong.console.api import contacts as api_contacts
from annyeong.console.changes import Changes
from annyeong.console.chats.conversations import Conversations
from annyeong.console.chats.store import conversation_record
from annyeong.console.checklists.ops import Checklists
from annyeong.console.contacts.reopen import server_copy
from annyeong.console.context import Account, CoreContext
from annyeong.console.domain.contact_details import InvalidDetail, missing_fields
from annyeong.console.errors import (
    ApiError,
    InvalidDetails,
    NoActiveContact,
    NoteTooLong,
    Offline,
    StorageFull,
    UnsentChanges,
    WrapUpIncomplete,
)
from annyeong.console.handoffs.ops import Handoffs
from annyeong.console.state import ActiveContact
from annyeong.console.store.local import NOTE_MAX_CHARS
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.store.retention import purge_closed_contacts
from annyeong.console.wire import Event, Me

log = logging.getLogger("annyeong.console.core")

# What a switch to another held contact changes on screen: everything that belongs to a contact.
FOCUS_CHANGES = Changes(
    call=True, contact=True, notes=True, details=True, dispatch=True, checklist=True, crisis=True,
    referral=True, handoffs=True, chat=True, presence=True,
)

# finish_wrap_up waits this long for the contact's queued changes to reach the server before giving up.
END_DELIVERY_TIMEOUT_S = 10.0


class Contacts:
    def __init__(
        self, ctx: CoreContext, *, checklists: Checklists, handoffs: Handoffs, chats: Conversations
    ) -> None:
        self._ctx = ctx
        self._checklists = checklists
        self._handoffs = handoffs
        self._chats = chats

    # --- the contacts held here: one call and the chats beside it ----------------------------------

    def held(self) -> list[ActiveContact]:
        """Every contact taken here and not wrapped up, the one on screen included, oldest first."""
        account = self._ctx.account
        return [] if account is None else account.store.held_contacts()

    def focus(self, contact_id: str) -> ActiveContact:
        """Put another held contact on screen (the switcher). Everything of the one before is already
        committed, so nothing is lost by the switch. Raises NotSignedIn, KeyError (not held here)."""
        ctx = self._ctx
        ctx.require()
        if ctx.active_id() == contact_id and ctx.active_contact is not None:
            return ctx.active_contact
        try:
            contact = ctx.focus(contact_id)
        except KeyError:
            raise NoActiveContact() from None  # wrapped up meanwhile (another window, a handoff)
        ctx.notify(FOCUS_CHANGES)
        return contact

    async def reopen_from_server(self, account: Account, me: Me) -> None:
        """At sign-in: the server says this account holds contacts open that this PC has no copy of (the
        local store was set aside as corrupt, or this is another workstation). Reopen each as the server
        has it (details, this counselor's note, a chat's hand-off, the caller card) as a held contact, so
        the call and every chat beside it go on and are wrapped up here.

        On screen, when nothing held here already is: the phone call, else the newest chat. A phone call
        is a voice waiting in the counselor's ear and cannot be put aside unseen; a chat off screen still
        shows its unread count and waiting time in the switcher. (The server does not know which one was
        on screen on the other PC: that is this PC's own state, never sent.)

        Offline or refused: what could not be fetched is left out; the next sign-in tries again."""
        ctx = self._ctx
        ids = me.open_contact_ids or ([me.open_contact_id] if me.open_contact_id else [])
        missing = [i for i in ids if not account.store.knows_contact(i)]
        # Side by side: the sign-in waits for the slowest one, not for the sum of them.
        copies = await asyncio.gather(*(
            server_copy(ctx.client, i, me_id=me.id, lookup_timeout_s=ctx.lookup_timeout_s) for i in missing
        ))
        reopened: list[ActiveContact] = []
        for copy in copies:
            if copy is None:
                continue
            contact_id = copy.contact.id
            with account.db.transaction():  # with its card, or not at all (the next sign-in tries again)
                reopened.append(account.store.restore_contact(copy.contact, copy.note, on_screen=False))
                account.store.save_card(contact_id, copy.card)
                account.store.save_chat(contact_id, copy.chat)
                if copy.decision is not None:
                    # Decided on another PC: the wrap-up here must not ask for it again.
                    self._checklists.adopt_decision(contact_id, copy.decision)
                for checklist in copy.checklists:
                    # A crisis answered there: asked for here too, as the server will before the wrap-up.
                    self._checklists.adopt_checklist(contact_id, checklist)
        if not reopened:
            return
        log.info("%d open contacts reopened from the server", len(reopened))
        if ctx.active_contact is None:
            calls = [c for c in reopened if c.channel != "chat"]
            ctx.focus((calls or reopened)[-1].contact_id)

    def chat_number(self, contact: ActiveContact) -> int:
        """1 for the first chat taken here in the minute `contact` began, 2 for the next …: counted over
        every chat this PC took, wrapped up or not, so a chat's name never changes while it lasts."""
        account = self._ctx.account
        if account is None or contact.channel != "chat":
            return 1
        same = account.store.chats_begun_in_minute(contact.started_at)
        return same.index(contact.contact_id) + 1 if contact.contact_id in same else 1

    def purge_expired_contacts(self, *, now: datetime | None = None) -> int:
        """Drop wrapped-up contacts older than Settings.local_retention_days from the local cache
        (console/store/retention.py). Contacts with unsent rows stay. Returns how many went."""
        ctx = self._ctx
        account = ctx.account
        if account is None:
            return 0
        removed = purge_closed_contacts(
            account.db, now=now or ctx.server_now(), retention_days=ctx.settings.local_retention_days,
        )
        if removed:
            log.info("local cache: %d closed contacts past retention removed", removed)
        return removed

    def update_note(self, text: str) -> None:
        """Save the draft locally and queue it, in one transaction; works offline. Raises NoActiveContact.

        A draft longer than NOTE_MAX_CHARS is saved locally in full but not queued, and NoteTooLong is
        raised after the save (active_contact.note_issue says so too) so the person shortens it.
        """
        ctx = self._ctx
        account, active = ctx.active()
        try:
            ctx.active_contact = account.store.save_note_draft(active.contact_id, text)
        except StorageFull:
            # Kept in memory and written when space returns (console/store/held.py); the UI says so.
            ctx.held_notes.hold(active.contact_id, text)
            ctx.held_notes.start(self._write_held_note, self._held_notes_written)
            ctx.notify(Changes(notes=True, sync=True))
            raise
        was_full = ctx.held_notes.full
        ctx.held_notes.drop(active.contact_id)
        if was_full and not ctx.held_notes.full:
            ctx.notify(Changes(notes=True, sync=True))
        ctx.refresh_counts()
        ctx.notify(Changes(notes=True, sync=True))
        if ctx.active_contact.note_issue == "note_too_long":
            raise NoteTooLong(length=len(text), limit=NOTE_MAX_CHARS)

    def _write_held_note(self, contact_id: str, text: str) -> None:
        ctx = self._ctx
        account = ctx.account
        if account is None:
            raise StorageFull()  # signed out meanwhile: keep holding it for the same account
        saved = account.store.save_note_draft(contact_id, text)
        if ctx.active_contact is not None and ctx.active_contact.contact_id == contact_id:
            ctx.active_contact = saved
        ctx.refresh_counts()

    def _held_notes_written(self) -> None:
        self._ctx.notify(Changes(notes=True, sync=True))

    def update_contact_details(self, **changes: Any) -> ActiveContact:
        """Change details of the open contact: service_types, summary, disposition, reporter, subject,
        follow_up (see console.domain.contact_details.apply_changes for the value shapes). Saved locally and
        queued for the server in one transaction; works offline; a burst of edits becomes one PATCH.

        Raises InvalidDetails (nothing of this call is saved) or NoActiveContact.
        """
        ctx = self._ctx
        account, active = ctx.active()
        try:
            ctx.active_contact = account.store.save_details(active.contact_id, changes)
        except InvalidDetail as exc:
            raise InvalidDetails(exc.field, exc.code) from None
        ctx.refresh_counts()
        ctx.notify(Changes(contact=True, details=True, sync=True))
        return ctx.active_contact

    def _crisis_undecided(self) -> bool:
        return self._checklists.crisis_raised and self._checklists.crisis_decision is None

    def wrap_up_missing(self) -> list[str]:
        """What wrap-up would still refuse for (empty when it may go ahead); the local rule, no I/O."""
        if self._handoffs.taken_over() is not None:
            return []  # the one who holds it now wraps it up
        _account, active = self._ctx.active()
        missing = missing_fields(active.details)
        if self._crisis_undecided():
            missing.append("crisis_decision")
        return missing

    async def end_contact(self) -> None:
        """End the open contact locally and queue the end for the server; works offline.
        Presence shows wrap_up (the server sets the same when the end arrives), unless other contacts held
        here are still going: then the counselor is still in them.

        A chat ends through its own conversation (console/chats/): its end is queued after every message
        typed before it, so a last message never arrives after the end and is refused."""
        ctx = self._ctx
        account, active = ctx.active()
        if active.channel == "chat" and self._chats.attached:
            self._chats.end(active.contact_id)
            ctx.active_contact = account.store.end_contact(active.contact_id, queue=False)
        else:
            ctx.active_contact = account.store.end_contact(active.contact_id)
        ctx.presence = "on_call" if self._others_going() else "wrap_up"
        ctx.refresh_counts()
        ctx.notify(Changes(contact=True, presence=True, sync=True, chat=True))

    def _others_going(self) -> bool:
        return any(c.ended_at is None for c in self._ctx.other_held())

    async def finish_wrap_up(self) -> None:
        """Wrap the contact up on the server, become available and close it here.

        A contact someone else took over only waits for this console's queued notes of it. Otherwise
        refused, with everything kept, by:
          - WrapUpIncomplete(missing): a crisis answer without a recorded decision ("crisis_decision"),
            the local rule (the server's own) or the server names missing fields;
          - NoteTooLong: the note is over the server's limit and was never sent;
          - Offline: this contact's queued changes could not reach the server within
            END_DELIVERY_TIMEOUT_S (online only: its wrap-up must follow its notes, details and end);
          - UnsentChanges(codes): the server refused some of this contact's changes;
          - ApiError for anything else the server refuses.
        """
        if self._handoffs.taken_over() is not None:
            await self._finish_taken_over()
            return
        ctx = self._ctx
        account, active = ctx.active()
        if self._crisis_undecided():
            raise WrapUpIncomplete(self.wrap_up_missing())
        missing = missing_fields(active.details)
        if missing:
            raise WrapUpIncomplete(missing)
        if active.note_issue == "note_too_long":
            raise NoteTooLong(length=len(active.note_text), limit=NOTE_MAX_CHARS)
        if active.ended_at is None:
            await self.end_contact()
        await self._delivered(account, active.contact_id)
        try:
            contact = await api_contacts.wrap_up_contact(ctx.client, active.contact_id)
        except ApiError as exc:
            if exc.code == "wrap_up_incomplete":
                fields = [str(e.get("field")) for e in (exc.problem.errors or []) if e.get("field")]
                raise WrapUpIncomplete(fields) from None
            if exc.status not in (404, 405) or exc.code not in ("http_404", "http_405"):
                raise
            # A server from before wrap-up existed has no such route: ending the contact was all it needed.
        else:
            account.store.details.record_server_contact(contact)
        await self._close_and_next(account, active.contact_id)
        self._checklists.forget_runs()

    async def _close_and_next(
        self, account: Account, contact_id: str, changes: Changes | None = None
    ) -> None:
        """Take the wrapped-up contact off screen. With other contacts still held here the next of them
        comes on screen and presence stays as they need it; otherwise the counselor becomes available."""
        ctx = self._ctx
        others = ctx.other_held()
        if others:
            account.store.close_contact(contact_id)
            going = [c for c in others if c.ended_at is None]
            ctx.focus((going or others)[0].contact_id)
            ctx.presence = "on_call" if going else "wrap_up"
            ctx.notify((changes or Changes()) | FOCUS_CHANGES)
            return
        info = await api_calls.set_presence(ctx.client, "available")
        account.store.close_contact(contact_id)
        ctx.active_contact = None
        ctx.active_card = None
        ctx.active_chat = None
        ctx.presence = info.status
        closed = Changes(contact=True, details=True, notes=True, presence=True, chat=True)
        ctx.notify((changes or Changes()) | closed)

    async def _finish_taken_over(self) -> None:
        """For a contact taken over: wait for this console's queued notes of it, become available and take
        it off screen (nothing else to fill in)."""
        ctx = self._ctx
        account, active = ctx.active()
        engine = account.engine
        for record in (active.contact_id, conversation_record(active.contact_id)):
            pending = account.outbox.has_pending(record_id=record)
            if pending and engine is not None and engine.running and not await engine.wait_delivered(
                record_id=record, timeout=END_DELIVERY_TIMEOUT_S
            ):
                raise Offline()
        await self._close_and_next(account, active.contact_id, Changes(handoffs=True))

    async def _delivered(self, account: Account, contact_id: str) -> None:
        """Wait until every queued change of the contact reached the server (or was refused); a chat's
        conversation (its messages and its end) included."""
        records = (contact_id, conversation_record(contact_id))
        for record in records:
            if account.outbox.has_pending(record_id=record):
                engine = account.engine
                if engine is None or not engine.running:
                    raise Offline("sync_stopped")
                if not await engine.wait_delivered(record_id=record, timeout=END_DELIVERY_TIMEOUT_S):
                    raise Offline()
        refused = [r.last_error or "failed" for r in account.outbox.rows()
                   if r.record_id in records and r.state == "failed"]
        if refused:
            raise UnsentChanges(refused)

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, _event: Event) -> Changes:
        return Changes()  # console/events.py applies the contact events to the shared state

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    async def reset(self) -> None:
        await self._ctx.held_notes.stop()
