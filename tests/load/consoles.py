"""Simulated consoles for the load script: each signs in, follows its event stream over SSE, answers the
calls offered to it (accept, talk briefly, end, back to available), and records what it received."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field

import httpx
from httpx_sse import aconnect_sse

from tests.support.live_server import DEMO_PASSWORD


@dataclass
class Console:
    username: str
    base_url: str
    talk_s: float
    offered_at: dict[str, float]  # call id -> when this console saw call.offered (shared with the caller)
    seqs: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    async def sign_in(self, http: httpx.AsyncClient) -> None:
        r = await http.post(
            f"{self.base_url}/v1/auth/token", json={"username": self.username, "password": DEMO_PASSWORD}
        )
        r.raise_for_status()
        self.headers = {"Authorization": f"Bearer {r.json()['access_token']}"}

    async def presence(self, http: httpx.AsyncClient, status: str) -> None:
        r = await http.put(f"{self.base_url}/v1/me/presence", json={"status": status}, headers=self.headers)
        if r.status_code != 200:
            self.errors.append(f"presence {status}: {r.status_code}")

    async def follow(self, http: httpx.AsyncClient, opened: asyncio.Event) -> None:
        """Follow the stream until cancelled, reconnecting after the last seq seen (as a console does)."""
        while True:
            headers = dict(self.headers)
            if self.seqs:
                headers["Last-Event-ID"] = str(self.seqs[-1])
            try:
                async with aconnect_sse(http, "GET", f"{self.base_url}/v1/events", headers=headers) as source:
                    opened.set()
                    async for sse in source.aiter_sse():
                        if not sse.data:
                            # httpx-sse hands on a heartbeat comment as an empty event carrying the last
                            # id again (the SSE spec keeps the id): not an event.
                            continue
                        self.seqs.append(int(sse.id))
                        if sse.event == "call.offered":
                            call_id = json.loads(sse.data)["data"]["id"]
                            self.offered_at.setdefault(call_id, time.monotonic())
                            task = asyncio.create_task(self._answer(http, call_id))
                            self._tasks.add(task)
                            task.add_done_callback(self._tasks.discard)
            except httpx.HTTPError as exc:
                self.errors.append(f"stream: {type(exc).__name__}")
                await asyncio.sleep(0.5)

    async def _answer(self, http: httpx.AsyncClient, call_id: str) -> None:
        try:
            r = await http.post(f"{self.base_url}/v1/calls/{call_id}/accept", headers=self.headers)
            if r.status_code != 200:
                # 409: the offer moved on (timed out) before the answer arrived: counted, not fatal.
                self.errors.append(f"accept: {r.status_code}")
                return
            await asyncio.sleep(self.talk_s)
            r = await http.post(f"{self.base_url}/v1/calls/{call_id}/end", headers=self.headers)
            if r.status_code != 200:
                self.errors.append(f"end: {r.status_code}")
            await self.presence(http, "available")
        except httpx.HTTPError as exc:
            self.errors.append(f"answer: {type(exc).__name__}")

    async def all_events(self, http: httpx.AsyncClient) -> list[int]:
        """Every seq this console may see, read from the start by long-poll: what it should have got."""
        found: list[int] = []
        after = 0
        while True:
            r = await http.get(
                f"{self.base_url}/v1/events/poll", params={"after": after, "limit": 500}, headers=self.headers
            )
            r.raise_for_status()
            items = r.json()["items"]
            if not items:
                return found
            found += [item["seq"] for item in items]
            after = items[-1]["seq"]

    async def drain(self) -> None:
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
