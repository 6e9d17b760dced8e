"""The red button (part of ConsoleCore): press, follow, fall back, close the loop.

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

import asyncio
import contextlib
import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from pydantic import ValidationError

from annyeong.console.changes import Changes
from annyeong.console.core_base import CoreBase, _Account
from annyeong.console.dispatch import (
    CALLER_RELATIONS,
    MAX_ADDRESS,
    MAX_LANDMARK,
    MAX_NUMBER,
    MAX_REASON,
    MAX_SUMMARY,
    OUTCOMES,
    RISK_NATURES,
    SERVICES,
    DispatchFields,
    LocalDispatch,
    Outcome,
    Service,
    clip,
    fallback_reason_at,
    next_fallback_check,
)
from annyeong.console.dispatch_floor import FloorDispatches
from annyeong.console.dispatch_summary import DispatchDraft, build_draft, compose_summary
from annyeong.console.errors import DispatchRefused, InvalidDispatch
from annyeong.console.settings import Settings
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.sync.dispatch_delivery import get_dispatch, list_dispatches
from annyeong.console.sync.waiting import wait_event
from annyeong.console.wire import Dispatch, DispatchLocation, Event, UnmaskRequest

if TYPE_CHECKING:
    from pathlib import Path

    from annyeong.console.api.client import ApiClient

log = logging.getLogger("annyeong.console.dispatch")

FIELDS: Final = frozenset(
    {"person_number", "location", "risk", "caller_relation", "counselor_name", "callback_line", "summary"}
)
_LOCATION_TEXT: Final = {"address": MAX_ADDRESS, "landmark": MAX_LANDMARK}


class DispatchOps(CoreBase):
    def __init__(self, *, settings: Settings, data_dir: Path, client: ApiClient) -> None:
        super().__init__(settings=settings, data_dir=data_dir, client=client)
        self._floor = FloorDispatches()  # reset by _reset_floor when the account closes
        self._held_number: tuple[str | None, str | None] = (None, None)  # contact id, E.164 (memory only)

    # --- state the UI reads -----------------------------------------------------------------------

    @property
    def dispatches(self) -> list[LocalDispatch]:
        """Every dispatch whose panel is still up (not closed by the counselor), newest press first."""
        account = self._account
        return [] if account is None else account.store.dispatches.open_dispatches()

    @property
    def active_dispatch(self) -> LocalDispatch | None:
        """The dispatch the panel shows: the newest open one of the open contact, else the newest open one
        (a dispatch outlives its contact until it is closed)."""
        open_ = self.dispatches
        contact = self.active_contact
        mine = [d for d in open_ if contact is not None and d.contact_id == contact.contact_id]
        shown = mine or open_
        return shown[0] if shown else None

    @property
    def dispatch_needs_reminder(self) -> bool:
        """True while any open dispatch has no outcome yet (contact_confirmed / failed)."""
        return any(d.needs_reminder for d in self.dispatches)

    @property
    def floor_dispatches(self) -> list[Dispatch]:
        """Every dispatch this person hears of that still awaits its outcome (received, acknowledged,
        en_route), oldest first. For a shift lead: the whole floor (the server sends leads every
        dispatch's steps); for a counselor only their own. Views from events: no full numbers."""
        return [] if self.me is None else self._floor.awaiting()

    async def load_floor_dispatches(self) -> list[Dispatch]:
        """GET /v1/dispatches?open=true once, for a lead at sign-in: the event stream resumes where this
        console left off, so dispatches pressed before it was last closed would be missed. Raises Offline,
        ApiError."""
        self._require()
        found = await list_dispatches(self.client, open_only=True)
        if self.me is not None and any([self._floor.record(d) for d in found.items]):
            self._notify(Changes(dispatch=True))
        return self.floor_dispatches

    async def load_contact_dispatches(self, contact_id: str) -> list[LocalDispatch]:
        """GET /v1/dispatches?contact_id=…&open=true when a contact opens here: an open dispatch of it
        that this PC never saw (pressed on another PC, or the local copy was set aside) is kept here, so
        its status shows and a press joins it instead of offering a second one. Raises Offline, ApiError."""
        account = self._require()
        found = await list_dispatches(self.client, open_only=True, contact_id=contact_id)
        changed = False
        for dispatch in found.items:
            if dispatch.contact_id == contact_id and dispatch.closed_at is None:
                changed = account.store.dispatches.adopt(dispatch) or changed
        if changed:
            log.info("open dispatch of a reopened contact taken over from the server")
            self._ensure_dispatch_watch()
            self._notify(Changes(dispatch=True))
        return self.contact_dispatches(contact_id)

    def contact_dispatches(self, contact_id: str | None = None) -> list[LocalDispatch]:
        """Every dispatch of a contact (default: the open one), closed ones too, newest press first."""
        account = self._account
        contact_id = contact_id or (self.active_contact.contact_id if self.active_contact else None)
        if account is None or contact_id is None:
            return []
        return account.store.dispatches.for_contact(contact_id)

    def dispatch_draft(
        self, service: Service | None = None, *, checklist: Mapping[str, Any] | None = None,
        person_number: str | None = None,
    ) -> DispatchDraft:
        """The prefilled panel for the open contact (no I/O). See console.dispatch_summary.build_draft."""
        me = self.me
        contact = self.active_contact
        held = self._held_number[1] if contact is not None and self._held_number[0] == contact.contact_id \
            else None
        return build_draft(
            contact, service=service, card=self.active_card, checklist=checklist,
            person_number=person_number, counselor_name=me.display_name if me is not None else None,
            callback_line=self.settings.dispatch_callback_line, training=self.training, caller_number=held,
        )

    async def hold_dispatch_number(self, reason: str) -> bool:
        """For a role that sees numbers masked: fetch the open contact's full number once (an unmask the
        server audits with `reason`) and keep it in memory only — never on disk, on screen only in a
        dispatch — so a dispatch pressed while the server is down, and its fallback read-out, still
        give police a number to call. True if a number is held. Raises Offline, ApiError."""
        self._require()
        contact = self.active_contact
        if contact is None:
            return False
        caller = contact.caller
        if caller.number_e164 is not None or caller.withheld or caller.unknown:
            return caller.number_e164 is not None
        if self._held_number[0] == contact.contact_id:
            return True
        result = await self.client.unmask(UnmaskRequest(contact_id=contact.contact_id, reason=reason[:200]))
        if self.active_contact is not None and self.active_contact.contact_id == contact.contact_id:
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
        account = self._require()
        if service not in SERVICES:
            raise InvalidDispatch("service", "invalid_code")
        unknown = set(fields) - FIELDS
        if unknown:
            raise InvalidDispatch(sorted(unknown)[0], "unknown_field")
        if contact_id is None and self.active_contact is not None:
            contact_id = self.active_contact.contact_id
        draft = self.dispatch_draft(service, checklist=checklist)
        chosen = _fields(draft.fields, fields)
        if "summary" not in fields:
            chosen = chosen.model_copy(update={"summary": compose_summary(service, chosen, draft.context)})
        dispatch, created = account.store.dispatches.press(
            contact_id=contact_id, service=service, fields=chosen
        )
        log.info("dispatch %s (%s)", "pressed" if created else "press joined an open intent", service)
        self._refresh_counts()  # wakes the push loop: the row goes out now if the server is reachable
        self._ensure_dispatch_watch()
        self._notify(Changes(dispatch=True, sync=created))
        return dispatch

    # --- the counselor's later steps --------------------------------------------------------------

    def record_fallback_called(self, client_id: str | None = None) -> LocalDispatch:
        """The counselor phoned 112/119 directly. Recorded once; both paths stay in the record."""
        account, dispatch = self._dispatch(client_id)
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
        account, dispatch = self._dispatch(client_id)
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
        account, dispatch = self._dispatch(client_id)
        if dispatch.closed_at is not None:
            return dispatch
        if dispatch.outcome is None and not dispatch.cancelled:
            raise DispatchRefused("dispatch_outcome_required")
        return self._step(account, dispatch, "closed")

    async def refresh_dispatch(self, client_id: str | None = None) -> LocalDispatch:
        """Read the dispatch from the server once (online only; the event stream normally does this).
        Raises Offline, ApiError, DispatchRefused."""
        account, dispatch = self._dispatch(client_id)
        server = await get_dispatch(self.client, dispatch.client_id)
        if account.store.dispatches.record_server(server, client_id=dispatch.client_id):
            self._notify(Changes(dispatch=True))
        return account.store.dispatches.get(dispatch.client_id)

    def _dispatch(self, client_id: str | None) -> tuple[_Account, LocalDispatch]:
        account = self._require()
        if client_id is None:
            active = self.active_dispatch
            if active is None:
                raise DispatchRefused("dispatch_not_found")
            return account, active
        try:
            return account, account.store.dispatches.get(client_id)
        except KeyError:
            raise DispatchRefused("dispatch_not_found") from None

    def _step(self, account: _Account, dispatch: LocalDispatch, step: Any, *, reason: str | None = None
              ) -> LocalDispatch:
        updated = account.store.dispatches.record_step(dispatch.client_id, step, reason=reason)
        log.info("dispatch step recorded: %s", step)
        self._refresh_counts()
        self._notify(Changes(dispatch=True, sync=True))
        return updated

    # --- sync hooks (called by the core) ----------------------------------------------------------

    def _dispatch_event_seen(self, event: Event) -> Changes:
        """Called by ConsoleCore._apply_event for every applied event: a dispatch.updated feeds the
        floor's dispatches (a shift lead's badge and notices). The core announces the returned changes
        after the event's transaction commits."""
        if event.type != "dispatch.updated" or self.me is None:
            return Changes()
        try:
            changed = self._floor.record(Dispatch.model_validate(event.data))
        except ValidationError:
            return Changes()  # events.py has already refused it (and the engine logs it)
        return Changes(dispatch=changed)

    def _reset_floor(self) -> None:
        """The account closed: the next person to sign in hears nothing of this one's floor."""
        self._floor = FloorDispatches()
        self._held_number = (None, None)

    def _dispatch_row_done(self, row: OutboxRow) -> None:
        """A dispatch row was delivered, refused or put back for a retry: the panel shows it."""
        if row.kind.startswith("dispatch."):
            self._notify(Changes(dispatch=True))

    # --- the fallback timers ----------------------------------------------------------------------

    def _ensure_dispatch_watch(self) -> None:
        account = self._account
        if account is None:
            return
        account.dispatch_wake.set()
        if account.dispatch_watch is not None and not account.dispatch_watch.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a synchronous tool): nothing can time out here anyway
        account.dispatch_watch = loop.create_task(self._watch_dispatches(account), name="dispatch-watch")

    async def _stop_dispatch_watch(self, account: _Account) -> None:
        task, account.dispatch_watch = account.dispatch_watch, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _watch_dispatches(self, account: _Account) -> None:
        """Set fallback_due when a deadline passes; sleeps until the next deadline or a new press."""
        receive_s = self.settings.dispatch_receive_timeout_s
        ack_s = self.settings.dispatch_ack_timeout_s
        while True:
            account.dispatch_wake.clear()
            now = self.server_now()
            upcoming: list[datetime] = []
            changed = False
            try:
                for dispatch in account.store.dispatches.open_dispatches():
                    reason = fallback_reason_at(
                        dispatch, now, receive_timeout_s=receive_s, ack_timeout_s=ack_s
                    )
                    if reason is not None and reason != dispatch.fallback_reason:
                        account.store.dispatches.show_fallback(dispatch.client_id, reason)
                        log.warning("dispatch fallback due: %s", reason)
                        changed = True
                    at = next_fallback_check(dispatch, now, receive_timeout_s=receive_s, ack_timeout_s=ack_s)
                    if at is not None:
                        upcoming.append(at)
            except Exception:  # the timers must outlive a bad row; try again shortly
                log.exception("dispatch watch failed")
                upcoming.append(now)
                await asyncio.sleep(1.0)
            if changed:
                self._notify(Changes(dispatch=True))
            timeout = None if not upcoming else max(0.0, (min(upcoming) - self.server_now()).total_seconds())
            await wait_event(account.dispatch_wake, timeout)


def _fields(base: DispatchFields, given: Mapping[str, Any]) -> DispatchFields:
    """`base` with the given fields validated and applied (codes checked, free text cut)."""
    values = base.model_dump()
    values["location"] = base.location
    for name, value in given.items():
        if name == "location":
            values[name] = _location(value)
        elif name == "risk":
            values[name] = _risk(value)
        elif name == "caller_relation":
            if value is not None and value not in CALLER_RELATIONS:
                raise InvalidDispatch(name, "invalid_code")
            values[name] = value
        elif name == "summary":
            values[name] = clip(_text(name, value), MAX_SUMMARY) or ""
        else:  # person_number, counselor_name, callback_line
            values[name] = clip(_text(name, value), MAX_NUMBER if name != "counselor_name" else 100)
    return DispatchFields.model_validate(values)


def _text(name: str, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidDispatch(name, "invalid_type")
    return value


def _risk(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidDispatch("risk", "invalid_type")
    codes = set()
    for code in value:
        if code not in RISK_NATURES:
            raise InvalidDispatch("risk", "invalid_code")
        codes.add(code)
    return tuple(code for code in RISK_NATURES if code in codes)


def _location(value: Any) -> DispatchLocation:
    if isinstance(value, DispatchLocation):
        value = value.model_dump()
    if not isinstance(value, Mapping):
        raise InvalidDispatch("location", "invalid_type")
    data = dict(value)
    if data.get("district") == "":
        data["district"] = None  # a form's "none chosen"
    for key, limit in _LOCATION_TEXT.items():
        if key in data:
            data[key] = clip(_text(f"location.{key}", data[key]), limit)
    try:
        return DispatchLocation.model_validate(data)
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "location"
        kind = exc.errors()[0]["type"]
        raise InvalidDispatch(f"location.{where}", "unknown_field" if kind == "extra_forbidden" else
                              "invalid_code" if kind == "literal_error" else "invalid_type") from None
