"""Handoffs (the core's `handoffs`): hand a contact or a case on with an SBAR note, answer one, and what
happens to the contact on both sides (the sender's wrap-up of a contact taken over:
console/contacts/ops.py).

Guarantees:
  - a handoff goes out online (the receiver must hear of it now; an offline queue would let the sender
    believe someone is picking the person up), with ONE Idempotency-Key per draft that every retry reuses:
    a lost answer, a double press or a retry after Offline never makes a second handoff; the key is
    dropped only once the server answered for good;
  - a live contact someone accepted leaves the sender's screen only after their wrap-up, which then asks
    nothing of them (the receiver wraps it up); the sender's queued notes still go out (the server accepts
    a previous holder's notes typed before the move), each once;
  - the receiver's core opens an accepted live contact as its own open contact, with the previous holder's
    notes (latest revision of each) beside its own empty draft — never copied into it, so nothing typed is
    sent twice; a note revision arriving after the accept is added when its event comes.
Nothing personal is logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from dataclasses import replace
from typing import cast

from pydantic import ValidationError

from annyeong.console.api import cases as api_cases
from annyeong.console.api import contacts as api_contacts
from annyeong.console.api import handoffs as api
from annyeong.console.api import users as api_users
from annyeong.console.changes import Changes
from annyeong.console.checklists.risk import Risk
from annyeong.console.context import CoreContext
from annyeong.console.domain.risk import higher_risk
from annyeong.console.errors import ApiError, ConsoleError
from annyeong.console.handoffs.types import HandoffDraft, HandoffRefused, ReceivedContact
from annyeong.console.state import ActiveContact
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.wire import (
    ContactTakenOver,
    Entry,
    Event,
    Handoff,
    HandoffCreate,
    HandoffTarget,
    Message,
    PresenceInfo,
    RiskTier,
    Sbar,
    UserDirectoryEntry,
    UserRef,
)

log = logging.getLogger("console.handoff")

HANDOFF_EVENTS = frozenset({"handoff.created", "handoff.updated", "handoff.escalated"})


EXCERPT_CHARS = 600


class Handoffs:
    def __init__(self, ctx: CoreContext, *, risk: Risk) -> None:
        self._ctx = ctx
        self._risk = risk
        self.by_id: dict[str, Handoff] = {}
        self.handed_off: dict[str, ContactTakenOver] = {}  # my contacts someone else now holds
        self.received: dict[str, ReceivedContact] = {}  # contacts I hold through a handoff
        self.messages: list[Message] = []  # received from a shift lead, oldest first
        self.directory: dict[str, UserDirectoryEntry] = {}  # colleagues by id (GET /v1/users), cached
        self._handoff_keys: dict[str, str] = {}
        self._handoff_refresh: asyncio.Task[None] | None = None

    # --- what the UI reads ------------------------------------------------------------------------

    @property
    def incoming_handoffs(self) -> list[Handoff]:
        """Pending handoffs this person may accept: addressed to them, or to the next shift's pool (not
        their own). Oldest first."""
        me = self._ctx.me
        if me is None:
            return []
        found = [
            h for h in self.by_id.values()
            if h.status == "pending" and h.from_user.id != me.id
            and ((h.to_user is not None and h.to_user.id == me.id) or h.target == "next_shift")
        ]
        return sorted(found, key=lambda h: h.created_at)

    @property
    def outgoing_handoffs(self) -> list[Handoff]:
        """Handoffs this person sent (handoff kind), newest first."""
        me = self._ctx.me
        if me is None:
            return []
        mine = [h for h in self.by_id.values() if h.from_user.id == me.id and h.kind == "handoff"]
        return sorted(mine, key=lambda h: h.created_at, reverse=True)

    def handoff_of(self, contact_id: str | None = None, case_id: str | None = None) -> Handoff | None:
        """The newest handoff of this contact (or case) this console knows of."""
        found = [h for h in self.by_id.values()
                 if (contact_id is not None and h.contact_id == contact_id)
                 or (case_id is not None and contact_id is None and h.case_id == case_id)]
        return max(found, key=lambda h: h.created_at, default=None)

    def taken_over(self, contact_id: str | None = None) -> ContactTakenOver | None:
        """Set when someone else now holds this contact (default: the open one)."""
        if contact_id is None:
            contact_id = self._ctx.active_contact.contact_id if self._ctx.active_contact is not None else None
        return self.handed_off.get(contact_id) if contact_id is not None else None

    def received_contact(self, contact_id: str | None = None) -> ReceivedContact | None:
        if contact_id is None:
            contact_id = self._ctx.active_contact.contact_id if self._ctx.active_contact is not None else None
        return self.received.get(contact_id) if contact_id is not None else None

    def handoff_draft(self, *, contact_id: str | None = None, case_id: str | None = None) -> HandoffDraft:
        """The SBAR prefill, with the open contact's risk as its pill shows it: a crisis answered in this
        call must not reach the receiver as the case's older, lower tier."""
        draft = self._plain_draft(contact_id=contact_id, case_id=case_id)
        active = self._ctx.active_contact
        if active is None or draft.contact_id != active.contact_id:
            return draft
        tier = higher_risk(draft.risk_tier, self._risk.caller_risk().tier)
        if tier == draft.risk_tier:
            return draft
        return replace(draft, risk_tier=cast(RiskTier, tier), risk_instrument=None, risk_assessed_at=None)

    def _plain_draft(self, *, contact_id: str | None, case_id: str | None) -> HandoffDraft:
        """The prefill for the open contact (default), or for a case, as the card knows it. No I/O."""
        active = self._ctx.active_contact
        contact: ActiveContact | None = None
        if case_id is None or (active is not None and active.contact_id == contact_id):
            contact = active
        if contact is None and case_id is None:
            raise HandoffRefused("nothing_to_hand_off")
        card = self._ctx.active_card if contact is not None else None
        risk = card.last_risk if card is not None else None
        flags = tuple((f.kind, f.instruction) for f in card.active_flags) if card is not None else ()
        details = contact.details if contact is not None else None
        note = contact.note_text.strip() if contact is not None else ""
        excerpt = note if len(note) <= EXCERPT_CHARS else note[-EXCERPT_CHARS:]  # the latest part matters
        return HandoffDraft(
            contact_id=contact.contact_id if contact is not None else None,
            case_id=case_id or (contact.case_id if contact is not None else None),
            live=contact is not None and contact.ended_at is None,
            channel=contact.channel if contact is not None else None,
            started_at=contact.started_at if contact is not None else None,
            summary=(details.summary or "") if details is not None else "",
            notes_excerpt=excerpt,
            service_types=tuple(details.service_types) if details is not None else (),
            risk_tier=risk.tier if risk is not None else None,
            risk_instrument=risk.instrument_id if risk is not None else None,
            risk_assessed_at=risk.assessed_at if risk is not None else None,
            flags=flags,
        )

    async def colleagues(self, *, refresh: bool = True) -> list[UserRef]:
        """People a handoff or a follow-up can name (not me), by name, from the colleague directory
        (GET /v1/users, every person may read it). Offline: the last list read. Raises only when there
        is no list yet (Offline / ApiError)."""
        if refresh or not self.directory:
            try:
                self.directory = {u.id: u for u in await api_users.list_users(self._ctx.client)}
            except ConsoleError:
                if not self.directory:
                    raise
        me = self._ctx.me
        people = [u for u in self.directory.values() if me is None or u.id != me.id]
        return [UserRef(id=u.id, name=u.display_name) for u in sorted(people, key=lambda u: u.display_name)]

    def colleague_name(self, user_id: str) -> str | None:
        known = self.directory.get(user_id)
        return known.display_name if known is not None else None

    def colleague_presence(self, user_id: str) -> str | None:
        """available, on_call, wrap_up, break or offline as of the last directory read; None if unknown."""
        known = self.directory.get(user_id)
        return known.presence if known is not None else None

    def available_colleagues(self) -> list[UserRef]:
        """Who could take a handoff at once (presence available), by name, from the last directory read:
        counselors and shift leads, not me."""
        me = self._ctx.me
        free = [u for u in self.directory.values()
                if u.presence == "available" and u.role in ("counselor", "shift_lead")
                and (me is None or u.id != me.id)]
        return [UserRef(id=u.id, name=u.display_name) for u in sorted(free, key=lambda u: u.display_name)]

    async def case_handoff_draft(self, case_id: str) -> HandoffDraft:
        """The prefill for handing a case on (the history column's 이 사례 인계): its last risk tier and
        active flags from the server; the plain draft when the case cannot be read now."""
        draft = self.handoff_draft(case_id=case_id)
        try:
            case = await api_cases.get_case(self._ctx.client, case_id)
        except ConsoleError:
            return draft
        risk = case.last_risk
        return replace(
            draft,
            risk_tier=risk.tier if risk is not None else draft.risk_tier,
            risk_instrument=risk.instrument_id if risk is not None else draft.risk_instrument,
            risk_assessed_at=risk.assessed_at if risk is not None else draft.risk_assessed_at,
            flags=tuple((f.kind, f.instruction) for f in case.flags if f.active) or draft.flags,
        )

    # --- the sender -------------------------------------------------------------------------------

    async def send_handoff(
        self, *, target: HandoffTarget, sbar: Sbar, contact_id: str | None = None,
        case_id: str | None = None, to_user_id: str | None = None,
    ) -> Handoff:
        """Hand the contact (or case) on. Online only: raises Offline (press again: the same key goes out)
        or ApiError (handoff_pending, situation_required, to_user_required …)."""
        account = self._ctx.require()
        if contact_id is None and case_id is None:
            raise HandoffRefused("nothing_to_hand_off")
        source = f"contact:{contact_id}" if contact_id is not None else f"case:{case_id}"
        key = self._handoff_keys.setdefault(source, f"handoff:{uuid.uuid4()}")
        if account.engine is not None:
            account.engine.wake()  # what was typed goes out now too
        body = HandoffCreate(contact_id=contact_id, case_id=case_id, target=target, to_user_id=to_user_id,
                             sbar=sbar)
        try:
            handoff = await api.create_handoff(self._ctx.client, body, idempotency_key=key)
        except ApiError as exc:
            if not exc.retryable:
                self._handoff_keys.pop(source, None)
            if exc.code == "idempotency_key_reused":
                # The first press went through with other words: show that one rather than a second.
                with contextlib.suppress(ConsoleError):
                    await self.refresh_handoffs()
            raise
        self._handoff_keys.pop(source, None)
        self.by_id[handoff.id] = handoff
        log.info("handoff sent (%s)", target)
        self._ctx.notify(Changes(handoffs=True))
        return handoff

    # --- the receiver -----------------------------------------------------------------------------

    async def accept_handoff(self, handoff_id: str) -> Handoff:
        """Become its one owner. A live contact opens here (refused first with busy_with_contact while
        another contact is open). Raises Offline, ApiError (handoff_not_pending: someone else was first)."""
        account = self._ctx.require()
        known = self.by_id.get(handoff_id)
        if known is not None and known.live and self._ctx.active_contact is not None:
            raise HandoffRefused("busy_with_contact")
        handoff = await api.accept_handoff(self._ctx.client, handoff_id)
        self.by_id[handoff.id] = handoff
        changes = Changes(handoffs=True)
        if handoff.live and handoff.contact_id is not None and self._ctx.active_contact is None:
            contact = await api_contacts.get_contact(self._ctx.client, handoff.contact_id)
            if contact.ended_at is None:
                self._ctx.open_contact_here(account.store.open_contact(contact), chat=contact.chat)
                received = ReceivedContact(handoff)
                self.received[contact.id] = received
                with contextlib.suppress(ConsoleError):
                    await self._load_received_notes(received, contact.id)
                changes |= Changes(call=True, contact=True, notes=True, details=True, presence=True)
        log.info("handoff accepted (live=%s)", handoff.live)
        self._ctx.notify(changes)
        return handoff

    async def reject_handoff(self, handoff_id: str, reason: str) -> Handoff:
        """With a reason (the sender reads it). Raises Offline, ApiError (reason_required …)."""
        self._ctx.require()
        handoff = await api.reject_handoff(self._ctx.client, handoff_id, reason)
        self.by_id[handoff.id] = handoff
        self._ctx.notify(Changes(handoffs=True))
        return handoff

    async def refresh_handoffs(self) -> None:
        """Read the handoffs this person sees (at sync start; events keep them current afterwards)."""
        self._ctx.require()
        listed = await api.list_handoffs(self._ctx.client)
        for handoff in listed.items:
            self.by_id[handoff.id] = handoff
        active = self._ctx.active_contact
        me = self._ctx.me
        if active is not None and me is not None and active.contact_id not in self.received:
            # Restarted with a contact that came by handoff: its previous holder's notes again.
            came = [h for h in listed.items if h.contact_id == active.contact_id and h.status == "accepted"
                    and h.decided_by == me.id and h.live]
            if came:
                received = ReceivedContact(came[0])
                self.received[active.contact_id] = received
                await self._load_received_notes(received, active.contact_id)
        self._ctx.notify(Changes(handoffs=True))

    def dismiss_message(self, message_id: str) -> None:
        self.messages = [m for m in self.messages if m.id != message_id]
        self._ctx.notify(Changes(messages=True))

    async def _load_received_notes(self, received: ReceivedContact, contact_id: str) -> None:
        entries = await api_contacts.list_entries(self._ctx.client, contact_id)
        for entry in entries.items:
            self._take_note(received, entry)

    def _take_note(self, received: ReceivedContact, entry: Entry) -> bool:
        me = self._ctx.me
        if entry.kind != "note" or (me is not None and entry.author_id == me.id):
            return False
        key = str(entry.id)
        known = received.notes.get(key)
        if known is not None and known[0] >= entry.revision:
            return False  # the same revision again (or an older one): shown once
        received.notes[key] = (entry.revision, entry.body)
        return True

    # --- the core's loop (events inside their transaction) ---------------------------------------

    def on_event(self, event: Event) -> Changes:
        me = self._ctx.me
        if me is None or self._ctx.account is None:
            return Changes()
        try:
            if event.type in HANDOFF_EVENTS:
                handoff = Handoff.model_validate(event.data)
                self.by_id[handoff.id] = handoff
                return Changes(handoffs=True)
            if event.type == "contact.taken_over":
                return self._taken_over_event(ContactTakenOver.model_validate(event.data), me.id)
            if event.type == "presence.changed" and self.directory:
                info = PresenceInfo.model_validate(event.data)
                known = self.directory.get(info.user_id)
                if known is not None:
                    self.directory[info.user_id] = known.model_copy(
                        update={"presence": info.status, "presence_since": info.since})
                return Changes()
            if event.type == "message.received":
                message = Message.model_validate(event.data)
                if message.to_user.id != me.id or any(m.id == message.id for m in self.messages):
                    return Changes()
                self.messages.append(message)
                return Changes(messages=True)
            if event.type == "contact.entry_added":
                # Only a contact handed to me is read (every note written anywhere comes by): look it up
                # before validating the entry.
                received = self.received.get(str(event.data.get("contact_id", "")))
                if received is not None and self._take_note(received, Entry.model_validate(event.data)):
                    return Changes(handoffs=True)
        except ValidationError:
            log.warning("skipping malformed %s event", event.type)
        return Changes()

    def _taken_over_event(self, taken: ContactTakenOver, me: str) -> Changes:
        if taken.from_user_id != me or taken.to_user.id == me:
            return Changes()
        self.handed_off[taken.contact_id] = taken
        active = self._ctx.active_contact
        assert self._ctx.account is not None
        if active is not None and active.contact_id == taken.contact_id and active.ended_at is None:
            # Recorded as ended here only: the call goes on at the receiver's, so no end is queued.
            self._ctx.active_contact = self._ctx.account.store.mark_ended(taken.contact_id, taken.at)
            return Changes(contact=True, handoffs=True)
        return Changes(handoffs=True)

    def start_refresh(self) -> None:
        """Best effort at sync start: a failure leaves the events to fill the list in."""
        if self._handoff_refresh is not None and not self._handoff_refresh.done():
            return

        async def run() -> None:
            with contextlib.suppress(ConsoleError):
                await self.refresh_handoffs()

        self._handoff_refresh = asyncio.get_running_loop().create_task(run(), name="handoff-refresh")

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    async def reset(self) -> None:
        self.by_id.clear()
        self.handed_off.clear()
        self.received.clear()
        self.messages.clear()
        self.directory.clear()
        self._handoff_keys.clear()
        if self._handoff_refresh is not None:
            self._handoff_refresh.cancel()
            self._handoff_refresh = None
