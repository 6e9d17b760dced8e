"""A crisis written in a chat, on the real server over real HTTP: the dispatch read-out says the person is
in a web chat (nobody phoned) and quotes what they wrote; the caller's risk pill shows the crisis tier a
crisis answer would; the crisis decision reaches the server through the outbox, so another PC that reopens
the chat does not ask for it again."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from annyeong.console.api import contacts as api_contacts
from annyeong.console.core import ConsoleCore
from tests.console.chats.test_held_contacts import _chat
from tests.console.support import signed_in, wait_for


def _decided_on_server(core: ConsoleCore, contact_id: str) -> Any:
    async def entries() -> list[str]:
        found = await api_contacts.list_entries(core.context.client, contact_id)
        return [e.crisis_decision.decision for e in found.items if e.crisis_decision is not None]
    return entries()


def test_a_chat_crisis_reads_out_as_a_chat_shows_its_tier_and_its_decision_reaches_another_pc(
    live_server: Any, tmp_path: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "pc-a")
        try:
            await core.start_sync()
            await core.calls.set_presence("available")
            person, chat = await _chat(core, live_server)
            assert core.risk.caller_risk().source != "contact"  # nothing assessed in this chat yet
            await asyncio.to_thread(person.say, "수면제를 한 통 다 먹었어요")
            await wait_for(lambda: core.chats.summary(chat).crisis, 20, "the crisis latched")

            draft = core.dispatches.dispatch_draft()
            lines = draft.fields.summary.splitlines()
            assert "전화한 본인" not in draft.fields.summary
            assert "대상자: 이름 미상 · 웹 채팅 상담 중인 본인" in lines
            assert '채팅에 쓴 말: "수면제를 한 통 다 먹었어요"' in lines
            assert "위험: 자살 시도 중" in lines

            risk = core.risk.caller_risk()
            assert (risk.tier, risk.source) == ("imminent", "contact"), "the pill shows the crisis tier"

            core.checklists.record_crisis_decision("safety_plan_agreed")
            account = core.context.account
            assert account is not None
            await wait_for(lambda: account.outbox.counts() == (0, 0), 20, "the decision delivered")
            assert await _decided_on_server(core, chat) == ["safety_plan_agreed"]
        finally:
            await core.close()

        other = await signed_in(live_server.url, tmp_path / "pc-b")
        try:
            other.contacts.focus(chat)
            await other.chats.wait_idle()
            assert other.checklists.crisis_raised, "the chat's crisis comes with its transcript"
            decision = other.checklists.crisis_decision
            assert decision is not None and decision.decision == "safety_plan_agreed"
            assert "crisis_decision" not in other.contacts.wrap_up_missing()
            account = other.context.account
            assert account is not None and account.outbox.counts() == (0, 0), "nothing sent again"
        finally:
            await other.close()

    asyncio.run(go())
