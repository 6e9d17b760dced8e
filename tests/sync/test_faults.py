"""Records through a faulty network: none lost, none doubled; Retry-After honoured; events once."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from annyeong.console.api import calls as api_calls
from annyeong.console.api import events as api_events
from annyeong.console.store.local import entry_key
from tests.sync.fault_proxy import Fault, FaultProxy
from tests.sync.support import (
    PASSWORD,
    lost_and_duplicated,
    mini_console,
    open_contact,
    server_entry_keys,
    wait_for,
)

RECORDS = 400  # CI-sized; tests/sync/soak.py --records 10000 runs the full figure


def test_records_through_the_faulty_proxy_arrive_exactly_once(live_server: Any, tmp_path: Path) -> None:
    proxy = FaultProxy(live_server.url)

    async def go() -> tuple[set[str], list[str], int]:
        console = mini_console(proxy.url, tmp_path / "a.sqlite3", seed=8)
        await console.client.login(username="kim", password=PASSWORD)
        contact = await open_contact(live_server.url, console.client)
        console.store.open_contact(contact)
        console.engine.start()
        proxy.faults.randomise(seed=8, rate=0.15)
        for i in range(RECORDS):
            if i % 4 == 0:
                console.type_note(contact.id, f"메모 {i}")  # revisions of one note (some coalesce)
            else:
                console.add_entry(contact.id, f"체크 {i}")  # separate entries
            if i % 16 == 0:
                await asyncio.sleep(0.05)  # let the engine claim rows, so later drafts become new revisions
        await wait_for(lambda: console.outbox.counts() == (0, 0), timeout=90, what="outbox drained")
        note = console.db.conn.execute("SELECT note_id, revision FROM notes").fetchone()
        note_keys = {entry_key(note["note_id"], r) for r in range(1, note["revision"] + 1)}
        expected = set(console.expected) | note_keys
        await console.close()
        await console.client.aclose()
        return expected, [contact.id], proxy.faults.total()

    try:
        expected, contacts, faults = asyncio.run(go())
    finally:
        proxy.stop()
    found = server_entry_keys(live_server, contacts)
    lost, duplicated = lost_and_duplicated(expected, found)
    print(f"records expected {len(expected)}, found {len(found)}, faults {faults}, "
          f"lost {len(lost)}, duplicated {len(duplicated)}")
    assert faults > 10, "the proxy really injected faults"
    assert not lost and not duplicated
    assert set(found) == expected, "nothing the console did not queue"


def test_retry_after_is_honoured(live_server: Any, tmp_path: Path) -> None:
    proxy = FaultProxy(live_server.url)

    async def go() -> tuple[float, float]:
        console = mini_console(proxy.url, tmp_path / "a.sqlite3", pull=False)
        await console.client.login(username="kim", password=PASSWORD)
        contact = await open_contact(live_server.url, console.client)
        waits = []
        for status in (429, 503):
            proxy.faults.script(Fault("status", status=status, retry_after=2), method="POST", path="/entries")
            key = console.add_entry(contact.id, f"{status}")
            console.engine.start()
            start = time.monotonic()
            assert await console.engine.wait_delivered(key, timeout=20)
            waits.append(time.monotonic() - start)
            await console.engine.stop()
        await console.close()
        await console.client.aclose()
        return waits[0], waits[1]

    try:
        wait_429, wait_503 = asyncio.run(go())
    finally:
        proxy.stop()
    print(f"waited {wait_429:.2f} s after 429 and {wait_503:.2f} s after 503 (Retry-After: 2)")
    assert 1.9 <= wait_429 < 10 and 1.9 <= wait_503 < 10


def test_events_are_applied_once_through_cut_streams(live_server: Any, tmp_path: Path) -> None:
    """Events created while a console was offline (and while its stream kept being cut) all arrive, once."""
    proxy = FaultProxy(live_server.url)

    async def go() -> tuple[list[int], list[int]]:
        console = mini_console(proxy.url, tmp_path / "a.sqlite3", push=False)
        await console.client.login(username="kim", password=PASSWORD)
        console.engine.start()
        await api_calls.set_presence(console.client, "available")
        await wait_for(lambda: bool(console.applied), timeout=10, what="first event")
        proxy.down = True
        proxy.cut_streams()
        other = mini_console(live_server.url, tmp_path / "b.sqlite3", push=False, pull=False)
        await other.client.login(username="kim", password=PASSWORD)
        for status in ("break", "available", "break", "available") * 5:
            await api_calls.set_presence(other.client, status)
        live_server.post_call("010-9876-5432")
        proxy.down = False
        proxy.faults.randomise(seed=3, rate=0.5)  # the stream is cut again and again while catching up
        for status in ("break", "available") * 5:
            await api_calls.set_presence(other.client, status)  # type: ignore[arg-type]
        server = (await api_events.poll_events(other.client, after=0, limit=500)).items
        last = server[-1].seq
        await wait_for(lambda: bool(console.applied) and console.applied[-1] >= last, timeout=60,
                       what="caught up")
        await asyncio.sleep(0.5)
        applied = list(console.applied)
        await console.close()
        await other.close()
        await console.client.aclose()
        await other.client.aclose()
        return applied, [e.seq for e in server]

    try:
        applied, server = asyncio.run(go())
    finally:
        proxy.stop()
    assert applied == server, "every event once, in order"


def test_a_duplicated_post_is_one_record(live_server: Any, tmp_path: Path) -> None:
    proxy = FaultProxy(live_server.url)

    async def go() -> tuple[str, str]:
        console = mini_console(proxy.url, tmp_path / "a.sqlite3", pull=False)
        await console.client.login(username="kim", password=PASSWORD)
        contact = await open_contact(live_server.url, console.client)
        console.engine.start()
        proxy.faults.script(Fault("duplicate"), method="POST", path="/entries", times=3)
        proxy.faults.script(Fault("lose"), method="POST", path="/entries", times=3)
        keys = [console.add_entry(contact.id, f"중복 {i}") for i in range(6)]
        for key in keys:
            assert await console.engine.wait_delivered(key, timeout=30)
        assert console.outbox.counts() == (0, 0)
        await console.close()
        await console.client.aclose()
        return contact.id, ",".join(keys)

    try:
        contact_id, keys = asyncio.run(go())
    finally:
        proxy.stop()
    found = server_entry_keys(live_server, [contact_id])
    assert dict(found) == dict.fromkeys(keys.split(","), 1)


def test_a_refused_row_keeps_the_servers_reason(live_server: Any, tmp_path: Path) -> None:
    """A 4xx that is not server trouble parks the row with the server's code (never dropped)."""
    proxy = FaultProxy(live_server.url)

    async def go() -> list[str | None]:
        console = mini_console(proxy.url, tmp_path / "a.sqlite3", pull=False)
        await console.client.login(username="kim", password=PASSWORD)
        contact = await open_contact(live_server.url, console.client)
        proxy.faults.script(Fault("status", status=422), method="POST", path="/entries")
        key = console.add_entry(contact.id, "거절")
        console.engine.start()
        assert await console.engine.wait_delivered(key, timeout=20)
        errors = [r.last_error for r in console.outbox.rows() if r.state == "failed"]
        await console.close()
        await console.client.aclose()
        return errors

    try:
        errors = asyncio.run(go())
    finally:
        proxy.stop()
    assert errors == ["http_422"]  # the problem's code, as console.errors.ApiError.code
