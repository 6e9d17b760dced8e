"""Several server processes on one PostgreSQL database behave as one server.

Each process here is a whole `python -m annyeong.server` on a port of its own (what --workers runs, but with a
choice of which process a client talks to): a console following worker A sees what worker B wrote, at
once; concurrent writes in every process leave the event sequence gap-free and in commit order for a
follower; one call is never offered twice; an Idempotency-Key replayed to every process at the same
moment makes one call; only one process runs the sweepers, and another takes over when it dies.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_sse import connect_sse
from sqlalchemy import create_engine, text

from annyeong.server.db import SWEEPER_LOCK
from annyeong.server.main import parse_args
from tests.support import web
from tests.support.live_server import DEMO_PASSWORD, TELEPHONY_KEY
from tests.support.server_process import ServerProcess, launch, start_processes, wait_ready


class Client:
    """One signed-in person talking to one process."""

    def __init__(self, server: ServerProcess, username: str) -> None:
        self.url = server.url
        r = web.post(f"{self.url}/v1/auth/token", json={"username": username, "password": DEMO_PASSWORD})
        r.raise_for_status()
        self.headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
        self.id = str(web.get(f"{self.url}/v1/auth/me", headers=self.headers).json()["id"])

    def presence(self, status: str) -> None:
        r = web.put(f"{self.url}/v1/me/presence", json={"status": status}, headers=self.headers, timeout=10)
        assert r.status_code == 200, r.text

    def all_events(self) -> list[int]:
        """Every event seq this person may see, by long-poll from the start: the reference list."""
        seqs: list[int] = []
        after = 0
        while True:
            page = web.get(
                f"{self.url}/v1/events/poll", params={"after": after, "limit": 500}, headers=self.headers
            ).json()
            seqs += [item["seq"] for item in page["items"]]
            if not page["items"]:
                return seqs
            after = page["items"][-1]["seq"]


class Follower:
    """Follows /v1/events over SSE in a thread, recording each event's seq and when it arrived."""

    def __init__(self, client: Client) -> None:
        self.seqs: list[int] = []
        self.arrived: dict[str, float] = {}  # call id -> first arrival of an event about it
        self._http = web.client(timeout=httpx.Timeout(10, read=60))
        self._client = client
        self._open = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        assert self._open.wait(10), "the event stream did not open"

    def _run(self) -> None:
        url = f"{self._client.url}/v1/events"
        try:
            with connect_sse(self._http, "GET", url, headers=self._client.headers) as source:
                self._open.set()
                for sse in source.iter_sse():
                    if not sse.data:
                        continue  # a heartbeat, which httpx-sse hands on as an empty event
                    event = json.loads(sse.data)
                    self.seqs.append(int(sse.id))
                    call_id = event["data"].get("id") if isinstance(event["data"], dict) else None
                    if call_id is not None:
                        self.arrived.setdefault(call_id, time.monotonic())
        except (httpx.HTTPError, RuntimeError):
            pass  # closed by stop()

    def stop(self) -> None:
        self._http.close()
        self._thread.join(timeout=10)


def post_call(server: ServerProcess, idem: str | None = None) -> httpx.Response:
    return web.post(
        f"{server.url}/v1/calls",
        json={"from_number": "010-2000-3000", "channel": "phone"},
        headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": idem or str(uuid.uuid4())},
        timeout=20,
    )


@pytest.fixture
def three(postgres_empty_database: str, tmp_path: Path) -> Iterator[list[ServerProcess]]:
    # Started together on an empty database: they migrate and seed it at the same moment.
    servers = start_processes(postgres_empty_database, tmp_path / "logs", 3, offer_timeout_s=30.0)
    yield servers
    for server in servers:
        server.stop()


def _rows(url: str, statement: str) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(statement))]
    finally:
        engine.dispose()


def test_three_processes_behave_as_one_server(
    three: list[ServerProcess], postgres_empty_database: str
) -> None:
    postgres_database = postgres_empty_database  # migrated and seeded by the three by now
    a, b, c = three
    lee = Client(a, "lee")  # the shift lead sees every call change
    follower = Follower(lee)
    counselors = [Client(s, name) for s, name in ((b, "kim"), (c, "park"), (a, "choi"))]
    try:
        # Written by B, seen by a console on A: at once, not at A's next heartbeat (15 s).
        sent = time.monotonic()
        call = post_call(b).json()
        deadline = time.monotonic() + 5
        while call["id"] not in follower.arrived and time.monotonic() < deadline:
            time.sleep(0.01)
        assert call["id"] in follower.arrived, "an event written by B never reached A's follower"
        delay = follower.arrived[call["id"]] - sent
        print(f"cross-process event delivery: {delay * 1000:.0f} ms")
        assert delay < 2.0

        # Every process writes at once: calls posted round-robin, counselors going on and off, and one
        # Idempotency-Key sent to all three processes twice at the same moment.
        key = str(uuid.uuid4())
        [(calls_before,)] = _rows(postgres_database, "SELECT count(*) FROM calls")

        def churn(n: int) -> None:
            who = counselors[n % 3]
            who.presence("available" if n % 2 else "break")

        with ThreadPoolExecutor(max_workers=12) as pool:
            posted = [pool.submit(post_call, three[n % 3]) for n in range(45)]
            replays = [pool.submit(post_call, three[n % 3], key) for n in range(6)]
            toggles = [pool.submit(churn, n) for n in range(30)]
            assert all(f.result().status_code == 201 for f in posted)
            answers = [f.result() for f in replays]
            for t in toggles:
                t.result()
        assert {r.status_code for r in answers} <= {200, 201}
        assert len({r.json()["id"] for r in answers}) == 1, "one key, one call"

        # No call offered twice; no counselor ringing twice.
        assert _rows(
            postgres_database,
            "SELECT call_id FROM call_offers WHERE outcome = 'offered' GROUP BY call_id HAVING count(*) > 1",
        ) == []
        assert _rows(
            postgres_database,
            "SELECT offered_to FROM calls WHERE status = 'offered' GROUP BY offered_to HAVING count(*) > 1",
        ) == []
        assert _rows(postgres_database, "SELECT count(*) FROM calls") == [(calls_before + 45 + 1,)]
        assert _rows(postgres_database, f"SELECT count(*) FROM idempotency WHERE key = '{key}'") == [(1,)]
        # The sequence is gap-free in the table...
        seqs = [s for (s,) in _rows(postgres_database, "SELECT seq FROM events ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1))
        # ...and the follower on A received exactly what it may see, each once, in order.
        expected = lee.all_events()
        deadline = time.monotonic() + 10
        while follower.seqs[-1:] != expected[-1:] and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        follower.stop()
    assert follower.seqs == expected, (
        f"lost {sorted(set(expected) - set(follower.seqs))}, "
        f"duplicated {len(follower.seqs) - len(set(follower.seqs))}"
    )


def test_one_process_runs_the_sweepers_and_another_takes_over(
    postgres_database: str, tmp_path: Path
) -> None:
    servers = start_processes(postgres_database, tmp_path / "logs", 2, offer_timeout_s=1.0)
    try:
        holders = (
            # pg_locks is the whole cluster's: count this database's holders only (the suite's parallel
            # workers run servers of their own beside this one).
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            f" AND (classid::bigint << 32 | objid::bigint) = {SWEEPER_LOCK}"
        )
        deadline = time.monotonic() + 10
        while _rows(postgres_database, holders) != [(1,)] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _rows(postgres_database, holders) == [(1,)]
        leaders = [s for s in servers if "leads the sweepers" in s.log()]
        assert len(leaders) == 1
        leader, other = leaders[0], next(s for s in servers if s is not leaders[0])

        def rings_out(via: ServerProcess, username: str) -> None:
            person = Client(via, username)
            person.presence("available")
            # Rings them: this call, or the one still queued from before.
            assert post_call(via).status_code == 201
            url, headers = via.url, person.headers
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                if web.get(f"{url}/v1/auth/me", headers=headers).json().get("presence") == "break":
                    return
                time.sleep(0.1)
            raise AssertionError(f"the offer to {username} never rang out")

        rings_out(other, "kim")  # offered through the follower, expired by the leader
        leader.stop(kill=True)
        deadline = time.monotonic() + 15
        while "leads the sweepers" not in other.log() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "leads the sweepers" in other.log(), "no process took over the sweepers"
        rings_out(other, "park")
        missed = _rows(postgres_database, "SELECT count(*) FROM call_offers WHERE outcome = 'missed'")
        assert missed == [(2,)]
    finally:
        for server in servers:
            server.stop()


def test_workers_flag_serves_on_postgresql_and_is_refused_on_sqlite(
    postgres_database: str, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--database", f"sqlite:///{tmp_path / 'x.sqlite3'}", "--workers", "2"])
    server = launch(postgres_database, tmp_path / "workers.log", workers=2)
    try:
        wait_ready(server)
        lee = Client(server, "lee")
        for _ in range(6):  # connections spread over both workers
            assert post_call(server).status_code == 201
        assert len(lee.all_events()) >= 6
    finally:
        server.stop()
