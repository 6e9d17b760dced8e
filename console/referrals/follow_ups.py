"""Follow-ups (the core's `follow_ups`): schedule from a wrap-up, a referral or a checklist result; the due
list and its overdue count by the server's clock; complete, reschedule or hand over.

Guarantees:
  - `schedule_follow_up` commits the follow-up and its outbox row together before it returns (works
    offline); it shows in the list at once and is replaced by the server's copy when delivered;
  - the list is the server's (GET /v1/follow-ups, mine and the pool's) kept live by follow_up.updated
    events, cached locally so the count shows offline too;
  - overdue is decided by the server clock (CoreContext.server_now, learnt from every answer's Date header,
    console/clock.py), so a follow-up turns overdue on time between events whatever this PC's clock says;
  - complete / reschedule / hand over are online only and send If-Match; a 412 raises FollowUpConflict
    with both versions (what was tried and what the server has), and the list shows the server's.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import ValidationError

from annyeong.console.api import referrals as api_referrals
from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.errors import ApiError, ConsoleError
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.store.referrals import FollowUpStore
from annyeong.console.wire import Event, FollowUp, FollowUpCreate, FollowUpSource, FollowUpUpdate, UserRef

log = logging.getLogger("console.follow_up")

POOL_ASSIGNEE = "pool:counselors"


class InvalidFollowUp(ConsoleError):
    """field: due_at (past_or_far), case (no contact or case to attach it to), reason (too_long)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


class FollowUpRefused(ConsoleError):
    """not_delivered_yet (made offline, not on the server yet), follow_up_not_found."""


class FollowUpConflict(ConsoleError):
    """412: someone changed it first. `tried` is the change sent; `current` what the server has now."""

    def __init__(self, tried: FollowUpUpdate, current: FollowUp) -> None:
        super().__init__("version_mismatch")
        self.tried = tried
        self.current = current


@dataclass(frozen=True)
class FollowUpItem:
    follow_up: FollowUp
    overdue: bool  # by the server clock, now
    local: bool  # made here, not delivered yet
    pool: bool  # anyone in the pool may take it


class FollowUps:
    def __init__(self, ctx: CoreContext) -> None:
        self._ctx = ctx
        # Everyone's scheduled follow-ups (shift leads: GET ?assignee=all), by id; None until first read.
        # Kept in memory only: it is a supervision view, the durable list is one's own.
        self._all_follow_ups: dict[str, FollowUp] | None = None

    # --- what the UI reads ------------------------------------------------------------------------

    @property
    def scheduled(self) -> list[FollowUpItem]:
        """My scheduled follow-ups and the pool's, due first."""
        account = self._ctx.account
        if account is None:
            return []
        now = self._ctx.server_now()
        return [
            FollowUpItem(f, f.due_at < now, local, f.pool is not None)
            for f, local in FollowUpStore(account.db, account.outbox).mine()
        ]

    @property
    def follow_up_counts(self) -> tuple[int, int]:
        """(scheduled, of which overdue)."""
        items = self.scheduled
        return len(items), sum(1 for i in items if i.overdue)

    @property
    def may_see_all_follow_ups(self) -> bool:
        me = self._ctx.me
        return me is not None and "follow_up.manage" in me.permissions

    @property
    def all_follow_ups(self) -> list[FollowUpItem] | None:
        """Everyone's scheduled follow-ups, due first (the shift lead's 전체 view); None until read."""
        known = self._all_follow_ups
        if known is None:
            return None
        now = self._ctx.server_now()
        items = sorted((f for f in known.values() if f.status == "scheduled"), key=lambda f: (f.due_at, f.id))
        return [FollowUpItem(f, f.due_at < now, False, f.pool is not None) for f in items]

    # --- reading the server -----------------------------------------------------------------------

    async def refresh_all_follow_ups(self) -> None:
        """Read everyone's (assignee=all; shift leads and admins, else ApiError 403). Events keep it
        current afterwards. Raises Offline / ApiError (the last list stays)."""
        self._ctx.require()
        listed = await api_referrals.list_follow_ups(self._ctx.client, assignee="all")
        self._all_follow_ups = {f.id: f for f in listed.items}
        self._ctx.notify(Changes(follow_ups=True))

    # --- the core's loop ----------------------------------------------------------------------------

    def on_row_done(self, row: OutboxRow) -> Changes:
        """A follow-up row was delivered, refused or put back: the list shows it."""
        return Changes(follow_ups=row.kind.startswith("follow_up."))

    async def reset(self) -> None:
        self._all_follow_ups = None

    def on_event(self, event: Event) -> Changes:
        """follow_up.updated reaches shift leads for everyone's: keep the 전체 view live."""
        if event.type != "follow_up.updated" or self._all_follow_ups is None:
            return Changes()
        try:
            follow_up = FollowUp.model_validate(event.data)
        except ValidationError:
            return Changes()
        self._all_follow_ups = {**self._all_follow_ups, follow_up.id: follow_up}
        return Changes(follow_ups=True)

    async def refresh_follow_ups(self) -> None:
        """Read mine and the pool's from the server. Raises Offline / ApiError (the cache stays)."""
        account = self._ctx.require()
        mine = await api_referrals.list_follow_ups(self._ctx.client, assignee="me")
        pool = await api_referrals.list_follow_ups(self._ctx.client, assignee="pool")
        FollowUpStore(account.db, account.outbox).replace_mine([*mine.items, *pool.items])
        self._ctx.notify(Changes(follow_ups=True))

    def _is_mine(self, follow_up: FollowUp) -> bool:
        me = self._ctx.me
        return follow_up.pool is not None or (me is not None and follow_up.assignee.id == me.id)

    # --- schedule ---------------------------------------------------------------------------------

    def schedule_follow_up(
        self, due_at: datetime, *, reason: str | None = None, source: FollowUpSource = "manual",
        source_id: str | None = None, pool: bool = False, assignee_id: str | None = None,
        contact_id: str | None = None, case_id: str | None = None,
    ) -> FollowUp:
        """Queue a follow-up (works offline) for the open contact's person (or `contact_id`/`case_id`),
        for me (default), the pool, or `assignee_id`. Raises InvalidFollowUp, NotSignedIn."""
        account = self._ctx.require()
        me = self._ctx.me
        assert me is not None
        if due_at.tzinfo is None:
            raise InvalidFollowUp("due_at", "invalid_type")
        now = self._ctx.server_now()
        if not now - timedelta(days=1) <= due_at <= now + timedelta(days=2 * 365):
            raise InvalidFollowUp("due_at", "past_or_far")
        text = (reason or "").strip() or None
        if text is not None and len(text) > 500:
            raise InvalidFollowUp("reason", "too_long")
        active = self._ctx.active_contact
        if contact_id is None and case_id is None and active is not None:
            contact_id = active.contact_id
            case_id = active.case_id
        if contact_id is None and case_id is None:
            raise InvalidFollowUp("case", "required")
        body = FollowUpCreate(
            id=uuid.uuid4(), contact_id=contact_id, case_id=None if contact_id else case_id,
            due_at=due_at.astimezone(UTC), assignee_id=None if pool else assignee_id,
            pool="counselors" if pool else None, reason=text, source=source, source_id=source_id,
        )
        if pool:
            assignee = UserRef(id=POOL_ASSIGNEE, name="")
        else:
            assignee = UserRef(id=assignee_id or me.id, name="" if assignee_id else me.display_name)
        shown = FollowUp(
            id=str(body.id), case_id=case_id or "", contact_id=contact_id, due_at=body.due_at,
            assignee=assignee,
            status="scheduled", pool=body.pool, reason=text, source=source, source_id=source_id,
            created_at=self._ctx.server_now(),
        )
        store = FollowUpStore(account.db, account.outbox)
        if assignee_id is not None and assignee_id != me.id:
            # Handed to someone else at once: queued, but not on my list.
            account.outbox.enqueue(kind="follow_up.create", payload=body.model_dump(mode="json"),
                                   idempotency_key=str(body.id), record_id=str(body.id))
        else:
            store.create(body, shown)
        log.info("follow-up queued (%s)", source)
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(follow_ups=True, sync=True))
        return shown

    # --- complete, reschedule, hand over (online) -------------------------------------------------

    async def complete_follow_up(
        self, follow_up_id: str, *, status: Literal["done", "missed", "cancelled"] = "done",
        outcome: str | None = None,
    ) -> FollowUp:
        update: dict[str, Any] = {"status": status}
        if outcome and outcome.strip():
            update["outcome"] = outcome.strip()[:1000]
        return await self.update_follow_up(follow_up_id, FollowUpUpdate(**update))

    async def reschedule_follow_up(self, follow_up_id: str, due_at: datetime) -> FollowUp:
        if due_at.tzinfo is None:
            raise InvalidFollowUp("due_at", "invalid_type")
        return await self.update_follow_up(follow_up_id, FollowUpUpdate(due_at=due_at.astimezone(UTC)))

    async def hand_over_follow_up(self, follow_up_id: str, *, assignee_id: str | None = None) -> FollowUp:
        """To a person (`assignee_id`), else to the counselors' pool. Taking a pool one: my own id."""
        if assignee_id is not None:
            return await self.update_follow_up(follow_up_id, FollowUpUpdate(assignee_id=assignee_id))
        return await self.update_follow_up(follow_up_id, FollowUpUpdate(pool="counselors"))

    async def take_follow_up(self, follow_up_id: str) -> FollowUp:
        me = self._ctx.me
        assert me is not None
        return await self.hand_over_follow_up(follow_up_id, assignee_id=me.id)

    async def update_follow_up(self, follow_up_id: str, update: FollowUpUpdate) -> FollowUp:
        """Raises FollowUpConflict (412, with both values), FollowUpRefused, Offline, ApiError."""
        account = self._ctx.require()
        store = FollowUpStore(account.db, account.outbox)
        local = {f.id: is_local for f, is_local in store.mine()}
        if local.get(follow_up_id):
            raise FollowUpRefused("not_delivered_yet")
        known = store.get(follow_up_id)
        if known is None:
            known = await api_referrals.get_follow_up(self._ctx.client, follow_up_id)
        try:
            updated = await api_referrals.update_follow_up(
                self._ctx.client, follow_up_id, update, version=known.version
            )
        except ApiError as exc:
            if exc.status != 412:
                if exc.status == 404:
                    store.record(known, mine=False)
                    self._ctx.notify(Changes(follow_ups=True))
                raise
            current = await api_referrals.get_follow_up(self._ctx.client, follow_up_id)
            store.record(current, mine=self._is_mine(current))
            if self._all_follow_ups is not None:
                self._all_follow_ups = {**self._all_follow_ups, current.id: current}
            self._ctx.notify(Changes(follow_ups=True))
            raise FollowUpConflict(update, current) from None
        store.record(updated, mine=self._is_mine(updated))
        if self._all_follow_ups is not None:
            self._all_follow_ups = {**self._all_follow_ups, updated.id: updated}
        self._ctx.notify(Changes(follow_ups=True))
        return updated
