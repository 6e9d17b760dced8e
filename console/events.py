"""Applying server events to the console's state (what the counselor sees).

Each handler validates the event's data first and only then changes state, so a malformed event raises
before anything changed (the sync engine then logs and skips it).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Protocol

from annyeong.console.changes import Changes
from annyeong.console.state import ActiveContact
from annyeong.console.store.local import LocalStore
from annyeong.console.store.referrals import follow_ups_of, referrals_of
from annyeong.console.wire import (
    Call,
    Contact,
    Dispatch,
    Event,
    FollowUp,
    Me,
    Presence,
    PresenceInfo,
    Referral,
)

log = logging.getLogger(__name__)


class ConsoleState(Protocol):
    me: Me | None
    presence: Presence
    offered_call: Call | None
    active_contact: ActiveContact | None
    signed_in_at: datetime | None
    missed_rings: int


# How long before this sign-in an event must have been made to count as the past the sign-in already
# knows: the server's clock is known here to within about a second (console/clock.py).
PAST_MARGIN = timedelta(seconds=5)


def before_sign_in(state: ConsoleState, event: Event) -> bool:
    """True for an event made before this sign-in: a store that is new or was closed a while replays
    the log from where it left off, and what the log says of presence and rings then is not now."""
    if state.signed_in_at is None:
        return False
    made = event.created_at if event.created_at.tzinfo else event.created_at.replace(tzinfo=UTC)
    return made < state.signed_in_at - PAST_MARGIN


def apply_event(state: ConsoleState, event: Event, store: LocalStore) -> Changes:
    """Change `state` (and the local store, in the caller's transaction) for one event."""
    if state.me is None:
        return Changes()
    me = state.me.id
    if event.type == "call.offered":
        call = Call.model_validate(event.data)
        # A ring from before this sign-in is not rung from the log: Calls asks the server whether it
        # still rings here (most were answered, missed or taken long ago).
        return Changes() if before_sign_in(state, event) else _call_offered(state, call, me)
    if event.type == "call.updated":
        return _call_updated(state, Call.model_validate(event.data), me, store)
    if event.type == "presence.changed":
        info = PresenceInfo.model_validate(event.data)
        if info.user_id != me or info.status == state.presence or before_sign_in(state, event):
            return Changes()  # sign-in read the presence itself, later than any event before it
        offered = state.offered_call
        if info.status == "break" and offered is not None and _offered_to_me(offered, me):
            # The server's ring-no-answer: 휴식 while the ring is still on this screen. A ring answered,
            # declined or taken by someone else has left the screen before any 휴식 that follows.
            state.missed_rings += 1
        state.presence = info.status
        return Changes(presence=True)
    if event.type == "contact.updated":
        contact = Contact.model_validate(event.data)
        # Its version is the next If-Match for our queued detail changes (kept only if it is newer).
        store.details.record_server_contact(contact)
        if contact.ended_at is not None:
            return _ended_by_server(state, store, contact.id, contact.ended_at)
        return Changes()
    if event.type == "dispatch.updated":
        # A step of a dispatch we pressed (or joined): merged into our intents, first time known wins.
        changed = store.dispatches.record_server(Dispatch.model_validate(event.data))
        return Changes(dispatch=bool(changed))
    if event.type == "referral.updated":
        # A partner (or a shift lead) moved a referral on; only ever forward.
        moved = referrals_of(store).record_server(Referral.model_validate(event.data))
        return Changes(referral=moved)
    if event.type == "follow_up.updated":
        follow_up = FollowUp.model_validate(event.data)
        mine = follow_up.pool is not None or follow_up.assignee.id == me
        follow_ups_of(store).record(follow_up, mine=mine)
        return Changes(follow_ups=True)
    # contact.entry_added and types this console does not know yet: nothing to show.
    return Changes()


def _offered_to_me(call: Call, me: str) -> bool:
    return call.status == "offered" and call.offered_to == me


def _call_offered(state: ConsoleState, call: Call, me: str) -> Changes:
    if not _offered_to_me(call, me):
        return Changes()
    state.offered_call = call
    return Changes(call=True)


def _call_updated(state: ConsoleState, call: Call, me: str, store: LocalStore) -> Changes:
    changes = Changes()
    offered = state.offered_call
    if _offered_to_me(call, me):
        state.offered_call = call
        changes = Changes(call=True)
    elif offered is not None and offered.id == call.id:
        # Withdrawn: declined, missed, taken elsewhere, or the caller hung up.
        state.offered_call = None
        changes = Changes(call=True)
    if call.status in ("ended", "abandoned"):
        held = next((c for c in _held(state, store) if c.call_id == call.id), None)
        if held is not None:
            changes = changes | _ended_by_server(state, store, held.contact_id, call.ended_at)
    return changes


def _held(state: ConsoleState, store: LocalStore) -> list[ActiveContact]:
    """The contact on screen and the others held here (chats beside a call)."""
    held = store.held_contacts()
    active = state.active_contact
    if active is not None and all(c.contact_id != active.contact_id for c in held):
        held.append(active)
    return held


def _ended_by_server(
    state: ConsoleState, store: LocalStore, contact_id: str, ended_at: datetime | None
) -> Changes:
    """The caller hung up, the person left the chat: the contact waits for its wrap-up here, on screen
    or not."""
    held = next((c for c in _held(state, store) if c.contact_id == contact_id), None)
    if held is None or held.ended_at is not None:
        return Changes()
    updated = store.mark_ended(contact_id, ended_at or datetime.now(UTC))
    active = state.active_contact
    if active is not None and active.contact_id == contact_id:
        state.active_contact = updated
    return Changes(contact=True, chat=True)
