"""Small HTTP helpers for the server tests: act as a counselor, a shift lead or the telephony bridge."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from tests.support import web
from tests.support.live_server import DEMO_PASSWORD, TELEPHONY_KEY, LiveServer

PROBLEM = "application/problem+json"


class User:
    """One signed-in person with their own token."""

    def __init__(self, server: LiveServer, username: str) -> None:
        self.server = server
        self.username = username
        r = web.post(
            f"{server.url}/v1/auth/token", json={"username": username, "password": DEMO_PASSWORD}, timeout=10
        )
        r.raise_for_status()
        self.tokens: dict[str, Any] = r.json()
        self.id: str = self.get("/v1/auth/me").json()["id"]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens['access_token']}"}

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return web.get(f"{self.server.url}{path}", headers=self.headers, timeout=10, **kw)

    def post(self, path: str, json: Any = None, *, idem: str | None = None, **kw: Any) -> httpx.Response:
        headers = dict(self.headers)
        if idem is not None:
            headers["Idempotency-Key"] = idem
        return web.post(f"{self.server.url}{path}", json=json, headers=headers, timeout=10, **kw)

    def presence(self, status: str) -> dict[str, Any]:
        r = web.put(
            f"{self.server.url}/v1/me/presence", json={"status": status}, headers=self.headers, timeout=10
        )
        assert r.status_code == 200, r.text
        return dict(r.json())

    def me(self) -> dict[str, Any]:
        return dict(self.get("/v1/auth/me").json())

    def events(self, after: int = 0) -> list[dict[str, Any]]:
        r = self.get("/v1/events/poll", params={"after": after, "limit": 500})
        assert r.status_code == 200, r.text
        return list(r.json()["items"])


def post_call(
    server: LiveServer, number: str | None = "010-1234-5678", *, idem: str | None = None
) -> httpx.Response:
    return web.post(
        f"{server.url}/v1/calls",
        json={"from_number": number, "channel": "phone"},
        headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": idem or str(uuid.uuid4())},
        timeout=10,
    )


def telephony(server: LiveServer, method: str, path: str, **kw: Any) -> httpx.Response:
    return web.request(
        method, f"{server.url}{path}", headers={"X-API-Key": TELEPHONY_KEY}, timeout=10, **kw
    )


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(interval)


def assert_problem(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith(PROBLEM), r.headers["content-type"]
    body = dict(r.json())
    assert body["status"] == status
    if code is not None:
        assert body["code"] == code, body
    return body


CHATBOT_KEY = "training-chatbot-key"


def patch(user: User, path: str, body: Any, if_match: str | None) -> httpx.Response:
    headers = dict(user.headers)
    if if_match is not None:
        headers["If-Match"] = if_match
    return web.patch(f"{user.server.url}{path}", json=body, headers=headers, timeout=10)


def on_call(
    server: LiveServer, user: User, number: str | None = "010-1234-5678"
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Make `user` the only available counselor, ring them with `number`, accept: (call, contact)."""
    user.presence("available")
    call = post_call(server, number).json()
    assert call["offered_to"] == user.id, call
    r = user.post(f"/v1/calls/{call['id']}/accept")
    assert r.status_code == 200, r.text
    return call, dict(r.json())


def post_chat(
    server: LiveServer, body: Any, *, idem: str | None = None, key: str = CHATBOT_KEY
) -> httpx.Response:
    return web.post(
        f"{server.url}/v1/chats",
        json=body,
        headers={"X-API-Key": key, "Idempotency-Key": idem or str(uuid.uuid4())},
        timeout=10,
    )
