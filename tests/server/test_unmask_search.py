"""Unmasking a number (audited, own call only), server-side search, and bad numbers."""

from __future__ import annotations

from tests.server.helpers import User, assert_problem, on_call, patch, post_call
from tests.support.live_server import LiveServer


def _audit(server: LiveServer) -> list[tuple[str, str, str | None, str | None, str]]:
    return server.sql(  # type: ignore[return-value]
        "SELECT actor, outcome, subject_type, resource, reason FROM audit_log"
        " WHERE action = 'caller.unmask' ORDER BY seq"
    )


def test_unmask_is_audited_and_limited_to_own_call(live_server: LiveServer) -> None:
    kim, park, lee = (User(live_server, n) for n in ("kim", "park", "lee"))
    kim.presence("available")
    ringing = post_call(live_server, "010-2345-6789").json()
    # While it rings at kim's console, kim may see the number, with a reason.
    r = kim.post("/v1/callers/unmask", {"call_id": ringing["id"], "reason": "보호자 연락 필요"})
    assert r.status_code == 200, r.text
    assert r.json() == {"number_e164": "+821023456789", "number_display": "010-2345-6789"}
    # park is not on it: the call does not exist for park, and the attempt is recorded anyway.
    assert_problem(
        park.post("/v1/callers/unmask", {"call_id": ringing["id"], "reason": "확인"}), 404, "call_not_found"
    )
    contact = kim.post(f"/v1/calls/{ringing['id']}/accept").json()
    by_contact = kim.post("/v1/callers/unmask", {"contact_id": contact["id"], "reason": "긴급 출동 요청"})
    assert by_contact.status_code == 200
    assert_problem(park.post("/v1/callers/unmask", {"contact_id": contact["id"], "reason": "x"}), 404)
    assert (
        lee.post("/v1/callers/unmask", {"contact_id": contact["id"], "reason": "팀장 확인"}).status_code
        == 200
    )
    for bad in (
        {"call_id": ringing["id"]},
        {"call_id": ringing["id"], "reason": ""},
        {"call_id": ringing["id"], "reason": "   "},
        {"call_id": ringing["id"], "reason": "가" * 201},
        {"reason": "x"},
        {"call_id": ringing["id"], "contact_id": contact["id"], "reason": "x"},
    ):
        assert_problem(kim.post("/v1/callers/unmask", bad), 422)
    # After wrap-up the number stays masked for the counselor.
    path = f"/v1/contacts/{contact['id']}"
    etag = kim.get(path).headers["ETag"]
    patch(kim, path, {"summary": "s", "service_types": ["conversation"], "disposition": "completed"}, etag)
    assert kim.post(f"{path}/wrap-up").status_code == 200
    assert_problem(
        kim.post("/v1/callers/unmask", {"contact_id": contact["id"], "reason": "다시"}),
        403,
        "unmask_not_allowed",
    )
    rows = _audit(live_server)
    assert [(actor, outcome) for actor, outcome, *_ in rows] == [
        (kim.id, "granted"),
        (park.id, "denied"),
        (kim.id, "granted"),
        (park.id, "denied"),
        (lee.id, "granted"),
        (kim.id, "denied"),
    ]
    assert rows[0][2:] == ("caller", f"call:{ringing['id']}", "보호자 연락 필요")
    assert all("+82" not in str(row) for row in rows)  # the number itself is never in the audit row


def test_unmask_withheld_and_unknown(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    call, _contact = on_call(live_server, kim, None)
    assert_problem(
        kim.post("/v1/callers/unmask", {"call_id": call["id"], "reason": "x"}), 409, "number_withheld"
    )
    assert_problem(kim.post("/v1/callers/unmask", {"call_id": "nope", "reason": "x"}), 404, "call_not_found")
    assert_problem(
        kim.post("/v1/callers/unmask", {"contact_id": "nope", "reason": "x"}), 404, "contact_not_found"
    )
    assert [r[1] for r in _audit(live_server)] == ["withheld", "not_found", "not_found"]


def test_search_by_phone_name_and_text(shared_server: LiveServer) -> None:
    kim, choi, lee = (User(shared_server, n) for n in ("kim", "choi", "lee"))

    def search(user: User, query: str, kind: str) -> dict:
        r = user.post("/v1/search", {"query": query, "kind": kind})
        assert r.status_code == 200, r.text
        return dict(r.json())

    # Numbers are normalised: any spelling of the same number finds the same contacts.
    for spelling in ("010-2345-6789", "+82 10 2345 6789", "01023456789"):
        found = search(kim, spelling, "phone")
        assert len(found["contacts"]) == 2  # kim's own two contacts with this person, not park's
        assert {h["contact"]["counselor_name"] for h in found["contacts"]} == {"김상담"}
        assert found["contacts"][0]["caller"]["number_e164"] is None
        assert len(found["cases"]) == 1
    assert len(search(lee, "010-2345-6789", "phone")["contacts"]) == 3  # shift leads see all
    assert search(lee, "010-2345-6789", "phone")["contacts"][0]["caller"]["number_e164"] == "+821023456789"
    assert [h["matched"] for h in search(choi, "박말순", "name")["contacts"]] == ["name"]
    assert search(kim, "박말순", "name")["contacts"] == []  # choi's contact, not kim's
    hits = search(kim, "마음편의점", "text")["contacts"]
    assert [h["matched"] for h in hits] == ["summary"]  # kim's first contact with this person
    assert search(lee, "고립예방센터", "text")["contacts"]  # a Korean substring with a particle after it
    assert search(lee, "100%_", "text")["contacts"] == []  # LIKE wildcards are literal
    for bad in (
        {"query": "", "kind": "text"},
        {"query": "x", "kind": "email"},
        {"query": "x" * 201, "kind": "text"},
    ):
        assert_problem(lee.post("/v1/search", bad), 422)


def test_bad_numbers_get_a_problem_or_a_normalised_number(shared_server: LiveServer) -> None:
    lee = User(shared_server, "lee")
    # "02)120-1234" is 02-120-1234 (Seoul's 다산콜센터) with a stray parenthesis: libphonenumber reads it.
    accepted = {
        "+82 10 1234 5678": "+821012345678",
        "010/1234/5678": "+821012345678",
        "02)120-1234": "+8221201234",
    }
    for raw, e164 in accepted.items():
        r = lee.post("/v1/callers/lookup", {"number": raw})
        assert r.status_code == 200, (raw, r.text)
        assert r.json()["caller"]["number_e164"] == e164
    for raw in ("1234", "", "   ", "1" * 10_240):
        for path, body, field in (
            ("/v1/callers/lookup", {"number": raw}, "number"),
            ("/v1/search", {"query": raw, "kind": "phone"}, "query"),
        ):
            problem = assert_problem(lee.post(path, body), 422)
            assert field in [e["field"] for e in problem["errors"]], (raw, problem)
            assert raw.strip() == "" or raw not in str(problem)  # never echoed back
        # A call still rings whatever its number (test_calls.py, test_door.py), with a warning.
        r = post_call(shared_server, raw)
        assert r.status_code == 201, (raw, r.text)
        assert [w["field"] for w in r.json()["warnings"]] == ["from_number"]
