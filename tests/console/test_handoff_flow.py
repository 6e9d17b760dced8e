"""Handoffs against one live server: two counselors (kim, park) and a shift lead (lee) as three real cores.

handoff → accept (a live contact, a note typed mid-transfer arriving once); handoff → reject → back to the
sender; no answer → escalation on the lead's board; the role matrix (403 for a counselor's board); the
lead's actions (message, reassign with a stale version → both values, take over)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from annyeong.console.board.ops import CaseConflict
from annyeong.console.core import ConsoleCore
from annyeong.console.errors import ApiError
from annyeong.console.wire import Sbar
from tests.console.support import signed_in, wait_for
from tests.support.live_server import LiveServer, start_live_server

MID_TRANSFER = "인계 중에 덧붙인 메모: 내일 오전 통화 원하심"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    # A handoff nobody answers escalates after 1 s (2 s when the risk is high), so the test sees it.
    server = start_live_server(
        tmp_path / "server", offer_timeout_s=30.0, handoff_escalate_s=1.0, handoff_escalate_urgent_s=1.0,
        training_auto_ack_s=0.0,
    )
    yield server
    server.stop()


async def _three(live: LiveServer, tmp: Path) -> tuple[ConsoleCore, ConsoleCore, ConsoleCore]:
    kim = await signed_in(live.url, tmp / "kim", "kim")
    park = await signed_in(live.url, tmp / "park", "park")
    lee = await signed_in(live.url, tmp / "lee", "lee")
    for core in (kim, park, lee):
        await core.start_sync()
    return kim, park, lee


async def _close(*cores: ConsoleCore) -> None:
    for core in cores:
        await core.close()


async def _on_call(core: ConsoleCore, live: LiveServer, number: str = "010-2345-6789") -> str:
    await core.calls.set_presence("available")
    call = live.post_call(number)
    return (await core.calls.accept_call(call["id"])).contact_id


def _note_entries(live: LiveServer, contact_id: str) -> list[dict[str, object]]:
    r = live.get(f"/v1/contacts/{contact_id}/entries")
    r.raise_for_status()
    return [e for e in r.json()["items"] if e["kind"] == "note"]


def test_live_handoff_accepted_moves_with_the_note_typed_mid_transfer(
    live: LiveServer, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kim, park, lee = await _three(live, tmp_path)
        try:
            contact_id = await _on_call(kim, live)
            kim.contacts.update_note("밤에 잠을 못 주무심. 아드님과 연락 끊김.")
            draft = kim.handoffs.handoff_draft()
            assert draft.live and draft.contact_id == contact_id
            assert "아드님" in draft.notes_excerpt
            assert park.me is not None
            sbar = Sbar(situation="통화 중 인계", assessment="위험도 낮음", recommendation="계속 대화")
            # Two presses at once: one handoff (the same Idempotency-Key).
            first, second = await asyncio.gather(
                kim.handoffs.send_handoff(
                    target="counselor", to_user_id=park.me.id, sbar=sbar, contact_id=contact_id
                ),
                kim.handoffs.send_handoff(
                    target="counselor", to_user_id=park.me.id, sbar=sbar, contact_id=contact_id
                ),
            )
            assert first.id == second.id
            # Typed while the handoff waits for park.
            kim.contacts.update_note("밤에 잠을 못 주무심. 아드님과 연락 끊김.\n" + MID_TRANSFER)
            await wait_for(
                lambda: [h.id for h in park.handoffs.incoming_handoffs] == [first.id], what="incoming"
            )
            accepted = await park.handoffs.accept_handoff(first.id)
            assert accepted.status == "accepted"
            assert park.active_contact is not None and park.active_contact.contact_id == contact_id
            assert park.active_contact.note_text == ""  # park's own draft: nothing copied, nothing resent
            await wait_for(lambda: kim.handoffs.taken_over() is not None, what="kim hears it was taken")
            taken = kim.handoffs.taken_over()
            assert taken is not None and taken.to_user.id == park.me.id
            assert kim.active_contact is not None and kim.active_contact.ended_at is not None
            assert kim.contacts.wrap_up_missing() == []

            def arrived() -> bool:
                received = park.handoffs.received_contact()
                return received is not None and MID_TRANSFER in received.notes_text()

            await wait_for(arrived, timeout=15, what="the mid-transfer note at park's")
            received = park.handoffs.received_contact()
            assert received is not None and received.notes_text().count(MID_TRANSFER) == 1
            await kim.contacts.finish_wrap_up()  # waits for kim's queued note, asks nothing else
            assert kim.active_contact is None and kim.presence == "available"
            notes = _note_entries(live, contact_id)
            assert sum(1 for e in notes if MID_TRANSFER in str(e["body"])) == 1
            assert len({(e["id"], e["revision"]) for e in notes}) == len(notes)
            # One owner: the contact is park's on the server.
            assert live.get(f"/v1/contacts/{contact_id}").json()["counselor_id"] == park.me.id
        finally:
            await _close(kim, park, lee)

    asyncio.run(scenario())


def test_rejected_handoff_returns_to_the_sender_with_the_reason(
    live: LiveServer, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kim, park, lee = await _three(live, tmp_path)
        try:
            contact_id = await _on_call(kim, live, "010-9876-5432")
            assert park.me is not None
            handoff = await kim.handoffs.send_handoff(
                target="counselor", to_user_id=park.me.id, contact_id=contact_id,
                sbar=Sbar(situation="다음 통화 부탁"),
            )
            await wait_for(lambda: bool(park.handoffs.incoming_handoffs), what="incoming")
            await park.handoffs.reject_handoff(handoff.id, "지금 위기 통화 중입니다")

            def back() -> bool:
                mine = kim.handoffs.handoff_of(contact_id)
                return mine is not None and mine.status == "rejected"

            await wait_for(back, what="rejection at kim's")
            mine = kim.handoffs.handoff_of(contact_id)
            assert mine is not None and mine.reject_reason == "지금 위기 통화 중입니다"
            assert kim.handoffs.taken_over() is None and kim.active_contact is not None
            assert kim.active_contact.ended_at is None  # still kim's call
            assert park.active_contact is None and not park.handoffs.incoming_handoffs
        finally:
            await _close(kim, park, lee)

    asyncio.run(scenario())


def test_unanswered_handoff_escalates_on_the_board_and_counselor_gets_403(
    live: LiveServer, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kim, park, lee = await _three(live, tmp_path)
        try:
            with pytest.raises(ApiError) as refused:
                await kim.board.refresh_board()
            assert refused.value.status == 403 and kim.board.board_error == "forbidden"
            assert not kim.board.may_see_board and lee.board.may_see_board

            lee.board.watch_board()
            await wait_for(lambda: lee.board.latest is not None, what="board")
            contact_id = await _on_call(kim, live, "02-2133-7878")
            handoff = await kim.handoffs.send_handoff(
                target="next_shift", contact_id=contact_id, sbar=Sbar(situation="다음 근무조에 인계")
            )
            await wait_for(lambda: any(
                p.handoff.id == handoff.id
                for p in (lee.board.latest.pending_handoffs if lee.board.latest else [])
            ), what="pending on the board")
            assert any(h.id == handoff.id for h in park.handoffs.incoming_handoffs) or await _eventually_pool(
                park
            )

            def escalated() -> bool:
                board = lee.board.latest
                return board is not None and any(e.handoff_id == handoff.id for e in board.escalations)

            await wait_for(escalated, timeout=20, what="escalation on the board")
            # The board has no timer: it refetches on events, so the change showing at all proves the live
            # path. How fast is a figure (printed), not a verdict that would depend on the machine's speed.
            staleness = await _staleness(lee, kim)
            print(f"board staleness: {staleness:.3f} s")
            escalation = next(e for e in lee.board.latest.escalations if e.handoff_id == handoff.id)  # type: ignore[union-attr]
            await lee.board.acknowledge_escalation(escalation.id)
            await wait_for(lambda: lee.board.latest is not None and not lee.board.latest.escalations,
                           what="acknowledged")
            assert park.me is not None
            assigned = await lee.board.assign_handoff(handoff.id, park.me.id)
            assert assigned.to_user is not None and assigned.to_user.id == park.me.id

            # Message a counselor: a notice on kim's console.
            assert kim.me is not None
            await lee.board.send_message(kim.me.id, "잠시 후 통화 가능하세요?")
            text = "잠시 후 통화 가능하세요?"
            await wait_for(lambda: any(m.text == text for m in kim.handoffs.messages), what="message")

            # Reassign with a stale version: 412 with both values.
            case_id = live.get(f"/v1/contacts/{contact_id}").json()["case_id"]
            if case_id is not None:
                current = live.get(f"/v1/cases/{case_id}").json()
                with pytest.raises(CaseConflict) as conflict:
                    await lee.board.reassign_case(
                        case_id, park.me.id, version=int(current["version"]) - 1 or 99
                    )
                assert conflict.value.current.owner.id == current["owner"]["id"]
                moved = await lee.board.reassign_case(case_id, park.me.id)
                assert moved.owner.id == park.me.id
            report = await lee.board.load_shift_report()
            assert report.pending_handoffs
        finally:
            await _close(kim, park, lee)

    asyncio.run(scenario())


def test_handoff_to_a_partner_is_accepted_and_kim_keeps_the_call(live: LiveServer, tmp_path: Path) -> None:
    """kim, still on the call, hands the person to 고립예방센터; the centre (its own API key) accepts. The
    call and the case stay where they were: a partner takes the person on, not the call."""

    async def scenario() -> None:
        kim, park, lee = await _three(live, tmp_path)
        try:
            contact_id = await _on_call(kim, live, "010-9876-5432")
            case_id = live.get(f"/v1/contacts/{contact_id}").json()["case_id"]
            owner = live.get(f"/v1/cases/{case_id}").json()["owner"]["id"]
            handoff = await kim.handoffs.send_handoff(
                target="isolation_center", contact_id=contact_id,
                sbar=Sbar(situation="고립 위험: 센터 심층상담 연계 동의", recommendation="이번 주 방문"),
            )
            assert handoff.status == "pending" and not handoff.live and handoff.case_id == case_id
            assert not park.handoffs.incoming_handoffs  # not the counselors' to answer
            answered = await asyncio.to_thread(
                httpx.post, f"{live.url}/v1/handoffs/{handoff.id}/accept",
                headers={"X-API-Key": "training-partner-key-isolation-prevention-center"}, timeout=10,
            )
            assert answered.status_code == 200, answered.text

            def accepted() -> bool:
                mine = kim.handoffs.handoff_of(contact_id)
                return mine is not None and mine.status == "accepted"

            await wait_for(accepted, what="the centre's answer at kim's")
            mine = kim.handoffs.handoff_of(contact_id)
            assert mine is not None and mine.decided_by == "key:partner-isolation-prevention-center"
            assert kim.handoffs.taken_over() is None and kim.active_contact is not None
            assert kim.active_contact.ended_at is None  # still kim's call
            assert live.get(f"/v1/contacts/{contact_id}").json()["counselor_id"] == kim.me.id  # type: ignore[union-attr]
            assert live.get(f"/v1/cases/{case_id}").json()["owner"]["id"] == owner
        finally:
            await _close(kim, park, lee)

    asyncio.run(scenario())


async def _eventually_pool(core: ConsoleCore) -> bool:
    await wait_for(lambda: bool(core.handoffs.incoming_handoffs), what="pool handoff")
    return True


async def _staleness(lead: ConsoleCore, counselor: ConsoleCore) -> float:
    """Seconds from a presence change to the lead's board showing it."""
    import time

    assert counselor.me is not None
    me = counselor.me.id
    target = "break" if counselor.presence != "break" else "available"
    started = time.monotonic()
    await counselor.calls.set_presence(target)  # type: ignore[arg-type]

    def shown() -> bool:
        board = lead.board.latest
        return board is not None and any(c.user.id == me and c.presence == target for c in board.counselors)

    await wait_for(shown, timeout=30, what="presence on the board")
    return time.monotonic() - started

