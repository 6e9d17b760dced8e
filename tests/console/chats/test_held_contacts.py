"""One counselor, one call and chats beside it, on the real server over real HTTP: each is its own contact
held here, one on screen at a time; switching loses nothing; a chat that is not on screen still counts its
unread messages, latches its crisis and records the person leaving; wrapping one up brings the next on
screen; a restart brings them all back."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from annyeong.console.core import ConsoleCore
from tests.console.support import fill_wrap_up, signed_in, wait_for
from tests.server.chat_helpers import Person
from tests.server.helpers import post_call


async def _take_offer(core: ConsoleCore, channel: str) -> str:
    await wait_for(lambda: core.offered_call is not None and core.offered_call.channel == channel, 20,
                   f"a {channel} offered")
    assert core.offered_call is not None
    contact = await core.calls.accept_call(core.offered_call.id)
    return contact.contact_id


async def _chat(core: ConsoleCore, live: Any) -> tuple[Person, str]:
    person = await asyncio.to_thread(Person, live)
    await asyncio.to_thread(person.self_test)
    await asyncio.to_thread(person.connect)
    return person, await _take_offer(core, "chat")


def test_a_call_and_two_chats_are_held_side_by_side_and_switching_loses_nothing(
    live_server: Any, tmp_path: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        try:
            await core.start_sync()
            await core.calls.set_presence("available")
            first_person, first = await _chat(core, live_server)
            core.contacts.update_note("첫 채팅 메모")
            second_person, second = await _chat(core, live_server)
            assert core.active_contact is not None and core.active_contact.contact_id == second
            assert core.active_chat is not None  # the second chat's self-test, not the first's
            # In chats only, a phone call still reaches this counselor.
            await asyncio.to_thread(post_call, live_server)
            call = await _take_offer(core, "phone")
            core.contacts.update_note("통화 메모")
            assert [c.contact_id for c in core.contacts.held()] == [first, second, call]
            assert core.presence == "on_call"

            # The person in the first chat writes while the call is on screen.
            await asyncio.to_thread(first_person.say, "오늘 너무 외로워요")
            await wait_for(lambda: core.chats.summary(first).unread == 1, 20, "unread in the first chat")
            assert not core.checklists.crisis_raised

            core.contacts.focus(first)
            assert core.active_contact is not None and core.active_contact.note_text == "첫 채팅 메모"
            assert core.active_chat is not None
            core.contacts.focus(call)
            assert core.active_contact is not None and core.active_contact.note_text == "통화 메모"
            assert core.active_chat is None

            # A crisis expression in a chat that is not on screen: latched on that chat, raised with it.
            await asyncio.to_thread(first_person.say, "그냥 죽고 싶어요")
            await wait_for(lambda: core.chats.summary(first).crisis, 20, "the crisis latched")
            assert not core.checklists.crisis_raised  # the call on screen has none
            core.contacts.focus(first)
            assert core.checklists.crisis_raised
            assert "crisis_decision" in core.contacts.wrap_up_missing()

            # The person in the second chat leaves: recorded on that contact while it is off screen.
            await asyncio.to_thread(second_person.call, "POST", "/conversation/end")
            await wait_for(
                lambda: next(c for c in core.contacts.held() if c.contact_id == second).ended_at is not None,
                20, "the second chat ended",
            )
            assert core.chats.summary(second).ended_by == "person"
        finally:
            await core.close()

        # A restart of the console: the three are held again, the same one on screen.
        again = await signed_in(live_server.url, tmp_path / "data")
        try:
            assert [c.contact_id for c in again.contacts.held()] == [first, second, call]
            assert again.active_contact is not None and again.active_contact.contact_id == first
            assert again.checklists.crisis_raised
            assert again.active_chat is not None
        finally:
            await again.close()

    asyncio.run(go())


def test_wrapping_up_one_brings_the_next_on_screen_and_the_last_makes_the_counselor_available(
    live_server: Any, tmp_path: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        try:
            await core.start_sync()
            await core.calls.set_presence("available")
            _person, first = await _chat(core, live_server)
            second_person, second = await _chat(core, live_server)
            core.chats.send(second, "오늘은 여기까지 이야기 나눌게요. 언제든 다시 찾아 주세요.")
            await core.contacts.end_contact()  # the chat ends after the message typed before it
            assert core.presence == "on_call"  # the first chat still goes on
            fill_wrap_up(core)
            await core.contacts.finish_wrap_up()
            assert core.active_contact is not None and core.active_contact.contact_id == first
            assert core.presence == "on_call"
            view = await asyncio.to_thread(second_person.view)
            assert view["state"] == "ended"
            said = [m["text"] for m in view["messages"] if m["sender"] == "counselor"]
            assert said[-1].startswith("오늘은 여기까지")

            await core.contacts.end_contact()
            assert core.presence == "wrap_up"
            fill_wrap_up(core)
            await core.contacts.finish_wrap_up()
            assert core.active_contact is None and core.contacts.held() == []
            assert core.presence == "available"
        finally:
            await core.close()

    asyncio.run(go())


def test_an_attempt_written_in_a_chat_makes_the_dispatch_an_ambulance_first(
    live_server: Any, tmp_path: Path
) -> None:
    """With no checklist at all, the person's own words choose the service as a crisis answer would:
    a wish to die is police's to locate; an overdose already taken needs 119 first."""
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        try:
            await core.start_sync()
            await core.calls.set_presence("available")
            person, chat = await _chat(core, live_server)
            await asyncio.to_thread(person.say, "그냥 죽고 싶어요")
            await wait_for(lambda: core.chats.summary(chat).crisis, 20, "the crisis latched")
            assert core.dispatches.dispatch_draft().service == "police_112"
            await asyncio.to_thread(person.say, "수면제를 한 통 다 먹었어요")
            await wait_for(lambda: core.dispatches.dispatch_draft().service == "fire_ems_119", 20,
                           "the draft to turn to 119 on the attempt")
        finally:
            await core.close()

    asyncio.run(go())
