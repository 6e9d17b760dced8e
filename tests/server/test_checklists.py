"""Checklist results as contact entries, the case's last risk, crisis alerts and the wrap-up rule."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.domain import crisis as domain_crisis
from annyeong.console.domain.wrap_up_rule import missing_fields
from annyeong.console.instruments import Available, InstrumentRun, load_file, safety, to_entry
from annyeong.console.wire import ChecklistResult
from tests.server.helpers import User, assert_problem, on_call, patch
from tests.support.live_server import LiveServer, start_live_server

INSTRUMENTS = Path(__file__).resolve().parents[2] / "resources" / "instruments"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path_factory.mktemp("checklists"), offer_timeout_s=5.0, database=db_backend)
    yield live
    live.stop()


def _answered(name: str, value: int, *, stop_after: int | None = None) -> dict[str, Any]:
    loaded = load_file(INSTRUMENTS / f"{name}.json")
    assert isinstance(loaded, Available), loaded
    session = InstrumentRun(loaded.instrument)
    steps = 0
    while session.current is not None and (stop_after is None or steps < stop_after):
        session.answer(value)
        steps += 1
    return to_entry(session.result())


def _entry(payload: dict[str, Any], *, entry_id: str, revision: int) -> dict[str, Any]:
    return {
        "id": entry_id,
        "kind": "checklist_result",
        "body": "",
        "revision": revision,
        "checklist": payload,
    }


def _post(user: User, contact_id: str, body: dict[str, Any]) -> Any:
    return user.post(f"/v1/contacts/{contact_id}/entries", body, idem=str(uuid.uuid4()))


def test_engine_payload_is_the_wire_model_and_rules_agree() -> None:
    payload = _answered("ucla3_loneliness", 2)
    assert ChecklistResult.model_validate(payload).instrument_id == "ucla3_loneliness"
    assert dict(domain_crisis.BUILT_IN_RULES) == dict(safety.BUILT_IN_RULES)
    base: dict[str, Any] = dict(
        summary="x",
        service_types=["crisis"],
        disposition="completed",
        follow_up_needed=False,
        follow_up_due_at=None,
        follow_up_assignee_id=None,
    )
    assert missing_fields(**base) == []  # the old call still works (keyword defaults)
    assert [m.field for m in missing_fields(**base, crisis_raised=True)] == ["crisis_decision"]
    assert missing_fields(**base, crisis_raised=True, crisis_decided=True) == []
    # Never waived, not even for a silent call.
    silent = {**base, "disposition": "silent", "summary": None, "service_types": []}
    assert [m.field for m in missing_fields(**silent, crisis_raised=True)] == ["crisis_decision"]


def test_result_revisions_set_the_risk_on_the_card_and_timeline(server: LiveServer) -> None:
    kim = User(server, "kim")
    _call, contact = on_call(server, kim, "010-5555-0101")
    cid, entry_id = contact["id"], str(uuid.uuid4())
    partial = _answered("ucla3_loneliness", 3, stop_after=1)
    assert partial["complete"] is False
    r = _post(kim, cid, _entry(partial, entry_id=entry_id, revision=1))
    assert r.status_code == 201, r.text
    assert r.json()["checklist"]["answers"] == partial["answers"]
    assert kim.get(f"/v1/contacts/{cid}").json()["case_id"] is None  # a partial result sets no risk
    full = _answered("ucla3_loneliness", 3)
    assert full["complete"] is True and full["risk"] is not None
    r = _post(kim, cid, _entry(full, entry_id=entry_id, revision=2))
    assert r.status_code == 201, r.text
    # The same revision again under a new key: the effect is already there; other content: refused.
    assert _post(kim, cid, _entry(full, entry_id=entry_id, revision=2)).status_code == 201
    assert_problem(
        _post(kim, cid, _entry(partial, entry_id=entry_id, revision=2)), 409, "entry_revision_exists"
    )
    entries = kim.get(f"/v1/contacts/{cid}/entries").json()["items"]
    assert [(e["kind"], e["revision"]) for e in entries] == [("checklist_result", 1), ("checklist_result", 2)]
    case_id = kim.get(f"/v1/contacts/{cid}").json()["case_id"]
    risk = kim.get(f"/v1/cases/{case_id}").json()["last_risk"]
    assert risk["tier"] == full["risk"] and risk["instrument_id"] == "ucla3_loneliness"
    items = kim.get(f"/v1/cases/{case_id}/timeline").json()["items"]
    results = [i for i in items if i["kind"] == "checklist_result"]
    assert len(results) == 1 and results[0]["data"]["revision"] == 2
    assert results[0]["data"]["checklist"]["total"] == full["total"]
    assert [e for e in kim.events() if e["type"] == "case.updated" and e["data"]["id"] == case_id]
    card = kim.post("/v1/callers/lookup", {"number": "010-5555-0101"}).json()["card"]
    assert card["last_risk"]["tier"] == full["risk"]


def test_bad_checklist_entries_name_the_field(server: LiveServer) -> None:
    kim = User(server, "kim")
    _call, contact = on_call(server, kim, "010-5555-0102")
    cid = contact["id"]
    good = _answered("ucla3_loneliness", 1)
    too_many = {**good, "answers": {f"q{i}": 1 for i in range(201)}}
    cases: list[tuple[dict[str, Any], str]] = [
        ({"id": str(uuid.uuid4()), "kind": "checklist_result", "body": ""}, "checklist"),
        ({"id": str(uuid.uuid4()), "kind": "note", "body": "x", "checklist": good}, "checklist"),
        (_entry(too_many, entry_id=str(uuid.uuid4()), revision=1), "checklist.answers"),
        (
            _entry({**good, "answers": {"q1": 10**9}}, entry_id=str(uuid.uuid4()), revision=1),
            "checklist.answers.q1",
        ),
        (
            _entry({**good, "answers": {"Bad Id": 1}}, entry_id=str(uuid.uuid4()), revision=1),
            "checklist.answers",
        ),
        (_entry({**good, "risk": "doomed"}, entry_id=str(uuid.uuid4()), revision=1), "checklist.risk"),
        (_entry({**good, "extra": 1}, entry_id=str(uuid.uuid4()), revision=1), "checklist.extra"),
        (
            {
                "id": str(uuid.uuid4()),
                "kind": "crisis_decision",
                "body": "",
                "crisis_decision": {"decision": "other"},
            },
            "crisis_decision.reason",
        ),
    ]
    for body, field in cases:
        problem = assert_problem(_post(kim, cid, body), 422)
        assert any(e["field"].startswith(field) for e in problem["errors"]), (field, problem)
    note_id = str(uuid.uuid4())
    assert _post(kim, cid, {"id": note_id, "body": "메모"}).status_code == 201
    assert_problem(_post(kim, cid, _entry(good, entry_id=note_id, revision=2)), 409, "entry_kind_conflict")


def test_crisis_alerts_the_shift_lead_and_blocks_wrap_up(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    start = lee.events()[-1]["seq"] if lee.events() else 0
    _call, contact = on_call(server, kim, "010-5555-0103")
    cid, entry_id = contact["id"], str(uuid.uuid4())
    screen = _answered("crisis_safety_screen", 1, stop_after=2)  # thoughts: yes, plan: yes
    assert screen["answers"].get("crisis_plan") == 1
    # A console that failed to flag it: the server's own rule on the answers still raises the alarm.
    missed = {**screen, "crisis": []}
    assert _post(kim, cid, _entry(missed, entry_id=entry_id, revision=1)).status_code == 201
    assert _post(kim, cid, _entry(screen, entry_id=entry_id, revision=2)).status_code == 201
    alerts = [e for e in lee.events(start) if e["type"] == "crisis.raised"]
    assert len(alerts) == 1, alerts  # once per crisis answer, not once per revision
    alert = alerts[0]["data"]
    assert alert["contact_id"] == cid and alert["counselor"]["id"] == kim.id
    assert {i["rule"] for i in alert["items"]} >= {"suicide_plan"}
    assert not [e for e in kim.events() if e["type"] == "crisis.raised"]  # the lead's alarm, not kim's
    board = lee.get("/v1/board").json()
    assert [c["contact_id"] for c in board["crises"]] == [cid]
    case_id = kim.get(f"/v1/contacts/{cid}").json()["case_id"]
    assert kim.get(f"/v1/cases/{case_id}").json()["last_risk"]["tier"] == "imminent"
    audited = server.sql("SELECT actor, reason FROM audit_log WHERE action = 'crisis.raised'")
    assert (kim.id, "suicide_plan") in audited
    etag = kim.get(f"/v1/contacts/{cid}").headers["ETag"]
    details = {"summary": "위기 상담", "service_types": ["crisis"], "disposition": "completed"}
    assert patch(kim, f"/v1/contacts/{cid}", details, etag).status_code == 200
    problem = assert_problem(kim.post(f"/v1/contacts/{cid}/wrap-up"), 422, "wrap_up_incomplete")
    assert [e["field"] for e in problem["errors"]] == ["crisis_decision"]
    decision = {"decision": "safety_plan_agreed"}
    body = {"id": str(uuid.uuid4()), "kind": "crisis_decision", "body": "", "crisis_decision": decision}
    r = _post(kim, cid, body)
    assert r.status_code == 201 and r.json()["crisis_decision"]["decision"] == "safety_plan_agreed"
    assert lee.get("/v1/board").json()["crises"] == []
    assert kim.post(f"/v1/contacts/{cid}/wrap-up").status_code == 200


def test_the_card_carries_the_last_complete_checklist_even_without_a_tier(server: LiveServer) -> None:
    """P1: every complete result reaches the next card, the Seoul self-test too (no tier: its total)."""
    kim = User(server, "kim")
    number = "010-5555-0404"
    _call, contact = on_call(server, kim, number)
    cid, entry_id = contact["id"], str(uuid.uuid4())

    def card() -> dict[str, Any]:
        return dict(kim.post("/v1/callers/lookup", {"number": number}).json()["card"])

    partial = _answered("seoul_isolation_selftest_12", 1, stop_after=3)
    assert _post(kim, cid, _entry(partial, entry_id=entry_id, revision=1)).status_code == 201
    assert card()["last_checklist"] is None, "a partial result is not a result"

    full = _answered("seoul_isolation_selftest_12", 1)
    assert full["complete"] and full["tier"] is None and full["risk"] is None
    assert _post(kim, cid, _entry(full, entry_id=entry_id, revision=2)).status_code == 201
    last = card()["last_checklist"]
    assert last is not None
    assert last["instrument_id"] == "seoul_isolation_selftest_12" and last["entry_id"] == entry_id
    assert last["contact_id"] == cid and last["tier"] is None and last["total"] == full["total"]
    assert last["provisional"] is True and last["assessed_at"]
    assert card()["last_risk"] is None, "no risk tier: the old risk line has nothing to show"

    ucla = _answered("ucla3_loneliness", 3)
    assert _post(kim, cid, _entry(ucla, entry_id=str(uuid.uuid4()), revision=1)).status_code == 201
    last = card()["last_checklist"]
    assert (last["instrument_id"], last["tier"], last["total"]) == ("ucla3_loneliness", ucla["tier"], 9)
    assert last["risk"] == ucla["risk"] and last["provisional"] is True
