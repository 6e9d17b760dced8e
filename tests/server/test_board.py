"""The shift lead's board, the shift report, take-over, messages, and the role matrix around them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from annyeong.console.board.shift_report import SEOUL, report_hours
from tests.server.helpers import User, assert_problem, on_call, patch, post_call, telephony
from tests.support.live_server import LiveServer, start_live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(
        tmp_path_factory.mktemp("board"), offer_timeout_s=5.0, training_auto_ack_s=0, database=db_backend
    )
    yield live
    live.stop()


def test_counselors_are_refused_what_is_the_shift_leads(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim, "010-2345-6789")  # park's case; kim may now read it
    case = kim.get(f"/v1/cases/{contact['case_id']}")
    assert case.status_code == 200 and case.json()["owner"]["id"] != kim.id
    etag = case.headers["ETag"]
    assert_problem(
        patch(kim, f"/v1/cases/{contact['case_id']}", {"owner_id": kim.id}, etag), 403, "case_not_yours"
    )
    assert_problem(kim.get("/v1/board"), 403, "permission_denied")
    assert_problem(kim.get("/v1/shift-report"), 403, "permission_denied")
    assert_problem(kim.post(f"/v1/contacts/{contact['id']}/take-over"), 403, "permission_denied")
    assert_problem(kim.post("/v1/escalations/x/acknowledge"), 403, "permission_denied")
    message = {"to_user_id": lee.id, "text": "안녕하세요"}
    assert_problem(kim.post("/v1/messages", message, idem=str(uuid.uuid4())), 403, "permission_denied")
    # The shift lead may reassign it.
    moved = patch(lee, f"/v1/cases/{contact['case_id']}", {"owner_id": kim.id}, etag)
    assert moved.status_code == 200 and moved.json()["owner"]["id"] == kim.id
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_board_shows_the_floor(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim, "010-2345-6789")
    dispatch_id = str(uuid.uuid4())
    body = {"id": dispatch_id, "service": "fire_ems_119", "contact_id": contact["id"]}
    assert kim.post("/v1/dispatches", body, idem=dispatch_id).status_code == 201
    waiting = post_call(server, "010-4444-5555").json()  # nobody available: it waits
    assert waiting["status"] == "queued"
    board = lee.get("/v1/board").json()
    me = next(c for c in board["counselors"] if c["user"]["id"] == kim.id)
    assert me["presence"] == "on_call" and me["contact_id"] == contact["id"]
    assert me["risk_tier"] == "high" and me["contact_seconds"] >= 0
    assert [w["id"] for w in board["waiting_calls"]] == [waiting["id"]]
    assert board["longest_wait_s"] is not None and "010" not in str(board["waiting_calls"])
    shown = [d for d in board["open_dispatches"] if d["id"] == dispatch_id]
    assert shown and shown[0]["person_number"] is None
    assert board["overdue_follow_ups"] == [] and board["escalations"] == []
    report = lee.get("/v1/shift-report", params={"hours": 24}).json()
    assert [c["contact_id"] for c in report["open_contacts"]] == [contact["id"]]
    tiers = [c["risk_tier"] for c in report["open_cases"]]
    assert tiers[:2] == ["high", "moderate"]  # highest risk first
    assert len(report["follow_ups_due"]) == 1  # the demo follow-up due tomorrow
    assert [d["id"] for d in report["dispatches_awaiting"]] == [dispatch_id]
    assert_problem(lee.get("/v1/shift-report", params={"hours": 0}), 422)
    assert telephony(server, "POST", f"/v1/calls/{waiting['id']}/end").status_code == 200
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_take_over_and_message(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim, "010-7777-8888")
    seq = max([0, *(e["seq"] for e in kim.events())])
    taken = lee.post(f"/v1/contacts/{contact['id']}/take-over")
    assert taken.status_code == 200 and taken.json()["counselor_id"] == lee.id
    assert lee.post(f"/v1/contacts/{contact['id']}/take-over").status_code == 200  # idempotent
    events = [e["data"] for e in kim.events(seq) if e["type"] == "contact.taken_over"]
    assert [(e["kind"], e["to_user"]["id"]) for e in events] == [("take_over", lee.id)]
    assert kim.me()["presence"] == "wrap_up"
    sent = lee.post("/v1/messages", {"to_user_id": kim.id, "text": "잠깐 저 좀 봐요"}, idem="m1")
    assert sent.status_code == 201 and sent.json()["from_user"]["id"] == lee.id
    assert (
        lee.post("/v1/messages", {"to_user_id": kim.id, "text": "잠깐 저 좀 봐요"}, idem="m1").json()
        == sent.json()
    )
    got = [e["data"] for e in kim.events(seq) if e["type"] == "message.received"]
    assert [m["text"] for m in got] == ["잠깐 저 좀 봐요"]
    assert_problem(
        lee.post("/v1/messages", {"to_user_id": "ghost", "text": "x"}, idem="m2"), 422, "unknown_user"
    )
    assert_problem(lee.post("/v1/messages", {"to_user_id": kim.id, "text": ""}, idem="m3"), 422)
    assert_problem(lee.post("/v1/contacts/nope/take-over"), 404, "contact_not_found")
    # Wrapped up: nothing left to take over.
    current = lee.get(f"/v1/contacts/{contact['id']}")
    assert patch(
        lee, f"/v1/contacts/{contact['id']}", {"disposition": "test"}, current.headers["ETag"]
    ).is_success
    assert lee.post(f"/v1/contacts/{contact['id']}/wrap-up").status_code == 200
    assert_problem(User(server, "choi").post(f"/v1/contacts/{contact['id']}/take-over"), 403)
    lee2 = User(server, "admin")
    assert_problem(lee2.post(f"/v1/contacts/{contact['id']}/take-over"), 409, "contact_closed")


def _follow_up(user: User, contact_id: str, due: datetime, reason: str) -> str:
    fid = str(uuid.uuid4())
    body = {"id": fid, "contact_id": contact_id, "due_at": due.isoformat(), "reason": reason}
    r = user.post("/v1/follow-ups", body, idem=fid)
    assert r.status_code == 201, r.text
    return fid


def test_shift_report_runs_to_the_end_of_the_next_shift(server: LiveServer) -> None:
    """A report made at 20:55 (Seoul) asks up to 07:00 the next day: a follow-up due at 23:30 is in the
    next shift's list, one due at 07:30 the day after is not. The server's clock is real, so the two due
    times are placed at the same distance from now as 23:30 and 07:30 are from 20:55."""
    kim, lee = User(server, "kim"), User(server, "lee")
    made_at = datetime(2026, 11, 25, 20, 55, tzinfo=SEOUL)
    hours = report_hours(made_at)
    assert made_at + timedelta(hours=hours) == datetime(2026, 11, 26, 7, 0, tzinfo=SEOUL)
    _, contact = on_call(server, kim, "010-2345-6789")
    now = datetime.now(UTC)
    inside = _follow_up(kim, contact["id"], now + timedelta(hours=2, minutes=35), "23:30 안부 전화")
    outside = _follow_up(kim, contact["id"], now + timedelta(hours=10, minutes=35), "07:30 안부 전화")
    report = lee.get("/v1/shift-report", params={"hours": hours}).json()
    due = [f["id"] for f in report["follow_ups_due"]]
    assert inside in due and outside not in due
    until = datetime.fromisoformat(report["next_shift_until"])
    assert abs((until - now).total_seconds() - hours * 3600) < 60
    # Case rows name the person by the masked number, never the whole number.
    shown = next(c for c in report["open_cases"] if c["case"]["id"] == contact["case_id"])
    assert shown["number_masked"] == "010-****-6789"
    assert "01023456789" not in str(report) and "2345-6789" not in str(report)
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200


def test_overdue_follow_ups_are_on_the_board(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim, "010-7373-1212")
    late = _follow_up(kim, contact["id"], datetime.now(UTC) - timedelta(minutes=5), "어제 약속한 안부 전화")
    later = _follow_up(kim, contact["id"], datetime.now(UTC) + timedelta(hours=1), "한 시간 뒤")
    overdue = {f["id"]: f for f in lee.get("/v1/board").json()["overdue_follow_ups"]}
    assert late in overdue and later not in overdue
    assert overdue[late]["overdue"] is True and overdue[late]["assignee"]["id"] == kim.id
    assert overdue[late]["reason"] == "어제 약속한 안부 전화"
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200
