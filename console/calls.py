"""Presence and the ringing call: set presence, accept or decline an offer, and fetch a call whose offer
came malformed, so no ring goes unheard."""

from __future__ import annotations

import asyncio
import logging

from annyeong.console.api import calls as api
from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.errors import ApiError, ConsoleError, Offline
from annyeong.console.events import before_sign_in
from annyeong.console.state import ActiveContact
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.wire import Event, Presence, QueueCounts

NOT_OFFERED = "call_not_offered_to_you"
PAST_OFFER_PAUSE_S = 0.5
log = logging.getLogger("annyeong.console.core")
# The decline reason that means the counselor is away from the desk (ui.card.decline_reasons).
AWAY = "away"


class Calls:
    def __init__(self, ctx: CoreContext) -> None:
        self._ctx = ctx
        self._call_refetch: asyncio.Task[None] | None = None
        self._past_offers: set[str] = set()  # rings from before this sign-in the replay has not ended
        self._past_check: asyncio.Task[None] | None = None

    @property
    def presence(self) -> Presence:
        """This person's presence as the server last confirmed it."""
        return self._ctx.presence

    async def set_presence(self, status: Presence) -> None:
        ctx = self._ctx
        ctx.require()
        info = await api.set_presence(ctx.client, status)
        ctx.presence = info.status
        ctx.notify(Changes(presence=True))

    async def waiting_queue(self) -> QueueCounts:
        """GET /v1/queue: how many calls and chats wait (counts only). A counselor on a phone call is
        offered nothing more, so their console asks, to show that a chat (a crisis one above all) waits.
        Raises NotSignedIn, Offline, ApiError."""
        self._ctx.require()
        return await self._ctx.client.request("GET", "/v1/queue", QueueCounts)

    async def accept_call(self, call_id: str) -> ActiveContact:
        """Online only: raises Offline or ApiError (e.g. code call_not_offered_to_you)."""
        ctx = self._ctx
        account = ctx.require()
        # Taken before the await: the "accepted" call.updated event can clear offered_call while the
        # accept request is still in flight, and the card must stay on screen for the conversation.
        offered = ctx.offered_call
        if offered is not None and offered.id != call_id:
            offered = None
        try:
            contact = await api.accept_call(ctx.client, call_id)
        except ApiError as exc:
            if exc.code == NOT_OFFERED:
                self._drop_offer(call_id)  # missed or taken meanwhile: stop showing it
            raise
        ctx.active_contact = account.store.open_contact(contact)
        ctx.active_card = offered.card if offered is not None else None
        ctx.active_chat = contact.chat or (offered.chat if offered is not None else None)
        account.store.save_card(contact.id, ctx.active_card)
        account.store.save_chat(contact.id, ctx.active_chat)
        if ctx.offered_call is not None and ctx.offered_call.id == call_id:
            ctx.offered_call = None
        ctx.presence = "on_call"
        ctx.opened(ctx.active_contact)
        ctx.notify(Changes(call=True, contact=True, notes=True, details=True, presence=True, chat=True))
        return ctx.active_contact

    async def decline_call(self, call_id: str, *, reason: str) -> None:
        """An offer that already moved on (missed, withdrawn) counts as declined.

        Declined as 잠시 자리 비움 with no contact open, the counselor is away from the desk: they go on
        휴식, so the next call does not ring at an empty seat while its caller waits out the offer (they
        set 상담 가능 when back). Should that fail, the decline stands and the status stays as it was."""
        self._ctx.require()
        try:
            await api.decline_call(self._ctx.client, call_id, reason=reason)
        except ApiError as exc:
            if exc.code != NOT_OFFERED:
                raise
        self._drop_offer(call_id)
        if reason == AWAY and self._ctx.active_contact is None:
            try:
                await self.set_presence("break")
            except ConsoleError as exc:
                log.warning("declined as away, but the status stayed: %s", type(exc).__name__)

    def _drop_offer(self, call_id: str) -> None:
        ctx = self._ctx
        if ctx.offered_call is not None and ctx.offered_call.id == call_id:
            ctx.offered_call = None
            ctx.notify(Changes(call=True))

    def refetch_call_of(self, event: Event) -> None:
        """A call.offered whose data did not validate still names its call: fetch the call itself, so a
        malformed event never means a ring nobody hears (it would ring out at the server unanswered)."""
        data = event.data if event.type == "call.offered" else None
        call_id = data.get("id") if isinstance(data, dict) else None
        if not isinstance(call_id, str) or not 0 < len(call_id) <= 64:
            return
        loop = asyncio.get_running_loop()
        self._call_refetch = loop.create_task(self._refetch_call(call_id), name="call-refetch")

    async def _refetch_call(self, call_id: str) -> None:
        ctx = self._ctx
        try:
            call = await asyncio.wait_for(api.get_call(ctx.client, call_id), ctx.lookup_timeout_s)
        except TimeoutError:
            log.warning("could not ask whether a call still rings here: %s", Offline.__name__)
            return
        except ConsoleError as exc:
            log.warning("could not ask whether a call still rings here: %s", type(exc).__name__)
            return
        if ctx.me is not None and call.status == "offered" and call.offered_to == ctx.me.id:
            ctx.offered_call = call
            ctx.notify(Changes(call=True))

    # --- the core's loop ----------------------------------------------------------------------------

    @property
    def missed_rings(self) -> int:
        """Rings the server took back from this console for no answer since it started (it set 휴식)."""
        return self._ctx.missed_rings

    def on_event(self, event: Event) -> Changes:
        # console/events.py applies the call events to the shared state; a ring from before this
        # sign-in is asked of the server instead, unless the log itself says it moved on since.
        data = event.data if isinstance(event.data, dict) else {}
        call_id = data.get("id")
        if not isinstance(call_id, str):
            return Changes()
        if event.type == "call.updated":
            self._past_offers.discard(call_id)
        elif event.type == "call.offered" and before_sign_in(self._ctx, event) and self._for_me(data):
            self._past_offers.add(call_id)
            if self._past_check is None or self._past_check.done():
                loop = asyncio.get_running_loop()
                self._past_check = loop.create_task(self._check_past_offers(), name="past-offers")
        return Changes()

    def _for_me(self, data: dict[str, object]) -> bool:
        me = self._ctx.me
        return me is not None and data.get("status") == "offered" and data.get("offered_to") == me.id

    async def _check_past_offers(self) -> None:
        # A moment first, so the replay that follows the offer (its answer, its miss) is read: most of
        # those rings ended long ago and need no question to the server.
        await asyncio.sleep(PAST_OFFER_PAUSE_S)
        while self._past_offers:
            await self._refetch_call(self._past_offers.pop())

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    async def reset(self) -> None:
        self._past_offers.clear()
        if self._past_check is not None:
            self._past_check.cancel()
            self._past_check = None
