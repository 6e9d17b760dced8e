"""Lockout and the audited unlock, password change revoking every token, short-lived access tokens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import httpx
import pytest

from annyeong.server.main import main as server_main
from annyeong.server.security import secret_hash
from tests.server.helpers import User, assert_problem
from tests.support import web
from tests.support.live_server import DEMO_PASSWORD, LiveServer, start_live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(
        tmp_path_factory.mktemp("accounts"), max_failed_logins=3, access_token_ttl_s=60, database=db_backend
    )
    yield live
    live.stop()


def _sign_in(server: LiveServer, username: str, password: str) -> httpx.Response:
    return web.post(f"{server.url}/v1/auth/token", json={"username": username, "password": password})


def _actions(server: LiveServer, subject: str) -> list[tuple[str, str, str]]:
    return server.sql(
        "SELECT action, outcome, actor FROM audit_log WHERE subject_id = :s AND action LIKE 'auth.%'"
        " OR subject_id = :s AND action = 'user.unlock' ORDER BY seq",
        s=subject,
    )


def test_lockout_until_an_admin_unlocks_and_both_are_audited(server: LiveServer) -> None:
    choi = User(server, "choi")
    for _ in range(3):
        assert_problem(_sign_in(server, "choi", "wrong"), 401, "invalid_credentials")
    # Locked: even the right password is refused, and it stays so (no timer by default).
    assert_problem(_sign_in(server, "choi", DEMO_PASSWORD), 423, "account_locked")
    kim, admin = User(server, "kim"), User(server, "admin")
    assert_problem(kim.post(f"/v1/admin/users/{choi.id}/unlock"), 403, "permission_denied")
    assert_problem(admin.post("/v1/admin/users/nobody/unlock"), 404, "user_not_found")
    assert admin.post(f"/v1/admin/users/{choi.id}/unlock").status_code == 204
    assert _sign_in(server, "choi", DEMO_PASSWORD).status_code == 200
    actions = _actions(server, choi.id)
    assert ("auth.lockout", "granted", choi.id) in actions
    assert ("user.unlock", "granted", admin.id) in actions
    assert [a for a, o, _ in actions].count("auth.sign_in") >= 5


def test_cli_unlock_on_the_server_host(server: LiveServer) -> None:
    for _ in range(3):
        _sign_in(server, "park", "wrong")
    assert_problem(_sign_in(server, "park", DEMO_PASSWORD), 423, "account_locked")
    assert server_main(["--database", server.database_url, "user", "unlock", "park"]) == 0
    assert _sign_in(server, "park", DEMO_PASSWORD).status_code == 200
    assert server.sql("SELECT count(*) FROM audit_log WHERE actor = 'cli'") == [(1,)]


def test_password_change_revokes_every_token(server: LiveServer) -> None:
    one, two = User(server, "lee"), User(server, "lee")
    body = {"current_password": "wrong-one", "new_password": "a-new-password-1"}
    assert_problem(one.post("/v1/auth/password", body), 401, "invalid_credentials")
    same = {"current_password": DEMO_PASSWORD, "new_password": DEMO_PASSWORD}
    assert_problem(one.post("/v1/auth/password", same), 422, "password_unchanged")
    short = {"current_password": DEMO_PASSWORD, "new_password": "short"}
    assert_problem(one.post("/v1/auth/password", short), 422)
    body["current_password"] = DEMO_PASSWORD
    assert one.post("/v1/auth/password", body).status_code == 204
    for session in (one, two):
        assert_problem(session.get("/v1/auth/me"), 401, "invalid_token")
        r = web.post(
            f"{server.url}/v1/auth/refresh", json={"refresh_token": session.tokens["refresh_token"]}
        )
        assert_problem(r, 401, "invalid_refresh_token")
    assert_problem(_sign_in(server, "lee", DEMO_PASSWORD), 401, "invalid_credentials")
    assert _sign_in(server, "lee", "a-new-password-1").status_code == 200


def test_access_tokens_are_short_lived_and_logout_revokes(server: LiveServer) -> None:
    kim = User(server, "kim")
    assert kim.tokens["expires_in"] == 60
    token = secret_hash(kim.tokens["access_token"])
    [(created, expires)] = server.sql(
        "SELECT created_at, expires_at FROM tokens WHERE token_hash = :t AND kind = 'access'", t=token
    )
    lifetime = datetime.fromisoformat(str(expires)) - datetime.fromisoformat(str(created))
    assert lifetime == timedelta(seconds=60)
    assert kim.get("/v1/auth/me").status_code == 200
    # Its lifetime passes: the stored deadline is moved rather than slept through, so a busy machine
    # cannot expire the tokens the other tests of this module are still using (it once did, at 2 s).
    server.sql("UPDATE tokens SET expires_at = created_at WHERE token_hash = :t", t=token)
    assert_problem(kim.get("/v1/auth/me"), 401, "invalid_token")
    r = web.post(f"{server.url}/v1/auth/refresh", json={"refresh_token": kim.tokens["refresh_token"]})
    assert r.status_code == 200
    fresh = r.json()["access_token"]
    headers = {"Authorization": f"Bearer {fresh}"}
    assert web.post(f"{server.url}/v1/auth/logout", headers=headers).status_code == 204
    assert_problem(web.get(f"{server.url}/v1/auth/me", headers=headers), 401, "invalid_token")
