"""Checklists in the open contact against the real server: every answer durable and sent once per revision,
the crisis path raised by the safety rules and closed only by a recorded decision, and bad files listed
as unavailable instead of crashing anything."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.changes import Changes
from annyeong.console.checklists.ops import ChecklistRefused
from annyeong.console.core import ConsoleCore
from annyeong.console.errors import WrapUpIncomplete
from annyeong.console.instruments import Available, Unavailable, default_directory
from tests.console.support import fill_wrap_up, signed_in, wait_for
from tests.support.live_server import LiveServer

CRISIS = "crisis_safety_screen"
YES, NO = 1, 2  # the crisis screen's number keys


async def on_call(core: ConsoleCore, live: LiveServer, number: str = "010-7777-1234") -> str:
    await core.calls.set_presence("available")
    call = live.post_call(number)
    return (await core.calls.accept_call(call["id"])).contact_id


def entries(live: LiveServer, contact_id: str, kind: str) -> list[dict[str, Any]]:
    items = live.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
    return [e for e in items if e["kind"] == kind]


def test_answers_reach_the_server_once_per_revision_and_a_crisis_blocks_wrap_up(
    live_server: LiveServer, tmp_path: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await on_call(core, live_server)
        seen: list[Changes] = []
        core.add_listener(seen.append)
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")

        run = core.checklists.start_checklist(CRISIS)
        assert (
            core.checklists.current is run and run.session is not None and not core.checklists.crisis_raised
        )
        assert core.checklists.answer_checklist(YES) is None  # thoughts: asks plan and means next
        raised = core.checklists.answer_checklist(YES)  # plan: the built-in rule fires
        assert raised is not None and raised.rule == "suicide_plan" and raised.item_id == "crisis_plan"
        assert core.checklists.crisis_raised and [r.rule for r in core.checklists.crisis] == ["suicide_plan"]
        assert any(c.crisis for c in seen)
        assert core.contacts.wrap_up_missing()[-1] == "crisis_decision"
        draft = core.dispatches.dispatch_draft()
        assert "plan" in draft.fields.risk and "thoughts" in draft.fields.risk

        core.checklists.answer_checklist(1)  # timeframe: now or today
        assert (
            core.checklists.checklist_back() and core.checklists.checklist_forward()
        )  # moving only: nothing new to send
        for key in (NO, NO, NO):  # means, attempt now, someone else in danger
            core.checklists.answer_checklist(key)
        assert run.at_result
        result = run.result()
        assert result is not None and result.complete and result.next_step == "emergency"
        with pytest.raises(ChecklistRefused) as refused:
            core.checklists.answer_checklist(YES)
        assert refused.value.code == "no_current_item"

        await wait_for(lambda: core.sync_status.pending == 0, what="results sent")
        stored = entries(live_server, contact_id, "checklist_result")
        revisions = [e["revision"] for e in stored]
        assert revisions == sorted(set(revisions)), "each revision exactly once"
        assert revisions[-1] == run.revision and len({e["id"] for e in stored}) == 1
        assert stored[-1]["checklist"]["complete"] is True
        assert stored[-1]["checklist"]["crisis"][0]["rule"] == "suicide_plan"

        fill_wrap_up(core)
        await core.contacts.end_contact()
        with pytest.raises(WrapUpIncomplete) as incomplete:
            await core.contacts.finish_wrap_up()
        assert incomplete.value.missing == ["crisis_decision"]
        with pytest.raises(ChecklistRefused) as no_reason:
            core.checklists.record_crisis_decision("other", reason="  ")
        assert no_reason.value.code == "reason_required"
        decision = core.checklists.record_crisis_decision("safety_plan_agreed")
        assert core.checklists.crisis_decision == decision and core.contacts.wrap_up_missing() == []
        await core.contacts.finish_wrap_up()
        assert core.active_contact is None and not core.checklists.crisis_raised
        decided = entries(live_server, contact_id, "crisis_decision")
        assert [e["crisis_decision"]["decision"] for e in decided] == ["safety_plan_agreed"]

        lee = live_server.get("/v1/events/poll?after=0&limit=500").json()["items"]
        assert any(e["type"] == "crisis.raised" and e["data"]["contact_id"] == contact_id for e in lee)
        await core.close()

    asyncio.run(go())


def test_partial_answers_survive_reopening_the_store(live_server: LiveServer, tmp_path: Path) -> None:
    async def first() -> tuple[str, str]:
        core = await signed_in(live_server.url, tmp_path / "data")
        core.training = True  # shows the instruments that need permission
        contact_id = await on_call(core, live_server)
        run = core.checklists.start_checklist("ucla3_loneliness")
        core.checklists.answer_checklist(3)
        core.checklists.answer_checklist(2)
        await core.close()  # never pushed: the answers live only in the local store
        return contact_id, run.checklist_id

    contact_id, checklist_id = asyncio.run(first())
    assert entries(live_server, contact_id, "checklist_result") == []

    async def second() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        core.training = True
        run = core.checklists.current
        assert run is not None and run.checklist_id == checklist_id and run.session is not None
        assert run.session.progress.done == 2 and run.session.current is not None
        assert run.session.current.id == "ucla_isolated"
        assert run.result() is not None and run.result().answers == {  # type: ignore[union-attr]
            "ucla_companionship": 3, "ucla_left_out": 2}
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="sent after restart")
        stored = entries(live_server, contact_id, "checklist_result")
        assert [(e["id"], e["revision"]) for e in stored] == [(checklist_id, 1)], "one coalesced revision"
        await core.close()

    asyncio.run(second())


def test_instruments_follow_permissions_and_a_broken_file_is_unavailable(
    live_server: LiveServer, tmp_path: Path
) -> None:
    folder = tmp_path / "instruments"
    folder.mkdir()
    for name in ("crisis_safety_screen.json", "ucla3_loneliness.json"):
        (folder / name).write_bytes((default_directory() / name).read_bytes())
    (folder / "broken.json").write_text('{"format": 1, "id": "broken", "items": [', encoding="utf-8")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "instrument_permissions.json").write_text(json.dumps({"instruments": ["ucla3_loneliness"]}))

    async def go() -> None:
        core = await signed_in(live_server.url, data_dir)
        assert core.checklists.instrument_permissions == frozenset({"ucla3_loneliness"})
        core.checklists.instrument_dir = folder
        entries_ = core.checklists.instruments()
        broken = [e for e in entries_ if isinstance(e, Unavailable)]
        assert [(e.file, e.code) for e in broken] == [("broken.json", "invalid_json")]
        assert {e.instrument.id for e in entries_ if isinstance(e, Available)} == {CRISIS, "ucla3_loneliness"}
        core.checklists.instrument_permissions = frozenset()
        assert [e.code for e in core.checklists.instruments() if isinstance(e, Unavailable)] == [
            "invalid_json", "permission_required"]
        await on_call(core, live_server)
        with pytest.raises(ChecklistRefused) as refused:
            core.checklists.start_checklist("ucla3_loneliness")
        assert refused.value.code == "instrument_unavailable"
        await core.close()

    asyncio.run(go())


def test_a_dispatched_decision_names_the_contacts_dispatch(live_server: LiveServer, tmp_path: Path) -> None:
    """P7: 긴급 출동 요청함 is recorded with the dispatch it refers to (by default the contact's newest)."""

    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await on_call(core, live_server, "010-7777-5656")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        core.checklists.start_checklist(CRISIS)
        core.checklists.answer_checklist(NO)  # thoughts
        assert core.checklists.answer_checklist(YES) is not None  # attempt in progress
        dispatch = core.dispatches.request_dispatch("fire_ems_119")  # the red button
        decision = core.checklists.record_crisis_decision("dispatched")
        assert decision.decision == "dispatched" and decision.dispatch_id == dispatch.client_id
        await wait_for(lambda: core.sync_status.pending == 0, what="decision sent")
        assert core.checklists.crisis_alert_sent, "the crisis result reached the server: the lead was told"
        decided = entries(live_server, contact_id, "crisis_decision")
        assert [e["crisis_decision"] for e in decided] == [
            {"decision": "dispatched", "reason": None, "dispatch_id": dispatch.client_id}
        ]
        held = live_server.get(f"/v1/dispatches/{dispatch.client_id}").json()
        assert held["contact_id"] == contact_id
        await core.close()

    asyncio.run(go())


def test_the_lead_alert_is_not_sent_while_the_result_waits_offline(tmp_path: Path) -> None:
    """P5 (core): crisis_alert_sent stays False while the crisis result is only in the outbox."""
    from tests.support.live_server import start_live_server

    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0)
    port = int(server.url.rsplit(":", 1)[1])
    restarted: LiveServer | None = None

    async def go() -> None:
        nonlocal restarted
        core = await signed_in(server.url, tmp_path / "data")
        await on_call(core, server, "010-7777-8989")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        server.stop()
        core.checklists.start_checklist(CRISIS)
        core.checklists.answer_checklist(NO)
        core.checklists.answer_checklist(NO)
        assert core.checklists.answer_checklist(YES) is not None  # someone else in danger
        await wait_for(lambda: core.sync_status.state != "online", what="offline", timeout=15)
        assert core.checklists.crisis_raised and not core.checklists.crisis_alert_sent
        restarted = start_live_server(tmp_path / "server", port=port, offer_timeout_s=5.0)
        await wait_for(
            lambda: core.checklists.crisis_alert_sent, what="delivered after the restart", timeout=30
        )
        await core.close()

    try:
        asyncio.run(go())
    finally:
        if restarted is not None:
            restarted.stop()


def test_a_crisis_answered_before_the_store_was_lost_still_asks_for_the_decision(
    live_server: LiveServer, tmp_path: Path
) -> None:
    """A fresh data folder (another PC, or a store set aside): the open contact comes back from the server,
    and with it the crisis its checklist raised. Before, the wrap-up here asked nothing while the server
    refused it for the missing decision: 'Missing: crisis decision' with no field to record it in."""

    async def go() -> None:
        first = await signed_in(live_server.url, tmp_path / "pc1")
        contact_id = await on_call(first, live_server)
        await first.start_sync()
        first.checklists.start_checklist(CRISIS)
        first.checklists.answer_checklist(YES)
        assert first.checklists.answer_checklist(YES) is not None  # a plan: the crisis rule fires
        await wait_for(lambda: first.sync_status.pending == 0, what="the result sent")
        await first.close()

        other = await signed_in(live_server.url, tmp_path / "pc2")
        assert other.active_contact is not None and other.active_contact.contact_id == contact_id
        assert [r.rule for r in other.checklists.crisis] == ["suicide_plan"]
        assert other.checklists.crisis_alert_sent, "the server raised it when it stored the result"
        assert other.contacts.wrap_up_missing()[-1] == "crisis_decision"
        await other.close()
        again = await signed_in(live_server.url, tmp_path / "pc2")  # adopted once: nothing doubled
        assert len(again.checklists.runs()) == 1 and again.sync_status.pending == 0
        await again.close()

    asyncio.run(go())
