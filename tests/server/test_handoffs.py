"""Handoffs with three clients (two counselors and a shift lead) against one server: accept, reject,
escalation, a live contact moving with a note typed mid-transfer, and the role matrix."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.helpers import User, assert_problem, on_call, wait_for
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server

ROOT = Path(__file__).resolve().parents[2]
CENTER, COMPANIONS = "isolation-prevention-center", "loneliness-care-companions"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    # High-risk handoffs escalate after half a second here; ordinary ones after ten minutes.
    live = start_live_server(
        tmp_path_factory.mktemp("handoffs"),
        offer_timeout_s=5.0,
        training_auto_ack_s=0,
        handoff_escalate_s=600.0,
        handoff_escalate_urgent_s=0.5,
        database=db_backend,
    )
    yield live
    live.stop()


def sbar(**extra: Any) -> dict[str, Any]:
    return {
        "situation": "통화 중 인계: 야간 고립감 호소",
        "background": "3개월 전 이사, 가족과 연락 끊김",
        "assessment": "자살 사고 없음",
        "recommendation": "내일 오전 안부 전화",
        **extra,
    }


def hand_off(user: User, **body: Any) -> httpx.Response:
    body.setdefault("sbar", sbar())
    return user.post("/v1/handoffs", body, idem=str(uuid.uuid4()))


def note(user: User, contact_id: str, note_id: str, revision: int, text: str) -> httpx.Response:
    body = {"id": note_id, "body": text, "revision": revision}
    return user.post(f"/v1/contacts/{contact_id}/entries", body, idem=f"entry:{note_id}:{revision}")


def of_type(user: User, type_: str, after: int = 0) -> list[dict[str, Any]]:
    return [e["data"] for e in user.events(after) if e["type"] == type_]


def newest_seq(user: User) -> int:
    return max([0, *(e["seq"] for e in user.events())])


def test_live_contact_handoff_moves_with_a_note_typed_mid_transfer(server: LiveServer) -> None:
    kim, park, lee = User(server, "kim"), User(server, "park"), User(server, "lee")
    _, contact = on_call(server, kim, "010-9876-5432")
    note_id = str(uuid.uuid4())
    assert note(kim, contact["id"], note_id, 1, "첫 메모").status_code == 201
    idem = str(uuid.uuid4())
    body = {"contact_id": contact["id"], "target": "counselor", "to_user_id": park.id, "sbar": sbar()}
    created = kim.post("/v1/handoffs", body, idem=idem)
    assert created.status_code == 201, created.text
    h = created.json()
    assert h["status"] == "pending" and h["live"] is True and h["from_user"]["id"] == kim.id
    assert h["sbar"]["risk_tier"] == "moderate"  # from the case when the sender does not say
    assert kim.post("/v1/handoffs", body, idem=idem).json() == h  # a retried send is one handoff
    assert [x["id"] for x in of_type(park, "handoff.created")] == [h["id"]]
    assert_problem(hand_off(kim, contact_id=contact["id"], target="next_shift"), 409, "handoff_pending")
    assert note(kim, contact["id"], note_id, 2, "첫 메모 + 인계 중 입력").status_code == 201
    kim_seq = newest_seq(kim)
    accepted = park.post(f"/v1/handoffs/{h['id']}/accept")
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted", accepted.text
    assert park.post(f"/v1/handoffs/{h['id']}/accept").status_code == 200  # a retry
    assert_problem(lee.post(f"/v1/handoffs/{h['id']}/reject", {"reason": "늦음"}), 409, "handoff_not_pending")
    moved = park.get(f"/v1/contacts/{contact['id']}").json()
    assert moved["counselor_id"] == park.id
    assert park.get(f"/v1/cases/{contact['case_id']}").json()["owner"]["id"] == park.id
    taken = of_type(kim, "contact.taken_over", kim_seq)
    assert [(t["contact_id"], t["to_user"]["id"], t["kind"]) for t in taken] == [
        (contact["id"], park.id, "handoff")
    ]
    assert kim.me()["presence"] == "wrap_up" and park.me()["presence"] == "on_call"
    # The revision kim typed just before the move arrives late: once, and park sees it.
    assert note(kim, contact["id"], note_id, 3, "마지막 문장").status_code == 201
    assert note(kim, contact["id"], note_id, 3, "마지막 문장").status_code == 201  # the outbox retries
    revisions = [e["revision"] for e in park.get(f"/v1/contacts/{contact['id']}/entries").json()["items"]]
    assert revisions == [1, 2, 3]
    assert_problem(kim.get(f"/v1/contacts/{contact['id']}"), 404)
    card = lee.post("/v1/callers/lookup", {"number": "010-9876-5432"}).json()["card"]
    assert (
        card["last_handoff_note"].startswith("S: 통화 중 인계")
        and "\nR: 내일 오전" in card["last_handoff_note"]
    )
    assert park.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_reject_returns_to_the_sender_then_the_pool_takes_it(server: LiveServer) -> None:
    kim, park, choi = User(server, "kim"), User(server, "park"), User(server, "choi")
    _, contact = on_call(server, kim, "010-3131-4242")
    h = hand_off(kim, contact_id=contact["id"], target="counselor", to_user_id=park.id).json()
    assert h["case_id"] is None and h["sbar"]["risk_tier"] is None
    assert_problem(choi.post(f"/v1/handoffs/{h['id']}/accept"), 404, "handoff_not_found")  # not theirs
    assert_problem(park.post(f"/v1/handoffs/{h['id']}/reject", {"reason": " "}), 422, "reason_required")
    seq = newest_seq(kim)
    rejected = park.post(f"/v1/handoffs/{h['id']}/reject", {"reason": "지금 다른 위기 통화 중"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    back = of_type(kim, "handoff.updated", seq)
    assert [(x["status"], x["reject_reason"]) for x in back] == [("rejected", "지금 다른 위기 통화 중")]
    assert kim.get(f"/v1/contacts/{contact['id']}").json()["counselor_id"] == kim.id
    pooled = hand_off(kim, contact_id=contact["id"], target="next_shift").json()
    assert_problem(kim.post(f"/v1/handoffs/{pooled['id']}/accept"), 403, "handoff_not_yours")
    assert pooled["id"] in [
        x["id"] for x in choi.get("/v1/handoffs", params={"status": "pending"}).json()["items"]
    ]
    taken = choi.post(f"/v1/handoffs/{pooled['id']}/accept").json()
    assert taken["status"] == "accepted" and taken["case_id"]  # a first-time caller gets a case now
    assert choi.get(f"/v1/cases/{taken['case_id']}").json()["owner"]["id"] == choi.id
    assert choi.get(f"/v1/contacts/{contact['id']}").json()["counselor_id"] == choi.id
    assert choi.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_not_accepted_in_time_escalates_to_the_shift_lead(server: LiveServer) -> None:
    kim, park, lee = User(server, "kim"), User(server, "park"), User(server, "lee")
    _, contact = on_call(server, kim, "010-2345-6789")  # the demo case with risk tier high
    h = hand_off(kim, contact_id=contact["id"], target="next_shift").json()
    assert h["sbar"]["risk_tier"] == "high"

    def escalated() -> list[dict[str, Any]]:
        return [x for x in of_type(lee, "handoff.escalated") if x["id"] == h["id"]]

    event = wait_for(escalated, timeout=5)[0]
    assert event["escalated_at"] and event["escalation_id"]
    board = lee.get("/v1/board").json()
    assert [e["handoff_id"] for e in board["escalations"]] == [h["id"]]
    pending = [p for p in board["pending_handoffs"] if p["handoff"]["id"] == h["id"]]
    assert pending and pending[0]["age_s"] >= 0
    assigned = lee.post(f"/v1/handoffs/{h['id']}/assign", {"to_user_id": park.id})
    assert assigned.status_code == 200 and assigned.json()["to_user"]["id"] == park.id
    ack = lee.post(f"/v1/escalations/{event['escalation_id']}/acknowledge")
    assert ack.status_code == 200 and ack.json()["acknowledged_by"]["id"] == lee.id
    assert lee.post(f"/v1/escalations/{event['escalation_id']}/acknowledge").status_code == 200
    assert not any(e["id"] == event["escalation_id"] for e in lee.get("/v1/board").json()["escalations"])
    assert park.post(f"/v1/handoffs/{h['id']}/accept").json()["status"] == "accepted"
    assert park.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_bad_handoff_input(server: LiveServer) -> None:
    kim, park = User(server, "kim"), User(server, "park")
    _, contact = on_call(server, kim, "010-5656-7878")
    cid = contact["id"]
    for body, code in (
        ({"target": "next_shift"}, "source_required"),
        ({"contact_id": cid, "target": "counselor"}, "to_user_required"),
        ({"contact_id": cid, "target": "counselor", "to_user_id": kim.id}, "handoff_to_self"),
        ({"contact_id": cid, "target": "next_shift", "to_user_id": park.id}, "to_user_not_allowed"),
        ({"contact_id": cid, "target": "counselor", "to_user_id": "nobody"}, "unknown_user"),
        ({"contact_id": cid, "target": "next_shift", "sbar": sbar(situation="  ")}, "situation_required"),
    ):
        assert_problem(hand_off(kim, **body), 422, code)
    for body in (
        {"contact_id": cid, "target": "moon", "sbar": sbar()},
        {"contact_id": cid, "target": "next_shift"},
        {"contact_id": cid, "target": "next_shift", "sbar": sbar(background="가" * 2001)},
        {"contact_id": cid, "target": "next_shift", "sbar": sbar(), "extra": 1},
    ):
        assert_problem(kim.post("/v1/handoffs", body, idem=str(uuid.uuid4())), 422, "validation_failed")
    assert_problem(kim.post("/v1/handoffs", {"contact_id": cid, "target": "next_shift", "sbar": sbar()}), 400)
    assert_problem(hand_off(park, contact_id=cid, target="next_shift"), 404, "contact_not_found")
    assert_problem(kim.post("/v1/handoffs/nope/accept"), 404, "handoff_not_found")
    assert_problem(kim.post("/v1/handoffs/nope/assign", {"to_user_id": park.id}), 403, "permission_denied")
    assert kim.post(f"/v1/contacts/{cid}/end", {}).status_code == 200


class Partner:
    """A partner centre's API key (the training keys the demo seeds), or the training desk's (None)."""

    def __init__(self, server: LiveServer, organisation: str | None) -> None:
        self.server = server
        self.id = f"key:partner-{organisation}" if organisation else "key:partner-desk"
        key = "training-partner-key" + (f"-{organisation}" if organisation else "")
        self.headers = {"X-API-Key": key}

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return web.get(f"{self.server.url}{path}", headers=self.headers, timeout=10, **kw)

    def post(self, path: str, json: Any = None) -> httpx.Response:
        return web.post(f"{self.server.url}{path}", json=json, headers=self.headers, timeout=10)

    def pending(self) -> list[str]:
        r = self.get("/v1/handoffs", params={"status": "pending"})
        assert r.status_code == 200, r.text
        return [x["id"] for x in r.json()["items"]]


def sim(server: LiveServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annyeong.server.sim.main", "handoff", "--server", server.url, *args],
        cwd=ROOT, capture_output=True, text=True, timeout=30,
    )  # fmt: skip


def test_partner_answers_a_handoff_addressed_to_it(server: LiveServer) -> None:
    """고립예방센터 takes the person on (never the call, never the case file); only it (or the training
    desk, or a shift lead) may answer; the sender hears the answer."""
    kim, park = User(server, "kim"), User(server, "park")
    _, contact = on_call(server, kim, "010-4545-0101")
    seq = newest_seq(kim)
    h = hand_off(kim, contact_id=contact["id"], target="isolation_center").json()
    # A live contact handed to a partner: the call is not moved, kim keeps talking.
    assert h["status"] == "pending" and h["live"] is False and h["to_user"] is None
    center, companions = Partner(server, CENTER), Partner(server, COMPANIONS)
    assert h["id"] in center.pending() and h["id"] not in companions.pending()
    assert h["id"] not in [x["id"] for x in park.get("/v1/handoffs").json()["items"]]
    heard_by_center = center.get("/v1/events/poll", params={"after": seq, "limit": 500}).json()["items"]
    assert h["id"] in [x["data"]["id"] for x in heard_by_center if x["type"] == "handoff.created"]
    assert_problem(companions.post(f"/v1/handoffs/{h['id']}/accept"), 404, "handoff_not_found")
    assert_problem(park.post(f"/v1/handoffs/{h['id']}/accept"), 404, "handoff_not_found")
    assert_problem(kim.post(f"/v1/handoffs/{h['id']}/accept"), 403, "handoff_not_yours")

    listed = sim(server, "--target", "isolation_center", "list")
    assert listed.returncode == 0 and h["id"] in listed.stdout, listed.stderr
    assert "고립감" not in listed.stdout  # no SBAR text on a terminal
    wrong = sim(server, "--target", "care_companion", "accept", h["id"])
    assert wrong.returncode == 4 and "404" in wrong.stderr
    done = sim(server, "--target", "isolation_center", "accept", h["id"])
    assert done.returncode == 0 and "accepted" in done.stdout, done.stderr
    assert center.post(f"/v1/handoffs/{h['id']}/accept").status_code == 200  # a retry by the same partner
    heard = [x for x in of_type(kim, "handoff.updated", seq) if x["id"] == h["id"]]
    assert [(x["status"], x["decided_by"]) for x in heard] == [("accepted", center.id)]
    # Ownership stays: the call and the contact are kim's, no taken-over notice, no case made for it.
    assert kim.get(f"/v1/contacts/{contact['id']}").json()["counselor_id"] == kim.id
    assert of_type(kim, "contact.taken_over", seq) == [] and kim.me()["presence"] == "on_call"
    assert kim.get(f"/v1/handoffs/{h['id']}").json()["case_id"] is None
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_partner_rejects_with_a_reason_and_the_case_stays_put(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim, "010-9876-5432")  # a demo caller with an open case
    case_id = contact["case_id"]
    owner = lee.get(f"/v1/cases/{case_id}").json()["owner"]["id"]
    seq = newest_seq(kim)
    first = hand_off(kim, contact_id=contact["id"], target="care_companion").json()
    assert first["case_id"] == case_id and first["sbar"]["risk_tier"] is not None
    no_reason = sim(server, "reject", first["id"])
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    refused = sim(server, "reject", first["id"], "--reason", "이번 주 방문 일정이 꽉 찼습니다")
    assert refused.returncode == 0 and "rejected" in refused.stdout, refused.stderr
    back = [x for x in of_type(kim, "handoff.updated", seq) if x["id"] == first["id"]]
    assert [(x["status"], x["reject_reason"]) for x in back] == [
        ("rejected", "이번 주 방문 일정이 꽉 찼습니다")
    ]
    # Rejected: kim may hand the person on again; the companions accept this time.
    again = hand_off(kim, contact_id=contact["id"], target="care_companion").json()
    accepted = Partner(server, COMPANIONS).post(f"/v1/handoffs/{again['id']}/accept")
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted", accepted.text
    assert lee.get(f"/v1/cases/{case_id}").json()["owner"]["id"] == owner  # the case file did not move
    assert kim.get(f"/v1/contacts/{contact['id']}").json()["counselor_id"] == kim.id
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_escalation_times_follow_the_configuration(server: LiveServer) -> None:
    """This server: 600 s normally, 0.5 s for a high risk tier. A low-risk handoff is due at created + 600 s
    and has not escalated after the urgent window has passed several times over."""
    kim = User(server, "kim")
    _, contact = on_call(server, kim, "010-4545-0202")  # a first-time caller: no risk tier
    h = hand_off(kim, contact_id=contact["id"], target="next_shift").json()
    created, due = datetime.fromisoformat(h["created_at"]), datetime.fromisoformat(h["escalate_at"])
    assert abs((due - created).total_seconds() - 600.0) < 1.0
    time.sleep(1.5)  # three urgent windows
    now = kim.get(f"/v1/handoffs/{h['id']}").json()
    assert now["status"] == "pending" and now["escalated_at"] is None
    assert h["id"] not in [x["id"] for x in of_type(User(server, "lee"), "handoff.escalated")]
    assert h["id"] not in [
        e["handoff_id"] for e in User(server, "lee").get("/v1/board").json()["escalations"]
    ]
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_escalation_times_come_from_the_command_line_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from annyeong.server.main import config_from_args, parse_args

    monkeypatch.delenv("ANNYEONG_HANDOFF_ESCALATE_S", raising=False)
    monkeypatch.delenv("ANNYEONG_HANDOFF_ESCALATE_URGENT_S", raising=False)
    # A live (non-training) server's configuration: the suite's cheap hashing would be refused on it.
    monkeypatch.delenv("ANNYEONG_ARGON2_PROFILE", raising=False)
    default = config_from_args(parse_args([]))
    assert (default.handoff_escalate_s, default.handoff_escalate_urgent_s) == (900.0, 120.0)
    flags = config_from_args(parse_args(["--handoff-escalate", "600", "--handoff-escalate-urgent", "90"]))
    assert (flags.handoff_escalate_s, flags.handoff_escalate_urgent_s) == (600.0, 90.0)
    monkeypatch.setenv("ANNYEONG_HANDOFF_ESCALATE_S", "1200")
    monkeypatch.setenv("ANNYEONG_HANDOFF_ESCALATE_URGENT_S", "60")
    env = config_from_args(parse_args([]))
    assert (env.handoff_escalate_s, env.handoff_escalate_urgent_s) == (1200.0, 60.0)
    assert (
        config_from_args(parse_args(["--handoff-escalate", "300"])).handoff_escalate_s == 300.0
    )  # flag wins
    for bad in (
        ["--handoff-escalate", "0"],
        ["--handoff-escalate", "100", "--handoff-escalate-urgent", "200"],
    ):
        with pytest.raises(SystemExit):
            parse_args(bad)
    monkeypatch.setenv("ANNYEONG_HANDOFF_ESCALATE_S", "fifteen minutes")
    with pytest.raises(SystemExit, match="ANNYEONG_HANDOFF_ESCALATE_S"):
        parse_args([])
