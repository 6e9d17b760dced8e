"""The console side of the kernel-fault test (tests/sync/test_kernel_faults.py), run inside the console's
network namespace as `python -m tests.sync.netns_driver run|count ...`.

run: the console's own client, store, outbox and sync engine (push and the event stream, the console's
default backoff) over HTTPS to the server in the other namespace. Signs in as kim, takes a call, then
commits a record every PACE_S — a separate entry or the next note revision, as a counselor's typing does —
until the stop file appears, printing "REC <idempotency key>" after each commit (so only what was on disk is
counted) and "STATE <state> <monotonic time>" on each change of the sync state. Then waits until the
outbox is empty and prints "DONE <contact id>" (or "STUCK" after DRAIN_S).

count: prints the server's entry revisions of that contact as JSON {key: copies}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx

from annyeong.console.api import calls as api_calls
from annyeong.console.api import contacts as api_contacts
from annyeong.console.api.client import ApiClient
from annyeong.console.errors import ConsoleError
from annyeong.console.state import SyncStatus
from annyeong.console.store.db import Database
from annyeong.console.store.local import LocalStore, entry_key
from annyeong.console.store.outbox import Outbox
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.tls import ssl_context
from tests.sync.support import PASSWORD, TELEPHONY_KEY, MiniConsole

PACE_S = 0.25
DRAIN_S = 240.0


async def _until(what: str, attempt: object, timeout: float = 60.0) -> object:
    """Retry `attempt` (a coroutine factory) until it succeeds: the link may already be lossy."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return await attempt()  # type: ignore[operator]
        except (ConsoleError, httpx.HTTPError) as exc:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what}: {exc!r}") from exc
            await asyncio.sleep(0.5)


async def _take_call(server: str, tls: ssl.SSLContext, client: ApiClient) -> object:
    await api_calls.set_presence(client, "available")
    async with httpx.AsyncClient(verify=tls, timeout=10) as http:
        r = await http.post(f"{server}/v1/calls", json={"from_number": "010-2345-6789", "channel": "phone"},
                            headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": str(uuid.uuid4())})
        r.raise_for_status()
        call_id = r.json()["id"]
    return await api_calls.accept_call(client, call_id)


async def run(server: str, ca: Path, db_path: Path, stop_file: Path) -> None:
    tls = ssl_context(ca_file=str(ca))
    client = ApiClient(server_url=server, tls=tls)
    db = Database(db_path)
    outbox = Outbox(db)
    store = LocalStore(db, outbox)
    last_state = ""

    def on_status(status: SyncStatus) -> None:
        nonlocal last_state
        if status.state != last_state:
            last_state = status.state
            print(f"STATE {status.state} {time.monotonic():.3f}", flush=True)

    engine = SyncEngine(client=client, outbox=outbox, store=store, apply_event=lambda _e: None,
                        on_status=on_status)
    console = MiniConsole(client, db, outbox, store, engine)
    await _until("sign in", lambda: client.login(username="kim", password=PASSWORD))
    contact = await _until("take a call", lambda: _take_call(server, tls, client))
    contact_id = store.open_contact(contact).contact_id  # type: ignore[arg-type]
    print(f"CONTACT {contact_id}", flush=True)
    engine.start()
    note = ""
    i = 0
    while not stop_file.exists():
        if i % 2:
            key = console.add_entry(contact_id, f"체크리스트 결과 {i}")
        else:
            note += f" 메모 {i}"
            store.save_note_draft(contact_id, note)
            r = db.conn.execute("SELECT note_id, revision FROM notes WHERE contact_id = ?",
                                (contact_id,)).fetchone()
            key = entry_key(r["note_id"], r["revision"])
            engine.wake()
        print(f"REC {key}", flush=True)
        i += 1
        await asyncio.sleep(PACE_S)
    deadline = time.monotonic() + DRAIN_S
    while outbox.counts()[0] and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    pending, failed = outbox.counts()
    for row in outbox.failed_rows():
        print(f"REFUSED {row.idempotency_key} {row.last_error}", flush=True)
    print(f"DONE {contact_id}" if pending == 0 else f"STUCK {pending} {failed}", flush=True)
    await engine.stop()
    db.close()
    await client.aclose()


async def count(server: str, ca: Path, contact_id: str) -> None:
    client = ApiClient(server_url=server, tls=ssl_context(ca_file=str(ca)))
    await client.login(username="kim", password=PASSWORD)
    entries = await api_contacts.list_entries(client, contact_id)
    found = Counter(entry_key(str(e.id), e.revision) for e in entries.items)
    print(json.dumps(dict(found)), flush=True)
    await client.aclose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["run", "count"])
    parser.add_argument("--server", required=True)
    parser.add_argument("--ca", required=True, type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--stop-file", type=Path)
    parser.add_argument("--contact")
    args = parser.parse_args()
    if args.mode == "run":
        asyncio.run(run(args.server, args.ca, args.db, args.stop_file))
    else:
        asyncio.run(count(args.server, args.ca, args.contact))
    return 0


if __name__ == "__main__":
    sys.exit(main())
