"""A person who writes a crisis expression while still waiting in the queue, over real HTTP: the shift
leads hear it at once (queue.crisis, the waiting call as the board lists it, ids only), the board lists
the chat first and marked, and once a counselor takes it the usual crisis.raised follows and the mark
goes with the waiting call."""

from __future__ import annotations

from typing import Any

from tests.server.chat_helpers import Person
from tests.server.helpers import User, on_call, post_call, wait_for
from tests.server.test_kakao_skill import KakaoUser
from tests.support.live_server import LiveServer

WORDS = "그냥 죽고 싶어요"


def _last_seq(user: User) -> int:
    events = user.events()
    return int(events[-1]["seq"]) if events else 0


def _of_type(user: User, after: int, kind: str) -> list[dict[str, Any]]:
    return [e["data"] for e in user.events(after) if e["type"] == kind]


def _waiting(lead: User) -> list[dict[str, Any]]:
    r = lead.get("/v1/board")
    assert r.status_code == 200, r.text
    return list(r.json()["waiting_calls"])


def test_crisis_words_in_the_queue_reach_the_lead_at_once_and_lead_the_board(live_server: LiveServer) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    _phone, contact = on_call(live_server, kim)  # kim is busy: nobody can take a chat
    older = post_call(live_server, "010-2345-6789").json()
    assert older["status"] == "queued"
    start = _last_seq(lee)
    person = Person(live_server)
    assert person.connect()["state"] == "waiting"
    assert person.say("오늘 좀 힘들었어요").status_code == 201
    assert _of_type(lee, start, "queue.crisis") == []  # no crisis words yet: nothing to tell
    [plain] = [w for w in _waiting(lee) if w["channel"] == "chat"]
    assert plain["crisis"] is False

    assert person.say(WORDS).status_code == 201
    [told] = _of_type(lee, start, "queue.crisis")
    chat_id = plain["id"]
    assert told["id"] == chat_id and told["crisis"] is True and told["channel"] == "chat"
    assert told["status"] == "queued" and told["waited_s"] >= 0
    assert WORDS not in str(told)
    assert _of_type(lee, start, "crisis.raised") == []  # no contact yet
    assert not [e for e in kim.events(start) if e["type"] == "queue.crisis"]  # the leads' alarm

    # Listed in the order the calls will be offered: the crisis chat before the older phone call.
    waiting = _waiting(lee)
    assert [(w["id"], w["crisis"]) for w in waiting] == [(chat_id, True), (older["id"], False)]

    # Repeating the same words is not a new alarm.
    assert person.say("정말 죽고 싶어요").status_code == 201
    assert len(_of_type(lee, start, "queue.crisis")) == 1

    # Audited as the system's, by call and expression id, never the words.
    audited = live_server.sql("SELECT actor, resource, reason FROM audit_log WHERE action = 'queue.crisis'")
    assert audited == [("system", f"call:{chat_id}", "live_chat:want_to_die")]
    logged = " ".join(str(v) for row in live_server.sql("SELECT * FROM audit_log") for v in row)
    assert "죽고 싶" not in logged

    # kim's phone call ends; kim, free again, is offered the crisis chat first and takes it.
    assert kim.post(f"/v1/contacts/{contact['id']}/end", {}).status_code == 200
    kim.presence("available")
    offered = wait_for(lambda: [d for d in _of_type(kim, start, "call.offered") if d["channel"] == "chat"])
    assert offered[0]["id"] == chat_id
    r = kim.post(f"/v1/calls/{chat_id}/accept")
    assert r.status_code == 200, r.text
    cid = r.json()["id"]
    [alert] = _of_type(lee, start, "crisis.raised")
    assert alert["contact_id"] == cid and alert["counselor"]["id"] == kim.id
    # The lead's console drops its waiting notice on the call leaving the queue.
    assert any(d["id"] == chat_id and d["status"] == "accepted" for d in _of_type(lee, start, "call.updated"))
    assert [(w["id"], w["crisis"]) for w in _waiting(lee)] == [(older["id"], False)]
    assert len(_of_type(lee, start, "queue.crisis")) == 1


def test_a_chatbot_crisis_joining_the_queue_is_told_to_the_lead(live_server: LiveServer) -> None:
    lee = User(live_server, "lee")
    start = _last_seq(lee)
    kakao = KakaoUser(live_server)
    kakao.say("이제 그만 살고 싶어요")
    kakao.say("상담사 연결")
    [told] = _of_type(lee, start, "queue.crisis")
    assert told["crisis"] is True and told["status"] == "queued"
    [first] = _waiting(lee)
    assert first["id"] == told["id"] and first["crisis"] is True
    audited = live_server.sql("SELECT resource, reason FROM audit_log WHERE action = 'queue.crisis'")
    assert audited == [(f"call:{told['id']}", "live_chat:not_want_to_live")]


def test_crisis_words_after_a_counselor_took_the_chat_are_not_a_queue_alarm(live_server: LiveServer) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    start = _last_seq(lee)
    kim.presence("available")
    person = Person(live_server)
    person.connect()
    [offered] = wait_for(lambda: [d["id"] for d in _of_type(kim, start, "call.offered")])
    assert kim.post(f"/v1/calls/{offered}/accept").status_code == 200
    assert person.say(WORDS).status_code == 201
    assert len(_of_type(lee, start, "crisis.raised")) == 1
    assert _of_type(lee, start, "queue.crisis") == []
