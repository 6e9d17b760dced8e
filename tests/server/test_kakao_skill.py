"""The KakaoTalk skill, posted to as Open Builder posts: the reply is the skill response 2.0 JSON."""

from __future__ import annotations

import uuid
from typing import Any

from tests.server.chat_helpers import Person
from tests.server.helpers import User, assert_problem
from tests.support import web
from tests.support.live_server import LiveServer


def kakao_request(utterance: str, user_id: str) -> dict[str, Any]:
    """The request body Open Builder posts to a skill (fields as its skill guide shows them)."""
    return {
        "intent": {"id": "intent-id", "name": "블록 이름"},
        "userRequest": {
            "timezone": "Asia/Seoul",
            "params": {"ignoreMe": "true"},
            "block": {"id": "block-id", "name": "블록 이름"},
            "utterance": utterance,
            "lang": None,
            "user": {"id": user_id, "type": "accountId", "properties": {}},
        },
        "bot": {"id": "bot-id", "name": "외로움안녕120"},
        "action": {"name": "skill", "clientExtra": None, "params": {}, "id": "action-id", "detailParams": {}},
    }


class KakaoUser:
    def __init__(self, server: LiveServer) -> None:
        self.url = f"{server.url}/v1/kakao/skill"
        self.user_id = uuid.uuid4().hex

    def say(self, utterance: str) -> dict[str, Any]:
        r = web.post(self.url, json=kakao_request(utterance, self.user_id), timeout=10)
        assert r.status_code == 200, r.text
        body = dict(r.json())
        check_shape(body)
        return body


def check_shape(body: dict[str, Any]) -> None:
    """What Open Builder accepts: version 2.0, 1-3 outputs of known components, quick replies with
    labels of at most 14 characters."""
    assert body["version"] == "2.0"
    outputs = body["template"]["outputs"]
    assert 1 <= len(outputs) <= 3
    for output in outputs:
        (kind,) = output.keys()
        assert kind in ("simpleText", "basicCard")
        if kind == "simpleText":
            assert 0 < len(output[kind]["text"]) <= 1000
        else:
            assert output[kind]["title"] and len(output[kind]["description"]) <= 230
            for button in output[kind].get("buttons", []):
                assert len(button["label"]) <= 14 and button["action"] in ("webLink", "message", "phone")
    for q in body["template"].get("quickReplies", []):
        assert q["action"] == "message" and len(q["label"]) <= 14 and q["messageText"]


def labels(body: dict[str, Any]) -> list[str]:
    return [q["label"] for q in body["template"]["quickReplies"]]


def first_text(body: dict[str, Any]) -> str:
    output = body["template"]["outputs"][0]
    return str(output.get("simpleText", {}).get("text") or output["basicCard"]["description"])


def test_menu_and_the_directory(shared_server: LiveServer) -> None:
    person = KakaoUser(shared_server)
    menu = person.say("안녕하세요")
    assert labels(menu) == ["자가진단", "상담사 연결", "서울복지정보", "서울마음편의점", "365서울챌린지"]
    welfare = person.say("서울복지정보")
    assert welfare["template"]["outputs"][0]["basicCard"]["title"] == "서울복지정보"
    assert person.say("365서울챌린지")["template"]["outputs"][0]["basicCard"]["title"] == "365서울챌린지"
    ask = person.say("서울마음편의점")
    assert {"관악구", "강북구", "도봉구", "동대문구"} <= set(labels(ask))
    here = person.say("관악구")
    assert here["template"]["outputs"][0]["basicCard"]["title"] == "서울마음편의점"
    assert "관악구" in first_text(here)
    elsewhere = person.say("강남")
    assert "강남구에는 아직" in first_text(elsewhere)


def test_the_self_test_with_quick_replies_then_a_counselor(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    person = KakaoUser(live_server)
    notice = person.say("자가진단")
    assert "동의" in labels(notice)[0] and "보관" in first_text(notice)
    q = person.say(labels(notice)[0])
    for n in range(1, 13):
        assert f"{n}/12." in first_text(q)
        assert labels(q)[:2] == ["그렇다", "그렇지 않다"]
        q = person.say("그렇다")
    assert "12문항 중 3문항" in first_text(q)  # 그렇다 to all: q1-q3 isolated, q4-q12 protective
    notice = person.say("상담사 연결")
    done = person.say(labels(notice)[0])
    button = done["template"]["outputs"][0]["basicCard"]["buttons"][0]
    assert button["action"] == "webLink" and "/chat#t=" in button["webLinkUrl"]
    token = button["webLinkUrl"].split("#t=")[1]
    # The chat reached the counselor with the answers; the link continues the same conversation.
    offered = [e["data"] for e in kim.events() if e["type"] == "call.offered"][-1]
    assert offered["channel"] == "chat"
    assert len(offered["chat"]["self_test"]["answers"]) == 12
    contact = kim.post(f"/v1/calls/{offered['id']}/accept").json()
    web = Person(live_server, token=token)
    assert web.view()["state"] == "connected"
    assert web.say("카톡에서 왔어요").status_code == 201
    r = kim.get(f"/v1/contacts/{contact['id']}/messages")
    assert [m["text"] for m in r.json()["items"]] == ["카톡에서 왔어요"]


def test_unknown_words_and_bad_requests(shared_server: LiveServer) -> None:
    person = KakaoUser(shared_server)
    assert "알아듣지" in first_text(person.say("ㅁㄴㅇㄹ"))
    person.say(labels(person.say("자가진단"))[0])
    wrong = person.say("글쎄요")
    assert "그렇다" in first_text(wrong) and labels(wrong)[:2] == ["그렇다", "그렇지 않다"]
    assert "처음" in first_text(person.say("처음으로"))
    r = web.post(
        f"{shared_server.url}/v1/kakao/skill", json={"userRequest": {"utterance": "x"}}, timeout=10
    )
    assert_problem(r, 422)
