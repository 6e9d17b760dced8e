"""Asking a colleague to phone 112 for a dispatch that did not get through (the core's `relays`).

동료·팀장에게 112 신고 요청: `request_relay` is online only, on purpose. It exists for the minutes when
the dispatch did not get through; queued behind a dead network it would reach a colleague too late to
matter, so when the server cannot be reached the UI says to ask the person at the next desk instead. Its
id is derived from the dispatch, so a second press (or one after a restart) is the same request. The
floor's relay requests arrive as relay.updated events (no read-out in them); `read_relay` fetches the
read-out and the full numbers (audited on the server), `take_relay` answers "제가 신고합니다".
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Final

from pydantic import ValidationError

from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.dispatches.ops import Dispatches
from annyeong.console.errors import ApiError
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.wire import Event, Relay, RelayCreate, RelayList

log = logging.getLogger("annyeong.console.dispatches.local")

# Relay ids are made from the dispatch's: one request per dispatch, however often the key is pressed.
RELAY_NAMESPACE: Final = uuid.UUID("6f1d7c1e-0a52-4c59-9d3e-6d2f3b1a1200")
# A request nobody answered for this long is old news on a console that was away: not raised again.
RELAY_FRESH: Final = timedelta(minutes=30)
# What became of a relay's dispatch: each happens once, so a view without it is older, not newer.
RELAY_OUTCOME: Final = (
    "dispatch_acknowledged_at", "incident_number", "dispatch_withdrawn_at", "dispatch_failed_at",
)


def relay_id_for(client_id: str) -> str:
    return str(uuid.uuid5(RELAY_NAMESPACE, client_id))


class Relays:
    def __init__(self, ctx: CoreContext, *, dispatches: Dispatches) -> None:
        self._ctx = ctx
        self._dispatches = dispatches
        self._relays: dict[str, Relay] = {}  # by relay id; reset when the account closes

    # --- 동료·팀장에게 112 신고 요청: the requester --------------------------------------------------

    def relay_of(self, client_id: str) -> Relay | None:
        """The relay request made for this dispatch, as last heard (None: none made)."""
        return self._relays.get(relay_id_for(client_id))

    async def request_relay(self, client_id: str | None = None, *, read_out: str | None = None) -> Relay:
        """Ask the shift leads and the colleagues online to phone 112/119 for this dispatch (default: the
        panel's). read_out: the text the fallback shows (default: the dispatch's summary). Online only:
        raises Offline when the server cannot be reached, ApiError when it refuses."""
        _account, dispatch = self._dispatches.find(client_id)
        known = self.relay_of(dispatch.client_id)
        if known is not None:
            return known  # pressed again: the floor has it already
        server = dispatch.server
        text = (read_out or dispatch.fields.summary or "").strip() or "-"
        body = RelayCreate(
            id=uuid.UUID(relay_id_for(dispatch.client_id)),
            dispatch_id=dispatch.client_id,
            service=dispatch.service,
            read_out=text[:4000],
            person_number=dispatch.fields.person_number or (server.person_number if server else None),
            callback_line=dispatch.fields.callback_line,
        )
        relay = await self._ctx.client.request(
            "POST", "/v1/relays", Relay, body=body, idempotency_key=str(body.id)
        )
        log.info("relay requested (%s)", dispatch.service)
        self._keep(relay)
        return relay

    # --- the colleagues' side ------------------------------------------------------------------

    @property
    def floor_relays(self) -> list[Relay]:
        """Relay requests of others this console heard of (open, or taken within the last 30 minutes),
        oldest first. From events: without read-outs or numbers (see `read_relay`)."""
        me = self._ctx.me
        if me is None:
            return []
        now = datetime.now(UTC)
        return sorted(
            (r for r in self._relays.values()
             if r.requested_by.id != me.id and now - r.requested_at < RELAY_FRESH),
            key=lambda r: (r.requested_at, r.id),
        )

    async def read_relay(self, relay_id: str) -> Relay:
        """The read-out and the full numbers (the server audits the read). Raises Offline, ApiError."""
        relay = await self._ctx.client.request("GET", f"/v1/relays/{relay_id}", Relay)
        self._keep(relay)
        return relay

    async def take_relay(self, relay_id: str) -> Relay:
        """"제가 신고합니다". Returns the relay as it now stands: taken by this person, or — when someone
        answered first — by them (read again, so the UI names who). Raises Offline, ApiError."""
        try:
            relay = await self._ctx.client.request("POST", f"/v1/relays/{relay_id}/take", Relay)
        except ApiError as exc:
            if exc.code != "relay_taken":
                raise
            relay = await self._ctx.client.request("GET", f"/v1/relays/{relay_id}", Relay)
        self._keep(relay)
        return relay

    async def load_relays(self) -> list[Relay]:
        """GET /v1/relays?open=true once (at sign-in): requests raised while this console was starting."""
        found = await self._ctx.client.request("GET", "/v1/relays", RelayList, params={"open": "true"})
        for relay in found.items:
            self._keep(relay)
        return self.floor_relays

    def _keep(self, relay: Relay) -> None:
        if self._store_relay(relay):
            self._ctx.notify(Changes(dispatch=True))

    def _store_relay(self, relay: Relay) -> bool:
        known = self._relays.get(relay.id)
        if known is not None and known.taken_by is not None and relay.taken_by is None:
            return False  # an older view after a newer one: taken stays taken
        if known is not None:
            # What became of the dispatch only ever happens once: an older view does not undo it.
            kept = {name: getattr(known, name) for name in RELAY_OUTCOME
                    if getattr(relay, name) is None and getattr(known, name) is not None}
            if kept:
                relay = relay.model_copy(update=kept)
        if known is not None and relay.read_out is None and known.read_out is not None:
            relay = relay.model_copy(update={
                "read_out": known.read_out, "person_number": known.person_number,
                "callback_line": known.callback_line,
            })
        if known == relay:
            return False
        self._relays[relay.id] = relay
        return True

    # --- the core's loop ----------------------------------------------------------------------------

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    async def reset(self) -> None:
        self._relays = {}

    def on_event(self, event: Event) -> Changes:
        """relay.updated: a request on the floor was raised or taken."""
        if event.type != "relay.updated" or self._ctx.me is None:
            return Changes()
        try:
            relay = Relay.model_validate(event.data)
        except ValidationError:
            return Changes()
        # Announced by the core once the event's transaction committed, like every event's changes.
        return Changes(dispatch=self._store_relay(relay))
