"""The red button (the core's `dispatches`): press, follow, fall back, withdraw, close the loop.

Guarantees:
  - `request_dispatch` commits the intent and its emergency outbox row in one fsync'd transaction before
    it returns and before any network I/O, then wakes the push loop; it works offline and signed-in only;
  - a second press for the same contact and service while the first is joinable (not failed, not closed)
    returns the first intent and writes nothing: one dispatch per intent;
  - delivery is at least once with the press's id as the Idempotency-Key, so the server records it once,
    even after a crash, a lost answer or a late arrival after the fallback was shown;
  - the fallback timers (Settings.dispatch_receive_timeout_s / dispatch_ack_timeout_s, from the press)
    set `fallback_due` and notify Changes(dispatch=True); the core keeps trying meanwhile; they survive a
    restart (measured from the stored press time);
  - the counselor's steps (fallback_called, outcome, close) are committed locally with their own emergency
    rows, after the create of the same dispatch; so is each fallback shown (fallback_shown, with its
    reason and this console's clock), so the server's record shows both paths even without a click;
  - a shift lead's console follows every dispatch on the floor from the dispatch.updated events the server
    sends leads (`floor_dispatches`: those awaiting their outcome), announced with Changes(dispatch=True).
Nothing personal is logged: only codes and counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from annyeong.console.api import lookups as api_lookups
from annyeong.console.changes import Changes
from annyeong.console.checklists.ops import Checklists
from annyeong.console.context import Account, CoreContext
from annyeong.console.dispatches.fallback_timers import FallbackTimers
from annyeong.console.dispatches.fields import FIELDS, checked_fields
from annyeong.console.dispatches.floor import FloorDispatches, pressed_by
from annyeong.console.dispatches.local import (
    CANCEL_REASONS,
    MAX_REASON,
    OUTCOMES,
    SERVICES,
    DispatchFields,
    LocalDispatch,
    Outcome,
    Service,
    clip,
)
from annyeong.console.dispatches.summary import (
    DispatchDraft,
    build_draft,
    compose_summary,
    service_for_every_crisis,
)
from annyeong.console.errors import DispatchRefused, InvalidDispatch
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.sync.dispatch_delivery import get_dispatch, list_dispatches
from annyeong.console.wire import (
    Dispatch,
    DispatchCancelReason,
    Event,
    UnmaskRequest,
)

log = logging.getLogger("annyeong.console.dispatches.local")


class Dispatches:
    def __init__(self, ctx: CoreContext, *, checklists: Checklists,
                 chat_quotes: Callable[[str], tuple[str, ...]] = lambda _contact_id: ()) -> None:
        self._ctx = ctx
        self._checklists = checklists
        self._chat_quotes = chat_quotes  # a chat's messages with a crisis expression, quoted in the read-out
        self._floor = FloorDispatches()  # reset when the account closes
        self._held_number: tuple[str | None, str | None] = (None, None)  # contact id, E.164 (memory only)
        # The fallback timers: one task per open account, woken by each press.
        self._timers = FallbackTimers(ctx)

    # --- state the UI reads -----------------------------------------------------------------------

    @property
    def open_dispatches(self) -> list[LocalDispatch]:
        """Every dispatch whose panel is still up (not closed by the counselor), newest press first."""
        account = self._ctx.account
        return [] if account is None else account.store.dispatches.open_dispatches()

    @property
    def active_dispatch(self) -> LocalDispatch | None:
        """The dispatch the panel shows: the newest open one of the open contact, else the newest open one
        (a dispatch outlives its contact until it is closed)."""
        open_ = self.open_dispatches
        contact = self._ctx.active_contact
        mine = [d for d in open_ if contact is not None and d.contact_id == contact.contact_id]
        shown = mine or open_
        return shown[0] if shown else None

    @property
    def dispatch_needs_reminder(self) -> bool:
        """True while any open dispatch has no outcome yet (contact_confirmed / failed)."""
        return any(d.needs_reminder for d in self.open_dispatches)

    @property
    def floor_dispatches(self) -> list[Dispatch]:
        """Every dispatch this person hears of that still awaits its outcome (received, acknowledged,
        en_route), oldest first. For a shift lead: the whole floor (the server sends leads every
        dispatch's steps); for a counselor only their own. Views from events: no full numbers."""
        return [] if self._ctx.me is None else self._floor.awaiting()

    async def load_open_dispatches(self) -> list[Dispatch]:
        """GET /v1/dispatches?open=true once at sign-in (a counselor gets their own, a lead the floor's):
        the event stream resumes where this console left off, so dispatches pressed before it was last
        closed would be missed; and one this person pressed is kept here even when this PC has no copy
        (pressed on another PC, or a fresh data folder), so its chip reminds until its outcome is recorded.
        Returns the floor's. Raises Offline, ApiError."""
        account, me = self._ctx.require(), self._ctx.me
        found = await list_dispatches(self._ctx.client, open_only=True)
        adopted = self._adopt(account, [d for d in found.items if me is not None and me.id in pressed_by(d)])
        if adopted or (me is not None and any([self._floor.record(d) for d in found.items])):
            self._ctx.notify(Changes(dispatch=True))
        return self.floor_dispatches

    async def load_contact_dispatches(self, contact_id: str) -> list[LocalDispatch]:
        """GET /v1/dispatches?contact_id=…&open=true when a contact opens here: an open dispatch of it
        that this PC never saw (pressed on another PC, or the local copy was set aside) is kept here, so
        its status shows and a press joins it instead of offering a second one. Raises Offline, ApiError."""
        account = self._ctx.require()
        found = await list_dispatches(self._ctx.client, open_only=True, contact_id=contact_id)
        if self._adopt(account, [d for d in found.items if d.contact_id == contact_id]):
            log.info("open dispatch of a reopened contact taken over from the server")
            self._ctx.notify(Changes(dispatch=True))
        return self.contact_dispatches(contact_id)

    def _adopt(self, account: Account, dispatches: list[Dispatch]) -> bool:
        """Keep here the server's open dispatches this PC has no copy of, their fallback timers armed.
        True if any changed."""
        changed = any([account.store.dispatches.adopt(d) for d in dispatches if d.closed_at is None])
        if changed:
            self._timers.ensure()
        return changed

    def contact_dispatches(self, contact_id: str | None = None) -> list[LocalDispatch]:
        """Every dispatch of a contact (default: the open one), closed ones too, newest press first."""
        account = self._ctx.account
        contact_id = contact_id or (self._ctx.active_contact.contact_id if self._ctx.active_contact else None)
        if account is None or contact_id is None:
            return []
        return account.store.dispatches.for_contact(contact_id)

    def dispatch_draft(
        self, service: Service | None = None, *, checklist: Mapping[str, Any] | None = None,
        person_number: str | None = None,
    ) -> DispatchDraft:
        """The prefilled panel for the open contact (no I/O). See console.dispatches.summary.build_draft.
        Without `checklist`: the contact's own result (Checklists.checklist_payload)."""
        if checklist is None and self._ctx.active_contact is not None and self._ctx.account is not None:
            checklist = self._checklists.checklist_payload()
            if service is None:
                service = service_for_every_crisis(checklist, self._checklists.crisis)
        me = self._ctx.me
        contact = self._ctx.active_contact
        held = self._held_number[1] if contact is not None and self._held_number[0] == contact.contact_id \
            else None
        chat = contact is not None and contact.channel == "chat" and self._ctx.account is not None
        handoff = self._ctx.active_chat if chat else None
        earlier = self._earlier_fields(contact.contact_id if contact is not None else None)
        return build_draft(
            contact, service=service, card=self._ctx.active_card, checklist=checklist,
            person_number=person_number, counselor_name=me.display_name if me is not None else None,
            callback_line=self._ctx.settings.dispatch_callback_line, training=self._ctx.training,
            caller_number=held,
            chat_source=handoff.source if handoff is not None else None,
            chat_quotes=self._chat_quotes(contact.contact_id) if chat and contact is not None else (),
            chat_crisis=[c.to_dict() for c in self._checklists.crisis] if chat else (),
            earlier_location=earlier.location if earlier is not None else None,
            earlier_risk=earlier.risk if earlier is not None else (),
        )

    def _earlier_fields(self, contact_id: str | None) -> DispatchFields | None:
        """What this contact's newest dispatch said (any service, finished or not): where, and the danger."""
        account = self._ctx.account
        if contact_id is None or account is None:
            return None
        earlier = account.store.dispatches.for_contact(contact_id)  # newest first
        return earlier[0].fields if earlier else None

    async def hold_dispatch_number(self, reason: str) -> bool:
        """For a role that sees numbers masked: fetch the open contact's full number once (an unmask the
        server audits with `reason`) and keep it in memory only — never on disk, on screen only in a
        dispatch — so a dispatch pressed while the server is down, and its fallback read-out, still
        give police a number to call. True if a number is held. Raises Offline, ApiError."""
        self._ctx.require()
        contact = self._ctx.active_contact
        if contact is None:
            return False
        caller = contact.caller
        if caller.number_e164 is not None or caller.withheld or caller.unknown:
            return caller.number_e164 is not None
        if self._held_number[0] == contact.contact_id:
            return True
        request = UnmaskRequest(contact_id=contact.contact_id, reason=reason[:200])
        result = await api_lookups.unmask(self._ctx.client, request)
        if self._ctx.active_contact is not None and self._ctx.active_contact.contact_id == contact.contact_id:
            self._held_number = (contact.contact_id, result.number_e164)  # only the open contact's
        return True

    # --- the press --------------------------------------------------------------------------------

    def request_dispatch(
        self, service: Service, *, contact_id: str | None = None,
        checklist: Mapping[str, Any] | None = None, **fields: Any,
    ) -> LocalDispatch:
        """Press the red button. Only `service` ("police_112" | "fire_ems_119") is required.

        contact_id: default the open contact's (None without one: the dispatch goes out unlinked rather
        than not at all). fields (each optional; omitted ones come from `dispatch_draft`): person_number,
        location (a DispatchLocation or a mapping of address, landmark, district, unknown,
        lookup_requested), risk (RiskNature codes), caller_relation, counselor_name, callback_line, summary
        (default: composed from the final fields). Free text is cut to the server's limits.

        Returns the new intent, or the joinable one for the same contact and service (double press: no
        second row). Raises NotSignedIn, or InvalidDispatch for a code no form should produce."""
        account = self._ctx.require()
        if service not in SERVICES:
            raise InvalidDispatch("service", "invalid_code")
        unknown = set(fields) - FIELDS
        if unknown:
            raise InvalidDispatch(sorted(unknown)[0], "unknown_field")
        if contact_id is None and self._ctx.active_contact is not None:
            contact_id = self._ctx.active_contact.contact_id
        draft = self.dispatch_draft(service, checklist=checklist)
        chosen = checked_fields(draft.fields, fields)
        if "summary" not in fields:
            chosen = chosen.model_copy(update={"summary": compose_summary(service, chosen, draft.context)})
        dispatch, created = account.store.dispatches.press(
            contact_id=contact_id, service=service, fields=chosen
        )
        log.info("dispatch %s (%s)", "pressed" if created else "press joined an open intent", service)
        self._ctx.refresh_counts()  # wakes the push loop: the row goes out now if the server is reachable
        self._timers.ensure()
        self._ctx.notify(Changes(dispatch=True, sync=created))
        return dispatch

    # --- the counselor's later steps --------------------------------------------------------------

    def cancel_dispatch(
        self, reason: DispatchCancelReason, note: str | None = None, *, client_id: str | None = None
    ) -> LocalDispatch:
        """요청 취소: withdraw the dispatch (default: the panel's), committed with its emergency outbox row
        like every other step. reason: a DispatchCancelReason code (required); note: free text, cut to
        the wire's limit. Raises DispatchRefused (dispatch_closed, dispatch_has_outcome,
        dispatch_not_found), InvalidDispatch for a code no form should produce. A second call changes
        nothing; it cannot be taken back (the liaison's cancel_acknowledged arrives by events)."""
        if reason not in CANCEL_REASONS:
            raise InvalidDispatch("reason", "invalid_code")
        account, dispatch = self.find(client_id)
        if dispatch.cancelled:
            return dispatch
        if dispatch.closed_at is not None:
            raise DispatchRefused("dispatch_closed")
        if dispatch.outcome is not None:
            raise DispatchRefused("dispatch_has_outcome")
        updated = account.store.dispatches.record_step(
            dispatch.client_id, "cancel_requested", reason=reason, note=clip(note, MAX_REASON)
        )
        log.info("dispatch cancel requested: %s", reason)
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(dispatch=True, sync=True))
        return updated

    @property
    def floor_cancellations(self) -> list[Dispatch]:
        """Dispatches withdrawn on the floor that this console heard of (a shift lead hears every one),
        oldest first. Views from events: no full numbers."""
        return [] if self._ctx.me is None else self._floor.cancellations()

    def record_fallback_called(self, client_id: str | None = None) -> LocalDispatch:
        """The counselor phoned 112/119 directly. Recorded once; both paths stay in the record."""
        account, dispatch = self.find(client_id)
        if dispatch.closed_at is not None:
            raise DispatchRefused("dispatch_closed")
        return self._step(account, dispatch, "fallback_called")

    def record_contact_outcome(
        self, outcome: Outcome, reason: str | None = None, *, client_id: str | None = None
    ) -> LocalDispatch:
        """contact_confirmed, or failed with a reason (required). The same outcome again changes nothing;
        the other one is refused (dispatch_outcome_conflict)."""
        if outcome not in OUTCOMES:
            raise InvalidDispatch("outcome", "invalid_code")
        account, dispatch = self.find(client_id)
        if dispatch.closed_at is not None:
            raise DispatchRefused("dispatch_closed")
        if dispatch.cancelled:
            raise DispatchRefused("dispatch_cancelled")  # withdrawn: nobody was sent to reach
        if dispatch.outcome == outcome:
            return dispatch
        if dispatch.outcome is not None:
            raise DispatchRefused("dispatch_outcome_conflict")
        text = clip(reason, MAX_REASON)
        if outcome == "failed" and text is None:
            raise DispatchRefused("reason_required")
        return self._step(account, dispatch, outcome, reason=text if outcome == "failed" else None)

    def close_dispatch(self, client_id: str | None = None) -> LocalDispatch:
        """Take the panel down. Needs an outcome or a withdrawal first (dispatch_outcome_required): the
        loop is closed only when someone confirmed the person was reached, said why not, or withdrew it."""
        account, dispatch = self.find(client_id)
        if dispatch.closed_at is not None:
            return dispatch
        if dispatch.outcome is None and not dispatch.cancelled:
            raise DispatchRefused("dispatch_outcome_required")
        return self._step(account, dispatch, "closed")

    async def refresh_dispatch(self, client_id: str | None = None) -> LocalDispatch:
        """Read the dispatch from the server once (online only; the event stream normally does this).
        Raises Offline, ApiError, DispatchRefused."""
        account, dispatch = self.find(client_id)
        server = await get_dispatch(self._ctx.client, dispatch.client_id)
        if account.store.dispatches.record_server(server, client_id=dispatch.client_id):
            self._ctx.notify(Changes(dispatch=True))
        return account.store.dispatches.get(dispatch.client_id)

    def find(self, client_id: str | None) -> tuple[Account, LocalDispatch]:
        account = self._ctx.require()
        if client_id is None:
            active = self.active_dispatch
            if active is None:
                raise DispatchRefused("dispatch_not_found")
            return account, active
        try:
            return account, account.store.dispatches.get(client_id)
        except KeyError:
            raise DispatchRefused("dispatch_not_found") from None

    def _step(self, account: Account, dispatch: LocalDispatch, step: Any, *, reason: str | None = None
              ) -> LocalDispatch:
        updated = account.store.dispatches.record_step(dispatch.client_id, step, reason=reason)
        log.info("dispatch step recorded: %s", step)
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(dispatch=True, sync=True))
        return updated

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, event: Event) -> Changes:
        """A dispatch.updated feeds the floor's dispatches (a shift lead's badge and notices)."""
        if event.type != "dispatch.updated" or self._ctx.me is None:
            return Changes()
        try:
            changed = self._floor.record(Dispatch.model_validate(event.data))
        except ValidationError:
            return Changes()  # events.py has already refused it (and the engine logs it)
        return Changes(dispatch=changed)

    def on_row_done(self, row: OutboxRow) -> Changes:
        """A dispatch row was delivered, refused or put back for a retry: the panel shows it."""
        return Changes(dispatch=row.kind.startswith("dispatch."))

    async def reset(self) -> None:
        """The account closed: its timers stop, and the next person to sign in hears nothing of this
        one's floor."""
        await self._timers.stop()
        self._floor = FloorDispatches()
        self._held_number = (None, None)

    def ensure_watch(self) -> None:
        """Arm the fallback timers (a press, or dispatches from before a restart at sign-in)."""
        self._timers.ensure()
