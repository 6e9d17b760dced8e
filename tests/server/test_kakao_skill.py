"""The KakaoTalk skill, posted to as Open Builder posts: the reply is the skill response 2.0 JSON."""

from __future__ import annotations

import uuid
from typing import Any

from tests.server.chat_helpers import Person
from tests.server.helpers import User, assert_problem, post_call, wait_for
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


MENU = ["자가진단", "상담사 연결", "서울복지정보", "서울마음편의점", "365서울챌린지"]


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
    unknown = person.say("ㅁㄴㅇㄹ")
    assert "알아듣지 못했어요" in first_text(unknown) and labels(unknown) == MENU
    # Everyday Korean that only sounds like it is no crisis expression: the usual answer.
    everyday = person.say("배고파 죽겠다")
    assert "알아듣지 못했어요" in first_text(everyday) and "109 전화하기" not in _buttons(everyday)
    person.say(labels(person.say("자가진단"))[0])
    wrong = person.say("글쎄요")
    assert "그렇다" in first_text(wrong) and labels(wrong)[:2] == ["그렇다", "그렇지 않다"]
    assert "처음" in first_text(person.say("처음으로"))
    r = web.post(
        f"{shared_server.url}/v1/kakao/skill", json={"userRequest": {"utterance": "x"}}, timeout=10
    )
    assert_problem(r, 422)


def _buttons(body: dict[str, Any]) -> dict[str, str]:
    """Every button of the reply's cards: label -> the number or link it opens."""
    return {
        b["label"]: b.get("phoneNumber") or b.get("webLinkUrl", "")
        for output in body["template"]["outputs"]
        for b in output.get("basicCard", {}).get("buttons", [])
    }


def _all_text(body: dict[str, Any]) -> str:
    return " ".join(
        str(o.get("simpleText", {}).get("text") or o["basicCard"]["description"])
        for o in body["template"]["outputs"]
    )


def _assert_crisis_reply(body: dict[str, Any]) -> None:
    said = _all_text(body)
    assert "109" in said and "112·119" in said and "02-120" in said and "5번" in said
    assert labels(body)[0] == "상담사 연결"
    assert _buttons(body)["109 전화하기"] == "109"
    assert "알아듣지 못했어요" not in said


def test_a_crisis_expression_before_anything_else_gets_the_numbers_and_a_counselor_first(
    shared_server: LiveServer,
) -> None:
    person = KakaoUser(shared_server)
    crisis = person.say("죽고 싶어")
    _assert_crisis_reply(crisis)
    assert labels(crisis) == ["상담사 연결", "처음으로"]
    assert "고마워요" in first_text(crisis)
    # What the chatbot cannot read right after it still leads to a counselor, not to the menu.
    after = person.say("아무도 내 말을 안 들어줘")
    _assert_crisis_reply(after)
    assert "챗봇" in first_text(after)
    # Kept before any agreement: the expression's id to put the person first in line, never the words.
    rows = shared_server.sql("SELECT step, answers FROM kakao_dialogues")
    stored = " ".join(str(v) for row in rows for v in row)
    assert "want_to_die" in stored and "죽고" not in stored


def test_an_attempt_already_made_is_told_to_call_119_first(shared_server: LiveServer) -> None:
    person = KakaoUser(shared_server)
    urgent = person.say("아까 약을 다 먹었어요")
    _assert_crisis_reply(urgent)
    assert "바로 119에 전화해 주세요" in first_text(urgent)
    assert list(_buttons(urgent))[:2] == ["119 전화하기", "109 전화하기"]


def test_a_crisis_expression_in_the_middle_of_the_self_test(shared_server: LiveServer) -> None:
    person = KakaoUser(shared_server)
    q = person.say(labels(person.say("자가진단"))[0])
    q = person.say("그렇다")
    assert "2/12." in first_text(q)
    crisis = person.say("사실 요즘은 다 끝내 버리고 싶어요")
    _assert_crisis_reply(crisis)
    assert labels(crisis) == ["상담사 연결", "자가진단 계속", "처음으로"]
    # The self-test goes on from where it paused, with the answer given before.
    again = person.say("자가진단 계속")
    assert "2/12." in first_text(again)
    for n in range(2, 13):
        assert f"{n}/12." in first_text(again)
        again = person.say("그렇다")
    assert "12문항 중 3문항" in first_text(again)


def _chat_offers(user: User) -> list[str]:
    return [e["data"]["id"] for e in user.events() if e["type"] == "call.offered"]


def test_connecting_after_a_crisis_expression_goes_first_and_alerts_the_lead(live_server: LiveServer) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    start = lee.events()[-1]["seq"] if lee.events() else 0
    # Nobody is available: a phone call and a chat are waiting already.
    phone = post_call(live_server).json()
    assert phone["status"] == "queued"
    older = Person(live_server)
    assert older.connect()["state"] == "waiting"
    assert older.view()["queue_position"] == 2

    person = KakaoUser(live_server)
    _assert_crisis_reply(person.say("이제 그만 살고 싶어요"))
    done = person.say("상담사 연결")  # no second notice: the crisis reply said what connecting means
    card = done["template"]["outputs"][0]["basicCard"]
    assert card["title"] == "상담사에게 먼저 연결하고 있어요"
    assert "대기 순서 1번째" in card["description"] and "109" in card["description"]
    link = _buttons(done)["대화 이어가기"]
    crisis_person = Person(live_server, token=link.split("#t=")[1])
    waiting = crisis_person.view()
    assert waiting["state"] == "waiting" and waiting["queue_position"] == 1
    assert [(m["sender"], "먼저" in m["text"]) for m in waiting["messages"]] == [("system", True)]
    assert older.view()["queue_position"] == 3  # behind the crisis chat and the phone call

    # The first counselor free is offered the crisis chat, before the older call and chat.
    kim.presence("available")
    [offered] = wait_for(lambda: _chat_offers(kim))
    assert offered != phone["id"]
    r = kim.post(f"/v1/calls/{offered}/accept")
    assert r.status_code == 200, r.text
    cid = r.json()["id"]
    assert crisis_person.view()["state"] == "connected"
    assert older.view()["state"] == "waiting"

    # The lead is alerted for the new contact, by expression id and rule.
    [alert] = [e["data"] for e in lee.events(start) if e["type"] == "crisis.raised"]
    assert alert["contact_id"] == cid and alert["instrument_id"] == "live_chat"
    items = [(i["item_id"], i["rule"]) for i in alert["items"]]
    assert items == [("not_want_to_live", "phq9_item9_positive")]
    board = lee.get("/v1/board").json()
    assert [c["contact_id"] for c in board["crises"]] == [cid]
    # The counselor sees why the chat came first; the audit names ids, never the words.
    first = kim.get(f"/v1/contacts/{cid}/messages").json()["items"][0]
    assert first["sender"] == "system" and "먼저" in first["text"]
    audited = live_server.sql("SELECT resource, reason FROM audit_log WHERE action = 'crisis.raised'")
    assert audited == [(f"contact:{cid}", "live_chat:not_want_to_live")]
    logged = " ".join(str(v) for row in live_server.sql("SELECT * FROM audit_log") for v in row)
    assert "살고 싶" not in logged
    # The chatbot keeps nothing once the chat has it.
    assert live_server.sql("SELECT count(*) FROM kakao_dialogues") == [(0,)]
