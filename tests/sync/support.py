"""Helpers for the sync proofs: an engine-level console on a real SQLite file, and server-side counting."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from annyeong.console.api import account as api_account
from annyeong.console.api import calls as api_calls
from annyeong.console.api import events as api_events
from annyeong.console.api.client import ApiClient
from annyeong.console.errors import ApiError
from annyeong.console.store.db import Database
from annyeong.console.store.local import ENTRY_CREATE, LocalStore, entry_key
from annyeong.console.store.outbox import Outbox
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.wire import Event

PASSWORD = "annyeong120"
TELEPHONY_KEY = "training-telephony-key"


@dataclass
class MiniConsole:
    """A console without the UI or the core: the same client, store, outbox and engine the core uses."""

    client: ApiClient
    db: Database
    outbox: Outbox
    store: LocalStore
    engine: SyncEngine
    applied: list[int] = field(default_factory=list)
    expected: set[str] = field(default_factory=set)  # idempotency keys of every row ever queued

    def add_entry(self, contact_id: str, body: str) -> str:
        entry_id = str(uuid.uuid4())
        key = entry_key(entry_id, 1)
        self.outbox.enqueue(
            kind=ENTRY_CREATE, idempotency_key=key, record_id=entry_id,
            payload={"contact_id": contact_id, "entry": {"id": entry_id, "body": body, "revision": 1}},
        )
        self.expected.add(key)
        self.engine.wake()
        return key

    def type_note(self, contact_id: str, text: str) -> None:
        self.store.save_note_draft(contact_id, text)
        for row in self.outbox.rows():
            self.expected.add(row.idempotency_key)
        self.engine.wake()

    async def close(self) -> None:
        await self.engine.stop()
        self.db.close()


def mini_console(
    url: str, db_path: Path, *, base: float = 0.05, cap: float = 1.0,
    push: bool = True, pull: bool = True, seed: int | None = None,
) -> MiniConsole:
    import random

    client = ApiClient(server_url=url)
    db = Database(db_path)
    outbox = Outbox(db)
    store = LocalStore(db, outbox)
    applied: list[int] = []
    rng = random.Random(seed).random if seed is not None else random.random
    engine = SyncEngine(client=client, outbox=outbox, store=store,
                        apply_event=lambda e: applied.append(e.seq), push=push, pull=pull,
                        base_delay_s=base, cap_delay_s=cap, rng=rng)
    console = MiniConsole(client, db, outbox, store, engine, applied)
    console.applied = applied
    return console


async def open_contact(server_url: str, client: ApiClient, number: str = "010-2345-6789") -> Any:
    """Make the client's user available, ring them (directly at the server), accept: the Contact."""
    await api_calls.set_presence(client, "available")
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{server_url}/v1/calls", json={"from_number": number, "channel": "phone"},
                            headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": str(uuid.uuid4())})
        r.raise_for_status()
        call_id = r.json()["id"]
    try:
        return await api_calls.accept_call(client, call_id)
    except ApiError as exc:
        if exc.code != "call_not_offered_to_you":
            raise
    # A call left queued by a session killed earlier was offered first the moment this user became
    # available (queued calls go to whoever frees up): take that one, any call carries the records.
    me = await api_account.me(client)
    after, ringing = 0, None
    while True:
        page = await api_events.poll_events(client, after=after, limit=500)
        for event in page.items:
            if event.type in ("call.offered", "call.updated") and event.data.get("offered_to") == me.id:
                ringing = event.data["id"] if event.data.get("status") == "offered" else None
        if not page.items or page.last_seq <= after:
            break
        after = page.last_seq
    if ringing is None:
        raise RuntimeError("no call is ringing at this console")
    return await api_calls.accept_call(client, ringing)


def server_entry_keys(live_server: Any, contact_ids: list[str]) -> Counter[str]:
    """Every entry revision the server holds for these contacts, as idempotency keys (with counts)."""
    found: Counter[str] = Counter()
    for contact_id in contact_ids:
        r = live_server.get(f"/v1/contacts/{contact_id}/entries")
        r.raise_for_status()
        for item in r.json()["items"]:
            found[entry_key(item["id"], item["revision"])] += 1
    return found


def lost_and_duplicated(expected: set[str], found: Counter[str]) -> tuple[set[str], dict[str, int]]:
    lost = expected - set(found)
    duplicated = {k: n for k, n in found.items() if n > 1}
    return lost, duplicated


async def wait_for(predicate: Any, timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def event_seqs(events: list[Event]) -> list[int]:
    return [e.seq for e in events]
