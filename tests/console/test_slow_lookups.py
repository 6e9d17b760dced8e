"""Lookups against a server that is slow (10 s) or broken: a clear error code, no crash, no hang.

The real server has no slow endpoint, so this is a small stdlib HTTP server that speaks just enough of
the API (sign-in, me) and answers the lookups slowly or badly. It fakes nobody's code: it is a
misbehaving server. Plus: call events with missing fields are skipped without harm.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from httpx_sse import ServerSentEvent

from annyeong.console.api.client import ApiClient
from annyeong.console.core import ConsoleCore
from annyeong.console.errors import ApiError, Offline
from annyeong.console.events import apply_event
from annyeong.console.store.db import Database
from annyeong.console.store.local import LocalStore
from annyeong.console.store.outbox import Outbox
from annyeong.console.sync.engine import SyncEngine
from annyeong.console.wire import Call, CallerSummary, Event, Me
from tests.console.support import make_core

SLOW_S = 10.0
ME = {
    "id": "u-kim", "username": "kim", "display_name": "김상담", "role": "counselor", "presence": "available",
}


class Handler(BaseHTTPRequestHandler):
    server: MisbehavingServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet tests
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (timeout): that is the point of the slow answers

    def _json(self, status: int, data: Any) -> None:
        self._send(status, json.dumps(data).encode())

    def _route(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path
        if path == "/v1/auth/token":
            self._json(200, {"access_token": "a", "refresh_token": "r", "expires_in": 900})
        elif path == "/v1/auth/me":
            self._json(200, ME)
        elif path.endswith("/slow/timeline") or path in ("/v1/callers/lookup", "/v1/search"):
            self.server.release.wait(SLOW_S)
            self._json(200, {"case_id": "slow", "items": []})
        elif path.endswith("/broken/timeline"):
            self._json(500, {"title": "boom", "status": 500, "code": "internal_error"})
        elif path.endswith("/html/timeline"):
            self._send(502, b"<html>bad gateway</html>", "text/html")
        elif path.endswith("/garbage/timeline"):
            self._send(200, b'{"case_id": 5, "items": "no"}')
        else:
            self._json(404, {"title": "not found", "status": 404, "code": "not_found"})

    do_GET = do_POST = _route


class MisbehavingServer(ThreadingHTTPServer):
    daemon_threads = True
    release = threading.Event()


@pytest.fixture
def bad_server() -> Iterator[str]:
    server = MisbehavingServer(("127.0.0.1", 0), Handler)
    server.release = threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.release.set()
    server.shutdown()
    server.server_close()


async def signed_in_core(url: str, data_dir: Path) -> ConsoleCore:
    core = make_core(url, data_dir)
    await core.sign_in(server_url=url, username="kim", password="x")
    core.lookup_timeout_s = 0.5  # the app's default is 5 s; the server takes 10 s either way
    return core


def ringing(number_e164: str | None = "+821012345678") -> Call:
    return Call(
        id="call-1", status="offered", channel="phone", created_at=datetime.now(UTC), offered_to="u-kim",
        caller=CallerSummary(number_masked="010-****-5678", number_e164=number_e164),
    )


def test_a_slow_history_or_timeline_times_out_with_a_code(bad_server: str, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in_core(bad_server, tmp_path / "data")
        core.offered_call = ringing()
        started = time.monotonic()
        with pytest.raises(Offline) as info:
            await core.lookups.caller_history()
        assert info.value.code == "timeout"
        with pytest.raises(Offline) as info:
            await core.lookups.case_timeline("slow")
        assert info.value.code == "timeout"
        assert time.monotonic() - started < 3, "bounded by lookup_timeout_s, not the server's 10 s"
        results = await core.lookups.search("불면")  # the server part times out; the local part still answers
        assert results.server == "timeout" and results.hits == ()
        assert core.offered_call is not None  # the card stays, nothing else changed
        await core.close()

    asyncio.run(go())


@pytest.mark.parametrize(
    ("case_id", "status", "code"),
    [("broken", 500, "internal_error"), ("html", 502, "http_502"), ("garbage", 200, "bad_response"),
     ("missing", 404, "not_found")],
)
def test_a_failing_timeline_is_an_api_error_with_a_code(
    bad_server: str, tmp_path: Path, case_id: str, status: int, code: str
) -> None:
    async def go() -> None:
        core = await signed_in_core(bad_server, tmp_path / "data")
        # These answer at once: the short bound the slow cases need would make a busy machine's late
        # answer a timeout, and this test's verdict the machine's.
        core.lookup_timeout_s = 30.0
        with pytest.raises(ApiError) as info:
            await core.lookups.case_timeline(case_id)
        assert (info.value.status, info.value.code) == (status, code)
        await core.close()

    asyncio.run(go())


def test_an_unreachable_server_is_offline(tmp_path: Path, bad_server: str) -> None:
    async def go() -> None:
        core = await signed_in_core(bad_server, tmp_path / "data")
        core.client.set_server_url("http://127.0.0.1:9")  # nothing listens on the discard port
        core.offered_call = ringing()
        with pytest.raises(Offline):
            await core.lookups.caller_history()
        assert (await core.lookups.search("불면")).server == "offline"
        await core.close()

    asyncio.run(go())


# --- call events with missing fields ---------------------------------------------------------------


class State:
    def __init__(self) -> None:
        self.me: Me | None = Me.model_validate(ME)
        self.presence = "available"
        self.offered_call: Call | None = None
        self.active_contact = None
        self.signed_in_at = None
        self.missed_rings = 0


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"id": "call-1"},
        {"id": "call-1", "status": "offered", "channel": "phone", "created_at": "2026-11-25T09:00:00Z"},
        {"id": "call-1", "status": "offered", "channel": "phone", "created_at": "not a time",
         "caller": {}, "offered_to": "u-kim"},
        {"id": "call-1", "status": "offered", "channel": "phone", "created_at": "2026-11-25T09:00:00Z",
         "caller": {}, "offered_to": "u-kim", "card": {"recent_contacts": []}},  # card without caller
    ],
)
def test_a_call_event_missing_fields_changes_nothing(tmp_path: Path, data: dict[str, Any]) -> None:
    db = Database(tmp_path / "console.sqlite3")
    outbox = Outbox(db)
    store = LocalStore(db, outbox)
    state = State()
    event = Event(seq=1, type="call.offered", created_at=datetime.now(UTC), data=data)
    with pytest.raises(ValueError):  # pydantic's ValidationError: the engine logs and skips it
        apply_event(state, event, store)  # type: ignore[arg-type]
    assert state.offered_call is None

    # Through the sync engine with the real apply_event: skipped and recorded as seen, no crash, and
    # the next good event still applies.
    applied: list[int] = []

    def apply(e: Event) -> None:
        apply_event(state, e, store)  # type: ignore[arg-type]
        applied.append(e.seq)

    engine = SyncEngine(client=ApiClient(), outbox=outbox, store=store, apply_event=apply)
    engine._consume(ServerSentEvent(event="call.offered", data=event.model_dump_json(), id="1"))
    engine._consume(ServerSentEvent(event="call.offered", data='{"seq": 2, "type": "call.offered"}', id="2"))
    engine._consume(ServerSentEvent(event="x", data="not json at all", id="not a number"))
    presence = {
        "user_id": "u-kim", "display_name": "김상담", "status": "break", "since": "2026-11-25T09:00:00Z",
    }
    good = Event(seq=3, type="presence.changed", created_at=datetime.now(UTC), data=presence)
    engine._consume(ServerSentEvent(event="presence.changed", data=good.model_dump_json(), id="3"))
    assert applied == [3] and store.last_seq() == 3
    assert state.presence == "break" and state.offered_call is None
    db.close()


def test_a_malformed_offer_that_names_its_call_still_rings(live_server: Any, tmp_path: Path) -> None:
    """The event's data did not validate, but it carries the call's id: the console fetches the call
    itself, so the counselor still hears the ring instead of the call ringing out unanswered."""
    from tests.console.support import signed_in, wait_for

    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path)
        try:
            await core.calls.set_presence("available")
            await core.start_sync()
            await wait_for(lambda: core.sync_status.state == "online", what="online")
            call = live_server.post_call("010-2345-6789")
            await wait_for(lambda: core.offered_call is not None, what="the offer")
            core.offered_call = None  # as if the real event had come malformed
            broken = Event(seq=10**9, type="call.offered", created_at=datetime.now(UTC),
                           data={"id": call["id"], "status": "offered"})
            with pytest.raises(ValueError):
                core._apply_event(broken)
            await wait_for(lambda: core.offered_call is not None, what="the refetched call")
            assert core.offered_call is not None and core.offered_call.id == call["id"]
            assert core.offered_call.caller.number_masked == "010-****-6789"
            # Without an id there is nothing to fetch: still skipped, nothing changes.
            core.offered_call = None
            with pytest.raises(ValueError):
                core._apply_event(Event(seq=10**9 + 1, type="call.offered", created_at=datetime.now(UTC),
                                        data={"status": "offered"}))
            await asyncio.sleep(0.3)
            assert core.offered_call is None
        finally:
            await core.close()

    asyncio.run(go())
