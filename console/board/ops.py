"""The shift lead's board (the core's `board`): a live copy of GET /v1/board, the shift report, the
lead's actions, and the numbers the statistics charts draw.

Guarantees:
  - while the board is watched, every event this console applies schedules ONE refetch, debounced by
    BOARD_DEBOUNCE_S (a burst of events costs one GET), so the board is at most about a second stale;
  - a counselor's board is refused by the server (403): `refresh_board` raises ApiError and
    `board_error` says "forbidden" — the core never pretends to have a board it may not see;
  - reassigning a case sends If-Match; a 412 becomes CaseConflict carrying what was tried and what the
    server holds now, so both can be shown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from annyeong.console.api import board as api
from annyeong.console.api import cases as api_cases
from annyeong.console.api import events as api_events
from annyeong.console.api import handoffs as api_handoffs
from annyeong.console.board.shift_report import (
    Assessment,
    Period,
    Stats,
    assessment_of,
    compute_stats,
    report_hours,
)
from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.dispatches.floor_alerts import FloorAlerts
from annyeong.console.errors import ApiError, ConsoleError
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.sync.waiting import cancel_and_wait
from annyeong.console.wire import (
    Board,
    Case,
    CaseUpdate,
    Contact,
    Entry,
    Escalation,
    Event,
    Handoff,
    Message,
    MessageCreate,
    Referral,
    ShiftReport,
    UserRef,
)

SEEN_FOR = timedelta(days=8)  # a week of charts, and the day it started
PRUNE_EVERY = 500
log = logging.getLogger("annyeong.console.board")
STATS_PAGE = 500


class CaseConflict(ConsoleError):
    """412: someone changed the case first. `tried` is the owner sent; `current` the case as it is now."""

    def __init__(self, tried: UserRef | str, current: Case) -> None:
        super().__init__("version_mismatch")
        self.tried = tried
        self.current = current


class ShiftBoard:
    BOARD_DEBOUNCE_S = 0.25

    def __init__(self, ctx: CoreContext) -> None:
        self._ctx = ctx
        self.latest: Board | None = None
        self.board_error: str | None = None  # a code: forbidden, offline, or the server's problem code
        self.board_received_at: float | None = None  # time.monotonic() of the last answer
        self.shift_report: ShiftReport | None = None
        self._board_watchers = 0
        self._board_task: asyncio.Task[None] | None = None
        self._board_dirty = False
        # For the charts: contacts and referrals as the events (and the event log) told them.
        self.seen_contacts: dict[str, Contact] = {}
        self.seen_referrals: dict[str, Referral] = {}
        # Checklist results by entry id: (revision, the tier it gave); a newer revision replaces it.
        self.seen_assessments: dict[str, tuple[int, Assessment]] = {}
        self._stats_loaded = False
        # The charts count events only once someone wants them (a lead's board replays the log then):
        # a counselor's console never shows them and would keep every contact of the week for nothing.
        self._stats_wanted = False
        # Open crises and escalated handoffs, for the lead's notices (the board need not be on screen).
        self.floor_alerts = FloorAlerts()

    def server_now(self) -> datetime:
        """The server's clock, for how old the board on screen is."""
        return self._ctx.server_now()

    @property
    def may_see_board(self) -> bool:
        """What the view switch asks; the server decides for real (403)."""
        me = self._ctx.me
        return me is not None and (me.role in ("shift_lead", "admin") or "board.view" in me.permissions)

    # --- the board --------------------------------------------------------------------------------

    def watch_board(self, on: bool = True) -> None:
        """Keep the board fresh while someone looks at it (counted: each watcher unwatches once)."""
        self._board_watchers = max(0, self._board_watchers + (1 if on else -1))
        if on:
            self._schedule_board(0.0)

    @property
    def board_watched(self) -> bool:
        return self._board_watchers > 0

    async def refresh_board(self) -> Board:
        """GET /v1/board now. Raises Offline or ApiError (403 for a counselor); board_error says which."""
        self._ctx.require()
        try:
            board = await api.get_board(self._ctx.client)
        except ApiError as exc:
            self.board_error = "forbidden" if exc.status == 403 else exc.code
            self._ctx.notify(Changes(board=True))
            raise
        except ConsoleError as exc:
            self.board_error = exc.code if exc.code != "console_error" else "offline"
            self._ctx.notify(Changes(board=True))
            raise
        self.latest = board
        self.floor_alerts.board_seen(board.waiting_calls)
        self.board_error = None
        self.board_received_at = time.monotonic()
        self._ctx.notify(Changes(board=True))
        return board

    async def load_shift_report(self, hours: float | None = None) -> ShiftReport:
        """The 교대 인계 보고서, by default up to the end of the incoming shift (Seoul shift times)."""
        self._ctx.require()
        if hours is None:
            hours = report_hours(self._ctx.server_now())
        self.shift_report = await api.get_shift_report(self._ctx.client, hours=hours)
        self._ctx.notify(Changes(board=True))
        return self.shift_report

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, event: Event) -> Changes:
        """Every applied event: the board may have changed, the charts may count it, and a lead's
        notices may have one more (or one fewer) open crisis or escalated handoff."""
        if self._stats_wanted:
            self.count_event(event)
        elif self.board_watched:
            self._schedule_board(self.BOARD_DEBOUNCE_S)
        return self._floor_alert_seen(event)

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    def count_event(self, event: Event) -> None:
        """The board may have changed, and the charts may count the event."""
        if event.type == "contact.updated":
            with contextlib.suppress(ValueError):
                contact = Contact.model_validate(event.data)
                new = contact.id not in self.seen_contacts
                self.seen_contacts[contact.id] = contact
                # Only when a new id pushed the count to a multiple: updates of known ones never prune.
                if new and len(self.seen_contacts) % PRUNE_EVERY == 0:
                    self._forget_old_seen(self._ctx.server_now())
        elif event.type == "referral.updated":
            with contextlib.suppress(ValueError):
                referral = Referral.model_validate(event.data)
                self.seen_referrals[referral.id] = referral
        elif event.type == "contact.entry_added" and event.data.get("kind") == "checklist_result":
            with contextlib.suppress(ValueError):
                entry = Entry.model_validate(event.data)
                assessment = assessment_of(entry)
                known = self.seen_assessments.get(str(entry.id))
                if known is None or known[0] <= entry.revision:
                    if assessment is None:
                        self.seen_assessments.pop(str(entry.id), None)
                    else:
                        self.seen_assessments[str(entry.id)] = (entry.revision, assessment)
        if self.board_watched:
            self._schedule_board(self.BOARD_DEBOUNCE_S)

    def _floor_alert_seen(self, event: Event) -> Changes:
        """A crisis raised or an escalated handoff, for a lead's notices: Changes(board) when what is open
        changed."""
        if not self.may_see_board:
            return Changes()
        me = self._ctx.me
        return Changes(board=True) if self.floor_alerts.seen(event, me.id if me else None) else Changes()

    def _forget_old_seen(self, now: datetime) -> None:
        """The charts count at most a week ('week' is the longest Period): a shift lead's console left
        running for days must not keep every contact it ever saw."""
        cutoff = now - SEEN_FOR
        self.seen_contacts = {k: c for k, c in self.seen_contacts.items() if c.started_at >= cutoff}
        self.seen_referrals = {k: r for k, r in self.seen_referrals.items() if r.updated_at >= cutoff}
        self.seen_assessments = {k: a for k, a in self.seen_assessments.items() if a[1].at >= cutoff}

    def _schedule_board(self, delay: float) -> None:
        self._board_dirty = True
        if self._board_task is not None and not self._board_task.done():
            return  # the pending refetch will read the newest state
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._board_task = loop.create_task(self._board_refetch(delay), name="board-refetch")

    async def _board_refetch(self, delay: float) -> None:
        await asyncio.sleep(delay)
        while self._board_dirty and self.board_watched and self._ctx.account is not None:
            self._board_dirty = False
            try:
                await self.refresh_board()
            except ConsoleError as exc:
                log.info("board refetch failed: %s", exc.code)
                return

    async def reset(self) -> None:
        task, self._board_task = self._board_task, None
        self._board_watchers = 0
        self.latest = None
        self.board_error = None
        self.shift_report = None
        self.seen_contacts.clear()
        self.seen_referrals.clear()
        self.seen_assessments.clear()
        self._stats_loaded = False
        self._stats_wanted = False
        self.floor_alerts = FloorAlerts()
        await cancel_and_wait(task)

    # --- the lead's actions -----------------------------------------------------------------------

    async def take_over_contact(self, contact_id: str) -> Contact:
        """Take a contact that is not wrapped up. A live one opens here (refused first with
        busy_with_contact while another contact is open). Raises Offline, ApiError."""
        account = self._ctx.require()
        if self._ctx.active_contact is not None and self._ctx.active_contact.contact_id != contact_id:
            from annyeong.console.handoffs.types import HandoffRefused

            raise HandoffRefused("busy_with_contact")
        contact = await api.take_over(self._ctx.client, contact_id)
        changes = Changes(board=True)
        if contact.ended_at is None:
            self._ctx.open_contact_here(account.store.open_contact(contact), chat=contact.chat)
            changes |= Changes(call=True, contact=True, notes=True, details=True, presence=True)
        self._ctx.notify(changes)
        self._schedule_board(0.0)
        return contact

    async def acknowledge_escalation(self, escalation_id: str) -> Escalation:
        self._ctx.require()
        escalation = await api.acknowledge_escalation(self._ctx.client, escalation_id)
        self._schedule_board(0.0)
        return escalation

    async def assign_handoff(self, handoff_id: str, to_user_id: str) -> Handoff:
        self._ctx.require()
        handoff = await api_handoffs.assign_handoff(self._ctx.client, handoff_id, to_user_id)
        self._schedule_board(0.0)
        return handoff

    async def send_message(self, to_user_id: str, text: str, *, key: str | None = None) -> Message:
        """To a counselor (a non-modal notice on their console). Pass the same `key` to retry safely."""
        self._ctx.require()
        body = MessageCreate(to_user_id=to_user_id, text=text)
        key = key or f"message:{uuid.uuid4()}"
        return await api.send_message(self._ctx.client, body, idempotency_key=key)

    async def reassign_case(self, case_id: str, owner_id: str, *, version: int | None = None) -> Case:
        """Give a case to someone else (If-Match: `version`, default the version read now). Raises
        CaseConflict on 412 (with the case as it is now), Offline, ApiError."""
        self._ctx.require()
        if version is None:
            version = (await api_cases.get_case(self._ctx.client, case_id)).version
        try:
            case = await api_cases.update_case(
                self._ctx.client, case_id, CaseUpdate(owner_id=owner_id), version=version
            )
        except ApiError as exc:
            if exc.status != 412:
                raise
            current = await api_cases.get_case(self._ctx.client, case_id)
            raise CaseConflict(owner_id, current) from None
        self._schedule_board(0.0)
        return case

    # --- statistics -------------------------------------------------------------------------------

    async def load_stats_history(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Read the event log this person may see from the start, for the contacts and referrals the
        charts count (the server has no statistics endpoint). Once per sign-in; later events add up live.
        ``progress(seq, target)`` after each page: how far the replay got towards the newest event this
        console has stored (a long log takes many pages)."""
        account = self._ctx.require()
        if self._stats_loaded:
            return
        # From here on live events count too; the ones before are all in the log being replayed.
        self._stats_wanted = True
        target = account.store.last_seq()
        after = 0
        while True:
            page = await api_events.poll_events(self._ctx.client, after=after, limit=STATS_PAGE)
            for event in page.items:
                if event.type in ("contact.updated", "referral.updated", "contact.entry_added"):
                    self._board_event_seen_quiet(event)
            if page.items and progress is not None:
                progress(page.items[-1].seq, max(target, page.items[-1].seq))
            if len(page.items) < STATS_PAGE:
                break
            after = page.items[-1].seq
        self._stats_loaded = True
        self._ctx.notify(Changes(board=True))

    def _board_event_seen_quiet(self, event: Event) -> None:
        watchers, self._board_watchers = self._board_watchers, 0
        try:
            self.count_event(event)
        finally:
            self._board_watchers = watchers

    def stats(self, period: Period, now: datetime | None = None) -> Stats:
        now = now or self._ctx.server_now()
        return compute_stats(
            period, now, contacts=self.seen_contacts.values(), referrals=self.seen_referrals.values(),
            assessments=[a for _rev, a in self.seen_assessments.values()],
        )
