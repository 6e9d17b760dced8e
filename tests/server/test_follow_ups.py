"""Follow-ups: scheduling, the due list (me / pool / all), overdue by the server clock, If-Match."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.server.helpers import User, assert_problem, on_call, patch, wait_for
from tests.support.live_server import LiveServer, start_live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path_factory.mktemp("follow_ups"), offer_timeout_s=5.0, database=db_backend)
    yield live
    live.stop()


def _at(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


def _create(user: User, **body: Any) -> httpx.Response:
    body.setdefault("id", str(uuid.uuid4()))
    return user.post("/v1/follow-ups", body, idem=body["id"])


def _ids(user: User, **params: str) -> list[str]:
    r = user.get("/v1/follow-ups", params=params)
    assert r.status_code == 200, r.text
    return [f["id"] for f in r.json()["items"]]


def test_schedule_list_and_overdue(server: LiveServer) -> None:
    kim, park, lee = User(server, "kim"), User(server, "park"), User(server, "lee")
    _call, contact = on_call(server, kim, "010-7777-0101")
    body = {
        "id": str(uuid.uuid4()),
        "contact_id": contact["id"],
        "due_at": _at(days=1),
        "reason": "안부 전화",
    }
    r = kim.post("/v1/follow-ups", body, idem=body["id"])
    assert r.status_code == 201, r.text
    mine = r.json()
    assert mine["assignee"]["id"] == kim.id and mine["source"] == "manual" and mine["overdue"] is False
    assert mine["case_id"] == kim.get(f"/v1/contacts/{contact['id']}").json()["case_id"]
    assert kim.post("/v1/follow-ups", body, idem=body["id"]).json() == mine  # replayed
    assert kim.post("/v1/follow-ups", body, idem=str(uuid.uuid4())).status_code == 200  # same id: no second
    late = _create(kim, contact_id=contact["id"], due_at=_at(minutes=-5), source="checklist_result").json()
    pooled = _create(kim, contact_id=contact["id"], due_at=_at(hours=2), pool="counselors").json()
    assert pooled["pool"] == "counselors" and pooled["assignee"]["id"] == "pool:counselors"
    listed = kim.get("/v1/follow-ups").json()
    ids = [f["id"] for f in listed["items"]]
    assert late["id"] in ids and mine["id"] in ids and pooled["id"] not in ids
    assert listed["overdue_count"] >= 1
    assert next(f for f in listed["items"] if f["id"] == late["id"])["overdue"] is True
    assert pooled["id"] in _ids(park, assignee="pool") and mine["id"] not in _ids(park)
    assert_problem(park.get("/v1/follow-ups", params={"assignee": "all"}), 403, "permission_denied")
    assert {mine["id"], late["id"], pooled["id"]} <= set(_ids(lee, assignee="all"))
    assert late["id"] in _ids(kim, due_before=_at()) and mine["id"] not in _ids(kim, due_before=_at())
    board = lee.get("/v1/board").json()
    overdue = [f for f in board["overdue_follow_ups"] if f["id"] == late["id"]]
    assert overdue and overdue[0]["overdue"] is True
    # The sweeper says once that it became overdue, so the red count moves without a refresh.
    wait_for(
        lambda: [
            e
            for e in kim.events()
            if e["type"] == "follow_up.updated" and e["data"]["id"] == late["id"] and e["data"]["overdue"]
        ],
        timeout=5,
    )
    card = kim.post("/v1/callers/lookup", {"number": "010-7777-0101"}).json()["card"]
    assert {f["id"] for f in card["pending_follow_ups"]} >= {mine["id"], late["id"], pooled["id"]}
    case_list = kim.get(f"/v1/cases/{mine['case_id']}/follow-ups").json()
    assert {f["id"] for f in case_list} == {mine["id"], late["id"], pooled["id"]}
    for bad, field in (
        ({"due_at": "2030-01-01T10:00:00"}, "due_at"),  # no time zone
        ({"due_at": _at(days=3000)}, "due_at"),
        ({"assignee_id": park.id, "pool": "counselors"}, "pool"),
        ({"assignee_id": "nobody"}, "assignee_id"),
        ({"reason": "가" * 501}, "reason"),
    ):
        body = {"contact_id": contact["id"], "due_at": _at(days=1), **bad}
        problem = assert_problem(_create(kim, **body), 422)
        assert field in [e["field"] for e in problem["errors"]], (bad, problem)
    assert_problem(_create(park, contact_id=contact["id"], due_at=_at(days=1)), 404, "contact_not_found")
    assert_problem(_create(kim, due_at=_at(days=1)), 422, "case_required")


def test_complete_reschedule_hand_over_with_if_match(server: LiveServer) -> None:
    kim, park, choi = User(server, "kim"), User(server, "park"), User(server, "choi")
    _call, contact = on_call(server, kim, "010-7777-0102")
    made = _create(kim, contact_id=contact["id"], due_at=_at(days=1)).json()
    path = f"/v1/follow-ups/{made['id']}"
    etag = kim.get(path).headers["ETag"]
    assert_problem(patch(kim, path, {"due_at": _at(days=2)}, None), 428, "if_match_required")
    assert_problem(patch(kim, path, {"due_at": _at(days=2)}, '"99"'), 412, "version_mismatch")
    assert_problem(patch(choi, path, {"status": "done"}, etag), 404, "follow_up_not_found")
    r = patch(kim, path, {"due_at": _at(days=2)}, etag)
    assert r.status_code == 200 and r.json()["version"] == 2, r.text
    assert_problem(patch(kim, path, {"status": "done"}, etag), 412, "version_mismatch")  # stale
    r = patch(kim, path, {"assignee_id": park.id}, r.headers["ETag"])  # hand over
    assert r.json()["assignee"]["id"] == park.id
    assert made["id"] in _ids(park)
    seen = [
        e["data"] for e in park.events() if e["type"] == "follow_up.updated" and e["data"]["id"] == made["id"]
    ]
    assert seen and seen[-1]["assignee"]["id"] == park.id
    r = patch(park, path, {"status": "done", "outcome": "통화 완료"}, r.headers["ETag"])
    done = r.json()
    assert done["status"] == "done" and done["completed_at"] and done["outcome"] == "통화 완료"
    assert made["id"] not in _ids(park)
    assert made["id"] in _ids(park, status="done")
    assert_problem(patch(park, path, {"due_at": _at(days=3)}, r.headers["ETag"]), 409, "follow_up_finished")


def _wrap_up_with(user: User, number: str, plan: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """A contact wrapped up with this follow-up plan: its id and the follow_up.updated events for it."""
    _call, contact = on_call(user.server, user, number)
    cid = contact["id"]
    etag = user.get(f"/v1/contacts/{cid}").headers["ETag"]
    details = {"summary": "안부", "service_types": ["conversation"], "disposition": "completed",
               "follow_up": plan}
    r = patch(user, f"/v1/contacts/{cid}", details, etag)
    assert r.status_code == 200, r.text
    stored = r.json()["follow_up"]
    for key in ("needed", "assignee_id", "pool", "reason"):
        assert stored[key] == plan.get(key), key  # kept as sent (what is left out stays null)
    assert user.post(f"/v1/contacts/{cid}/wrap-up").status_code == 200
    made = [e["data"] for e in user.events() if e["type"] == "follow_up.updated"]
    return cid, [data for data in made if data["contact_id"] == cid]


def test_wrap_up_follow_up_is_published(server: LiveServer) -> None:
    kim, park = User(server, "kim"), User(server, "park")
    # A named colleague, at the time picked (06:30 UTC = 15:30 in Seoul, not 10:00), with a reason.
    due = (datetime.now(UTC) + timedelta(days=1)).replace(hour=6, minute=30, second=0, microsecond=0)
    plan = {"needed": True, "due_at": due.isoformat().replace("+00:00", "Z"), "assignee_id": park.id,
            "reason": "마음편의점 다녀오셨는지 확인"}
    cid, made = _wrap_up_with(kim, "010-7777-0103", plan)
    assert made and made[0]["source"] == "wrap_up" and made[0]["source_id"] == cid
    assert made[0]["assignee"]["id"] == park.id and made[0]["pool"] is None
    assert made[0]["reason"] == "마음편의점 다녀오셨는지 확인"
    assert datetime.fromisoformat(made[0]["due_at"]) == due
    listed = park.get("/v1/follow-ups").json()["items"]
    assert [f["reason"] for f in listed if f["contact_id"] == cid] == ["마음편의점 다녀오셨는지 확인"]

    # The counselors' pool: no named assignee is needed, and anyone in the pool sees it.
    pooled = {"needed": True, "due_at": _at(days=2), "pool": "counselors", "reason": "109 연계 후 안부"}
    cid, made = _wrap_up_with(kim, "010-7777-0104", pooled)
    assert made and made[0]["pool"] == "counselors" and made[0]["assignee"]["id"] == "pool:counselors"
    assert made[0]["reason"] == "109 연계 후 안부"
    pool = park.get("/v1/follow-ups", params={"assignee": "pool"}).json()["items"]
    assert cid in [f["contact_id"] for f in pool]
