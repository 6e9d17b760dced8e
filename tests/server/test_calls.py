"""Call routing: longest-idle first, decline, ring-no-answer, queue, accept, end — over real HTTP."""

from __future__ import annotations

from pathlib import Path

from tests.server.helpers import User, assert_problem, post_call, telephony, wait_for
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server


def _call_status(user: User, call_id: str) -> dict[str, object]:
    return dict(user.get(f"/v1/calls/{call_id}").json())


def test_new_call_goes_to_the_longest_idle_counselor(live_server: LiveServer) -> None:
    kim, park, choi = (User(live_server, n) for n in ("kim", "park", "choi"))
    lee = User(live_server, "lee")
    for user in (park, kim, choi):  # park has waited longest
        user.presence("available")
    first = post_call(live_server).json()
    assert first["status"] == "offered"
    assert first["offered_to"] == park.id
    # park is ringing now: the next call goes to the next longest idle, never to the same counselor.
    second = post_call(live_server, "02-2133-7878").json()
    assert second["offered_to"] == kim.id
    # park takes the first call and ends it: park's idle clock restarts, so choi is next in line.
    assert park.post(f"/v1/calls/{first['id']}/accept").status_code == 200
    assert park.post(f"/v1/calls/{first['id']}/end").json()["status"] == "ended"
    park.presence("available")
    third = post_call(live_server, "010-9876-5432").json()
    assert third["offered_to"] == choi.id
    assert _call_status(lee, second["id"])["offered_to"] == kim.id


def test_accept_opens_a_contact_and_sets_on_call(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    call = post_call(live_server, "010-2345-6789").json()
    assert call["caller"]["returning"] is True
    assert call["caller"]["prior_contacts"] == 3
    assert call["caller"]["number_masked"] == "010-****-6789"
    assert call["caller"]["number_e164"] is None
    r = kim.post(f"/v1/calls/{call['id']}/accept")
    assert r.status_code == 200, r.text
    contact = r.json()
    assert contact["call_id"] == call["id"]
    assert contact["counselor_id"] == kim.id
    assert contact["caller"]["number_e164"] is None
    assert kim.me()["presence"] == "on_call"
    # A retried accept (lost answer) gets the same contact.
    assert kim.post(f"/v1/calls/{call['id']}/accept").json()["id"] == contact["id"]
    assert kim.get(f"/v1/contacts/{contact['id']}").json()["id"] == contact["id"]
    ended = kim.post(f"/v1/contacts/{contact['id']}/end", {})
    assert ended.status_code == 200 and ended.json()["ended_at"] is not None
    assert kim.me()["presence"] == "wrap_up"
    assert _call_status(kim, call["id"])["status"] == "ended"
    # Ending again is idempotent.
    assert kim.post(f"/v1/calls/{call['id']}/end").json()["status"] == "ended"


def test_accept_by_the_wrong_counselor_is_409(live_server: LiveServer) -> None:
    kim, park = User(live_server, "kim"), User(live_server, "park")
    kim.presence("available")
    call = post_call(live_server).json()
    assert call["offered_to"] == kim.id
    assert_problem(park.post(f"/v1/calls/{call['id']}/accept"), 409, "call_not_offered_to_you")
    assert_problem(
        park.post(f"/v1/calls/{call['id']}/decline", {"reason": ""}), 409, "call_not_offered_to_you"
    )
    assert_problem(park.post("/v1/calls/no-such-call/accept"), 404, "call_not_found")
    # park cannot peek at a call that is not theirs either.
    assert_problem(park.get(f"/v1/calls/{call['id']}"), 404, "call_not_found")


def test_decline_reroutes_to_the_next_counselor(live_server: LiveServer) -> None:
    kim, park = User(live_server, "kim"), User(live_server, "park")
    kim.presence("available")
    park.presence("available")
    call = post_call(live_server).json()
    assert call["offered_to"] == kim.id
    r = kim.post(f"/v1/calls/{call['id']}/decline", {"reason": "헤드셋 문제"})
    assert r.status_code == 200, r.text
    assert r.json()["offered_to"] == park.id
    # kim hears that the offer was withdrawn; park gets the offer.
    kim_events = [e for e in kim.events() if e["data"].get("id") == call["id"]]
    assert [e["type"] for e in kim_events] == ["call.offered", "call.updated"]
    assert kim_events[-1]["data"]["offered_to"] == park.id
    assert [e["type"] for e in park.events() if e["data"].get("id") == call["id"]] == ["call.offered"]
    # park declines too: nobody else can take it, so it goes back to kim (never to nobody), and never
    # straight back to the one who just let it go.
    again = park.post(f"/v1/calls/{call['id']}/decline", {}).json()
    assert again["status"] == "offered" and again["offered_to"] == kim.id
    # Both let it go and both step away: it waits, and comes back to the first who is free again.
    assert kim.post(f"/v1/calls/{call['id']}/decline", {}).json()["offered_to"] == park.id
    park.presence("break")
    kim.presence("break")
    assert _call_status(User(live_server, "lee"), call["id"])["status"] == "queued"
    park.presence("available")
    assert _call_status(park, call["id"])["offered_to"] == park.id


def test_queued_call_is_offered_when_someone_becomes_available(live_server: LiveServer) -> None:
    call = post_call(live_server, None).json()
    assert call["status"] == "queued"
    assert call["caller"]["withheld"] is True
    choi = User(live_server, "choi")
    choi.presence("available")
    offered = [e for e in choi.events() if e["type"] == "call.offered"]
    assert [e["data"]["id"] for e in offered] == [call["id"]]


def test_caller_hangs_up_before_anyone_answers(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    call = post_call(live_server).json()
    r = telephony(live_server, "POST", f"/v1/calls/{call['id']}/end")
    assert r.status_code == 200 and r.json()["status"] == "abandoned"
    assert kim.events()[-1]["data"]["status"] == "abandoned"
    # kim is free for the next call.
    assert post_call(live_server).json()["offered_to"] == kim.id


def test_missed_offer_sets_break_and_reroutes(tmp_path: Path, db_backend: str) -> None:
    server = start_live_server(tmp_path / "short", offer_timeout_s=1.0, database=db_backend)
    try:
        kim, park, lee = User(server, "kim"), User(server, "park"), User(server, "lee")
        kim.presence("available")
        park.presence("available")
        call = post_call(server).json()
        assert call["offered_to"] == kim.id
        rerouted = wait_for(lambda: (c := _call_status(lee, call["id"]))["offered_to"] == park.id and c, 5)
        assert rerouted["status"] == "offered"
        assert kim.me()["presence"] == "break"
        assert_problem(kim.post(f"/v1/calls/{call['id']}/accept"), 409, "call_not_offered_to_you")
        # Nobody answers at park either: both on break, the call waits.
        wait_for(lambda: _call_status(lee, call["id"])["status"] == "queued", 5)
        assert park.me()["presence"] == "break"
        # kim comes back: the call kim missed rings there again rather than wait for nobody.
        kim.presence("available")
        assert _call_status(lee, call["id"])["offered_to"] == kim.id
    finally:
        server.stop()


def test_a_number_that_is_not_valid_still_rings(live_server: LiveServer) -> None:
    """Nobody calling the line may reach no one because of their number: a number phonenumbers cannot
    validate (too short, a range newer than its metadata) rings as "unknown", masked, with nothing to
    unmask; one without any digits rings as withheld."""
    lee = User(live_server, "lee")  # a shift lead: may see numbers, so masking is not the reason
    for raw, masked in (("12345", "***45"), ("010-12", "***12"), ("+999 123", "****23")):
        r = post_call(live_server, raw)
        assert r.status_code == 201, (raw, r.text)
        call = lee.get(f"/v1/calls/{r.json()['id']}").json()
        assert call["caller"]["unknown"] is True and call["caller"]["withheld"] is False
        assert call["caller"]["number_masked"] == masked
        assert call["caller"]["number_e164"] is None
        problem = assert_problem(
            lee.post("/v1/callers/unmask", {"call_id": call["id"], "reason": "확인"}), 409, "number_unknown"
        )
        assert raw not in str(problem)
    again = lee.get(f"/v1/calls/{post_call(live_server, '12345').json()['id']}").json()
    assert again["caller"]["unknown"] is True, "the same digits are the same caller"
    r = post_call(live_server, "not a number")
    assert r.status_code == 201 and r.json()["caller"]["withheld"] is True


def test_masking_by_role(live_server: LiveServer) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    r = kim.post("/v1/callers/lookup", {"number": "010-2345-6789"})
    assert r.status_code == 200
    history = r.json()
    assert history["caller"]["number_masked"] == "010-****-6789"
    assert history["caller"]["number_e164"] is None
    assert history["caller"]["prior_contacts"] == 3
    assert len(history["contacts"]) == 3
    assert {c["counselor_name"] for c in history["contacts"]} == {"김상담", "박상담"}
    lead = lee.post("/v1/callers/lookup", {"number": "02-2133-7878"}).json()
    assert lead["caller"]["number_e164"] == "+82221337878"
    assert lead["caller"]["number_masked"] == "02-****-7878"
    new = kim.post("/v1/callers/lookup", {"number": "010-5555-1234"}).json()
    assert new["caller"]["returning"] is False and new["contacts"] == []
    body = assert_problem(kim.post("/v1/callers/lookup", {"number": "123"}), 422, "invalid_phone_number")
    assert body["errors"][0]["field"] == "number"


def test_call_creation_is_idempotent(live_server: LiveServer) -> None:
    first = post_call(live_server, idem="bridge-1")
    again = post_call(live_server, idem="bridge-1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    other = post_call(live_server, "02-2133-7878", idem="bridge-1")
    assert_problem(other, 422, "idempotency_key_reused")
    missing = web.post(
        f"{live_server.url}/v1/calls",
        json={"from_number": None},
        headers={"X-API-Key": "training-telephony-key"},
    )
    assert_problem(missing, 400, "idempotency_key_missing")
