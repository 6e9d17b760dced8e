"""The person's side of a web chat, driven over HTTP as the page drives it."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from tests.server.helpers import User
from tests.support import web
from tests.support.live_server import LiveServer

ANSWERS = [{"item_id": f"q{i}", "value": 1 if i <= 3 else 0} for i in range(1, 13)]


def connected_person(server: LiveServer) -> Person:
    """A person who answered the self-test and asked for a counselor, as the web chat page does."""
    person = Person(server)
    person.self_test()
    person.connect()
    return person


class Person:
    """One person in the web chat, with the conversation's token."""

    def __init__(self, server: LiveServer, token: str | None = None) -> None:
        self.url = server.url
        if token is None:
            r = web.post(f"{self.url}/v1/webchat/conversations", json={"consent": True}, timeout=10)
            assert r.status_code == 201, r.text
            token = str(r.json()["token"])
        self.token = token

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def call(self, method: str, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return web.request(
            method, f"{self.url}/v1/webchat{path}", json=json, headers=self.headers, timeout=40, **kw
        )

    def self_test(self) -> dict[str, Any]:
        r = self.call("PUT", "/conversation/self-test", {"answers": ANSWERS})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def connect(self) -> dict[str, Any]:
        r = self.call("POST", "/conversation/connect")
        assert r.status_code == 200, r.text
        return dict(r.json())

    def say(self, text: str, message_id: str | None = None) -> httpx.Response:
        return self.call(
            "POST", "/conversation/messages", {"id": message_id or str(uuid.uuid4()), "text": text}
        )

    def view(self, after_seq: int = 0, known: str = "", wait: float = 0) -> dict[str, Any]:
        r = self.call("GET", "/conversation", params={"after_seq": after_seq, "known": known, "wait": wait})
        assert r.status_code == 200, r.text
        return dict(r.json())


def chatting(server: LiveServer, counselor: User) -> tuple[Person, dict[str, Any]]:
    """A person who took the self-test and connected; `counselor` (made available) accepts: (person,
    contact)."""
    if counselor.me()["presence"] != "on_call":
        counselor.presence("available")
    person = Person(server)
    person.self_test()
    assert person.connect()["state"] in ("waiting", "connected")
    offered = [
        e for e in counselor.events() if e["type"] == "call.offered" and e["data"]["channel"] == "chat"
    ]
    call_id = offered[-1]["data"]["id"]
    r = counselor.post(f"/v1/calls/{call_id}/accept")
    assert r.status_code == 200, r.text
    return person, dict(r.json())
