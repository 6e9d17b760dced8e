"""A console process for the durability test (run as `python -m tests.console.durability_driver`). Phase
"type": sign in as kim, get a call, accept it, type a note with pushing OFF (so it cannot have been sent),
print "TYPED <contact id>" and wait to be killed. Phase "press": the same, but press the red button (police
112) instead of typing, print "PRESSED <dispatch id> <contact id>" and wait to be killed. Phase "chat": take
a chat and queue CHAT_LINES with pushing ON, print "CHATTING <contact id>" after the first is stored by the
server (the rest may be in flight) and wait to be killed. Phase "resume": sign in again, report the restored
contact (and the open dispatches), push, print "DELIVERED" once the outbox is empty.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from pathlib import Path

import httpx
from keyring.backend import KeyringBackend

from annyeong.console.api.client import ApiClient
from annyeong.console.core import ConsoleCore
from annyeong.console.secrets import SecretStore
from annyeong.console.settings import Settings

TELEPHONY_KEY = "training-telephony-key"
DRAFTS = ("오늘", "오늘 많이", "오늘 많이 외로웠다고 하심. 내일 다시 전화 주기로 함.")
CHAT_LINES = tuple(f"{n}. 천천히 말씀해 주세요." for n in range(1, 21))
CHATBOT_KEY = "training-chatbot-key"


class TestKeyring(KeyringBackend):
    """Stands in for the OS keyring that outlives the killed process (the database key must survive the
    crash, as it does in a real keychain). A JSON file beside the test's data dir: tests only."""

    priority = 1

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._load()
        values[f"{service}|{username}"] = password
        self.path.write_text(json.dumps(values))

    def delete_password(self, service: str, username: str) -> None:
        values = self._load()
        values.pop(f"{service}|{username}", None)
        self.path.write_text(json.dumps(values))


def build(url: str, data_dir: Path) -> ConsoleCore:
    # Never the developer's real keychain: a stand-in kept next to the test's data dir.
    secrets = SecretStore(TestKeyring(data_dir.parent / f"{data_dir.name}.test-keyring.json"))
    return ConsoleCore(settings=Settings(server_url=url), data_dir=data_dir,
                       client=ApiClient(server_url=url), secrets=secrets)


async def on_call(url: str, data_dir: Path) -> tuple[ConsoleCore, str]:
    core = build(url, data_dir)
    await core.sign_in(server_url=url, username="kim", password="annyeong120")
    await core.calls.set_presence("available")
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{url}/v1/calls", json={"from_number": "010-2345-6789", "channel": "phone"},
                            headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": str(uuid.uuid4())})
        r.raise_for_status()
        call_id = r.json()["id"]
    active = await core.calls.accept_call(call_id)
    await core.start_sync(push=False)
    return core, active.contact_id


async def type_phase(url: str, data_dir: Path) -> None:
    core, contact_id = await on_call(url, data_dir)
    for text in DRAFTS:
        core.contacts.update_note(text)
    print(f"TYPED {contact_id}", flush=True)
    await asyncio.Event().wait()  # the test kills us here


async def press_phase(url: str, data_dir: Path) -> None:
    core, contact_id = await on_call(url, data_dir)
    dispatch = core.dispatches.request_dispatch(
        "police_112"
    )  # committed when this returns; never sent (push off)
    print(f"PRESSED {dispatch.client_id} {contact_id}", flush=True)
    await asyncio.Event().wait()  # the test kills us here


async def chat_phase(url: str, data_dir: Path) -> None:
    core = build(url, data_dir)
    await core.sign_in(server_url=url, username="kim", password="annyeong120")
    await core.calls.set_presence("available")
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{url}/v1/chats", json={"transcript": []},
                            headers={"X-API-Key": CHATBOT_KEY, "Idempotency-Key": str(uuid.uuid4())})
        r.raise_for_status()
        call_id = r.json()["id"]
    active = await core.calls.accept_call(call_id)
    for text in CHAT_LINES:
        core.chats.send(active.contact_id, text)  # each committed with its outbox row before it returns
    await core.start_sync()
    while not any(line.seq for line in core.chats.lines(active.contact_id)):
        await asyncio.sleep(0.005)
    print(f"CHATTING {active.contact_id}", flush=True)
    await asyncio.Event().wait()  # the test kills us here, mid-delivery


async def resume_phase(url: str, data_dir: Path) -> None:
    core = build(url, data_dir)
    await core.sign_in(server_url=url, username="kim", password="annyeong120")
    active = core.active_contact
    restored = None if active is None else {"contact_id": active.contact_id, "note": active.note_text,
                                            "pending": core.sync_status.pending}
    print("RESTORED " + json.dumps(restored, ensure_ascii=False), flush=True)
    print("DISPATCHES " + json.dumps([d.client_id for d in core.dispatches.open_dispatches]), flush=True)
    await core.start_sync()
    for _ in range(500):
        if core.sync_status.pending == 0:
            break
        await asyncio.sleep(0.02)
    print("DELIVERED" if core.sync_status.pending == 0 else "STUCK", flush=True)
    await core.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=["type", "press", "chat", "resume"])
    parser.add_argument("--server", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    phase = {"type": type_phase, "press": press_phase, "chat": chat_phase, "resume": resume_phase}[args.phase]
    asyncio.run(phase(args.server, args.data_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
