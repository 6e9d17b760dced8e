"""Referrals with consent enforced by the server, partner status updates, partner isolation."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server.helpers import User, assert_problem, on_call
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server

ROOT = Path(__file__).resolve().parents[2]
CENTER = "isolation-prevention-center"
COMPANIONS = "loneliness-care-companions"
SECRET_NAME = "비밀이름홍길동"
SECRET_ADDRESS = "비밀주소상계동123"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path_factory.mktemp("referrals"), offer_timeout_s=5.0, database=db_backend)
    yield live
    live.stop()


class Partner:
    def __init__(self, server: LiveServer, target: str | None) -> None:
        self.server = server
        key = "training-partner-key" + (f"-{target}" if target else "")
        self.headers = {"X-API-Key": key}

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return web.get(f"{self.server.url}{path}", headers=self.headers, timeout=10, **kw)

    def step(self, referral_id: str, step: str, **extra: Any) -> httpx.Response:
        return web.post(
            f"{self.server.url}/v1/referrals/{referral_id}/status",
            json={"step": step, **extra},
            headers=self.headers,
            timeout=10,
        )

    def events(self, after: int = 0) -> list[dict[str, Any]]:
        r = self.get("/v1/events/poll", params={"after": after, "limit": 500})
        assert r.status_code == 200, r.text
        return list(r.json()["items"])


def _fields() -> dict[str, Any]:
    return {
        "subject_name": SECRET_NAME,
        "address": SECRET_ADDRESS,
        "district": "노원구",
        "reason": "고립 위험",
        "risk_flags": ["isolation"],
        "callback_ok": True,
    }


def _referral(contact_id: str, target: str = CENTER, **extra: Any) -> dict[str, Any]:
    body = {
        "id": str(uuid.uuid4()),
        "target": target,
        "form_id": "isolation_center_referral",
        "form_version": "1",
        "contact_id": contact_id,
        "fields": _fields(),
        "consent": {"given": True, "by": "person", "how": "verbal_phone"},
    }
    body.update(extra)
    return body


def _submit(user: User, body: dict[str, Any]) -> httpx.Response:
    return user.post("/v1/referrals", body, idem=body["id"])


def _dump(server: LiveServer) -> str:
    """Every row of every table, as text: what the server stored anywhere."""
    listing = {
        "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table'",
        "postgresql": "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
    }[server.dialect]
    tables = [r[0] for r in server.sql(listing)]
    return "\n".join(str(row) for t in tables for row in server.sql(f'SELECT * FROM "{t}"'))


def test_refused_consent_never_stores_the_withheld_fields(server: LiveServer) -> None:
    kim = User(server, "kim")
    _call, contact = on_call(server, kim, "010-6666-0101")
    consent = {"given": False, "by": "person", "how": "verbal_phone", "scope": ["district", "reason"]}
    body = _referral(contact["id"], consent=consent)
    r = _submit(kim, body)
    assert r.status_code == 201, r.text
    got = r.json()
    assert got["fields"] == {"district": "노원구", "reason": "고립 위험"}
    assert got["withheld_fields"] == ["address", "callback_ok", "risk_flags", "subject_name"]
    assert got["status"] == "submitted" and got["case_id"] and got["consent"]["given"] is False
    [(fields,)] = server.sql("SELECT fields FROM referrals WHERE id = :id", id=body["id"])
    stored = fields if isinstance(fields, dict) else json.loads(fields)  # PostgreSQL decodes JSON itself
    assert stored == {"district": "노원구", "reason": "고립 위험"}
    dump = _dump(server)
    assert SECRET_NAME not in dump and SECRET_ADDRESS not in dump
    # The same referral again (a retry after a restart, new key): one referral, the same answer.
    again = kim.post("/v1/referrals", body, idem=str(uuid.uuid4()))
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    # Refused with nothing in scope: nothing at all goes.
    nothing = _referral(contact["id"], consent={"given": False, "by": "guardian", "how": "chat"})
    assert _submit(kim, nothing).json()["fields"] == {}
    # Consent with a scope: only those; consent without one: all; an emergency's lawful basis: all.
    partial = _referral(
        contact["id"], consent={"given": True, "by": "person", "how": "written", "scope": ["reason"]}
    )
    assert _submit(kim, partial).json()["fields"] == {"reason": "고립 위험"}
    assert _submit(kim, _referral(contact["id"])).json()["fields"] == _fields()
    emergency = _referral(
        contact["id"], consent=None, lawful_basis="pipa_18_2_3", lawful_basis_note="자살 위기"
    )
    got = _submit(kim, emergency).json()
    assert got["fields"] == _fields() and got["lawful_basis"] == "pipa_18_2_3" and got["consent"] is None
    problem = assert_problem(_submit(kim, _referral(contact["id"], consent=None)), 422, "consent_required")
    assert problem["errors"][0]["field"] == "consent"
    both = _referral(contact["id"], lawful_basis="pipa_15_1_5")
    assert_problem(_submit(kim, both), 422, "consent_conflict")


def test_partner_moves_the_referral_and_everyone_hears(server: LiveServer) -> None:
    kim, lee, park = User(server, "kim"), User(server, "lee"), User(server, "park")
    center, companions, desk = Partner(server, CENTER), Partner(server, COMPANIONS), Partner(server, None)
    # Where each one's stream stands now (nothing yet on a module server this worker just started).
    kim_start, lee_start = (user.events()[-1]["seq"] if user.events() else 0 for user in (kim, lee))
    _call, contact = on_call(server, kim, "010-6666-0102")
    body = _referral(contact["id"])
    referral = _submit(kim, body).json()
    rid = referral["id"]
    # Partner isolation: another organisation's referral does not exist for it.
    assert_problem(companions.get(f"/v1/referrals/{rid}"), 404, "referral_not_found")
    assert_problem(companions.step(rid, "received"), 404, "referral_not_found")
    assert rid not in [i["id"] for i in companions.get("/v1/referrals").json()["items"]]
    assert not [e for e in companions.events() if e["type"] == "referral.updated" and e["data"]["id"] == rid]
    assert_problem(park.get(f"/v1/referrals/{rid}"), 404, "referral_not_found")
    # Only the partner (or a shift lead) moves it; the counselor may read it (the matrix refuses it).
    assert_problem(kim.post(f"/v1/referrals/{rid}/status", {"step": "received"}), 403, "permission_denied")
    mine = center.get("/v1/referrals", params={"open": "true"}).json()["items"]
    assert rid in [i["id"] for i in mine] and all(i["target"] == CENTER for i in mine)
    assert center.get(f"/v1/referrals/{rid}").json()["fields"]["subject_name"] == SECRET_NAME
    for step in ("received", "assigned", "contacted"):
        r = center.step(rid, step, note="담당 김복지")
        assert r.status_code == 200 and r.json()["status"] == step, r.text
    assert center.step(rid, "received").json()["status"] == "contacted"  # a retry: unchanged
    got = kim.get(f"/v1/referrals/{rid}").json()
    assert [s["status"] for s in got["steps"]] == ["submitted", "received", "assigned", "contacted"]
    assert (
        got["steps"][1]["by"] == f"key:partner-{CENTER}" and got["steps"][1]["by_role"] == "referral_partner"
    )
    assert got["received_at"] and got["assigned_at"] and got["contacted_at"]
    for who, start in ((kim, kim_start), (lee, lee_start)):
        seen = [
            e["data"] for e in who.events(start) if e["type"] == "referral.updated" and e["data"]["id"] == rid
        ]
        assert [d["status"] for d in seen] == ["submitted", "received", "assigned", "contacted"]
        assert all(d["fields"] == {} for d in seen)  # form fields stay out of events
    assert [e["data"]["status"] for e in center.events() if e["data"].get("id") == rid][-1] == "contacted"
    assert (
        kim.post("/v1/callers/lookup", {"number": "010-6666-0102"}).json()["card"]["pending_referrals"] == 1
    )
    # A second one: declined needs a reason; finished is final; forward only.
    other = _submit(kim, _referral(contact["id"], target=COMPANIONS)).json()
    assert companions.step(other["id"], "contacted").status_code == 200
    assert_problem(companions.step(other["id"], "assigned"), 409, "referral_invalid_transition")
    assert_problem(companions.step(other["id"], "declined"), 422, "reason_required")
    declined = companions.step(other["id"], "declined", reason="관할 밖")
    assert declined.json()["status"] == "declined" and declined.json()["decline_reason"] == "관할 밖"
    assert_problem(companions.step(other["id"], "closed"), 409, "referral_finished")
    assert desk.step(rid, "closed").json()["status"] == "closed"  # the training desk plays every partner
    assert (
        kim.post("/v1/callers/lookup", {"number": "010-6666-0102"}).json()["card"]["pending_referrals"] == 0
    )
    case_id = referral["case_id"]
    timeline = kim.get(f"/v1/cases/{case_id}/timeline").json()["items"]
    assert {i["data"]["id"] for i in timeline if i["kind"] == "referral"} == {rid, other["id"]}
    rows = server.sql("SELECT action FROM audit_log WHERE resource = :r", r=f"referral:{rid}")
    actions = {r[0] for r in rows}
    assert {"referral.submitted", "referral.received", "referral.read", "referral.closed"} <= actions


def test_sim_plays_the_partner(server: LiveServer) -> None:
    kim = User(server, "kim")
    _call, contact = on_call(server, kim, "010-6666-0103")
    rid = _submit(kim, _referral(contact["id"])).json()["id"]

    def sim(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "annyeong.server.sim.main", "referral", "--server", server.url, *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )

    listed = sim("list")
    assert listed.returncode == 0 and rid in listed.stdout, listed.stderr
    assert SECRET_NAME not in listed.stdout
    moved = sim("status", rid, "received")
    assert moved.returncode == 0 and "received" in moved.stdout, moved.stderr
    assert kim.get(f"/v1/referrals/{rid}").json()["status"] == "received"
    wrong = sim("--target", COMPANIONS, "status", rid, "assigned")
    assert wrong.returncode == 4 and "404" in wrong.stderr
    no_reason = sim("status", rid, "declined")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def test_bad_referrals_are_refused_never_500(server: LiveServer) -> None:
    kim = User(server, "kim")
    _call, contact = on_call(server, kim, "010-6666-0104")
    cid = contact["id"]
    for changes, field in (
        ({"target": "nowhere"}, "target"),
        ({"fields": {f"f{i}": "x" for i in range(101)}}, "fields"),
        ({"fields": {"Bad Name": "x"}}, "fields"),
        ({"fields": {"note": "가" * 4001}}, "fields.note"),
        ({"fields": {"nested": {"a": 1}}}, "fields.nested"),
        ({"consent": {"given": "maybe", "by": "person", "how": "chat"}}, "consent.given"),
        ({"consent": {"given": True, "by": "neighbour", "how": "chat"}}, "consent.by"),
        ({"consent": None, "lawful_basis": "because"}, "lawful_basis"),
        ({"form_version": "../x"}, "form_version"),
    ):
        problem = assert_problem(_submit(kim, _referral(cid, **changes)), 422)
        assert any(e["field"].startswith(field) for e in problem["errors"]), (field, problem)
    big = {f"f{i}": "가" * 1000 for i in range(30)}  # under the body limit, over the form's
    assert_problem(_submit(kim, _referral(cid, fields=big)), 422, "fields_too_large")
    assert_problem(_submit(kim, _referral(None)), 422, "case_required")  # type: ignore[arg-type]
    assert_problem(_submit(kim, _referral("no-such-contact")), 404, "contact_not_found")
    assert_problem(kim.post("/v1/referrals", _referral(cid)), 400, "idempotency_key_missing")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        st.dictionaries(
            st.sampled_from(
                ["id", "target", "form_id", "form_version", "contact_id", "fields", "consent", "x"]
            ),
            json_values,
            max_size=6,
        )
    )
    def fuzz(changes: dict[str, Any]) -> None:
        r = kim.post("/v1/referrals", {**_referral(cid), **changes}, idem=str(uuid.uuid4()))
        assert r.status_code < 500, r.text
        step = web.post(
            # Quoted: a generated control character is a bad id to refuse, not a URL httpx cannot send.
            f"{server.url}/v1/referrals/{quote(str(changes.get('form_id', 'x'))[:40], safe='')}/status",
            json=changes,
            headers={"X-API-Key": "training-partner-key"},
            timeout=10,
        )
        assert step.status_code < 500, step.text

    fuzz()
