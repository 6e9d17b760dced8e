"""The person's known risk in the open contact, against the real server: the caller card the contact opened
with comes back after a restart (from this PC's store) and on another PC (from the server), the risk pill
follows this contact's results, a checklist's recommendation is raised to what the case knows, the crisis
screen comes first for a flagged caller, and ending names what is at stake."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from annyeong.console.core import ConsoleCore
from annyeong.console.errors import NoteTooLong
from annyeong.console.wire import CallerCard
from tests.console.support import signed_in, wait_for
from tests.support.live_server import LiveServer

FLAGGED = "010-2345-6789"  # the demo's returning caller: high risk, an active suicide_risk flag
YES, NO = 1, 2


async def take(core: ConsoleCore, live: LiveServer, number: str) -> CallerCard | None:
    """Ring `number` and take it as the window does: with the card the offer brought."""
    await core.calls.set_presence("available")
    await core.start_sync()
    await wait_for(lambda: core.sync_status.state == "online", what="online")
    call = live.post_call(number)
    await wait_for(lambda: core.offered_call is not None and core.offered_call.id == call["id"], what="offer")
    card = core.offered_card
    await core.calls.accept_call(call["id"])
    return card


def seen(card: CallerCard | None) -> tuple[str | None, list[tuple[str, str]]]:
    assert card is not None
    tier = card.last_risk.tier if card.last_risk is not None else None
    return tier, [(f.kind, f.instruction) for f in card.active_flags if f.active]


def test_the_card_comes_back_after_a_restart_and_on_another_pc(
    live_server: LiveServer, tmp_path: Path
) -> None:
    async def first() -> tuple[str | None, list[tuple[str, str]]]:
        core = await signed_in(live_server.url, tmp_path / "pc1")
        card = await take(core, live_server, FLAGGED)
        assert core.active_card == card
        shown = seen(card)
        assert shown[0] == "high" and [kind for kind, _ in shown[1]] == ["suicide_risk"]
        await core.close()  # as after a crash: the contact stays open on the server and in the store
        return shown

    shown = asyncio.run(first())

    async def restarted() -> None:
        core = await signed_in(live_server.url, tmp_path / "pc1")
        assert core.active_contact is not None and seen(core.active_card) == shown
        assert core.risk.caller_risk().tier == "high" and core.risk.crisis_screen_first()
        await core.close()

    async def other_pc() -> None:
        core = await signed_in(live_server.url, tmp_path / "pc2")
        assert core.active_contact is not None, "reopened from the server"
        assert seen(core.active_card) == shown
        await core.close()
        again = await signed_in(live_server.url, tmp_path / "pc2")  # now from this PC's own copy
        assert seen(again.active_card) == shown
        await again.close()

    asyncio.run(restarted())
    asyncio.run(other_pc())


def test_risk_recommendation_and_end_concerns_of_a_flagged_caller(
    live_server: LiveServer, tmp_path: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        core.training = True  # UCLA-3 needs a permission a training console shows
        await take(core, live_server, FLAGGED)
        assert core.risk.caller_risk().tier == "high" and core.risk.caller_risk().source == "case"
        assert core.risk.end_concerns() == ()

        run = core.checklists.start_checklist("ucla3_loneliness")
        for key in (3, 3, 3, 2):  # 외로움 (and the direct question): moderate, 돌봄동행단 by itself
            core.checklists.answer_checklist(key)
        result = run.result()
        assert result is not None and (result.risk, result.next_step) == ("moderate", "refer_care_companion")
        advice = core.risk.recommendation(run)
        assert advice is not None and advice.raised
        assert advice.step == "refer_mental_health"
        assert (advice.case_tier, advice.flags) == ("high", ("suicide_risk",))
        risk = core.risk.caller_risk()
        assert (risk.tier, risk.source, risk.case_tier) == ("moderate", "contact", "high")

        core.checklists.close_checklist()
        core.checklists.start_checklist("crisis_safety_screen")
        core.checklists.answer_checklist(YES)
        core.checklists.answer_checklist(YES)  # a plan: imminent
        assert core.risk.caller_risk().tier == "imminent"
        assert core.risk.end_concerns() == ("crisis",)
        core.checklists.close_checklist()
        later = core.checklists.start_checklist("ucla3_loneliness")
        for key in (1, 1, 1, 4):
            core.checklists.answer_checklist(key)
        assert core.risk.caller_risk().tier == "imminent", "a crisis answer of the contact stays"
        # A handoff now carries the tier the pill shows, never the case's older, lower one.
        assert core.handoffs.handoff_draft().risk_tier == "imminent"
        later_advice = core.risk.recommendation(later)
        assert later_advice is not None and later_advice.case_tier == "imminent"

        with contextlib.suppress(NoteTooLong):
            core.contacts.update_note("가" * 20_001)  # kept here, cannot be sent as it is
        assert core.risk.end_concerns() == ("crisis", "note_unsaved")
        await core.close()

    asyncio.run(go())


def test_a_new_caller_has_no_floor_and_no_crisis_screen_first(
    live_server: LiveServer, tmp_path: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        core.training = True
        await take(core, live_server, "010-5151-2323")
        assert core.risk.caller_risk().tier is None and not core.risk.crisis_screen_first()
        run = core.checklists.start_checklist("ucla3_loneliness")
        for key in (3, 3, 3, 2):
            core.checklists.answer_checklist(key)
        advice = core.risk.recommendation(run)
        assert advice is not None and not advice.raised and advice.step == "refer_care_companion"
        await core.close()

    asyncio.run(go())
