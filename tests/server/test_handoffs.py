"""Handoffs with three clients (two counselors and a shift lead) against one server: accept, reject,
escalation, a live contact moving with a note typed mid-transfer, and the role matrix."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.server.helpers import User, assert_problem, on_call, wait_for
from tests.support.live_server import LiveServer, start_live_server


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
