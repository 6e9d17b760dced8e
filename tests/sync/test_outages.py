"""Outages, reconnect storms, expired sessions, conflicts and a corrupt local file."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from annyeong.console.changes import Changes
from annyeong.console.store.db import Database
from tests.console.support import PASSWORD, fill_wrap_up, signed_in
from tests.support import web
from tests.support.live_server import start_live_server
from tests.sync.fault_proxy import FaultProxy
from tests.sync.support import mini_console, wait_for


async def _on_call(core: Any, server: Any, number: str = "010-2345-6789") -> str:
    await core.calls.set_presence("available")
    call = server.post_call(number)
    return str((await core.calls.accept_call(call["id"])).contact_id)


def test_server_down_then_back_delivers_everything(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server")
    port = int(server.url.rsplit(":", 1)[1])

    async def go() -> tuple[str, int]:
        nonlocal server
        core = await signed_in(server.url, tmp_path / "data")
        contact_id = await _on_call(core, server)
        await core.start_sync()
        await wait_for(lambda: core.sync_status.state == "online", timeout=10, what="online")
        server.stop()
        for i in range(20):  # the counselor keeps working while the server is gone
            core.contacts.update_note(f"서버가 없어도 적는 메모 {i}")
            await asyncio.sleep(0.1)
        core.contacts.update_contact_details(summary="연결 끊긴 동안 요약")
        await core.contacts.end_contact()
        await wait_for(lambda: core.sync_status.state == "offline", timeout=10, what="offline")
        status = core.sync_status
        assert status.pending >= 3 and status.failed == 0
        assert status.oldest_pending_at is not None
        server = start_live_server(tmp_path / "server", port=port)
        await wait_for(lambda: core.sync_status.pending == 0, timeout=60, what="delivered after return")
        assert core.sync_status.state == "online" and core.sync_status.oldest_pending_at is None
        fill_wrap_up(core)
        await core.contacts.finish_wrap_up()
        await core.close()
        return contact_id, status.pending

    try:
        contact_id, pending = asyncio.run(go())
        items = server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert items[-1]["body"] == "서버가 없어도 적는 메모 19"
        assert len({(e["id"], e["revision"]) for e in items}) == len(items)
        contact = server.get(f"/v1/contacts/{contact_id}").json()
        assert contact["ended_at"] is not None and contact["summary"] == "대화 나눔"
        print(f"pending while down: {pending}")
    finally:
        server.stop()


def test_twenty_consoles_reconnect_spread_out(live_server: Any, tmp_path: Path) -> None:
    consoles_n = 20
    proxies = [FaultProxy(live_server.url) for _ in range(consoles_n)]

    async def go() -> list[float]:
        consoles = [mini_console(p.url, tmp_path / f"c{i}.sqlite3", push=False, base=0.5, cap=4.0)
                    for i, p in enumerate(proxies)]
        token = live_server.token("kim")
        for c in consoles:
            c.client.set_tokens(access_token=token, refresh_token=None)
            c.engine.start()
        await wait_for(lambda: all(c.engine.status.state == "online" for c in consoles), timeout=30,
                       what="all online")
        for p in proxies:
            p.down = True
            p.cut_streams()
        await asyncio.sleep(8)  # long enough for every console to reach the backoff cap
        up = time.monotonic()
        for p in proxies:
            p.down = False
        await wait_for(lambda: all(c.engine.status.state == "online" for c in consoles), timeout=30,
                       what="all back")
        firsts = [min(t for t in p.attempts if t >= up) - up for p in proxies]
        for c in consoles:
            await c.close()
            await c.client.aclose()
        return firsts

    try:
        firsts = sorted(asyncio.run(go()))
    finally:
        for p in proxies:
            p.stop()
    spread = firsts[-1] - firsts[0]
    busiest = max(sum(1 for t in firsts if s <= t < s + 0.25) for s in firsts)
    print(f"first reconnect after the server returned: min {firsts[0]:.2f} s, max {firsts[-1]:.2f} s, "
          f"spread {spread:.2f} s, busiest 250 ms window {busiest}/{consoles_n}")
    assert spread > 1.0, "jittered, not a thundering herd"
    assert busiest <= consoles_n // 2


def test_token_expiry_mid_sync_asks_once_and_keeps_everything(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "server", access_token_ttl_s=2, refresh_token_ttl_s=3)

    async def go() -> tuple[str, int]:
        core = await signed_in(server.url, tmp_path / "data")
        contact_id = await _on_call(core, server)
        seen: list[Changes] = []
        core.add_listener(seen.append)
        await core.start_sync()
        for i in range(12):  # the tokens expire while this goes on
            core.contacts.update_note(f"만료 중 메모 {i}")
            await asyncio.sleep(0.5)
        await wait_for(lambda: core.sync_status.state == "auth_required", timeout=30, what="auth_required")
        core.contacts.update_note("만료 후 메모")
        await asyncio.sleep(1.0)
        assert core.sync_status.pending >= 1 and core.sync_status.failed == 0
        prompts = sum(1 for c in seen if c.session)
        await core.sign_in(server_url=server.url, username="kim", password=PASSWORD)
        await wait_for(lambda: core.sync_status.pending == 0, timeout=30, what="drained after sign-in")
        await core.close()
        return contact_id, prompts

    try:
        contact_id, prompts = asyncio.run(go())
        items = server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert items[-1]["body"] == "만료 후 메모"
        assert prompts == 1, "one login prompt"
    finally:
        server.stop()


def test_a_conflicting_change_shows_both_values_and_the_person_chooses(
    live_server: Any, tmp_path: Path
) -> None:
    async def go() -> tuple[str, list[Any]]:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await _on_call(core, live_server)
        # Someone else (kim on another PC) changes the summary first, at the version both read.
        headers = {"Authorization": f"Bearer {live_server.token('kim')}", "If-Match": '"1"'}
        other = web.patch(f"{live_server.url}/v1/contacts/{contact_id}", json={"summary": "다른 PC의 요약"},
                            headers=headers)
        assert other.status_code == 200, other.text
        core.contacts.update_contact_details(summary="이 PC의 요약")
        await core.start_sync(pull=False)  # the other change's event has not reached this console yet
        await wait_for(lambda: core.sync_status.failed == 1, timeout=20, what="412 parked")
        [failed] = core.sync.sync_failures()
        assert failed.reason == "version_mismatch" and failed.kind == "contact.update"
        values = await core.sync.conflict_values(failed.row_id)
        await core.sync.resolve_conflict(failed.row_id, keep="mine")
        await wait_for(lambda: core.sync_status.pending == 0 and core.sync_status.failed == 0, timeout=20,
                       what="mine delivered")
        await core.close()
        return contact_id, values

    contact_id, values = asyncio.run(go())
    assert [(v.field, v.mine, v.theirs) for v in values] == [("summary", "이 PC의 요약", "다른 PC의 요약")]
    assert live_server.get(f"/v1/contacts/{contact_id}").json()["summary"] == "이 PC의 요약"


def test_keeping_their_value_makes_it_this_pcs_value_too(live_server: Any, tmp_path: Path) -> None:
    async def go() -> str:
        core = await signed_in(live_server.url, tmp_path / "data")
        contact_id = await _on_call(core, live_server)
        headers = {"Authorization": f"Bearer {live_server.token('kim')}", "If-Match": '"1"'}
        other = web.patch(f"{live_server.url}/v1/contacts/{contact_id}",
                            json={"summary": "다른 PC의 요약", "service_types": ["info"]}, headers=headers)
        assert other.status_code == 200, other.text
        core.contacts.update_contact_details(summary="이 PC의 요약", service_types=["conversation"])
        await core.start_sync(pull=False)
        await wait_for(lambda: core.sync_status.failed == 1, timeout=20, what="412 parked")
        [failed] = core.sync.sync_failures()
        await core.sync.resolve_conflict(failed.row_id, keep="theirs")
        active = core.active_contact
        assert active is not None
        assert active.details.summary == "다른 PC의 요약", "the form shows what the server holds"
        assert active.details.service_types == ("info",)
        assert core.sync_status.failed == 0 and core.sync_status.pending == 0, "nothing of mine goes out"
        # The next edit of another field goes out against their version: no second conflict.
        core.contacts.update_contact_details(disposition="completed")
        await wait_for(lambda: core.sync_status.pending == 0, timeout=20, what="next edit delivered")
        assert core.sync_status.failed == 0
        await core.close()
        return contact_id

    contact_id = asyncio.run(go())
    server = live_server.get(f"/v1/contacts/{contact_id}").json()
    assert (server["summary"], server["service_types"], server["disposition"]) == (
        "다른 PC의 요약", ["info"], "completed"
    )


def _index_page(db: Database, index: str) -> tuple[int, int]:
    """(offset, size) of an index's root page; read through the store's own (maybe encrypted) connection."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = int(db.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0])
    page = int(db.conn.execute("PRAGMA page_size").fetchone()[0])
    return (root - 1) * page, page


def _smash(path: Path, offset: int, size: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * size)


def test_a_corrupt_local_database_is_set_aside_and_unsent_rows_kept(
    live_server: Any, tmp_path: Path
) -> None:
    data = tmp_path / "data"

    async def first() -> tuple[str, Path, tuple[int, int]]:
        core = await signed_in(live_server.url, data)
        contact_id = await _on_call(core, live_server)
        core.contacts.update_note("깨지기 전에 적은 메모")  # never sent: sync is not started
        assert core.context.account is not None
        path = core.context.account.db.path
        where = _index_page(core.context.account.db, "outbox_due")
        await core.close()
        return contact_id, path, where

    async def second() -> tuple[Any, int, Any]:
        core = await signed_in(live_server.url, data)
        recovery = core.sync.store_recovery
        pending = core.sync_status.pending
        reopened = core.active_contact  # the call goes on: reopened from the server, the note salvaged
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, timeout=20, what="salvaged row delivered")
        core.contacts.update_note("깨지기 전에 적은 메모, 이어서")
        await wait_for(lambda: core.sync_status.pending == 0, timeout=20, what="the next revision")
        await core.close()
        return recovery, pending, reopened

    contact_id, path, (offset, size) = asyncio.run(first())
    _smash(path, offset, size)
    recovery, pending, reopened = asyncio.run(second())
    assert recovery is not None and recovery.code == "local_store_corrupt" and recovery.salvaged == 1
    assert recovery.kept_aside.exists() and ".corrupt-" in recovery.kept_aside.name
    assert pending == 1
    assert reopened is not None and reopened.contact_id == contact_id
    assert reopened.note_text == "깨지기 전에 적은 메모"
    items = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
    assert [(e["body"], e["revision"]) for e in items] == [
        ("깨지기 전에 적은 메모", 1), ("깨지기 전에 적은 메모, 이어서", 2)
    ], "one note, continued: not a second note beside the salvaged one"
    assert len({e["id"] for e in items}) == 1


def test_another_workstation_reopens_the_call_its_counselor_holds(live_server: Any, tmp_path: Path) -> None:
    async def first() -> str:
        core = await signed_in(live_server.url, tmp_path / "pc1")
        contact_id = await _on_call(core, live_server)
        await core.start_sync()
        core.contacts.update_note("첫 PC에서 적은 메모")
        core.contacts.update_contact_details(summary="첫 PC의 요약")
        await wait_for(lambda: core.sync_status.pending == 0, timeout=20, what="delivered")
        await core.close()  # the first PC dies with the call still open
        return contact_id

    async def second() -> Any:
        core = await signed_in(live_server.url, tmp_path / "pc2")
        reopened = core.active_contact
        await core.close()
        return reopened

    contact_id = asyncio.run(first())
    reopened = asyncio.run(second())
    assert reopened is not None and reopened.contact_id == contact_id
    assert reopened.note_text == "첫 PC에서 적은 메모" and reopened.details.summary == "첫 PC의 요약"


def test_an_unreadable_file_is_kept_aside_and_a_fresh_store_opens(tmp_path: Path) -> None:
    path = tmp_path / "account.sqlite3"
    path.write_bytes(b"this is not a database" * 400)
    db = Database(path)
    assert db.recovery is not None and db.recovery.salvaged == 0
    assert db.recovery.kept_aside.read_bytes().startswith(b"this is not")
    assert db.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()
    assert Database(path).recovery is None, "a sound file is left alone"
