"""The person's known risk in the open contact (the core's `risk`): the caller card kept with the contact,
the risk pill, the floor on a checklist's recommendation, the crisis screen first, and what ending the call
must ask about. The rules themselves are console/domain/risk.py.

The card is what the counselor saw when the call was taken (risk tier, flags and their instructions). It is
kept with the contact in the local store, so a contact reopened after a crash or a restart shows the same;
on another PC (or when the local copy was set aside) it is fetched again with the call it came with.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from annyeong.console.api import calls as api_calls
from annyeong.console.changes import Changes
from annyeong.console.checklists.ops import ChecklistRun, Checklists
from annyeong.console.context import Account, CoreContext
from annyeong.console.domain.risk import (
    CallerRisk,
    ContactResult,
    EndConcern,
    Recommendation,
    caller_risk,
    crisis_screen_first,
    end_concerns,
    higher_risk,
    recommend,
)
from annyeong.console.errors import ConsoleError
from annyeong.console.instruments.safety import RULE_RISK
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.wire import CallerCard, Event

log = logging.getLogger("annyeong.console.core")


class Risk:
    def __init__(self, ctx: CoreContext, *, checklists: Checklists,
                 chat_open: Callable[[str], bool] = lambda _contact_id: False) -> None:
        self._ctx = ctx
        self._checklists = checklists
        self._chat_open = chat_open  # the person is still in this chat (console/chats/): not ended by anyone

    async def restore_active_card(self, account: Account) -> None:
        """At sign-in, with a contact open again: its card from this PC's copy, else from the server.
        Offline or refused: the contact opens without it (the next sign-in tries again)."""
        contact = self._ctx.active_contact
        if contact is None:
            return
        card = account.store.card_of(contact.contact_id)
        chat = account.store.chat_of(contact.contact_id)
        if chat is not None:
            self._ctx.active_chat = chat
        # A chat's hand-off from before this PC kept it (an older console) is fetched with the call.
        if card is None or (contact.channel == "chat" and chat is None):
            try:
                call = await asyncio.wait_for(
                    api_calls.get_call(self._ctx.client, contact.call_id), self._ctx.lookup_timeout_s
                )
            except (ConsoleError, TimeoutError) as exc:
                log.info("caller card of the reopened contact not fetched: %s", type(exc).__name__)
                self._ctx.active_card = card
                return
            self._ctx.active_chat = call.chat
            account.store.save_chat(contact.contact_id, call.chat)
            if card is None:
                card = call.card
                account.store.save_card(contact.contact_id, card)
        self._ctx.active_card = card

    # --- what the UI reads ------------------------------------------------------------------------

    def caller_risk(self, card: CallerCard | None = None) -> CallerRisk:
        """The risk pill of the open contact: its newest result (a crisis answer stays), else the case's
        (from `card`, default the contact's own)."""
        card = card or (self._ctx.active_card if self._ctx.active_contact is not None else None)
        case_tier = card.last_risk.tier if card is not None and card.last_risk is not None else None
        runs = sorted(self._checklists.runs(), key=lambda run: run.stored.saved_at)
        # A crisis the person wrote in a chat counts as a crisis answer does: its rule's tier stays on
        # the pill (a phone crisis shows the crisis screen's tier, never "not assessed").
        outside = [ContactResult(RULE_RISK[r.rule], True) for r in self._checklists.crisis_outside_checklists]
        results = [*outside, *(ContactResult(_risk_of(run.payload()), bool(run.crisis)) for run in runs)]
        return caller_risk(case_tier, results)

    def case_flags(self) -> list[tuple[str, str]]:
        """(kind, instruction) of the active flags on the open contact's card."""
        card = self._ctx.active_card if self._ctx.active_contact is not None else None
        return [(f.kind, f.instruction) for f in (card.active_flags if card is not None else []) if f.active]

    def known_risk(self, run: ChecklistRun | None = None) -> str | None:
        """What the case already knows besides `run`: the card's last risk and this contact's other
        results (the server makes each the case's last risk as it arrives)."""
        card = self._ctx.active_card if self._ctx.active_contact is not None else None
        tiers: list[str | None] = [card.last_risk.tier if card is not None and card.last_risk else None]
        for other in self._checklists.runs():
            if run is None or other.checklist_id != run.checklist_id:
                tiers.append(_risk_of(other.payload()))
        return higher_risk(*tiers)

    def recommendation(self, run: ChecklistRun) -> Recommendation | None:
        """The next step for `run`'s result, raised to what the case already knows (None: no result)."""
        result = run.result()
        if result is None:
            return None
        kinds = [kind for kind, _instruction in self.case_flags()]
        return recommend(result.next_step, self.known_risk(run), kinds)

    def crisis_screen_first(self) -> bool:
        """A flag of the person puts the crisis screen first in the checklist picker."""
        return crisis_screen_first(self.case_flags())

    def end_concerns(self) -> tuple[EndConcern, ...]:
        """Why ending the open call must be asked first: a crisis raised in it, a dispatch still open (no
        outcome yet), a note that cannot reach the server as it is, a chat the person has not left (they
        may be typing). Empty: end at once."""
        contact = self._ctx.active_contact
        if contact is None or self._ctx.account is None:
            return ()
        dispatches = self._ctx.account.store.dispatches.for_contact(contact.contact_id)
        dispatch_open = any(d.needs_reminder for d in dispatches)
        return end_concerns(crisis=self._checklists.crisis_raised, dispatch_open=dispatch_open,
                            note_unsaved=contact.note_issue is not None,
                            chat_open=contact.channel == "chat" and self._chat_open(contact.contact_id))

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, _event: Event) -> Changes:
        return Changes()

    def on_row_done(self, _row: OutboxRow) -> Changes:
        return Changes()

    async def reset(self) -> None:
        return None


def _risk_of(payload: dict[str, Any] | None) -> str | None:
    risk = payload.get("risk") if payload is not None else None
    return risk if isinstance(risk, str) else None
