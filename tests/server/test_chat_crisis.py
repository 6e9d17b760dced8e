"""Crisis expressions in what the person writes in a live chat, over real HTTP: the shift lead is alerted
as for a crisis answer in a checklist, once per expression, the board lists it and the wrap-up waits for a
crisis decision; what counselors write raises nothing; the state survives a restart."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from tests.server.chat_helpers import Person, chatting
from tests.server.helpers import User, assert_problem, patch, wait_for
from tests.server.test_kakao_skill import KakaoUser, labels
from tests.support.live_server import LiveServer, start_live_server

DETAILS = {"summary": "채팅 위기 상담", "service_types": ["crisis"], "disposition": "completed"}


def _last_seq(user: User) -> int:
    events = user.events()
    return int(events[-1]["seq"]) if events else 0


def _alerts(lead: User, after: int) -> list[dict[str, Any]]:
    return [e["data"] for e in lead.events(after) if e["type"] == "crisis.raised"]


def _board_crises(lead: User) -> list[dict[str, Any]]:
    r = lead.get("/v1/board")
    assert r.status_code == 200, r.text
    return list(r.json()["crises"])


def _ready_to_wrap_up(user: User, contact_id: str) -> None:
    etag = user.get(f"/v1/contacts/{contact_id}").headers["ETag"]
    r = patch(user, f"/v1/contacts/{contact_id}", DETAILS, etag)
    assert r.status_code == 200, r.text


def _decide(user: User, contact_id: str) -> None:
    body = {
        "id": str(uuid.uuid4()),
        "kind": "crisis_decision",
        "body": "",
        "crisis_decision": {"decision": "safety_plan_agreed"},
    }
    r = user.post(f"/v1/contacts/{contact_id}/entries", body, idem=str(uuid.uuid4()))
    assert r.status_code == 201, r.text


def _say(counselor: User, contact_id: str, text: str) -> None:
    r = counselor.post(f"/v1/contacts/{contact_id}/messages", {"id": str(uuid.uuid4()), "text": text})
    assert r.status_code == 201, r.text


def test_the_persons_words_alert_the_lead_once_per_expression_and_hold_the_wrap_up(
    live_server: LiveServer,
) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    start = _last_seq(lee)
    person, contact = chatting(live_server, kim)
    cid = contact["id"]
    assert person.say("요즘 잠을 못 자요").status_code == 201
    assert _alerts(lee, start) == []
    assert person.say("너무 힘들어서 죽고 싶어요ㅠㅠ").status_code == 201
    [alert] = _alerts(lee, start)
    assert alert["contact_id"] == cid and alert["counselor"]["id"] == kim.id
    assert alert["instrument_id"] == "live_chat"
    assert [(i["item_id"], i["rule"]) for i in alert["items"]] == [("want_to_die", "phq9_item9_positive")]
    assert not [e for e in kim.events() if e["type"] == "crisis.raised"]  # the lead's alarm, not kim's

    # The same expression again is the same alarm; a new kind of expression is a new one.
    assert person.say("정말 죽고 싶다니까요").status_code == 201
    assert len(_alerts(lee, start)) == 1
    assert person.say("유서도 써 놨어요").status_code == 201
    alerts = _alerts(lee, start)
    assert len(alerts) == 2, alerts
    assert [i["item_id"] for i in alerts[1]["items"]] == ["want_to_die", "plan"]
    assert {i["rule"] for i in alerts[1]["items"]} == {"phq9_item9_positive", "suicide_plan"}

    [listed] = _board_crises(lee)
    assert listed["contact_id"] == cid and listed["instrument_id"] == "live_chat"
    assert [i["item_id"] for i in listed["items"]] == ["want_to_die", "plan"]

    # The audit names the rule and the expressions, never the person's words.
    audited = live_server.sql(
        "SELECT actor, resource, reason FROM audit_log WHERE action = 'crisis.raised' ORDER BY seq"
    )
    assert [row[2] for row in audited] == ["live_chat:want_to_die", "live_chat:plan"]
    assert all(row[1] == f"contact:{cid}" for row in audited)
    logged = " ".join(str(v) for row in live_server.sql("SELECT * FROM audit_log") for v in row)
    assert "죽고" not in logged and "유서" not in logged

    # Wrap-up waits for the decision exactly as after a crisis answer in a checklist.
    _ready_to_wrap_up(kim, cid)
    problem = assert_problem(kim.post(f"/v1/contacts/{cid}/wrap-up"), 422, "wrap_up_incomplete")
    assert [e["field"] for e in problem["errors"]] == ["crisis_decision"]
    _decide(kim, cid)
    assert _board_crises(lee) == []
    assert kim.post(f"/v1/contacts/{cid}/wrap-up").status_code == 200


def test_a_counselors_own_words_raise_nothing(live_server: LiveServer) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    start = _last_seq(lee)
    person, contact = chatting(live_server, kim)
    cid = contact["id"]
    _say(kim, cid, "혹시 죽고 싶다는 생각이 드세요? 유서를 쓰신 적이 있나요?")
    assert person.say("아니요, 그냥 외로워요").status_code == 201
    r = kim.post(f"/v1/contacts/{cid}/chat-end", {"farewell": "자살예방상담전화는 109입니다."})
    assert r.status_code == 200, r.text
    assert _alerts(lee, start) == []
    assert _board_crises(lee) == []
    _ready_to_wrap_up(kim, cid)
    assert kim.post(f"/v1/contacts/{cid}/wrap-up").status_code == 200


def test_words_written_in_the_queue_are_raised_when_a_counselor_takes_the_chat(
    live_server: LiveServer,
) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    start = _last_seq(lee)
    person = Person(live_server)
    assert person.connect()["state"] == "waiting"
    assert person.say("번개탄을 사 왔어요").status_code == 201
    assert _alerts(lee, start) == []  # no contact yet to alert about
    kim.presence("available")
    offered = wait_for(
        lambda: [
            e["data"] for e in kim.events() if e["type"] == "call.offered" and e["data"]["channel"] == "chat"
        ]
    )
    r = kim.post(f"/v1/calls/{offered[-1]['id']}/accept")
    assert r.status_code == 200, r.text
    cid = r.json()["id"]
    [alert] = _alerts(lee, start)
    assert alert["contact_id"] == cid and [i["rule"] for i in alert["items"]] == ["suicide_means"]
    assert [c["contact_id"] for c in _board_crises(lee)] == [cid]


def test_a_waiting_chat_with_crisis_words_is_offered_before_older_ones(live_server: LiveServer) -> None:
    older, newer = Person(live_server), Person(live_server)
    assert older.connect()["state"] == "waiting"
    assert newer.connect()["state"] == "waiting"
    assert (older.view()["queue_position"], newer.view()["queue_position"]) == (1, 2)
    assert newer.say("유서를 써 놨어요").status_code == 201
    assert (older.view()["queue_position"], newer.view()["queue_position"]) == (2, 1)
    choi = User(live_server, "choi")
    choi.presence("available")
    [offered] = wait_for(lambda: [e["data"]["id"] for e in choi.events() if e["type"] == "call.offered"])
    assert choi.post(f"/v1/calls/{offered}/accept").status_code == 200
    assert newer.view()["state"] == "connected" and older.view()["state"] == "waiting"


def test_the_chatbots_continuation_is_checked_too(live_server: LiveServer) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    start = _last_seq(lee)
    kim.presence("available")
    kakao = KakaoUser(live_server)
    done = kakao.say(labels(kakao.say("상담사 연결"))[0])
    token = done["template"]["outputs"][0]["basicCard"]["buttons"][0]["webLinkUrl"].split("#t=")[1]
    offered = [e["data"] for e in kim.events() if e["type"] == "call.offered"][-1]
    cid = kim.post(f"/v1/calls/{offered['id']}/accept").json()["id"]
    assert Person(live_server, token=token).say("다 끝내 버리고 싶어요").status_code == 201
    [alert] = _alerts(lee, start)
    assert alert["contact_id"] == cid and [i["item_id"] for i in alert["items"]] == ["want_to_disappear"]


def test_a_chat_crisis_still_holds_after_a_restart(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "a")
    url = f"sqlite:///{server.db_path}"
    kim = User(server, "kim")
    person, contact = chatting(server, kim)
    cid = contact["id"]
    assert person.say("살기 싫어요").status_code == 201
    port = int(server.url.rsplit(":", 1)[1])
    server.stop()
    again = start_live_server(tmp_path / "b", port=port, database=url)
    try:
        kim, lee = User(again, "kim"), User(again, "lee")
        [listed] = _board_crises(lee)
        assert listed["contact_id"] == cid and [i["item_id"] for i in listed["items"]] == ["not_want_to_live"]
        # Repeating it after the restart is still the alarm already raised.
        start = _last_seq(lee)
        assert person.say("진짜 살기 싫어").status_code == 201
        assert _alerts(lee, start) == []
        _ready_to_wrap_up(kim, cid)
        assert_problem(kim.post(f"/v1/contacts/{cid}/wrap-up"), 422, "wrap_up_incomplete")
        _decide(kim, cid)
        assert kim.post(f"/v1/contacts/{cid}/wrap-up").status_code == 200
    finally:
        again.stop()
