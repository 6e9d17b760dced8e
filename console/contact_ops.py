"""The open contact: note, details, end and wrap-up (part of ConsoleCore).

Everything a counselor types is committed locally (with its outbox row) before these methods return, so
it survives a crash, a lost network and a refused wrap-up alike.
"""

from __future__ import annotations

import logging
from typing import Any

from annyeong.console.changes import Changes
from annyeong.console.core_base import CoreBase, _Account
from annyeong.console.domain.contact_details import InvalidDetail, missing_fields
from annyeong.console.errors import (
    ApiError,
    InvalidDetails,
    NoteTooLong,
    Offline,
    StorageFull,
    UnsentChanges,
    WrapUpIncomplete,
)
from annyeong.console.state import ActiveContact
from annyeong.console.store.local import NOTE_MAX_CHARS
from annyeong.console.wire import Me

log = logging.getLogger("annyeong.console.core")

# finish_wrap_up waits this long for the contact's queued changes to reach the server before giving up.
END_DELIVERY_TIMEOUT_S = 10.0


class ContactOps(CoreBase):
    async def _reopen_from_server(self, account: _Account, me: Me) -> None:
        """At sign-in: the server says this account holds a contact open that this PC has no copy of
        (the local store was set aside as corrupt, or this is another workstation). Reopen it as the
        server has it (details, this counselor's note) so the call can go on and be wrapped up here.
        Offline or refused: nothing happens; the next sign-in tries again."""
        contact_id = me.open_contact_id
        if contact_id is None or self.active_contact is not None or account.store.knows_contact(contact_id):
            return
        try:
            contact = await self.client.get_contact(contact_id)
            entries = await self.client.list_entries(contact_id)
        except (Offline, ApiError) as exc:
            log.info("open contact not reopened from the server: %s", exc.code)
            return
        mine = [e for e in entries.items if e.kind == "note" and e.author_id == me.id]
        note = max(mine, key=lambda e: (e.created_at, e.revision), default=None)
        self.active_contact = account.store.restore_contact(contact, note)
        log.info("open contact reopened from the server")

    def update_note(self, text: str) -> None:
        """Save the draft locally and queue it, in one transaction; works offline. Raises NoActiveContact.

        A draft longer than NOTE_MAX_CHARS is saved locally in full but not queued, and NoteTooLong is
        raised after the save (active_contact.note_issue says so too) so the person shortens it.
        """
        account, active = self._active()
        try:
            self.active_contact = account.store.save_note_draft(active.contact_id, text)
        except StorageFull:
            # Kept in memory and written when space returns (console/store/held.py); the UI says so.
            self.held_notes.hold(active.contact_id, text)
            self.held_notes.start(self._write_held_note, self._held_notes_written)
            self._notify(Changes(notes=True, sync=True))
            raise
        was_full = self.held_notes.full
        self.held_notes.drop(active.contact_id)
        if was_full and not self.held_notes.full:
            self._notify(Changes(notes=True, sync=True))
        self._refresh_counts()
        self._notify(Changes(notes=True, sync=True))
        if self.active_contact.note_issue == "note_too_long":
            raise NoteTooLong(length=len(text), limit=NOTE_MAX_CHARS)

    def _write_held_note(self, contact_id: str, text: str) -> None:
        account = self._account
        if account is None:
            raise StorageFull()  # signed out meanwhile: keep holding it for the same account
        saved = account.store.save_note_draft(contact_id, text)
        if self.active_contact is not None and self.active_contact.contact_id == contact_id:
            self.active_contact = saved
        self._refresh_counts()

    def _held_notes_written(self) -> None:
        self._notify(Changes(notes=True, sync=True))

    def update_contact_details(self, **changes: Any) -> ActiveContact:
        """Change details of the open contact: service_types, summary, disposition, reporter, subject,
        follow_up (see console.domain.contact_details.apply_changes for the value shapes). Saved locally and
        queued for the server in one transaction; works offline; a burst of edits becomes one PATCH.

        Raises InvalidDetails (nothing of this call is saved) or NoActiveContact.
        """
        account, active = self._active()
        try:
            self.active_contact = account.store.save_details(active.contact_id, changes)
        except InvalidDetail as exc:
            raise InvalidDetails(exc.field, exc.code) from None
        self._refresh_counts()
        self._notify(Changes(contact=True, details=True, sync=True))
        return self.active_contact

    def wrap_up_missing(self) -> list[str]:
        """What wrap-up would still refuse for (empty when it may go ahead); the local rule, no I/O."""
        _account, active = self._active()
        return missing_fields(active.details)

    async def end_contact(self) -> None:
        """End the open contact locally and queue the end for the server; works offline.
        Presence shows wrap_up (the server sets the same when the end arrives)."""
        account, active = self._active()
        self.active_contact = account.store.end_contact(active.contact_id)
        self.presence = "wrap_up"
        self._refresh_counts()
        self._notify(Changes(contact=True, presence=True, sync=True))

    async def finish_wrap_up(self) -> None:
        """Wrap the contact up on the server, become available and close it here.

        Refused, with everything kept, by:
          - WrapUpIncomplete(missing): the local rule (the server's own) or the server names missing fields;
          - NoteTooLong: the note is over the server's limit and was never sent;
          - Offline: this contact's queued changes could not reach the server within
            END_DELIVERY_TIMEOUT_S (online only: its wrap-up must follow its notes, details and end);
          - UnsentChanges(codes): the server refused some of this contact's changes;
          - ApiError for anything else the server refuses.
        """
        account, active = self._active()
        missing = missing_fields(active.details)
        if missing:
            raise WrapUpIncomplete(missing)
        if active.note_issue == "note_too_long":
            raise NoteTooLong(length=len(active.note_text), limit=NOTE_MAX_CHARS)
        if active.ended_at is None:
            await self.end_contact()
        await self._delivered(account, active.contact_id)
        try:
            contact = await self.client.wrap_up_contact(active.contact_id)
        except ApiError as exc:
            if exc.code == "wrap_up_incomplete":
                fields = [str(e.get("field")) for e in (exc.problem.errors or []) if e.get("field")]
                raise WrapUpIncomplete(fields) from None
            if exc.status not in (404, 405) or exc.code not in ("http_404", "http_405"):
                raise
            # An older server has no wrap-up route: ending the contact was all it needed.
        else:
            account.store.details.record_server_contact(contact)
        info = await self.client.set_presence("available")
        account.store.close_contact(active.contact_id)
        self.active_contact = None
        self.active_card = None
        self.active_chat = None
        self.presence = info.status
        self._notify(Changes(contact=True, details=True, notes=True, presence=True))

    async def _delivered(self, account: _Account, contact_id: str) -> None:
        """Wait until every queued change of the contact reached the server (or was refused)."""
        if account.outbox.has_pending(record_id=contact_id):
            engine = account.engine
            if engine is None or not engine.running:
                raise Offline("sync_stopped")
            if not await engine.wait_delivered(record_id=contact_id, timeout=END_DELIVERY_TIMEOUT_S):
                raise Offline()
        refused = [r.last_error or "failed" for r in account.outbox.rows()
                   if r.record_id == contact_id and r.state == "failed"]
        if refused:
            raise UnsentChanges(refused)
