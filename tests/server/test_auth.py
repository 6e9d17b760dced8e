"""Sign-in, refresh, logout and permissions against the real server."""

from __future__ import annotations

from tests.server.chat_helpers import chatting
from tests.server.helpers import User, assert_problem, patch, post_call, telephony
from tests.support import web
from tests.support.live_server import LiveServer


def test_sign_in_and_me(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    me = kim.me()
    assert me["username"] == "kim"
    assert me["display_name"] == "김상담"
    assert me["role"] == "counselor"
    assert me["presence"] == "offline"
    assert "call.answer" in me["permissions"]
    assert "caller.number.view" not in me["permissions"]
    assert kim.tokens["token_type"] == "bearer"
    assert kim.tokens["expires_in"] == live_server.config.access_token_ttl_s


def test_wrong_password_and_unknown_user_are_the_same_401(live_server: LiveServer) -> None:
    for username in ("kim", "nobody"):
        r = web.post(f"{live_server.url}/v1/auth/token", json={"username": username, "password": "wrong"})
        assert_problem(r, 401, "invalid_credentials")


def test_lockout_after_repeated_failures(live_server: LiveServer) -> None:
    for _ in range(5):
        r = web.post(f"{live_server.url}/v1/auth/token", json={"username": "choi", "password": "wrong"})
        assert_problem(r, 401, "invalid_credentials")
    r = web.post(f"{live_server.url}/v1/auth/token", json={"username": "choi", "password": "annyeong120"})
    assert_problem(r, 423, "account_locked")


def test_refresh_rotates_the_pair(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    old = kim.tokens
    r = web.post(f"{live_server.url}/v1/auth/refresh", json={"refresh_token": old["refresh_token"]})
    assert r.status_code == 200, r.text
    new = r.json()
    assert new["access_token"] != old["access_token"]
    # The new access token works; the old pair does not.
    assert (
        web.get(
            f"{live_server.url}/v1/auth/me", headers={"Authorization": f"Bearer {new['access_token']}"}
        ).status_code
        == 200
    )
    assert_problem(kim.get("/v1/auth/me"), 401, "invalid_token")
    r = web.post(f"{live_server.url}/v1/auth/refresh", json={"refresh_token": old["refresh_token"]})
    assert_problem(r, 401, "invalid_refresh_token")


def test_logout_revokes_access_and_refresh(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    r = kim.post("/v1/auth/logout")
    assert r.status_code == 204
    assert_problem(kim.get("/v1/auth/me"), 401, "invalid_token")
    r = web.post(f"{live_server.url}/v1/auth/refresh", json={"refresh_token": kim.tokens["refresh_token"]})
    assert_problem(r, 401, "invalid_refresh_token")
    # Nobody is at that console any more: it must not be offered calls.
    lee = User(live_server, "lee")
    statuses = {p["display_name"]: p["status"] for p in lee.get("/v1/presence").json()}
    assert statuses["김상담"] == "offline"


def test_a_second_session_signing_out_leaves_the_first_on_the_queue(live_server: LiveServer) -> None:
    """Another PC whose sign-in is undone, or the lock screen's password check (which signs in and out
    beside the running console), must not take the counselor off the queue without a word."""
    desk = User(live_server, "kim")
    desk.presence("available")
    check = User(live_server, "kim")
    assert check.post("/v1/auth/logout").status_code == 204
    lee = User(live_server, "lee")

    def status() -> str:
        return str({p["display_name"]: p["status"] for p in lee.get("/v1/presence").json()}["김상담"])

    assert status() == "available"
    assert desk.get("/v1/auth/me").status_code == 200
    assert desk.post("/v1/auth/logout").status_code == 204  # the last session: nobody is there now
    assert status() == "offline"


def test_unauthenticated_and_wrong_roles(live_server: LiveServer) -> None:
    assert_problem(web.get(f"{live_server.url}/v1/auth/me"), 401, "unauthenticated")
    r = web.get(f"{live_server.url}/v1/auth/me", headers={"Authorization": "Bearer nonsense"})
    assert_problem(r, 401, "invalid_token")
    r = web.get(f"{live_server.url}/v1/auth/me", headers={"X-API-Key": "not-a-key"})
    assert_problem(r, 401, "invalid_api_key")
    # A bridge key is not a person.
    assert_problem(telephony(live_server, "GET", "/v1/auth/me"), 403, "users_only")
    # Counselors do not see the whole floor; shift leads do.
    kim = User(live_server, "kim")
    assert_problem(kim.get("/v1/presence"), 403, "permission_denied")
    assert User(live_server, "lee").get("/v1/presence").status_code == 200
    # Only the telephony role creates calls.
    r = kim.post("/v1/calls", {"from_number": "010-1234-5678"}, idem="x")
    assert_problem(r, 403, "permission_denied")


def test_health_says_training(live_server: LiveServer) -> None:
    r = web.get(f"{live_server.url}/v1/health")
    assert r.status_code == 200
    assert r.json()["training"] is True


def test_me_names_every_contact_held_oldest_first(live_server: LiveServer) -> None:
    kim, park = User(live_server, "kim"), User(live_server, "park")
    assert kim.me()["open_contact_ids"] == [] and kim.me()["open_contact_id"] is None
    _first_person, first = chatting(live_server, kim)
    _second_person, second = chatting(live_server, kim)
    # In chats alone, a phone call still reaches this counselor.
    offered = post_call(live_server, "010-2323-4545").json()
    assert offered["offered_to"] == kim.id, offered
    call = kim.post(f"/v1/calls/{offered['id']}/accept").json()
    me = kim.me()
    assert me["open_contact_ids"] == [first["id"], second["id"], call["id"]]
    assert me["open_contact_id"] == call["id"], "the single id stays the newest, as before"
    assert park.me()["open_contact_ids"] == [], "only this counselor's own"

    # A wrapped-up contact is no longer held; an ended one not yet wrapped up still is.
    path = f"/v1/contacts/{call['id']}"
    etag = kim.get(path).headers["ETag"]
    body = {"summary": "안부 통화", "service_types": ["conversation"], "disposition": "completed"}
    assert patch(kim, path, body, etag).status_code == 200
    assert kim.post(f"{path}/wrap-up").status_code == 200
    assert kim.post(f"/v1/contacts/{first['id']}/end", {}).status_code == 200
    assert kim.me()["open_contact_ids"] == [first["id"], second["id"]]
