"""Withdrawing a dispatch (a step of the same record) and asking a colleague to phone 112 (relays)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.helpers import User, assert_problem, on_call, wait_for
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server

DISPATCH_KEY = "training-dispatch-key"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(
        tmp_path_factory.mktemp("cancel"), offer_timeout_s=5.0, training_auto_ack_s=0, database=db_backend
    )
    yield live
    live.stop()


def liaison(server: LiveServer, method: str, path: str, **kw: Any) -> httpx.Response:
    return web.request(method, f"{server.url}{path}", headers={"X-API-Key": DISPATCH_KEY}, timeout=10, **kw)


def press(user: User, contact_id: str | None, service: str = "police_112") -> dict[str, Any]:
    dispatch_id = str(uuid.uuid4())
    r = user.post("/v1/dispatches", {"id": dispatch_id, "service": service, "contact_id": contact_id},
                  idem=dispatch_id)
    assert r.status_code == 201, r.text
    return dict(r.json())


def step(user: User, dispatch_id: str, **body: Any) -> httpx.Response:
    return user.post(f"/v1/dispatches/{dispatch_id}/status", body)


def audit(server: LiveServer, resource: str) -> list[tuple[str, str | None]]:
    """What was done (granted), in order; refused attempts are in the log too, each with its code."""
    return [
        (row[0], row[1])
        for row in server.sql(
            "SELECT action, reason FROM audit_log WHERE resource = :r AND action NOT LIKE '%.read'"
            " AND outcome = 'granted' ORDER BY seq",
            r=resource,
        )
    ]


def test_a_cancel_is_two_steps_of_the_same_dispatch(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim, "010-3456-7890")
    d = press(kim, contact["id"])
    assert_problem(step(kim, d["id"], step="cancel_requested"), 422, "reason_required")
    assert_problem(step(kim, d["id"], step="cancel_requested", reason="oops"), 422, "invalid_reason")
    # The liaison cannot stand down what nobody withdrew.
    no = liaison(server, "POST", f"/v1/dispatches/{d['id']}/status", json={"step": "cancel_acknowledged"})
    assert_problem(no, 409, "dispatch_cancel_not_requested")

    body = {"step": "cancel_requested", "reason": "pressed_by_mistake", "note": "  메모 중 잘못 누름 "}
    r = step(kim, d["id"], **body)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["status"] == "cancel_requested" and got["cancel_reason"] == "pressed_by_mistake"
    assert got["cancel_note"] == "메모 중 잘못 누름" and got["cancel_requested_at"] is not None
    assert [s["step"] for s in got["steps"]] == ["requested", "received", "cancel_requested"]
    assert got["steps"][-1]["note"] == "메모 중 잘못 누름" and got["steps"][-1]["by"] == kim.id
    # A retry (the outbox sends it again) changes nothing.
    again = step(kim, d["id"], **body)
    assert again.status_code == 200 and again.json()["steps"] == got["steps"]
    # No outcome after a withdrawal; a new press for the same intent is a new dispatch.
    assert_problem(step(kim, d["id"], step="contact_confirmed"), 409, "dispatch_invalid_transition")
    assert press(kim, contact["id"])["id"] != d["id"]

    listed = liaison(server, "GET", "/v1/dispatches", params={"open": "true"}).json()["items"]
    assert any(x["id"] == d["id"] and x["status"] == "cancel_requested" for x in listed)
    ack = liaison(server, "POST", f"/v1/dispatches/{d['id']}/status", json={"step": "cancel_acknowledged"})
    assert ack.status_code == 200, ack.text
    assert ack.json()["status"] == "cancelled" and ack.json()["cancel_acknowledged_at"] is not None
    # The lead hears both steps as they happen.
    statuses = [e["data"]["status"] for e in lee.events() if e["type"] == "dispatch.updated"
                and e["data"]["id"] == d["id"]]
    assert statuses[-2:] == ["cancel_requested", "cancelled"]
    closed = step(kim, d["id"], step="closed")
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert audit(server, f"dispatch:{d['id']}") == [
        ("dispatch.requested", None),
        ("dispatch.cancel_requested", "pressed_by_mistake: 메모 중 잘못 누름"),
        ("dispatch.cancel_acknowledged", None),
        ("dispatch.closed", None),
    ]
    refused = server.sql("SELECT reason FROM audit_log WHERE resource = :r AND outcome = 'rejected'"
                         " ORDER BY seq", r=f"dispatch:{d['id']}")
    assert [row[0] for row in refused][:2] == ["reason_required", "invalid_reason"]


def test_who_may_cancel(server: LiveServer) -> None:
    kim, park, lee = User(server, "kim"), User(server, "park"), User(server, "lee")
    _, contact = on_call(server, kim, "010-4567-8901")
    d = press(kim, contact["id"])
    assert_problem(step(park, d["id"], step="cancel_requested", reason="duplicate"), 404)
    # Only the agency's desk says it stood down.
    assert_problem(step(kim, d["id"], step="cancel_acknowledged"), 403)
    liaison_cancel = liaison(server, "POST", f"/v1/dispatches/{d['id']}/status",
                             json={"step": "cancel_requested", "reason": "duplicate"})
    assert_problem(liaison_cancel, 403, "dispatch_step_not_allowed")
    # A shift lead may withdraw anyone's; after an outcome nobody can.
    assert step(lee, d["id"], step="cancel_requested", reason="caller_safe").status_code == 200
    d2 = press(kim, None, "fire_ems_119")
    assert step(kim, d2["id"], step="failed", reason="없음").status_code == 200
    late = step(kim, d2["id"], step="cancel_requested", reason="other")
    assert_problem(late, 409, "dispatch_invalid_transition")


def test_training_stands_a_cancel_down_by_itself(tmp_path: Path, db_backend: str) -> None:
    live = start_live_server(
        tmp_path / "trn", offer_timeout_s=5.0, training_auto_ack_s=0.3, database=db_backend
    )
    try:
        kim = User(live, "kim")
        _, contact = on_call(live, kim)
        d = press(kim, contact["id"])
        assert step(kim, d["id"], step="cancel_requested", reason="pressed_by_mistake").status_code == 200
        wait_for(lambda: kim.get(f"/v1/dispatches/{d['id']}").json()["status"] == "cancelled", timeout=10)
        got = kim.get(f"/v1/dispatches/{d['id']}").json()
        assert got["steps"][-1]["step"] == "cancel_acknowledged"
        assert got["steps"][-1]["by"] == "training:auto-liaison"
    finally:
        live.stop()


def relay(user: User, **body: Any) -> httpx.Response:
    relay_id = body.pop("id", None) or str(uuid.uuid4())
    full = {"id": relay_id, "service": "police_112", "read_out": "[외로움안녕120 긴급출동 요청]", **body}
    return user.post("/v1/relays", full, idem=relay_id)


def relay_events(user: User, relay_id: str) -> list[dict[str, Any]]:
    return [e["data"] for e in user.events() if e["type"] == "relay.updated" and e["data"]["id"] == relay_id]


def test_a_relay_reaches_the_floor_and_one_colleague_takes_it(server: LiveServer) -> None:
    kim, park, choi, lee = (User(server, n) for n in ("kim", "park", "choi", "lee"))
    choi.presence("offline")
    _, contact = on_call(server, kim, "010-5678-9012")
    park.presence("break")  # on a break, at the desk: still one of the colleagues online
    d = press(kim, contact["id"])
    relay_id = str(uuid.uuid4())
    made = relay(kim, id=relay_id, dispatch_id=d["id"], callback_line="02-120-0120")
    assert made.status_code == 201, made.text
    r = made.json()
    assert r["status"] == "open" and r["dispatch_id"] == d["id"] and r["requested_by"]["id"] == kim.id
    assert r["person_number"] == "+821056789012" and r["callback_line"] == "+8221200120"
    # The same press again is the same relay.
    assert relay(kim, id=relay_id, dispatch_id=d["id"], callback_line="02-120-0120").json() == r

    # The lead and the colleague online hear of it, without the read-out or a number; an offline one not.
    for user in (kim, park, lee):
        seen = relay_events(user, relay_id)
        assert seen and seen[0]["read_out"] is None and seen[0]["person_number"] is None
    assert relay_events(choi, relay_id) == []
    assert park.get(f"/v1/relays/{relay_id}").json()["person_number"] == "+821056789012"
    listed = park.get("/v1/relays", params={"open": "true"}).json()["items"]
    assert [x["id"] for x in listed][:1] == [relay_id]

    assert_problem(kim.post(f"/v1/relays/{relay_id}/take"), 409, "relay_own_request")
    taken = park.post(f"/v1/relays/{relay_id}/take")
    assert taken.status_code == 200, taken.text
    assert taken.json()["taken_by"] == {"id": park.id, "name": "박상담"}
    assert park.post(f"/v1/relays/{relay_id}/take").status_code == 200  # a retry
    assert_problem(lee.post(f"/v1/relays/{relay_id}/take"), 409, "relay_taken")
    for user in (kim, lee):
        assert relay_events(user, relay_id)[-1]["taken_by"]["name"] == "박상담"
    actions = [row[0] for row in server.sql(
        "SELECT action FROM audit_log WHERE resource = :r AND outcome = 'granted' ORDER BY seq",
        r=f"relay:{relay_id}")]
    assert actions == ["relay.requested", "relay.read", "relay.taken"]
    reasons = server.sql(
        "SELECT reason FROM audit_log WHERE resource = :r AND outcome = 'granted'", r=f"relay:{relay_id}"
    )
    assert {row[0] for row in reasons} == {"emergency"}


def test_relay_roles(server: LiveServer) -> None:
    kim = User(server, "kim")
    r = relay(kim, dispatch_id="no-such-dispatch").json()
    assert r["dispatch_id"] is None  # unlinked, never refused over a field
    for method, path in (("POST", "/v1/relays"), ("GET", "/v1/relays"), ("GET", f"/v1/relays/{r['id']}"),
                         ("POST", f"/v1/relays/{r['id']}/take")):
        assert liaison(server, method, path, json={}).status_code == 403
    assert_problem(kim.get(f"/v1/relays/{uuid.uuid4()}"), 404, "relay_not_found")


def test_whoever_phones_112_for_a_colleague_hears_what_became_of_the_dispatch(server: LiveServer) -> None:
    """A relay is asked for because the agency had not answered; when it answers after all (or units set
    off), or the dispatch is withdrawn, or it fails, everyone told of the relay hears it: the one who took
    it gives 112 the incident number, or does not dial, or is asked again. The one who took it hears it
    even if their status says 오프라인 (signed in a moment ago)."""
    kim, park, lee, choi = (User(server, n) for n in ("kim", "park", "lee", "choi"))
    park.presence("break")  # at the desk, not taking calls: told of relays
    _, contact = on_call(server, kim, "010-6789-0123")
    d = press(kim, contact["id"])
    relay_id = str(uuid.uuid4())
    made = relay(kim, id=relay_id, dispatch_id=d["id"]).json()
    assert made["dispatch_acknowledged_at"] is None and made["incident_number"] is None
    assert park.post(f"/v1/relays/{relay_id}/take").status_code == 200
    park.presence("offline")
    ack = liaison(server, "POST", f"/v1/dispatches/{d['id']}/acknowledge",
                  json={"incident_number": "서울청-2026-0412"})
    assert ack.status_code == 200, ack.text
    for user in (kim, park, lee):
        heard = relay_events(user, relay_id)[-1]
        assert heard["dispatch_acknowledged_at"] is not None
        assert heard["incident_number"] == "서울청-2026-0412"
        assert heard["taken_by"]["id"] == park.id and heard["read_out"] is None, "still no read-out in events"
    assert park.get(f"/v1/relays/{relay_id}").json()["incident_number"] == "서울청-2026-0412"
    # The agency cannot reach the person after all: 112 is needed again.
    failed = liaison(server, "POST", f"/v1/dispatches/{d['id']}/status", json={"step": "failed",
                                                                              "reason": "주소 불명"})
    assert failed.status_code == 200, failed.text
    assert relay_events(park, relay_id)[-1]["dispatch_failed_at"] is not None

    d2 = press(kim, contact["id"], "fire_ems_119")
    second = str(uuid.uuid4())
    relay(kim, id=second, dispatch_id=d2["id"], service="fire_ems_119")
    assert step(kim, d2["id"], step="cancel_requested", reason="caller_safe").status_code == 200
    heard = relay_events(lee, second)[-1]
    assert heard["dispatch_withdrawn_at"] is not None and heard["dispatch_acknowledged_at"] is None
    listed = {x["id"]: x for x in lee.get("/v1/relays", params={"open": "true"}).json()["items"]}
    assert listed[second]["dispatch_withdrawn_at"] is not None

    # Units on their way without an acknowledgement first: the agency has it all the same.
    _, other = on_call(server, choi, "010-6789-0124")
    d3 = press(choi, other["id"])
    third = str(uuid.uuid4())
    relay(choi, id=third, dispatch_id=d3["id"])
    en_route = liaison(server, "POST", f"/v1/dispatches/{d3['id']}/status", json={"step": "en_route"})
    assert en_route.status_code == 200, en_route.text
    assert relay_events(lee, third)[-1]["dispatch_acknowledged_at"] is not None
