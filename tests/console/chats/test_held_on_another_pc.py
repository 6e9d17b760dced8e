"""A counselor who holds two chats and a phone call moves to another PC (two data dirs, one real server
over real HTTP): every contact comes back there, held, the call on screen, each chat with its hand-off,
its transcript and what was read, each note continuing its revisions; a message written there reaches the
person once. Offline at that sign-in, nothing is lost: the next sign-in brings them."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from annyeong.console.api import contacts as api_contacts
from annyeong.console.changes import Changes
from annyeong.console.core import ConsoleCore
from tests.console.chats.test_held_contacts import _chat, _take_offer
from tests.console.support import PASSWORD, make_core, signed_in, wait_for
from tests.server.helpers import post_call
from tests.support.live_server import start_live_server


def _texts(core: ConsoleCore, contact_id: str) -> list[str]:
    return [line.text for line in core.chats.lines(contact_id)]


async def _on_pc_a(core: ConsoleCore, live: Any) -> dict[str, Any]:
    """Two chats and then a call, with notes, a read message, an unread one and a reply that arrived."""
    await core.start_sync()
    await core.calls.set_presence("available")
    first_person, first = await _chat(core, live)
    core.contacts.update_note("첫 채팅 메모")
    await asyncio.to_thread(first_person.say, "밤마다 잠이 안 와요")
    await wait_for(lambda: core.chats.summary(first).unread == 1, 20, "the person's words here")
    core.chats.mark_read(first)
    core.chats.send(first, "말씀해 주셔서 고마워요. 언제부터 그러셨어요?")
    second_person, second = await _chat(core, live)
    await asyncio.to_thread(post_call, live, "010-5656-7878")
    call = await _take_offer(core, "phone")
    core.contacts.update_note("통화 메모")
    await asyncio.to_thread(second_person.say, "저 아직 기다리고 있어요")
    await wait_for(lambda: core.chats.summary(second).unread == 1, 20, "the second person's words here")
    account = core.context.account
    assert account is not None
    await wait_for(lambda: account.outbox.counts() == (0, 0), 20, "everything delivered")
    return {
        "first": first, "second": second, "call": call, "second_person": second_person,
        "chats": {c: account.store.chat_of(c) for c in (first, second)},
        "lines": {c: _texts(core, c) for c in (first, second)},
    }


def test_a_call_and_two_chats_all_come_back_on_another_pc(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        pc_a = await signed_in(live_server.url, tmp_path / "pc-a")
        try:
            seen = await _on_pc_a(pc_a, live_server)
        finally:
            await pc_a.close()
        first, second, call = seen["first"], seen["second"], seen["call"]

        pc_b = make_core(live_server.url, tmp_path / "pc-b")
        told: list[Changes] = []
        pc_b.add_listener(told.append)
        await pc_b.sign_in(server_url=live_server.url, username="kim", password=PASSWORD)
        try:
            assert [c.contact_id for c in pc_b.contacts.held()] == [first, second, call]
            # The phone call is on screen: a voice waiting cannot be put aside unseen.
            active = pc_b.active_contact
            assert active is not None and active.contact_id == call and active.channel == "phone"
            assert active.note_text == "통화 메모" and pc_b.active_chat is None
            assert pc_b.active_card is not None

            # The chats follow their conversations: the transcripts come, what was read stays read.
            told.clear()
            await pc_b.chats.wait_idle()
            assert any(c.chat for c in told), "the screen is told the transcripts came"
            for chat in (first, second):
                assert _texts(pc_b, chat) == seen["lines"][chat]
            assert pc_b.chats.summary(first).unread == 0, "read on the other PC"
            assert pc_b.chats.summary(second).unread == 1
            assert sorted(pc_b.chats.chats()) == sorted([first, second])

            # Each chat as a conversation, with the chatbot's hand-off it came with.
            pc_b.contacts.focus(first)
            assert pc_b.active_contact is not None and pc_b.active_contact.note_text == "첫 채팅 메모"
            assert pc_b.active_chat == seen["chats"][first] and pc_b.active_chat is not None
            assert pc_b.active_chat.self_test is not None
            assert pc_b.active_card is not None
            pc_b.contacts.focus(second)
            assert pc_b.active_chat == seen["chats"][second]

            # Notes continue their revisions; a message written here reaches the person once.
            await pc_b.start_sync()
            pc_b.contacts.focus(first)
            pc_b.contacts.update_note("첫 채팅 메모 · 다른 자리에서 이어 씀")
            pc_b.chats.send(second, "기다려 주셔서 고마워요. 자리를 옮겼어요.")
            account = pc_b.context.account
            assert account is not None
            await wait_for(lambda: account.outbox.counts() == (0, 0), 20, "delivered from PC B")
            entries = await api_contacts.list_entries(pc_b.context.client, first)
            notes = sorted((e.revision, e.body) for e in entries.items if e.kind == "note")
            assert notes == [(1, "첫 채팅 메모"), (2, "첫 채팅 메모 · 다른 자리에서 이어 씀")]
            assert len({e.id for e in entries.items if e.kind == "note"}) == 1, "the same note"
            view = await asyncio.to_thread(seen["second_person"].view)
            said = [m["text"] for m in view["messages"] if m["sender"] == "counselor"]
            assert said.count("기다려 주셔서 고마워요. 자리를 옮겼어요.") == 1
        finally:
            await pc_b.close()

        # Back at the first PC: nothing doubled there either (it had them all).
        again = await signed_in(live_server.url, tmp_path / "pc-a")
        try:
            assert [c.contact_id for c in again.contacts.held()] == [first, second, call]
        finally:
            await again.close()

    asyncio.run(go())


def test_offline_at_sign_in_loses_nothing_and_the_next_sign_in_brings_them(tmp_path: Path) -> None:
    live = start_live_server(tmp_path / "server")
    port = int(live.url.rsplit(":", 1)[1])

    async def go() -> None:
        nonlocal live
        # PC B is signed in before anything is held, then the server goes away as it would reopen them.
        pc_b = await signed_in(live.url, tmp_path / "pc-b")
        pc_a = await signed_in(live.url, tmp_path / "pc-a")
        try:
            await pc_a.start_sync()
            await pc_a.calls.set_presence("available")
            _person, chat = await _chat(pc_a, live)
            await asyncio.to_thread(post_call, live, "010-9090-1212")
            call = await _take_offer(pc_a, "phone")
        finally:
            await pc_a.close()
        me, account = pc_b.context.me, pc_b.context.account
        assert me is not None and account is not None
        live.stop()
        holding = me.model_copy(update={"open_contact_ids": [chat, call]})
        await pc_b.contacts.reopen_from_server(account, holding)
        assert pc_b.contacts.held() == [] and pc_b.active_contact is None
        await pc_b.close()

        live = start_live_server(tmp_path / "server", port=port)
        again = await signed_in(live.url, tmp_path / "pc-b")
        try:
            assert [c.contact_id for c in again.contacts.held()] == [chat, call]
            assert again.active_contact is not None and again.active_contact.contact_id == call
        finally:
            await again.close()

    try:
        asyncio.run(go())
    finally:
        live.stop()
