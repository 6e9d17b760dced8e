"""A console process for the durability test (run as `python -m tests.console.durability_driver`).

Phase "type": sign in as kim, get a call, accept it, type a note with pushing OFF (so it cannot have been
sent), print "TYPED <contact id>" and wait to be killed. Phase "resume": sign in again, report the
restored contact, push, print "DELIVERED" once the outbox is empty.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from pathlib import Path

import httpx

from console.api_client import ApiClient
from console.core import ConsoleCore
from console.secrets import SecretStore
from console.settings import Settings

TELEPHONY_KEY = "training-telephony-key"
DRAFTS = ("오늘", "오늘 많이", "오늘 많이 외로웠다고 하심. 내일 다시 전화 주기로 함.")


def build(url: str, data_dir: Path) -> ConsoleCore:
    # A memory-only secret store: a test process must never touch a real keychain.
    return ConsoleCore(settings=Settings(server_url=url), data_dir=data_dir,
                       client=ApiClient(server_url=url), secrets=SecretStore.in_memory())


async def type_phase(url: str, data_dir: Path) -> None:
    core = build(url, data_dir)
    await core.sign_in(server_url=url, username="kim", password="annyeong120")
    await core.set_presence("available")
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{url}/v1/calls", json={"from_number": "010-2345-6789", "channel": "phone"},
                            headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": str(uuid.uuid4())})
        r.raise_for_status()
        call_id = r.json()["id"]
    active = await core.accept_call(call_id)
    await core.start_sync(push=False)
    for text in DRAFTS:
        core.update_note(text)
    print(f"TYPED {active.contact_id}", flush=True)
    await asyncio.Event().wait()  # the test kills us here


async def resume_phase(url: str, data_dir: Path) -> None:
    core = build(url, data_dir)
    await core.sign_in(server_url=url, username="kim", password="annyeong120")
    active = core.active_contact
    restored = None if active is None else {"contact_id": active.contact_id, "note": active.note_text,
                                            "pending": core.sync_status.pending}
    print("RESTORED " + json.dumps(restored, ensure_ascii=False), flush=True)
    await core.start_sync()
    for _ in range(500):
        if core.sync_status.pending == 0:
            break
        await asyncio.sleep(0.02)
    print("DELIVERED" if core.sync_status.pending == 0 else "STUCK", flush=True)
    await core.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=["type", "resume"])
    parser.add_argument("--server", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    phase = type_phase if args.phase == "type" else resume_phase
    asyncio.run(phase(args.server, args.data_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
