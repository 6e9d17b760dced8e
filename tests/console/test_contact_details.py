"""Contact details in the core against the real server: the card, contact details that sync exactly once and
survive a restart, wrap-up that refuses naming what is missing (nothing lost), a 1 MB note, unmask, and
search merging the local store with the server."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.core import ConsoleCore
from annyeong.console.errors import ConsoleError, InvalidDetails, InvalidSearch, NoteTooLong, WrapUpIncomplete
from annyeong.console.store.details import CONTACT_UPDATE
from annyeong.console.store.local import NOTE_MAX_CHARS
from tests.console.support import fill_wrap_up, signed_in, wait_for
from tests.support.live_server import start_live_server


def server_contact(live_server: Any, contact_id: str) -> dict[str, Any]:
    response = live_server.get(f"/v1/contacts/{contact_id}")
    response.raise_for_status()
    return dict(response.json())


async def ring_and_accept(core: ConsoleCore, live_server: Any, number: str = "010-2345-6789") -> str:
    await core.calls.set_presence("available")
    call = live_server.post_call(number)
    active = await core.calls.accept_call(call["id"])
    return active.contact_id


def test_card_history_and_timeline_of_a_returning_caller(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await core.calls.set_presence("available")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        call = live_server.post_call("010-2345-6789")
        await wait_for(lambda: core.offered_call is not None, what="offer")
        card = core.offered_card
        assert card is not None and card.open_case is not None
        assert card.caller.number_e164 is None and card.caller.number_masked == "010-****-6789"
        assert any(f.kind == "suicide_risk" and f.active for f in card.active_flags)
        assert card.recent_contacts and card.last_risk is not None
        history = await core.lookups.caller_history()  # while ringing, before accept
        assert history is not None and history.card == card

        accepted = core.calls.accept_call(call["id"])
        timeline_while_ringing = core.lookups.case_timeline()  # loads beside accept, never before it
        active, timeline = await asyncio.gather(accepted, timeline_while_ringing)
        assert active.case_id == card.open_case.id and core.active_card == card
        assert timeline is not None and timeline.case_id == card.open_case.id
        times = [item.at for item in timeline.items]
        assert times == sorted(times, reverse=True) and len(times) >= 3
        assert {"contact", "flag"} <= {item.kind for item in timeline.items}
        await core.close()

    asyncio.run(go())


def test_details_sync_once_and_wrap_up_refuses_naming_what_is_missing(
    live_server: Any, tmp_path: Path
) -> None:
    due = datetime.now(UTC) + timedelta(days=2)

    async def go() -> str:
        core = await signed_in(live_server.url, tmp_path / "data")
        assert core.me is not None
        contact_id = await ring_and_accept(core, live_server)
        core.contacts.update_note("이웃 어르신이 며칠째 안 보인다고 함")
        core.contacts.update_contact_details(service_types=["isolation_report"])
        core.contacts.update_contact_details(
            reporter={"name": "<i>박</i>이웃\x07", "number": "+82 10 1234 5678"}
        )
        core.contacts.update_contact_details(
            subject={
                "name": "김어르신",
                "district": "관악구",
                "age_band": "80_plus",
                "callback_time": "평일 오전",
            }
        )
        rows = [r for r in core.context.account.outbox.rows() if r.kind == CONTACT_UPDATE]  # type: ignore[union-attr]
        assert len(rows) == 1, "a burst of edits is one PATCH"

        with pytest.raises(WrapUpIncomplete) as info:
            await core.contacts.finish_wrap_up()
        assert info.value.missing == ["summary", "disposition"]
        core.contacts.update_contact_details(follow_up={"needed": True})
        with pytest.raises(WrapUpIncomplete) as info:
            await core.contacts.finish_wrap_up()
        assert info.value.missing == ["summary", "disposition", "follow_up.due_at", "follow_up.assignee_id"]
        assert core.contacts.wrap_up_missing() == info.value.missing
        active = core.active_contact
        assert active is not None and active.note_text.startswith("이웃") and active.ended_at is None

        with pytest.raises(InvalidDetails) as bad:
            core.contacts.update_contact_details(subject={"number": "1234"})
        assert (bad.value.field, bad.value.reason) == ("subject.number", "invalid")

        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="details delivered")
        assert core.sync_status.failed == 0
        core.contacts.update_contact_details(
            summary="고립 의심 신고. 주민센터 방문 요청 안내", disposition="referred",
            # The counselors' pool instead of a named person, with the reason the list shows.
            follow_up={"due_at": due, "pool": "counselors", "reason": "주민센터 방문 결과 확인"},
        )
        assert core.contacts.wrap_up_missing() == []
        await core.contacts.finish_wrap_up()
        assert core.active_contact is None and core.presence == "available"
        await core.close()
        return contact_id

    contact_id = asyncio.run(go())
    contact = server_contact(live_server, contact_id)
    assert contact["wrapped_up_at"] is not None and contact["ended_at"] is not None
    assert contact["version"] == 4  # accept 1 → first PATCH 2 → second PATCH 3 → wrap-up 4: once each
    assert contact["service_types"] == ["isolation_report"] and contact["disposition"] == "referred"
    assert contact["reporter"]["name"] == "<i>박</i>이웃\x07"  # stored and returned unchanged
    assert contact["reporter"]["number"] == "+821012345678"
    assert contact["subject"]["district"] == "관악구" and contact["subject"]["age_band"] == "80_plus"
    assert contact["follow_up"]["needed"] is True and contact["subject"]["callback_time"] == "평일 오전"
    assert contact["follow_up"]["pool"] == "counselors" and contact["follow_up"]["assignee_id"] is None
    made = [f for f in live_server.get("/v1/follow-ups?assignee=all").json()["items"]
            if f["contact_id"] == contact_id]
    assert [(f["pool"], f["reason"], f["source"]) for f in made] == [
        ("counselors", "주민센터 방문 결과 확인", "wrap_up")]


def test_details_survive_a_restart_and_sync_once(live_server: Any, tmp_path: Path) -> None:
    async def first() -> str:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await ring_and_accept(core, live_server, "010-3141-5926")
        core.contacts.update_note("재시작 전 메모")
        core.contacts.update_contact_details(summary="재시작 전 요약", service_types=["conversation", "info"])
        await core.close()  # never synced: as if the console was killed
        return contact_id

    async def second(contact_id: str) -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        active = core.active_contact
        assert active is not None and active.contact_id == contact_id
        assert active.details.summary == "재시작 전 요약"
        assert active.details.service_types == ("info", "conversation")
        assert active.note_text == "재시작 전 메모" and active.details_saved_at is not None
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="delivered after restart")
        core.contacts.update_contact_details(disposition="completed")
        await core.contacts.finish_wrap_up()
        await core.close()

    contact_id = asyncio.run(first())
    asyncio.run(second(contact_id))
    contact = server_contact(live_server, contact_id)
    assert contact["summary"] == "재시작 전 요약" and contact["version"] == 4


def test_a_1mb_note_is_kept_refused_for_sync_and_wrap_up_until_shortened(
    live_server: Any, tmp_path: Path
) -> None:
    huge = "상담 내용 " * 180_000  # 1.08 MB of text

    async def go() -> str:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await ring_and_accept(core, live_server, "010-9876-5432")
        await core.start_sync()
        core.contacts.update_note("처음 메모")
        with pytest.raises(NoteTooLong) as info:
            core.contacts.update_note(huge)
        assert info.value.code == "note_too_long"
        assert (info.value.limit, info.value.length) == (NOTE_MAX_CHARS, len(huge))
        assert core.active_contact is not None and core.active_contact.note_text == huge
        assert core.active_contact.note_issue == "note_too_long"
        fill_wrap_up(core)
        with pytest.raises(NoteTooLong):
            await core.contacts.finish_wrap_up()
        assert core.active_contact is not None and core.active_contact.ended_at is None
        core.contacts.update_note(huge[:NOTE_MAX_CHARS])
        await core.contacts.finish_wrap_up()
        await core.close()
        return contact_id

    contact_id = asyncio.run(go())
    bodies = [e["body"] for e in live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]]
    assert bodies[-1] == huge[:NOTE_MAX_CHARS] and all(len(b) <= NOTE_MAX_CHARS for b in bodies)


def test_unmask_is_a_deliberate_server_action(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        with pytest.raises(ConsoleError):
            await core.lookups.unmask_number("콜백")  # nothing ringing, nothing open
        await ring_and_accept(core, live_server, "010-2345-6789")
        with pytest.raises(ConsoleError) as info:
            await core.lookups.unmask_number("   ")
        assert info.value.code == "reason_required"
        number = await core.lookups.unmask_number("긴급 콜백 필요")
        assert number.number_e164 == "+821023456789" and number.number_display == "010-2345-6789"
        assert core.active_contact is not None and core.active_contact.caller.number_e164 is None
        await core.close()

    asyncio.run(go())


def test_search_merges_local_and_server_and_survives_the_server_going_away(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server")

    async def go() -> None:
        core = await signed_in(server.url, tmp_path / "data")
        await ring_and_accept(core, server, "010-2345-6789")
        core.contacts.update_note("불면이 심해 109 안내")
        core.contacts.update_contact_details(subject={"name": "최민수"})
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="synced")

        found = await core.lookups.search("불면")
        # Ours (local and on the server) first, being newest; the demo history adds server-only hits.
        assert found.server == "ok" and found.hits[0].source == "both"
        assert {h.source for h in found.hits[1:]} <= {"server"}
        assert found.hits[0].excerpt.startswith("불면") and found.hits[0].counselor_name == "김상담"
        by_name = await core.lookups.search("민수", kind="name")
        assert by_name.server == "ok" and by_name.hits[0].names == ("최민수",)
        by_number = await core.lookups.search("010-2345-6789")
        # A counselor's store holds only the masked number, so the whole number is the server's to match.
        assert by_number.server == "ok" and by_number.hits[0].contact_id == found.hits[0].contact_id
        assert by_number.hits[0].source == "server" and len(by_number.hits) >= 2
        partial = await core.lookups.search("6789")
        assert partial.server == "skipped" and len(partial.hits) == 1
        with pytest.raises(InvalidSearch) as info:
            await core.lookups.search("1" * 10_240)
        assert info.value.code == "query_too_long"
        assert (await core.lookups.search("")).hits == ()

        server.stop()
        offline = await core.lookups.search("불면")
        assert offline.server == "offline" and [h.source for h in offline.hits] == ["local"]
        assert offline.hits[0].contact_id == found.hits[0].contact_id
        await core.close()

    asyncio.run(go())
