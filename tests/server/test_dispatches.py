"""Emergency dispatch: one dispatch per press and per intent, the liaison's steps live, roles, training."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server.helpers import User, assert_problem, on_call, wait_for
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server

DISPATCH_KEY = "training-dispatch-key"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    # Auto-acknowledge off: these tests play the liaison themselves.
    live = start_live_server(
        tmp_path_factory.mktemp("dispatch"), offer_timeout_s=5.0, training_auto_ack_s=0, database=db_backend
    )
    yield live
    live.stop()


def liaison(server: LiveServer, method: str, path: str, **kw: Any) -> httpx.Response:
    headers = {"X-API-Key": DISPATCH_KEY, **kw.pop("headers", {})}
    return web.request(method, f"{server.url}{path}", headers=headers, timeout=10, **kw)


def press(user: User, contact_id: str | None, service: str = "police_112", **extra: Any) -> httpx.Response:
    dispatch_id = extra.pop("id", None) or str(uuid.uuid4())
    body = {"id": dispatch_id, "service": service, "contact_id": contact_id, **extra}
    return user.post("/v1/dispatches", body, idem=extra.pop("idem", None) or dispatch_id)


def events_of(items: list[dict[str, Any]], dispatch_id: str) -> list[dict[str, Any]]:
    return [e["data"] for e in items if e["type"] == "dispatch.updated" and e["data"]["id"] == dispatch_id]


def test_press_is_received_and_a_retried_press_is_one_dispatch(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim, "010-2345-6789")
    pressed = datetime(2025, 1, 1, 3, 0, tzinfo=UTC).isoformat()
    dispatch_id = str(uuid.uuid4())
    body = {
        "id": dispatch_id,
        "service": "police_112",
        "contact_id": contact["id"],
        "location": {"address": "서울 마포구 월드컵로 1", "district": "마포구", "lookup_requested": True},
        "risk": ["plan", "means", "plan"],
        "caller_relation": "self",
        "callback_line": "02-120-0120",
        "summary": "자살 계획과 수단 언급, 현재 자택",
        "client_pressed_at": pressed,
    }
    first = kim.post("/v1/dispatches", body, idem=dispatch_id)
    assert first.status_code == 201, first.text
    d = first.json()
    assert d["id"] == dispatch_id and d["status"] == "received" and d["deduplicated"] is False
    assert d["person_number"] == "+821023456789"  # from the contact, unmasked for the dispatch
    assert d["person_number_masked"] == "010-****-6789"
    assert d["risk"] == ["means", "plan"] and d["location"]["lookup_requested"] is True
    assert d["case_id"] == contact["case_id"] and d["counselor"]["id"] == kim.id
    assert [(s["step"], s["clock"]) for s in d["steps"]] == [("requested", "client"), ("received", "server")]
    assert d["requested_at"].startswith("2025-01-01T03:00") and d["received_at"] > d["requested_at"]
    # The same press again: the stored answer; under another key (a restarted console): the same dispatch.
    again = kim.post("/v1/dispatches", body, idem=dispatch_id)
    assert (again.status_code, again.json()) == (201, d)
    other_key = kim.post("/v1/dispatches", body, idem=f"retry:{dispatch_id}")
    assert other_key.status_code == 200 and other_key.json()["id"] == dispatch_id
    mine = [x["id"] for x in kim.get("/v1/dispatches", params={"open": "true"}).json()["items"]]
    assert mine.count(dispatch_id) == 1
    # Counselor, every shift lead and the liaison hear of it at once; events never carry the numbers.
    for seen in (events_of(kim.events(), dispatch_id), events_of(lee.events(), dispatch_id)):
        assert [e["status"] for e in seen] == ["received"]
        assert seen[0]["person_number"] is None and seen[0]["callback_line"] is None
    polled = liaison(server, "GET", "/v1/events/poll", params={"after": 0, "limit": 500}).json()["items"]
    assert len(events_of(polled, dispatch_id)) == 1
    assert liaison(server, "GET", f"/v1/dispatches/{dispatch_id}").json()["person_number"] == "+821023456789"
    timeline = kim.get(f"/v1/cases/{contact['case_id']}/timeline").json()["items"]
    shown = [i["data"] for i in timeline if i["kind"] == "dispatch"]
    assert [x["id"] for x in shown] == [dispatch_id] and shown[0]["person_number"] is None
    audit = server.sql(
        "SELECT action, actor FROM audit_log WHERE resource = :r AND action != 'dispatch.read'",
        r=f"dispatch:{dispatch_id}",
    )
    assert audit == [("dispatch.requested", kim.id)]


def test_one_dispatch_per_intent_across_consoles(server: LiveServer) -> None:
    kim_a, kim_b, lee = User(server, "kim"), User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim_a)
    first = press(kim_a, contact["id"]).json()
    second = press(kim_b, contact["id"])  # the same counselor's other console, its own dispatch id
    assert second.status_code == 200, second.text
    joined = second.json()
    assert joined["id"] == first["id"] and joined["deduplicated"] is True
    alias = joined["requests"][1]["id"]
    assert [r["by"]["id"] for r in joined["requests"]] == [kim_a.id, kim_a.id]
    # The second console follows its own id: it resolves to the one dispatch.
    assert kim_b.get(f"/v1/dispatches/{alias}").json()["id"] == first["id"]
    by_lead = press(lee, contact["id"])
    assert by_lead.status_code == 200 and by_lead.json()["id"] == first["id"]
    assert [s["step"] for s in by_lead.json()["steps"]] == ["requested", "received", "requested", "requested"]
    # Another service is another intent; so is a new press once the first one failed.
    fire = press(kim_a, contact["id"], "fire_ems_119")
    assert fire.status_code == 201 and fire.json()["id"] != first["id"]
    failed = kim_a.post(f"/v1/dispatches/{first['id']}/status", {"step": "failed", "reason": "주소 불명"})
    assert failed.status_code == 200, failed.text
    anew = press(kim_a, contact["id"])
    assert anew.status_code == 201 and anew.json()["id"] != first["id"]


def test_liaison_steps_reach_the_counselor_live(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim)
    d = press(kim, contact["id"], "fire_ems_119").json()
    after = max([0, *(e["seq"] for e in kim.events())])
    ack = liaison(server, "POST", f"/v1/dispatches/{d['id']}/acknowledge", json={"incident_number": "119-77"})
    assert ack.status_code == 200, ack.text
    assert ack.json()["status"] == "acknowledged" and ack.json()["incident_number"] == "119-77"
    for step in ("en_route", "contact_confirmed"):
        r = liaison(server, "POST", f"/v1/dispatches/{d['id']}/status", json={"step": step})
        assert r.status_code == 200 and r.json()["status"] == step, r.text
    fallback = kim.post(f"/v1/dispatches/{d['id']}/status", {"step": "fallback_called"})
    assert fallback.json()["status"] == "contact_confirmed" and fallback.json()["fallback_called_at"]
    closed = kim.post(f"/v1/dispatches/{d['id']}/status", {"step": "closed"}).json()
    assert closed["status"] == "closed"
    assert [s["step"] for s in closed["steps"]] == [
        "requested",
        "received",
        "acknowledged",
        "en_route",
        "contact_confirmed",
        "fallback_called",
        "closed",
    ]
    assert [s["by_role"] for s in closed["steps"][2:5]] == ["dispatch_liaison"] * 3
    for stamp in ("acknowledged_at", "en_route_at", "contact_confirmed_at", "closed_at"):
        assert closed[stamp] is not None
    live = [e["status"] for e in events_of(kim.events(after), d["id"])]
    assert live == ["acknowledged", "en_route", "contact_confirmed", "contact_confirmed", "closed"]
    assert events_of(kim.events(after), d["id"])[0]["incident_number"] == "119-77"
    assert len(events_of(lee.events(after), d["id"])) == 5
    assert d["id"] not in [
        x["id"] for x in lee.get("/v1/dispatches", params={"open": "true"}).json()["items"]
    ]
    actions = [
        r[0]
        for r in server.sql(
            "SELECT action FROM audit_log WHERE resource = :r AND action != 'dispatch.read' ORDER BY seq",
            r=f"dispatch:{d['id']}",
        )
    ]
    assert actions == [
        "dispatch.requested",
        "dispatch.acknowledged",
        "dispatch.en_route",
        "dispatch.contact_confirmed",
        "dispatch.fallback_called",
        "dispatch.closed",
    ]


def test_steps_only_go_forward(server: LiveServer) -> None:
    kim = User(server, "kim")
    _, contact = on_call(server, kim)
    d = press(kim, contact["id"]).json()
    path = f"/v1/dispatches/{d['id']}"
    assert_problem(kim.post(f"{path}/status", {"step": "closed"}), 409, "dispatch_outcome_required")
    assert_problem(kim.post(f"{path}/status", {"step": "failed"}), 422, "reason_required")
    assert_problem(kim.post(f"{path}/status", {"step": "failed", "reason": "  "}), 422, "reason_required")
    ack = {"incident_number": "112-1"}
    assert liaison(server, "POST", f"{path}/acknowledge", json=ack).status_code == 200
    assert liaison(server, "POST", f"{path}/acknowledge", json=ack).status_code == 200  # a retry: no-op
    other = liaison(server, "POST", f"{path}/acknowledge", json={"incident_number": "112-2"})
    assert_problem(other, 409, "dispatch_already_acknowledged")
    assert kim.post(f"{path}/status", {"step": "contact_confirmed"}).status_code == 200
    for step in ("en_route",):
        assert_problem(
            liaison(server, "POST", f"{path}/status", json={"step": step}), 409, "dispatch_invalid_transition"
        )
    failed = liaison(server, "POST", f"{path}/status", json={"step": "failed", "reason": "x"})
    assert_problem(failed, 409, "dispatch_invalid_transition")
    assert kim.post(f"{path}/status", {"step": "closed"}).status_code == 200
    assert kim.post(f"{path}/status", {"step": "closed"}).status_code == 200  # a retry
    assert_problem(kim.post(f"{path}/status", {"step": "fallback_called"}), 409, "dispatch_closed")
    steps = [s["step"] for s in kim.get(path).json()["steps"]]
    assert steps == ["requested", "received", "acknowledged", "contact_confirmed", "closed"]


def test_roles(server: LiveServer) -> None:
    kim, park, lee = User(server, "kim"), User(server, "park"), User(server, "lee")
    _, contact = on_call(server, kim)
    d = press(kim, contact["id"]).json()
    path = f"/v1/dispatches/{d['id']}"
    assert_problem(kim.post(f"{path}/acknowledge", {"incident_number": "1"}), 403, "permission_denied")
    assert_problem(kim.post(f"{path}/status", {"step": "en_route"}), 403, "dispatch_step_not_allowed")
    assert_problem(park.get(path), 404, "dispatch_not_found")
    assert_problem(park.post(f"{path}/status", {"step": "closed"}), 404, "dispatch_not_found")
    assert d["id"] not in [x["id"] for x in park.get("/v1/dispatches").json()["items"]]
    fallback = liaison(server, "POST", f"{path}/status", json={"step": "fallback_called"})
    assert_problem(fallback, 403, "dispatch_step_not_allowed")
    made = liaison(
        server,
        "POST",
        "/v1/dispatches",
        json={"id": str(uuid.uuid4()), "service": "police_112"},
        headers={"Idempotency-Key": "x"},
    )
    assert made.status_code in (401, 403)
    telephony = web.get(f"{server.url}/v1/dispatches", headers={"X-API-Key": "training-telephony-key"})
    assert_problem(telephony, 403, "permission_denied")
    # A shift lead records the outcome on anyone's dispatch.
    assert lee.post(f"{path}/status", {"step": "failed", "reason": "연락 두절"}).json()["status"] == "failed"
    assert lee.post(f"{path}/status", {"step": "closed"}).json()["status"] == "closed"


def test_bad_input_is_a_4xx_problem_and_nothing_blocks_a_press(server: LiveServer) -> None:
    kim = User(server, "kim")
    base = {"id": str(uuid.uuid4()), "service": "police_112"}
    for body, field in (
        ({"id": str(uuid.uuid4())}, "service"),
        ({**base, "service": "113"}, "service"),
        ({**base, "id": "not-a-uuid"}, "id"),
        ({**base, "risk": ["bored"]}, "risk.0"),
        ({**base, "summary": "가" * 4001}, "summary"),
        ({**base, "location": {"district": "부산진구"}}, "location.district"),
        ({**base, "siren": True}, "siren"),
    ):
        problem = assert_problem(kim.post("/v1/dispatches", body, idem=str(uuid.uuid4())), 422)
        assert field in {e["field"] for e in problem["errors"]}, (field, problem)
    assert_problem(kim.post("/v1/dispatches", base), 400, "idempotency_key_missing")
    r = web.post(
        f"{server.url}/v1/dispatches",
        content=b"{",
        headers={**kim.headers, "Idempotency-Key": "k", "content-type": "application/json"},
    )
    assert_problem(r, 400, "malformed_json")
    assert_problem(kim.post("/v1/dispatches/nope/acknowledge", {}), 403)
    assert_problem(liaison(server, "POST", "/v1/dispatches/nope/acknowledge", json={}), 422)
    assert_problem(
        liaison(server, "POST", "/v1/dispatches/nope/acknowledge", json={"incident_number": "1"}),
        404,
        "dispatch_not_found",
    )
    assert_problem(kim.post("/v1/dispatches/x/status", {"step": "teleport"}), 422)
    # Only the service is needed; a foreign contact or an odd number leaves it unlinked / as typed.
    lone = kim.post("/v1/dispatches", base, idem=base["id"])
    assert lone.status_code == 201 and lone.json()["contact_id"] is None
    odd = press(kim, "no-such-contact", person_number="12345", callback_line="내선 7")
    assert odd.status_code == 201, odd.text
    assert odd.json()["person_number"] == "12345" and odd.json()["contact_id"] is None
    assert odd.json()["person_number_masked"] == "***45"


def test_training_acknowledges_by_itself(tmp_path: Path, db_backend: str) -> None:
    live = start_live_server(
        tmp_path / "trn", offer_timeout_s=5.0, training_auto_ack_s=0.3, database=db_backend
    )
    try:
        kim = User(live, "kim")
        _, contact = on_call(live, kim)
        d = press(kim, contact["id"]).json()

        def status() -> str:
            return str(kim.get(f"/v1/dispatches/{d['id']}").json()["status"])

        wait_for(lambda: status() == "en_route", timeout=5)
        got = kim.get(f"/v1/dispatches/{d['id']}").json()
        assert got["incident_number"] == "TRN-112-000001"
        assert [s["by"] for s in got["steps"][2:]] == ["training:auto-liaison"] * 2
        assert [e["status"] for e in events_of(kim.events(), d["id"])] == [
            "received",
            "acknowledged",
            "en_route",
        ]
    finally:
        live.stop()


def _sim(server: LiveServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annyeong.server.sim.main", "dispatch", "--server", server.url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_sim_plays_the_liaison(server: LiveServer) -> None:
    kim = User(server, "kim")
    _, contact = on_call(server, kim, "010-9876-5432")
    d = press(kim, contact["id"]).json()
    listed = _sim(server, "list")
    assert listed.returncode == 0, listed.stderr
    assert any(
        line.split("\t")[:3] == [d["id"], "police_112", "received"] for line in listed.stdout.splitlines()
    )
    assert "5432" not in listed.stdout  # ids and statuses only, never a number
    acked = _sim(server, "ack", d["id"], "--incident", "112-2025-0042")
    assert acked.returncode == 0, acked.stderr
    assert "112-2025-0042" in acked.stdout
    moving = _sim(server, "status", d["id"], "en_route")
    assert moving.returncode == 0 and "\ten_route\t" in moving.stdout
    assert kim.get(f"/v1/dispatches/{d['id']}").json()["status"] == "en_route"
    back = _sim(server, "status", d["id"], "en_route")
    assert back.returncode == 0  # a repeat is a no-op
    no_reason = _sim(server, "status", d["id"], "failed")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    wrong_key = _sim(server, "--api-key", "nope", "list")
    assert wrong_key.returncode == 4 and "401" in wrong_key.stderr


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=8,
)
dispatch_like = st.fixed_dictionaries(
    {"id": st.uuids().map(str), "service": st.sampled_from(["police_112", "fire_ems_119"]) | json_values},
    optional={
        "contact_id": st.text(max_size=70) | json_values,
        "person_number": st.text(max_size=40) | json_values,
        "callback_line": st.text(max_size=40),
        "location": st.fixed_dictionaries(
            {},
            optional={
                "address": st.text(max_size=40) | json_values,
                "district": st.sampled_from(["마포구", "x"]) | json_values,
                "unknown": json_values,
            },
        ),
        "risk": st.lists(st.sampled_from(["plan", "weapon", "nope"]), max_size=8) | json_values,
        "caller_relation": st.sampled_from(["self", "cat"]) | json_values,
        "summary": st.text(max_size=60) | json_values,
        "client_pressed_at": st.sampled_from(["2025-01-01T00:00:00Z", "yesterday", "2025-13-01"])
        | json_values,
    },
)
step_like = st.fixed_dictionaries(
    {},
    optional={
        "step": st.sampled_from(["closed", "failed", "en_route", "x"]) | json_values,
        "reason": json_values,
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=dispatch_like, step=step_like)
def test_fuzzed_dispatch_bodies_never_500(
    server: LiveServer, body: dict[str, Any], step: dict[str, Any]
) -> None:
    kim = _fuzz_user(server)
    r = kim.post("/v1/dispatches", body, idem=str(uuid.uuid4()))
    assert r.status_code < 500, (body, r.text)
    if r.status_code >= 400:
        assert r.headers["content-type"].startswith("application/problem+json") and "code" in r.json()
        return
    for who in (kim.post, lambda p, b: liaison(server, "POST", p, json=b)):
        s = who(f"/v1/dispatches/{r.json()['id']}/status", step)
        assert s.status_code < 500 and (s.status_code < 400 or "code" in s.json()), (step, s.text)


_USERS: dict[str, User] = {}


def _fuzz_user(server: LiveServer) -> User:
    # One sign-in for all examples: hypothesis calls the test many times with the same module server.
    if server.url not in _USERS:
        _USERS[server.url] = User(server, "kim")
    return _USERS[server.url]


def test_the_holder_of_a_contact_lists_its_dispatches(server: LiveServer) -> None:
    kim, lee, park = User(server, "kim"), User(server, "lee"), User(server, "park")
    _, contact = on_call(server, kim, "010-7878-1212")
    by_lead = press(lee, contact["id"]).json()  # the lead pressed: kim is no requester
    assert [d["id"] for d in kim.get("/v1/dispatches").json()["items"]].count(by_lead["id"]) == 0
    listed = kim.get("/v1/dispatches", params={"contact_id": contact["id"], "open": "true"})
    assert listed.status_code == 200, listed.text
    (item,) = listed.json()["items"]
    assert item["id"] == by_lead["id"] and item["person_number"] == "+821078781212"
    assert park.get("/v1/dispatches", params={"contact_id": contact["id"]}).json()["items"] == []
    assert kim.get("/v1/dispatches", params={"contact_id": "no-such", "open": "true"}).json()["items"] == []
    assert_problem(kim.get("/v1/dispatches", params={"contact_id": "a/b"}), 422)
