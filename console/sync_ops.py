"""For the sync details view (the core's `sync`): the rows the server refused, the two values of
a refused change, and putting rows back in the queue or dropping them. Nothing refused is ever dropped
without the person choosing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from annyeong.console.api import contacts as api_contacts
from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.store.details import CONTACT_UPDATE
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.store.recovery import Recovery
from annyeong.console.wire import Event


@dataclass(frozen=True)
class FailedItem:
    """An outbox row the server refused; `reason` is the server's problem code (ui/ words it)."""

    row_id: int
    kind: str
    record_id: str
    reason: str
    created_at: str
    attempts: int


@dataclass(frozen=True)
class ConflictValue:
    """One field of a refused single-valued change: this console's value and the server's, to choose."""

    row_id: int
    field: str
    mine: object
    theirs: object


class SyncFailures:
    def __init__(self, ctx: CoreContext) -> None:
        self._ctx = ctx

    def retry_failed(self) -> int:
        """Put refused outbox rows back in the queue (after the cause was fixed). Returns how many."""
        account = self._ctx.require()
        count = account.outbox.requeue_failed()
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(sync=True))
        return count

    @property
    def store_recovery(self) -> Recovery | None:
        """Set when the account's local database was unreadable at sign-in: it was kept aside, a fresh one
        made, the readable unsent rows copied over (code "local_store_corrupt"; the UI says so once)."""
        return None if self._ctx.account is None else self._ctx.account.db.recovery

    def sync_failures(self) -> list[FailedItem]:
        """Rows the server refused, oldest first, with the server's problem code (never dropped)."""
        account = self._ctx.require()
        return [FailedItem(r.id, r.kind, r.record_id, r.last_error or "failed", r.created_at, r.attempts)
                for r in account.outbox.failed_rows()]

    async def conflict_values(self, row_id: int) -> list[ConflictValue]:
        """Both values of a refused single-valued change (412 version_mismatch): what this console sent and
        what the server holds now, per field. Empty when the row is not such a conflict. Raises Offline."""
        account = self._ctx.require()
        row = next((r for r in account.outbox.failed_rows() if r.id == row_id), None)
        if row is None or row.kind != CONTACT_UPDATE or row.last_error != "version_mismatch":
            return []
        current = await api_contacts.get_contact(self._ctx.client, row.payload["contact_id"])
        theirs = current.model_dump(mode="json")
        return [ConflictValue(row_id, name, mine, theirs.get(name))
                for name, mine in row.payload["changes"].items()]

    async def resolve_conflict(self, row_id: int, *, keep: Literal["mine", "theirs"]) -> None:
        """The person chose. "mine": send it again against the server's current version (a deliberate
        overwrite); "theirs": drop this console's refused change. Raises Offline."""
        account = self._ctx.require()
        row = next((r for r in account.outbox.failed_rows() if r.id == row_id), None)
        if row is None:
            return
        contact_changed = False
        if row.kind == CONTACT_UPDATE:
            current = await api_contacts.get_contact(self._ctx.client, row.payload["contact_id"])
            account.store.details.record_server_contact(current)  # the next If-Match
            if keep == "theirs":
                # Their value is now this PC's value too: the form must not keep showing the dropped one
                # (and send it again with the next unrelated edit of the same field).
                account.store.details.adopt_server(current, row.payload["changes"], except_row=row_id)
                contact_changed = True
        if keep == "mine":
            account.outbox.requeue(row_id)
        else:
            account.outbox.discard_failed(row_id)
        active = self._ctx.active_contact
        if contact_changed and active is not None and active.contact_id == row.payload["contact_id"]:
            self._ctx.active_contact = account.store.active_contact()
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(sync=True, contact=contact_changed, details=contact_changed))

    def retry_one(self, row_id: int) -> bool:
        """Put one refused row back in the queue now."""
        account = self._ctx.require()
        requeued = account.outbox.requeue(row_id)
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(sync=True))
        return requeued

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, _event: Event) -> Changes:
        return Changes()

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    async def reset(self) -> None:
        return None
