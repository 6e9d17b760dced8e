"""Contact details (PATCH with If-Match) and the wrap-up that names every missing field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.server.helpers import User, assert_problem, on_call, patch
from tests.support.live_server import LiveServer


def _etag(user: User, contact_id: str) -> str:
    return user.get(f"/v1/contacts/{contact_id}").headers["ETag"]


def test_patch_contact_details_with_if_match(live_server: LiveServer) -> None:
    kim, choi = User(live_server, "kim"), User(live_server, "choi")
    _call, contact = on_call(live_server, kim)
    path = f"/v1/contacts/{contact['id']}"
    etag = _etag(kim, contact["id"])
    body = {
        "service_types": ["isolation_report", "info", "info"],
        "summary": "옆집 어르신 안부 확인 요청",
        "reporter": {"name": "이웃 주민", "number": "010 3333 4444", "district": "노원구"},
        "subject": {
            "name": "<b>홍길동</b>",
            "district": "노원구",
            "age_band": "80_plus",
            "address": "상계동",
        },
    }
    r = patch(kim, path, body, etag)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["service_types"] == ["info", "isolation_report"]
    assert got["reporter"]["number"] == "+821033334444"  # normalised
    assert got["subject"]["name"] == "<b>홍길동</b>"  # stored as typed; rendering is plain text
    assert got["version"] == contact["version"] + 1 and r.headers["ETag"] != etag
    # Only what is sent changes; null clears.
    r = patch(kim, path, {"summary": None}, r.headers["ETag"])
    assert r.json()["summary"] is None and r.json()["service_types"] == ["info", "isolation_report"]
    assert_problem(patch(kim, path, {"summary": "x"}, etag), 412, "version_mismatch")
    assert_problem(patch(kim, path, {"summary": "x"}, None), 428, "if_match_required")
    current = r.headers["ETag"]
    for bad, field in (
        ({"disposition": "lost"}, "disposition"),
        ({"service_types": ["therapy"]}, "service_types.0"),
        ({"subject": {"district": "수원시"}}, "subject.district"),
        ({"reporter": {"number": "1234"}}, "reporter.number"),
        ({"follow_up": {"needed": True, "assignee_id": "nobody"}}, "follow_up.assignee_id"),
        ({"summary": "가" * 4001}, "summary"),
        ({"color": "red"}, "color"),
    ):
        problem = assert_problem(patch(kim, path, bad, current), 422)
        assert field in [e["field"] for e in problem["errors"]], (bad, problem)
    # Someone else's contact does not exist for choi, even to PATCH.
    assert_problem(patch(choi, path, {"summary": "x"}, current), 404, "contact_not_found")
    assert_problem(choi.get(path), 404, "contact_not_found")
    updates = [e for e in kim.events() if e["type"] == "contact.updated"]
    assert updates and updates[-1]["data"]["id"] == contact["id"]


def test_wrap_up_names_every_missing_field_then_closes(live_server: LiveServer) -> None:
    kim, park = User(live_server, "kim"), User(live_server, "park")
    _call, contact = on_call(live_server, kim, "010-7777-8888")
    path = f"/v1/contacts/{contact['id']}"
    problem = assert_problem(kim.post(f"{path}/wrap-up"), 422, "wrap_up_incomplete")
    assert [e["field"] for e in problem["errors"]] == ["summary", "service_types", "disposition"]
    r = patch(
        kim, path, {"summary": "잠이 안 와 전화", "follow_up": {"needed": True}}, _etag(kim, contact["id"])
    )
    assert r.status_code == 200, r.text
    problem = assert_problem(kim.post(f"{path}/wrap-up"), 422, "wrap_up_incomplete")
    assert [e["field"] for e in problem["errors"]] == [
        "service_types",
        "disposition",
        "follow_up.due_at",
        "follow_up.assignee_id",
    ]
    # Nothing was lost or changed by the refusal; the contact is still open.
    still = kim.get(path).json()
    assert (
        still["summary"] == "잠이 안 와 전화" and still["wrapped_up_at"] is None and still["ended_at"] is None
    )
    due = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    r = patch(
        kim,
        path,
        {
            "service_types": ["conversation"],
            "disposition": "completed",
            "follow_up": {"needed": True, "due_at": due, "assignee_id": park.id},
        },
        _etag(kim, contact["id"]),
    )
    assert r.status_code == 200, r.text
    done = kim.post(f"{path}/wrap-up")
    assert done.status_code == 200, done.text
    wrapped = done.json()
    assert wrapped["wrapped_up_at"] and wrapped["ended_at"]  # wrap-up ends a contact still open
    assert wrapped["case_id"]  # a needed follow-up opened a case for this first-time caller
    assert kim.me()["presence"] == "wrap_up"
    assert kim.post(f"{path}/wrap-up").json() == wrapped  # idempotent
    card = kim.post("/v1/callers/lookup", {"number": "010-7777-8888"}).json()["card"]
    [follow_up] = card["pending_follow_ups"]
    assert follow_up["assignee"]["id"] == park.id and follow_up["contact_id"] == contact["id"]
    assert card["open_case"]["owner"]["id"] == kim.id


def test_non_data_dispositions_need_only_a_disposition(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    _call, contact = on_call(live_server, kim, None)
    path = f"/v1/contacts/{contact['id']}"
    assert patch(kim, path, {"disposition": "silent"}, _etag(kim, contact["id"])).status_code == 200
    done = kim.post(f"{path}/wrap-up")
    assert done.status_code == 200, done.text
    assert done.json()["case_id"] is None
