"""Reads for the card and the contact view (the core's `lookups`): caller history, case timeline, unmask,
and search over the local store merged with the server's.

None of these ever blocks a call: each is bounded by `lookup_timeout_s` (Offline code "timeout") and the
UI runs them beside the accept button, never before it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Literal, TypeVar

from annyeong.console.api import cases as api_cases
from annyeong.console.api import lookups as api
from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.errors import (
    ApiError,
    AuthRequired,
    ConsoleError,
    InvalidSearch,
    NoActiveContact,
    Offline,
)
from annyeong.console.search import hits as local_search
from annyeong.console.search.hits import LocalHit, LocalKind, SearchHit, merge_hits
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.wire import (
    CallerCard,
    CallerHistory,
    CallerSummary,
    CaseBrief,
    CaseTimeline,
    Event,
    SearchRequest,
    UnmaskedNumber,
    UnmaskRequest,
)
from annyeong.console.wire import SearchResults as ServerResults

T = TypeVar("T")
SearchKind = Literal["auto", "phone", "name", "text"]
# ok: the server answered; skipped: nothing to ask it (a partial number, which only the local store can
# match); offline / timeout: not reachable now; unavailable: this server has no search; error: refused.
ServerSearchState = Literal["ok", "skipped", "offline", "timeout", "unavailable", "error"]
SERVER_SEARCH_LIMIT = 20

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchOutcome:
    hits: tuple[SearchHit, ...]  # newest first; local and server hits of one contact merged
    cases: tuple[CaseBrief, ...]
    server: ServerSearchState
    server_error: str | None = None  # the code when server == "error"


class Lookups:
    def __init__(self, ctx: CoreContext) -> None:
        self._ctx = ctx

    async def _bounded(self, work: Awaitable[T]) -> T:
        try:
            return await asyncio.wait_for(work, self._ctx.lookup_timeout_s)
        except TimeoutError:
            raise Offline("timeout") from None

    def _current_caller(self) -> tuple[CallerSummary, CallerCard | None] | None:
        if self._ctx.active_contact is not None:
            return self._ctx.active_contact.caller, self._ctx.active_card
        if self._ctx.offered_call is not None:
            return self._ctx.offered_call.caller, self._ctx.offered_call.card
        return None

    async def caller_history(self) -> CallerHistory | None:
        """History of the caller of the open contact, else of the offered call, with the card when the
        server sent one. None when there is no call or the number is withheld.
        Raises Offline (code "timeout" after lookup_timeout_s) or ApiError."""
        self._ctx.require()
        current = self._current_caller()
        if current is None:
            return None
        caller, card = current
        if caller.withheld:
            return None  # no number, no history (the card of a withheld call has nothing to show)
        if caller.number_e164 is None:
            # Masked for this role: what the server sent with the call is all we may know.
            return CallerHistory(caller=caller, card=card)
        history = await self._bounded(api.lookup_caller(self._ctx.client, caller.number_e164))
        if history.card is None and card is not None:
            history = history.model_copy(update={"card": card})
        return history

    def current_case_id(self) -> str | None:
        """The case of the open contact, else the open case on the current card."""
        if self._ctx.active_contact is not None and self._ctx.active_contact.case_id:
            return self._ctx.active_contact.case_id
        current = self._current_caller()
        card = None if current is None else current[1]
        return None if card is None or card.open_case is None else card.open_case.id

    async def case_timeline(self, case_id: str | None = None) -> CaseTimeline | None:
        """The case timeline, newest first (GET /v1/cases/{id}/timeline); `case_id` defaults to
        current_case_id(). None when there is no case. Raises Offline ("timeout") or ApiError."""
        self._ctx.require()
        case_id = case_id or self.current_case_id()
        if case_id is None:
            return None
        timeline = await self._bounded(api_cases.case_timeline(self._ctx.client, case_id))
        items = sorted(timeline.items, key=lambda item: item.at, reverse=True)
        return timeline.model_copy(update={"items": items})

    async def unmask_number(self, reason: str) -> UnmaskedNumber:
        """Show the full number of the open contact (else the ringing call): an audited server action.
        The result is returned only, never stored or logged. Raises NoActiveContact, Offline, ApiError
        (e.g. unmask_not_allowed); ConsoleError "reason_required" for a blank reason (the server's code)."""
        self._ctx.require()
        if not reason.strip():
            raise ConsoleError("reason_required")
        if self._ctx.active_contact is not None:
            request = UnmaskRequest(contact_id=self._ctx.active_contact.contact_id, reason=reason[:200])
        elif self._ctx.offered_call is not None:
            request = UnmaskRequest(call_id=self._ctx.offered_call.id, reason=reason[:200])
        else:
            raise NoActiveContact()
        return await api.unmask(self._ctx.client, request)

    async def search(self, query: str, *, kind: SearchKind = "auto", limit: int = 50) -> SearchOutcome:
        """Search the contacts held locally (FTS5) and on the server, merged, newest first.

        kind "auto": a phone search when the query looks like a number, else names and text. The server
        part is best effort: offline, slow or missing, the local results come back with `server` saying
        why. Raises InvalidSearch (query_too_long, query_too_short, not_a_number) or NotSignedIn.
        """
        account = self._ctx.require()
        kinds: list[LocalKind]
        if kind == "auto":
            kinds = ["phone"] if local_search.is_phone_like(query) else ["name", "text"]
        else:
            kinds = [kind]
        try:
            local: list[LocalHit] = []
            for k in kinds:
                local += local_search.search(account.db.conn, query, k, limit=limit)
            partial_number = kinds == ["phone"] and len(local_search.phone_terms(query)) == 1
        except local_search.InvalidQuery as exc:
            raise InvalidSearch(exc.code) from None
        if not query.strip():
            return SearchOutcome((), (), "skipped")
        if partial_number:
            return SearchOutcome(merge_hits(local, [], limit=limit), (), "skipped")
        state, error, server = await self._server_search(query.strip(), kinds)
        hits = merge_hits(local, [h for r in server for h in r.contacts], limit=limit)
        cases = {c.id: c for r in server for c in r.cases}
        return SearchOutcome(hits, tuple(cases.values()), state, error)

    def past_contact(self, contact_id: str) -> SearchHit | None:
        """A contact this PC holds, as a search would find it: what the 오늘 list opens read-only in the
        history column (its case timeline when it has a case). None when this PC no longer has it."""
        contact = self._ctx.require().store.contact(contact_id)
        if contact is None:
            return None
        details = contact.details
        names = tuple(p.name for p in (details.reporter, details.subject) if p is not None and p.name)
        return SearchHit(
            contact_id=contact.contact_id, started_at=contact.started_at, caller=contact.caller,
            matched="note", source="local", summary=details.summary or "", names=names,
            case_id=contact.case_id, channel=contact.channel,
        )

    async def _server_search(
        self, query: str, kinds: list[LocalKind]
    ) -> tuple[ServerSearchState, str | None, list[ServerResults]]:
        requests = [SearchRequest(query=query, kind=k, limit=SERVER_SEARCH_LIMIT) for k in kinds]
        try:
            searches = (api.search(self._ctx.client, r) for r in requests)
            results = await self._bounded(asyncio.gather(*searches))
        except Offline as exc:
            return ("timeout" if exc.code == "timeout" else "offline"), None, []
        except AuthRequired:
            return "error", "auth_required", []
        except ApiError as exc:
            if exc.status in (404, 405) and exc.code in ("http_404", "http_405"):
                return "unavailable", None, []  # An older server without this route
            return "error", exc.code, []
        except ConsoleError as exc:
            return "error", exc.code, []
        return "ok", None, list(results)

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, _event: Event) -> Changes:
        return Changes()

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    async def reset(self) -> None:
        return None
