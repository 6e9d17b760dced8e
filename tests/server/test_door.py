"""Nobody is turned away at the door: a call rings whatever caller ID the bridge delivered, and a
cursor past any sequence number is a 4xx problem before a stream starts, never a 500 or a cut stream."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.server.helpers import User, assert_problem, post_call, telephony, wait_for
from tests.support import web
from tests.support.live_server import TELEPHONY_KEY, LiveServer


@pytest.mark.parametrize(
    ("raw", "code", "withheld"),
    [
        ("", "caller_id_empty", True),
        ("0" * 40, "caller_id_too_long", False),
        ("1" * 10_240, "caller_id_too_long", False),
        ("1234", "caller_id_invalid", False),
    ],
)
def test_a_malformed_caller_id_rings_with_a_warning(
    shared_server: LiveServer, raw: str, code: str, withheld: bool
) -> None:
    kim = User(shared_server, "kim")
    kim.presence("available")
    try:
        r = post_call(shared_server, raw)
        assert r.status_code == 201, r.text
        call = r.json()
        assert [(w["field"], w["code"]) for w in call["warnings"]] == [("from_number", code)]
        assert raw not in str(call["warnings"]) or len(raw) < 5  # never echoed back
        assert call["offered_to"] == kim.id and call["status"] == "offered"
        caller = call["caller"]
        assert caller["withheld"] is withheld
        assert caller["unknown"] is not withheld
        if not withheld:
            # Bounded storage: the key keeps some digits, within the callers column.
            assert len(caller["number_masked"]) <= 19
        assert kim.post(f"/v1/calls/{call['id']}/decline", {"reason": "test"}).status_code == 200
        # The caller hangs up: on this shared server a call still waiting would ring at kim's next 대기.
        assert telephony(shared_server, "POST", f"/v1/calls/{call['id']}/end").status_code == 200
    finally:
        kim.presence("break")


def test_a_valid_number_carries_no_warning(shared_server: LiveServer) -> None:
    r = post_call(shared_server, "010-1234-5678")
    assert r.status_code == 201 and r.json()["warnings"] == []


def test_a_body_that_is_not_json_is_still_refused(shared_server: LiveServer) -> None:
    r = web.post(
        f"{shared_server.url}/v1/calls",
        content=b"{from_number: 0000",
        headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": "nj-1", "Content-Type": "application/json"},
        timeout=10,
    )
    assert_problem(r, 400, "malformed_json")


def test_sim_as_delivered_with_forty_zeros_rings(shared_server: LiveServer) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "annyeong.server.sim.main", "call", "--from", "0" * 40, "--as-delivered",
         "--server", shared_server.url, "--api-key", TELEPHONY_KEY],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lee = User(shared_server, "lee")
    call_id = done.stdout.strip()
    assert wait_for(lambda: lee.get(f"/v1/calls/{call_id}").status_code == 200)
    assert lee.get(f"/v1/calls/{call_id}").json()["caller"]["unknown"] is True


@pytest.mark.parametrize("after", [str(2**63), str(10**40)])
def test_a_cursor_past_any_sequence_is_a_422(shared_server: LiveServer, after: str) -> None:
    kim = User(shared_server, "kim")
    assert_problem(kim.get("/v1/events/poll", params={"after": after}), 422, "validation_failed")
    assert_problem(kim.get("/v1/events", params={"after": after}), 422, "validation_failed")
    assert kim.get("/v1/events/poll", params={"after": str(2**63 - 1)}).status_code == 200


@pytest.mark.parametrize("last_event_id", ["9" * 20, str(2**63), "+5", "1e3"])
def test_a_last_event_id_past_any_sequence_is_a_400(shared_server: LiveServer, last_event_id: str) -> None:
    kim = User(shared_server, "kim")
    r = web.get(
        f"{shared_server.url}/v1/events", headers={**kim.headers, "Last-Event-ID": last_event_id}, timeout=10
    )
    assert_problem(r, 400, "invalid_last_event_id")
