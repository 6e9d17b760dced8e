"""Conversations against the real server over real HTTP: the counselor's messages through the outbox
exactly once, in order, and the transcript fetched back from the server."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

from annyeong.console.chats.api import list_messages, post_message
from annyeong.console.chats.conversations import Conversations
from annyeong.console.wire import LiveChatMessageCreate
from tests.console.support import signed_in, wait_for
from tests.server.helpers import post_chat


async def _chat_contact(core: Any, live: Any) -> str:
    await core.calls.set_presence("available")
    call = post_chat(live, {"transcript": []}).json()
    contact = await core.calls.accept_call(call["id"])
    return str(contact.contact_id)


def test_counselor_messages_reach_the_server_once_and_in_order(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        try:
            contact_id = await _chat_contact(core, live_server)
            account = core.context.account
            conv = Conversations(db=account.db, outbox=account.outbox, client=core.client,
                                 now=core.server_now, wake=core.context.refresh_counts)
            conv.open(contact_id)
            texts = ["안녕하세요, 상담사입니다.", "천천히 이야기해 주세요.", "잠시만 기다려 주세요."]
            for text in texts:
                conv.send(contact_id, text)  # queued before the engine runs: an outage, in effect
            await core.start_sync()
            await wait_for(lambda: all(line.seq for line in conv.lines(contact_id)), 30, "stored")
            page = await list_messages(core.client, contact_id)
            assert [m.text for m in page.items if m.sender == "counselor"] == texts
            # The same id again (a retry after a kill) returns the stored message, not a second one.
            first = conv.lines(contact_id)[0]
            again = await post_message(core.client, contact_id,
                                       LiveChatMessageCreate(id=uuid.UUID(first.id), text=first.text))
            assert again.seq == first.seq
            page = await list_messages(core.client, contact_id)
            assert len([m for m in page.items if m.sender == "counselor"]) == 3
            assert [line.delivery for line in conv.lines(contact_id)].count("pending") == 0
            await conv.close()
        finally:
            await core.close()

    asyncio.run(go())


def test_a_restart_refetches_the_transcript_from_the_server(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        try:
            contact_id = await _chat_contact(core, live_server)
            account = core.context.account
            conv = Conversations(db=account.db, outbox=account.outbox, client=core.client,
                                 now=core.server_now)
            for text in ("첫 번째", "두 번째"):
                await post_message(core.client, contact_id, LiveChatMessageCreate(id=uuid.uuid4(), text=text))
            assert await conv.refetch(contact_id)
            assert [line.text for line in conv.lines(contact_id)] == ["첫 번째", "두 번째"]
            assert await conv.refetch(contact_id)  # again: nothing twice
            assert len(conv.lines(contact_id)) == 2
        finally:
            await core.close()

    asyncio.run(go())
