"""GET /v1/users: the colleague directory every signed-in person reads (to name a handoff's or a
follow-up's receiver) — ids, display names, role and presence, and nothing else; machine keys get 403."""

from __future__ import annotations

from tests.server.helpers import CHATBOT_KEY, User, assert_problem
from tests.support import web
from tests.support.live_server import TELEPHONY_KEY, LiveServer

FIELDS = {"id", "display_name", "role", "presence", "presence_since"}


def test_every_person_reads_the_whole_directory(shared_server: LiveServer) -> None:
    kim = User(shared_server, "kim")
    r = kim.get("/v1/users")
    assert r.status_code == 200, r.text
    people = r.json()
    by_name = {p["display_name"]: p for p in people}
    assert {"김상담", "박상담", "최상담", "이팀장", "관리자"} <= set(by_name)
    assert by_name["이팀장"]["role"] == "shift_lead"
    assert by_name["관리자"]["role"] == "admin"
    assert by_name["김상담"]["id"] == kim.id
    # Only what a colleague needs: no usernames, no sign-in state, no lockouts.
    assert all(set(p) == FIELDS for p in people), people[0]
    assert all(p["role"] in ("counselor", "shift_lead", "admin") for p in people)
    assert [p["display_name"] for p in people] == sorted(p["display_name"] for p in people)
    # The same list for a shift lead and an admin.
    for username in ("lee", "admin"):
        other = User(shared_server, username).get("/v1/users")
        assert other.status_code == 200, other.text
        assert {p["id"] for p in other.json()} == {p["id"] for p in people}


def test_presence_in_the_directory_is_current(shared_server: LiveServer) -> None:
    park = User(shared_server, "park")
    choi = User(shared_server, "choi")
    park.presence("break")
    mine = {p["id"]: p for p in choi.get("/v1/users").json()}
    assert mine[park.id]["presence"] == "break"
    park.presence("offline")
    mine = {p["id"]: p for p in choi.get("/v1/users").json()}
    assert mine[park.id]["presence"] == "offline"


def test_machine_keys_and_strangers_are_refused(shared_server: LiveServer) -> None:
    for key in (TELEPHONY_KEY, CHATBOT_KEY):
        r = web.get(f"{shared_server.url}/v1/users", headers={"X-API-Key": key}, timeout=10)
        assert_problem(r, 403)
    r = web.get(f"{shared_server.url}/v1/users", timeout=10)
    assert_problem(r, 401)
