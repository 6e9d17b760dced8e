"""What a counselor on a phone call may know of the queue, over real HTTP: GET /v1/queue counts the calls
and chats waiting (a crisis chat apart), counts only, for those who answer calls; and a chat names where
its person writes from (the web page, or KakaoTalk continued in the page), for the dispatch read-out."""

from __future__ import annotations

from tests.server.chat_helpers import Person
from tests.server.helpers import User, on_call, post_call, post_chat
from tests.server.test_kakao_skill import KakaoUser
from tests.support.live_server import LiveServer


def test_the_queue_counts_what_waits_and_nothing_of_who(live_server: LiveServer) -> None:
    kim, lee = User(live_server, "kim"), User(live_server, "lee")
    assert kim.get("/v1/queue").json() == {"calls": 0, "chats": 0, "crisis_chats": 0}
    on_call(live_server, kim)  # kim is on a phone call: nothing more is offered to anyone
    post_call(live_server, "010-2345-6789")
    calm, worried = Person(live_server), Person(live_server)
    for person in (calm, worried):
        assert person.connect()["state"] == "waiting"
    assert worried.say("수면제를 한 통 다 먹었어요").status_code == 201
    counts = kim.get("/v1/queue")
    assert counts.status_code == 200, counts.text
    assert counts.json() == {"calls": 1, "chats": 2, "crisis_chats": 1}
    assert "수면제" not in counts.text
    assert lee.get("/v1/queue").json() == counts.json()  # a lead answers calls too


def test_a_chat_names_where_its_person_writes_from(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    web = Person(live_server)
    web.self_test()
    web.connect()
    offered = [e["data"] for e in kim.events() if e["type"] == "call.offered"][-1]
    assert offered["chat"]["source"] == "web"
    contact = kim.post(f"/v1/calls/{offered['id']}/accept").json()
    assert contact["chat"]["source"] == "web"
    assert kim.post(f"/v1/contacts/{contact['id']}/end", json={}).status_code == 200

    kakao = KakaoUser(live_server)
    notice = kakao.say("상담사 연결")
    kakao.say(notice["template"]["quickReplies"][0]["messageText"])
    kim.presence("available")
    offered = [e["data"] for e in kim.events() if e["type"] == "call.offered"][-1]
    assert offered["chat"]["source"] == "kakao"

    handed = post_chat(live_server, {"from_number": "010-3434-5656", "transcript": []})
    assert handed.status_code == 201, handed.text
    assert handed.json()["chat"]["source"] is None  # a hand-off without a page names no channel
