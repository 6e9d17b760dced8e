"""The core and its sync engine against the real server: notes arrive once, events once, failures kept."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.api import calls as api_calls
from annyeong.console.api import contacts as api_contacts
from annyeong.console.api import events as api_events
from annyeong.console.api.client import ApiClient
from annyeong.console.changes import Changes
from annyeong.console.core import ConsoleCore
from annyeong.console.errors import ApiError
from annyeong.console.state import SyncStatus
from annyeong.console.store.db import Database
from annyeong.console.store.local import ENTRY_CREATE, LocalStore
from annyeong.console.store.outbox import Outbox
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.wire import EntryCreate, Event
from tests.console.support import PASSWORD, fill_wrap_up, signed_in, wait_for
from tests.support import web
from tests.support.live_server import start_live_server


def entries(live_server: Any, contact_id: str) -> list[dict[str, Any]]:
    response = live_server.get(f"/v1/contacts/{contact_id}/entries")
    response.raise_for_status()
    return list(response.json()["items"])


def account(core: ConsoleCore) -> Any:
    assert core.context.account is not None
    return core.context.account


async def on_call(core: ConsoleCore, live_server: Any, number: str | None = "010-2345-6789") -> str:
    """Make `core` available, ring it, accept; returns the contact id."""
    await core.calls.set_presence("available")
    call = live_server.post_call(number)
    assert core.me is not None and call["offered_to"] == core.me.id
    active = await core.calls.accept_call(call["id"])
    return active.contact_id


def test_notes_reach_the_server_exactly_once(live_server: Any, tmp_path: Path) -> None:
    async def go() -> str:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await on_call(core, live_server)
        assert core.presence == "on_call"
        core.contacts.update_note("첫")
        core.contacts.update_note("첫 메모")  # coalesced into the same row: never sent

        # A send whose answer was lost: the row reaches the server but is not acknowledged here.
        rows = account(core).outbox.rows()
        assert len(rows) == 1 and rows[0].payload["entry"]["body"] == "첫 메모"
        lost = account(core).outbox.claim_next()
        assert lost is not None
        entry = EntryCreate.model_validate(lost.payload["entry"])
        await api_contacts.add_entry(core.client, contact_id, entry, idempotency_key=lost.idempotency_key)

        core.contacts.update_note("첫 메모, 둘째 줄")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="outbox drained")
        core.contacts.update_note("첫 메모, 둘째 줄 <b>끝</b>")
        await core.contacts.end_contact()
        assert core.presence == "wrap_up"
        fill_wrap_up(core)
        await core.contacts.finish_wrap_up()
        assert core.active_contact is None and core.presence == "available"
        assert core.sync_status.pending == 0 and core.sync_status.failed == 0
        await core.close()
        return contact_id

    contact_id = asyncio.run(go())
    items = entries(live_server, contact_id)
    revisions = [(e["id"], e["revision"]) for e in items]
    assert len(revisions) == len(set(revisions)), "one entry per revision"
    assert [e["revision"] for e in items] == [1, 2, 3]
    assert items[-1]["body"] == "첫 메모, 둘째 줄 <b>끝</b>"
    contact = live_server.get(f"/v1/contacts/{contact_id}").json()
    assert contact["ended_at"] is not None


def test_a_refused_row_is_kept_as_failed(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await on_call(core, live_server)
        outbox = account(core).outbox
        outbox.enqueue(
            kind=ENTRY_CREATE, idempotency_key="entry:bogus:1", record_id="no-such-contact",
            payload={"contact_id": "no-such-contact",
                     "entry": {"id": "6f1c3f0e-0000-4000-8000-000000000001", "body": "x", "revision": 1}},
        )
        core.contacts.update_note("괜찮아요")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="drained")
        assert core.sync_status.failed == 1
        failed = [r for r in outbox.rows() if r.state == "failed"]
        assert len(failed) == 1 and failed[0].last_error in ("not_found", "contact_not_found", "forbidden",
                                                              "http_404", "http_403")
        assert [e["body"] for e in entries(live_server, contact_id)] == ["괜찮아요"]
        await core.close()

    asyncio.run(go())


def test_revoked_session_asks_for_sign_in_once_and_keeps_everything(live_server: Any, tmp_path: Path) -> None:
    async def go() -> str:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await on_call(core, live_server)
        seen: list[Changes] = []
        statuses: list[SyncStatus] = []
        core.add_listener(seen.append)
        core.add_listener(lambda _c: statuses.append(core.sync_status))
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")

        # Another device signs this session out (revokes the token family).
        token = core.client._access_token
        r = web.post(f"{live_server.url}/v1/auth/logout", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 204
        for text in ("하나", "하나 둘", "하나 둘 셋"):
            core.contacts.update_note(text)
            await asyncio.sleep(0.2)
        await wait_for(lambda: core.sync_status.state == "auth_required", what="auth_required")
        core.contacts.update_note("하나 둘 셋 넷")
        await asyncio.sleep(0.5)
        assert core.sync_status.state == "auth_required"
        assert core.sync_status.pending >= 1 and core.sync_status.failed == 0
        entered = [i for i, s in enumerate(statuses)
                   if s.state == "auth_required" and (i == 0 or statuses[i - 1].state != "auth_required")]
        assert len(entered) == 1
        assert sum(1 for c in seen if c.session) == 1

        await core.sign_in(server_url=live_server.url, username="kim", password=PASSWORD)
        await wait_for(lambda: core.sync_status.pending == 0 and core.sync_status.state == "online",
                       what="resumed and drained")
        await core.close()
        return contact_id

    contact_id = asyncio.run(go())
    assert entries(live_server, contact_id)[-1]["body"] == "하나 둘 셋 넷"


def test_offered_call_appears_and_declining_clears_it(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await core.calls.set_presence("available")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        call = live_server.post_call("010-2345-6789")
        await wait_for(lambda: core.offered_call is not None, what="offer")
        offered = core.offered_call
        assert offered is not None and offered.id == call["id"]
        assert offered.caller.number_masked == "010-****-6789" and offered.caller.number_e164 is None
        assert offered.caller.returning and offered.caller.prior_contacts == 3
        history = await core.lookups.caller_history()
        assert history is not None and history.caller.prior_contacts == 3
        await core.calls.decline_call(call["id"], reason="training")
        assert core.offered_call is None
        await core.close()

    asyncio.run(go())


def insert_raw_event(db_path: Path, type_: str, audience: str, data: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        cur = conn.execute(
            "INSERT INTO events (type, audience, data, created_at) VALUES (?, ?, ?, ?)",
            (type_, audience, data, now),
        )
        conn.commit()
        return int(cur.lastrowid or 0)
    finally:
        conn.close()


def test_a_malformed_event_is_skipped(live_server: Any, tmp_path: Path, caplog: Any) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        assert core.me is not None
        await core.calls.set_presence("available")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        audience = f"|user:{core.me.id}|"
        db_path = live_server.db_path
        bad_shape = insert_raw_event(db_path, "call.offered", audience, json.dumps({"bogus": True}))
        unknown = insert_raw_event(db_path, "something.new", audience, json.dumps({"x": 1}))
        call = live_server.post_call(None)  # a withheld number; this event also wakes the stream
        await wait_for(lambda: core.offered_call is not None, what="the valid offer after the bad ones")
        assert core.offered_call is not None and core.offered_call.id == call["id"]
        assert core.offered_call.caller.withheld
        assert await core.lookups.caller_history() is None
        assert account(core).store.last_seq() > unknown > bad_shape
        assert core.sync_status.state == "online"
        await core.close()

    with caplog.at_level("WARNING", logger="annyeong.console.sync.engine"):
        asyncio.run(go())
    skipped = [r.getMessage() for r in caplog.records if r.getMessage().startswith("skipping event")]
    assert any("type=call.offered" in m for m in skipped), caplog.text
    assert all("bogus" not in m for m in skipped), "the event's data is never logged"


def test_events_missed_while_stopped_are_applied_once(live_server: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "account.sqlite3"
    applied: list[int] = []

    def engine_for(client: ApiClient) -> tuple[Database, SyncEngine]:
        db = Database(db_path)
        outbox = Outbox(db)
        engine = SyncEngine(client=client, outbox=outbox, store=LocalStore(db, outbox),
                            apply_event=lambda e: applied.append(e.seq), push=False)
        return db, engine

    async def go() -> list[Event]:
        client = ApiClient(server_url=live_server.url)
        await client.login(username="kim", password=PASSWORD)
        db, engine = engine_for(client)
        engine.start()
        await api_calls.set_presence(client, "available")
        await wait_for(lambda: len(applied) >= 1, what="first event")
        await engine.stop()
        db.close()

        # While this console is away: presence changes and a call rings it.
        await api_calls.set_presence(client, "break")
        await api_calls.set_presence(client, "available")
        live_server.post_call("010-9876-5432")
        server_events = (await api_events.poll_events(client, after=0, limit=500)).items

        db, engine = engine_for(client)  # a new process would reopen the same file
        engine.start()
        await wait_for(lambda: bool(applied) and applied[-1] >= server_events[-1].seq, what="catch-up")
        await asyncio.sleep(0.3)  # anything applied twice would show up now
        await engine.stop()
        db.close()
        await client.aclose()
        return server_events

    server_events = asyncio.run(go())
    assert applied == [e.seq for e in server_events], "every event once, in order"
    assert {"presence.changed", "call.offered"} <= {e.type for e in server_events}


def test_offline_work_is_delivered_when_the_server_returns(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server")
    port = int(server.url.rsplit(":", 1)[1])

    async def go() -> str:
        nonlocal server
        core = await signed_in(server.url, tmp_path / "data")
        contact_id = await on_call(core, server)
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        server.stop()

        core.contacts.update_note("연결이 끊겼어요")
        await core.contacts.end_contact()  # works offline
        await wait_for(lambda: core.sync_status.state == "offline", what="offline")
        assert core.sync_status.pending == 2 and core.active_contact is not None
        assert core.active_contact.ended_at is not None

        server = start_live_server(tmp_path / "server", port=port)  # same database, same address
        await wait_for(lambda: core.sync_status.pending == 0, timeout=40, what="delivered after return")
        fill_wrap_up(core)
        await core.contacts.finish_wrap_up()
        await core.close()
        return contact_id

    try:
        contact_id = asyncio.run(go())
        assert [e["body"] for e in entries(server, contact_id)] == ["연결이 끊겼어요"]
        assert server.get(f"/v1/contacts/{contact_id}").json()["ended_at"] is not None
    finally:
        server.stop()


def test_missed_offer_is_withdrawn_and_presence_follows_the_server(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await core.calls.set_presence("available")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        live_server.post_call("010-3141-5926")
        await wait_for(lambda: core.offered_call is not None, what="offer")
        assert core.offered_call is not None and not core.offered_call.caller.returning
        # Nobody answers: after the ring timeout (5 s here) the offer goes and kim is set to break.
        await wait_for(lambda: core.offered_call is None, timeout=15, what="offer withdrawn")
        await wait_for(lambda: core.presence == "break", what="presence from the server")
        await core.close()

    asyncio.run(go())


def test_declining_twice_and_accepting_a_gone_call(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await core.calls.set_presence("available")
        call = live_server.post_call("010-9876-5432")
        await core.calls.decline_call(call["id"], reason="")
        await core.calls.decline_call(call["id"], reason="")  # no longer offered: still "declined"
        with pytest.raises(ApiError) as info:
            await core.calls.accept_call(call["id"])
        assert info.value.code == "call_not_offered_to_you" and core.offered_call is None
        await core.close()

    asyncio.run(go())


def test_declining_as_away_puts_the_counselor_on_a_break(live_server: Any, tmp_path: Path) -> None:
    """잠시 자리 비움: the next call does not ring at an empty desk; any other reason keeps 상담 가능."""
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await core.calls.set_presence("available")
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", what="online")
        call = live_server.post_call("010-2345-6789")
        await wait_for(lambda: core.offered_call is not None, what="offer")
        await core.calls.decline_call(call["id"], reason="equipment")
        assert core.presence == "available"
        second = live_server.post_call("010-2345-6790")
        await wait_for(lambda: core.offered_call is not None and core.offered_call.id == second["id"],
                       what="the next call")
        await core.calls.decline_call(second["id"], reason="away")
        assert core.presence == "break" and core.offered_call is None
        await core.close()

    asyncio.run(go())
