"""Cases: the card of a returning caller, case reads with ETag, If-Match updates, flags and expiry,
the timeline, and who may see a case."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.server.helpers import User, assert_problem, on_call, patch, post_call
from tests.support import web
from tests.support.live_server import LiveServer


def _card_for(user: User, number: str) -> dict:
    r = user.post("/v1/callers/lookup", {"number": number})
    assert r.status_code == 200, r.text
    return dict(r.json()["card"])


def test_card_of_the_demo_returning_caller(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    call = post_call(live_server, "010-2345-6789").json()
    card = call["card"]
    # The card travels in the offered event too, so the console paints it without another request.
    offered = [e for e in kim.events() if e["type"] == "call.offered"]
    assert offered[-1]["data"]["card"] == card
    assert card["caller"]["returning"] and card["caller"]["prior_contacts"] == 3
    assert card["caller"]["number_e164"] is None
    recent = card["recent_contacts"]
    assert len(recent) == 3
    assert [r["started_at"] for r in recent] == sorted((r["started_at"] for r in recent), reverse=True)
    assert recent[0]["counselor_name"] == "김상담" and recent[0]["disposition"] == "referred"
    assert "conversation" in recent[0]["service_types"]
    assert card["open_case"]["owner"]["name"] == "박상담"
    [flag] = card["active_flags"]
    assert flag["kind"] == "suicide_risk" and flag["active"] is True
    assert flag["instruction"] == "야간에는 반드시 위기 선별 먼저. 보호자 연락처 사례 메모 참조"
    expires = datetime.fromisoformat(flag["expires_at"])
    assert timedelta(days=29) < expires - datetime.now(UTC) <= timedelta(days=30)
    assert card["last_risk"]["tier"] == "high"
    assert card["last_risk"]["instrument_id"] == "seoul_isolation_selftest_12"
    [follow_up] = card["pending_follow_ups"]
    assert follow_up["assignee"]["name"] == "박상담" and follow_up["status"] == "scheduled"
    assert card["last_handoff_note"] is None and card["pending_referrals"] == 0


def test_cards_of_other_demo_callers_and_a_new_one(shared_server: LiveServer) -> None:
    lee = User(shared_server, "lee")
    elderly = _card_for(lee, "010-9876-5432")
    assert [f["kind"] for f in elderly["active_flags"]] == ["vulnerable_elderly"]
    assert elderly["active_flags"][0]["expires_at"] is None
    assert elderly["last_risk"]["tier"] == "moderate"
    closed = _card_for(lee, "02-2133-7878")
    assert closed["open_case"] is None and closed["active_flags"] == []
    assert closed["last_risk"]["tier"] == "low" and len(closed["recent_contacts"]) == 2
    new = _card_for(lee, "010-5555-0101")
    assert new["caller"]["returning"] is False and new["recent_contacts"] == [] and new["open_case"] is None


def test_case_read_update_with_if_match_and_412(live_server: LiveServer) -> None:
    park, kim, lee = (User(live_server, n) for n in ("park", "kim", "lee"))
    case_id = _card_for(lee, "010-2345-6789")["open_case"]["id"]
    r = park.get(f"/v1/cases/{case_id}")
    assert r.status_code == 200, r.text
    etag = r.headers["ETag"]
    assert etag == f'"{r.json()["version"]}"'
    assert_problem(patch(park, f"/v1/cases/{case_id}", {"owner_id": kim.id}, None), 428, "if_match_required")
    moved = patch(park, f"/v1/cases/{case_id}", {"owner_id": kim.id}, etag)
    assert moved.status_code == 200, moved.text
    assert moved.json()["owner"] == {"id": kim.id, "name": "김상담"}
    assert moved.headers["ETag"] != etag
    # The old ETag is stale now: someone changed the case meanwhile.
    assert_problem(patch(lee, f"/v1/cases/{case_id}", {"status": "closed"}, etag), 412, "version_mismatch")
    assert_problem(patch(lee, f"/v1/cases/{case_id}", {"status": "closed"}, '"abc"'), 412, "version_mismatch")
    # park no longer owns it; a counselor who is not the owner may not change it.
    current = lee.get(f"/v1/cases/{case_id}").headers["ETag"]
    assert_problem(patch(park, f"/v1/cases/{case_id}", {"status": "closed"}, current), 403, "case_not_yours")
    closed = patch(lee, f"/v1/cases/{case_id}", {"status": "closed"}, current)
    assert closed.json()["status"] == "closed" and closed.json()["closed_at"]
    bad_owner = lee.get(f"/v1/cases/{case_id}").headers["ETag"]
    problem = assert_problem(patch(lee, f"/v1/cases/{case_id}", {"owner_id": "nobody"}, bad_owner), 422)
    assert problem["errors"][0]["field"] == "owner_id"
    events = [e for e in kim.events() if e["type"] == "case.updated"]
    assert events and events[0]["data"]["owner"]["id"] == kim.id


def test_flags_are_idempotent_and_expire(live_server: LiveServer) -> None:
    park, lee = User(live_server, "park"), User(live_server, "lee")
    case_id = _card_for(lee, "010-2345-6789")["open_case"]["id"]
    # An hour ahead, not seconds: on a busy machine the requests below once outlived a 1.5 s flag.
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    body = {"kind": "do_not_call_back", "instruction": "본인 요청: 먼저 전화하지 말 것", "expires_at": soon}
    first = park.post(f"/v1/cases/{case_id}/flags", body, idem="flag-1")
    assert first.status_code == 201, first.text
    assert first.json()["active"] is True and first.json()["set_by"]["name"] == "박상담"
    again = park.post(f"/v1/cases/{case_id}/flags", body, idem="flag-1")
    assert again.status_code == 201 and again.json() == first.json()
    assert_problem(
        park.post(f"/v1/cases/{case_id}/flags", {**body, "kind": "safeguarding"}, idem="flag-1"), 422
    )
    assert_problem(park.post(f"/v1/cases/{case_id}/flags", body), 400, "idempotency_key_missing")
    past = {**body, "expires_at": "2020-01-01T00:00:00Z"}
    assert_problem(park.post(f"/v1/cases/{case_id}/flags", past, idem="flag-2"), 422, "expires_in_past")
    for n, bad in enumerate(
        ({**body, "kind": "vip"}, {**body, "instruction": ""}, {**body, "instruction": "가" * 501})
    ):
        assert_problem(park.post(f"/v1/cases/{case_id}/flags", bad, idem=f"bad-{n}"), 422)
    kinds = {f["kind"] for f in _card_for(lee, "010-2345-6789")["active_flags"]}
    assert kinds == {"suicide_risk", "do_not_call_back"}
    # Past its expiry the flag is no longer active: off the card, still in the case (inactive). The
    # expiry is moved to the moment the flag was set rather than waited for.
    live_server.sql(
        "UPDATE case_flags SET expires_at = created_at WHERE case_id = :c AND kind = 'do_not_call_back'",
        c=case_id,
    )
    assert {f["kind"] for f in _card_for(lee, "010-2345-6789")["active_flags"]} == {"suicide_risk"}
    flags = {f["kind"]: f for f in park.get(f"/v1/cases/{case_id}").json()["flags"]}
    assert flags["do_not_call_back"]["active"] is False and flags["suicide_risk"]["active"] is True


def test_timeline_newest_first_with_notes(shared_server: LiveServer) -> None:
    lee = User(shared_server, "lee")
    case_id = _card_for(lee, "010-2345-6789")["open_case"]["id"]
    r = lee.get(f"/v1/cases/{case_id}/timeline")
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert [i["at"] for i in items] == sorted((i["at"] for i in items), reverse=True)
    contacts = [i["contact"] for i in items if i["kind"] == "contact"]
    assert len(contacts) == 3
    oldest = contacts[-1]
    # The newest revision of each note only.
    assert oldest["notes"] == [
        "혼자 지낸 지 3년째. 주말이 특히 길게 느껴진다고 함. 서울마음편의점(관악) 안내함."
    ]
    assert oldest["summary"] and oldest["service_types"]
    assert {i["kind"] for i in items} == {"contact", "flag", "follow_up"}


def test_who_may_see_a_case(live_server: LiveServer) -> None:
    kim, park, choi, lee = (User(live_server, n) for n in ("kim", "park", "choi", "lee"))
    case_id = _card_for(lee, "010-2345-6789")["open_case"]["id"]
    assert park.get(f"/v1/cases/{case_id}").status_code == 200  # owner
    assert kim.get(f"/v1/cases/{case_id}").status_code == 200  # had contacts in it
    # choi never worked with this person: the case does not exist for them...
    assert_problem(choi.get(f"/v1/cases/{case_id}"), 404, "case_not_found")
    assert_problem(choi.get(f"/v1/cases/{case_id}/timeline"), 404, "case_not_found")
    # ...until the person calls choi: then the card's case opens for them.
    choi.presence("available")
    call = post_call(live_server, "010-2345-6789").json()
    assert call["offered_to"] == choi.id
    assert choi.get(f"/v1/cases/{case_id}").status_code == 200
    contact = choi.post(f"/v1/calls/{call['id']}/accept").json()
    assert contact["case_id"] == case_id  # the new contact joins the open case
    assert_problem(lee.get("/v1/cases/no-such-case"), 404, "case_not_found")
    assert_problem(web.get(f"{live_server.url}/v1/cases/{case_id}"), 401)


def test_open_a_case_from_a_contact(live_server: LiveServer) -> None:
    kim, choi = User(live_server, "kim"), User(live_server, "choi")
    _call, contact = on_call(live_server, kim, "010-4444-1234")
    assert contact["case_id"] is None
    r = kim.post("/v1/cases", {"contact_id": contact["id"]}, idem="case-1")
    assert r.status_code == 201, r.text
    case = r.json()
    assert case["status"] == "open" and case["owner"]["id"] == kim.id and case["version"] == 1
    assert kim.post("/v1/cases", {"contact_id": contact["id"]}, idem="case-1").json() == case
    assert_problem(
        kim.post("/v1/cases", {"contact_id": contact["id"]}, idem="case-2"), 409, "case_already_open"
    )
    assert_problem(
        choi.post("/v1/cases", {"contact_id": contact["id"]}, idem="case-3"), 404, "contact_not_found"
    )
    assert kim.get(f"/v1/contacts/{contact['id']}").json()["case_id"] == case["id"]
