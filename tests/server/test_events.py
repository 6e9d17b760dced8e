"""The event stream: SSE with resume by sequence, audience filtering, heartbeats, and clean-up."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
from httpx_sse import connect_sse

from tests.server.helpers import User, assert_problem, post_call, wait_for
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server


def _read_sse(user: User, count: int, **params: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """Follow /v1/events until `count` events arrived; (id, type, data) each."""
    headers = dict(user.headers)
    headers.update(params.pop("headers", {}))
    got: list[tuple[str, str, dict[str, Any]]] = []
    with (
        web.client(timeout=httpx.Timeout(10, read=5)) as client,
        connect_sse(client, "GET", f"{user.server.url}/v1/events", headers=headers, params=params) as source,
    ):
        assert source.response.headers["content-type"].startswith("text/event-stream")
        for sse in source.iter_sse():
            got.append((sse.id, sse.event, json.loads(sse.data)))
            if len(got) == count:
                break
    return got


def _follower_count(server: LiveServer) -> int:
    app: Any = server._server.config.app  # the FastAPI app the test server runs
    return int(app.state.annyeong.db.bus.follower_count)


def test_sse_delivers_and_resumes_without_duplicates(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")  # presence.changed
    call = post_call(live_server).json()  # call.offered
    first = _read_sse(kim, 2)
    assert [t for _, t, _ in first] == ["presence.changed", "call.offered"]
    assert [int(i) for i, _, _ in first] == [d["seq"] for _, _, d in first]
    assert first[1][2]["data"]["id"] == call["id"]
    last_seen = first[-1][0]

    kim.post(f"/v1/calls/{call['id']}/accept")  # presence.changed + call.updated
    resumed = _read_sse(kim, 2, headers={"Last-Event-ID": last_seen})
    assert [t for _, t, _ in resumed] == ["presence.changed", "call.updated"]
    assert all(int(i) > int(last_seen) for i, _, _ in resumed)
    # ?after= does the same; it wins over the header.
    again = _read_sse(kim, 2, after=int(last_seen), headers={"Last-Event-ID": "0"})
    assert [i for i, _, _ in again] == [i for i, _, _ in resumed]


def test_live_events_arrive_while_following(live_server: LiveServer) -> None:
    import threading

    kim = User(live_server, "kim")
    received: list[tuple[str, str, dict[str, Any]]] = []
    reader = threading.Thread(target=lambda: received.extend(_read_sse(kim, 2)))
    reader.start()
    wait_for(lambda: _follower_count(live_server) == 1)
    kim.presence("available")
    post_call(live_server)
    reader.join(10)
    assert [t for _, t, _ in received] == ["presence.changed", "call.offered"]
    # The client went away: its follower is gone too.
    wait_for(lambda: _follower_count(live_server) == 0)


def test_audience_filtering(live_server: LiveServer) -> None:
    kim, park, lee = User(live_server, "kim"), User(live_server, "park"), User(live_server, "lee")
    kim.presence("available")
    call = post_call(live_server).json()
    assert call["offered_to"] == kim.id
    park_seen = park.events()
    assert all(e["data"].get("user_id") != kim.id for e in park_seen)
    assert all(e["data"].get("id") != call["id"] for e in park_seen)
    lee_types = [e["type"] for e in lee.events()]
    # The shift lead sees presence and call changes, but the offer itself rings only at kim.
    assert "presence.changed" in lee_types and "call.updated" in lee_types
    assert "call.offered" not in lee_types
    # Event data never carries the full number, whoever the audience.
    assert all(e["data"].get("caller", {}).get("number_e164") is None for e in lee.events())


def test_poll_pages_and_skips_invisible(live_server: LiveServer) -> None:
    kim, park = User(live_server, "kim"), User(live_server, "park")
    park.presence("available")
    park.presence("break")
    kim.presence("available")
    r = kim.get("/v1/events/poll", params={"after": 0, "limit": 1})
    page = r.json()
    assert [e["type"] for e in page["items"]] == ["presence.changed"]
    assert page["items"][0]["data"]["user_id"] == kim.id
    # Nothing newer for kim: last_seq moves past what kim may not see, so the next poll starts there.
    rest = kim.get("/v1/events/poll", params={"after": page["last_seq"]}).json()
    assert rest["items"] == [] and rest["last_seq"] == page["last_seq"]
    assert_problem(kim.get("/v1/events/poll", params={"after": -1}), 422, "validation_failed")
    assert_problem(
        web.get(f"{live_server.url}/v1/events", headers={**kim.headers, "Last-Event-ID": "abc"}),
        400,
        "invalid_last_event_id",
    )


def test_long_poll_wakes_on_a_new_event(live_server: LiveServer) -> None:
    import threading

    kim = User(live_server, "kim")
    threading.Timer(0.3, lambda: kim.presence("available")).start()
    started = time.monotonic()
    r = kim.get("/v1/events/poll", params={"after": 0, "wait": 5})
    assert [e["type"] for e in r.json()["items"]] == ["presence.changed"]
    assert time.monotonic() - started < 4


def test_heartbeat_and_logout_ends_the_stream(tmp_path: Path, db_backend: str) -> None:
    server = start_live_server(tmp_path / "hb", heartbeat_s=0.2, database=db_backend)
    try:
        kim = User(server, "kim")
        lines: list[str] = []
        signed_out = False
        with (
            web.client(timeout=httpx.Timeout(10, read=5)) as client,
            client.stream("GET", f"{server.url}/v1/events", headers=kim.headers) as response,
        ):
            # One iterator: the stream ends by itself once the server notices the sign-out.
            for line in response.iter_lines():
                lines.append(line)
                if line == ": ping" and not signed_out:
                    kim.post("/v1/auth/logout")
                    signed_out = True
        assert ": ping" in lines
        wait_for(lambda: _follower_count(server) == 0)
    finally:
        server.stop()
