"""Live chat over real HTTP: the counselor writes by contact, the person by the conversation's token;
messages are stored once, in order without gaps, and the person resumes after a server restart."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Any

from tests.server.chat_helpers import Person, chatting
from tests.server.helpers import User, assert_problem, on_call, post_call
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server


def _msgs(user: User, contact_id: str, after: int = 0) -> dict[str, Any]:
    r = user.get(f"/v1/contacts/{contact_id}/messages", params={"after_seq": after})
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_messages_both_ways_once_and_in_order(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    person, contact = chatting(live_server, kim)
    cid = contact["id"]
    assert contact["chat"]["self_test"]["result_text"].startswith("12문항 중")
    mine = str(uuid.uuid4())
    first = kim.post(f"/v1/contacts/{cid}/messages", {"id": mine, "text": "안녕하세요, 상담사입니다."})
    assert first.status_code == 201, first.text
    again = kim.post(f"/v1/contacts/{cid}/messages", {"id": mine, "text": "안녕하세요, 상담사입니다."})
    assert again.status_code == 200 and again.json() == first.json()
    theirs = str(uuid.uuid4())
    assert person.say("요즘 잠이 안 와요", theirs).status_code == 201
    assert person.say("요즘 잠이 안 와요", theirs).status_code == 201  # a retry: the stored one
    for n in range(5):
        assert (
            kim.post(f"/v1/contacts/{cid}/messages", {"id": str(uuid.uuid4()), "text": f"{n}"}).status_code
            == 201
        )
    items = _msgs(kim, cid)["items"]
    assert [m["seq"] for m in items] == list(range(1, 8))
    assert [m["sender"] for m in items[:2]] == ["counselor", "person"]
    assert all(m["contact_id"] == cid for m in items)
    assert [m["seq"] for m in _msgs(kim, cid, after=5)["items"]] == [6, 7]
    # The person's message reached the counselor's stream with the contract's shape.
    events = [e["data"] for e in kim.events() if e["type"] == "chat.message"]
    person_events = [e for e in events if e["message"]["sender"] == "person"]
    assert [e["message"]["id"] for e in person_events] == [theirs] and person_events[0]["contact_id"] == cid
    # The person sees every message once, and the counselor as 상담사 only.
    view = person.view()
    assert [m["seq"] for m in view["messages"]] == list(range(1, 8))
    assert "kim" not in str(view) and kim.id not in str(view) and "상담" not in kim.me().get("username", "")


def test_read_typing_and_end_reach_the_other_side(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    person, contact = chatting(live_server, kim)
    cid = contact["id"]
    person.say("여보세요")
    assert kim.post(f"/v1/contacts/{cid}/messages/read", {"up_to_seq": 1}).status_code == 204
    assert person.view()["messages"][0]["read"] is True
    assert person.call("POST", "/conversation/typing", {"typing": True}).status_code == 204
    typing = [e["data"] for e in kim.events() if e["type"] == "chat.typing"]
    assert typing == [{"contact_id": cid, "typing": True}]
    assert kim.post(f"/v1/contacts/{cid}/typing", {"typing": True}).status_code == 204
    assert person.view()["counselor_typing"] is True
    assert (
        kim.post(f"/v1/contacts/{cid}/messages", {"id": str(uuid.uuid4()), "text": "네"}).status_code == 201
    )
    assert person.call("POST", "/conversation/read", {"up_to_seq": 2}).status_code == 204
    reads = [e["data"] for e in kim.events() if e["type"] == "chat.read"]
    assert {"contact_id": cid, "reader": "person", "up_to_seq": 2} in reads
    r = kim.post(f"/v1/contacts/{cid}/chat-end", {"farewell": "언제든 다시 찾아 주세요."})
    assert r.status_code == 200, r.text
    assert r.json()["ended_by"] == "counselor" and r.json()["items"][-1]["text"] == "언제든 다시 찾아 주세요."
    assert (
        kim.post(f"/v1/contacts/{cid}/chat-end", {"farewell": "언제든 다시 찾아 주세요."}).json() == r.json()
    )
    ended = [e["data"] for e in kim.events() if e["type"] == "chat.ended"]
    assert len(ended) == 1 and ended[0]["ended_by"] == "counselor" and ended[0]["contact_id"] == cid
    assert kim.get(f"/v1/contacts/{cid}").json()["ended_at"] is not None
    late = kim.post(f"/v1/contacts/{cid}/messages", {"id": str(uuid.uuid4()), "text": "하나 더"})
    assert_problem(late, 409, "chat_ended")
    assert_problem(person.say("저기요"), 409, "chat_ended")
    assert person.view()["state"] == "ended"


def test_only_the_holder_writes_and_readers_of_the_contact_read(live_server: LiveServer) -> None:
    kim, park, lee = User(live_server, "kim"), User(live_server, "park"), User(live_server, "lee")
    person, contact = chatting(live_server, kim)
    cid = contact["id"]
    person.say("안녕하세요")
    assert_problem(park.post(f"/v1/contacts/{cid}/messages", {"id": str(uuid.uuid4()), "text": "x"}), 404)
    assert_problem(park.get(f"/v1/contacts/{cid}/messages"), 404)
    # The shift lead reads the transcript but does not write in someone else's chat.
    assert [m["text"] for m in _msgs(lee, cid)["items"]] == ["안녕하세요"]
    assert_problem(lee.post(f"/v1/contacts/{cid}/messages", {"id": str(uuid.uuid4()), "text": "x"}), 409)
    _call, phone = on_call(live_server, park)
    assert_problem(
        park.post(f"/v1/contacts/{phone['id']}/messages", {"id": str(uuid.uuid4()), "text": "x"}),
        409,
        "not_a_chat",
    )


def test_the_person_ends_it_and_a_bad_token_is_refused(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    person, contact = chatting(live_server, kim)
    r = person.call("POST", "/conversation/end")
    assert r.status_code == 200 and r.json()["state"] == "ended" and r.json()["ended_by"] == "person"
    ended = [e["data"] for e in kim.events() if e["type"] == "chat.ended"]
    assert ended[0]["ended_by"] == "person" and ended[0]["contact_id"] == contact["id"]
    assert kim.get(f"/v1/contacts/{contact['id']}").json()["ended_at"] is not None
    assert_problem(
        Person(live_server, token="x" * 43).call("GET", "/conversation"), 401, "chat_token_invalid"
    )
    assert_problem(
        web.get(f"{live_server.url}/v1/webchat/conversation", timeout=10), 401, "chat_token_missing"
    )
    # A staff token is no conversation token.
    staff = web.get(f"{live_server.url}/v1/webchat/conversation", headers=kim.headers, timeout=10)
    assert_problem(staff, 401)


def test_long_poll_wakes_on_a_counselor_message(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    person, contact = chatting(live_server, kim)
    known = person.view()["version"]
    got: list[dict[str, Any]] = []
    waiter = threading.Thread(target=lambda: got.append(person.view(after_seq=0, known=known, wait=20)))
    waiter.start()
    assert (
        kim.post(
            f"/v1/contacts/{contact['id']}/messages", {"id": str(uuid.uuid4()), "text": "계세요?"}
        ).status_code
        == 201
    )
    waiter.join(30)
    assert got and [m["text"] for m in got[0]["messages"]] == ["계세요?"]


def test_chats_up_to_the_limit_beside_one_call_and_the_queue(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    lee = User(live_server, "lee")
    people = [chatting(live_server, kim)[0] for _ in range(3)]
    fourth = Person(live_server)
    view = fourth.connect()
    assert view["state"] == "waiting" and view["queue_position"] == 1, view
    board = lee.get("/v1/board").json()
    waiting = [c for c in board["waiting_calls"] if c["channel"] == "chat"]
    assert len(waiting) == 1 and waiting[0]["waited_s"] >= 0
    assert next(c for c in board["counselors"] if c["user"]["id"] == kim.id)["open_chats"] == 3
    # In chats only, a phone call still reaches kim.
    call = post_call(live_server).json()
    assert call["offered_to"] == kim.id
    assert kim.post(f"/v1/calls/{call['id']}/decline", {"reason": "채팅 중"}).status_code == 200
    # One chat ends: the place it freed goes to the waiting one.
    people[0].call("POST", "/conversation/end")
    offered = [e["data"] for e in kim.events() if e["type"] == "call.offered"]
    assert offered[-1]["channel"] == "chat" and offered[-1]["offered_to"] == kim.id
    assert fourth.view()["queue_position"] == 1


def test_the_person_resumes_after_a_server_restart(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "a")
    url = f"sqlite:///{server.db_path}"
    kim = User(server, "kim")
    person, contact = chatting(server, kim)
    person.say("하나")
    kim.post(f"/v1/contacts/{contact['id']}/messages", {"id": str(uuid.uuid4()), "text": "둘"})
    seen = person.view()["messages"]
    port = int(server.url.rsplit(":", 1)[1])
    server.stop()
    again = start_live_server(tmp_path / "b", port=port, database=url)
    try:
        lost = str(uuid.uuid4())
        # What the page had in its outbox when the server went away is sent again with the same id.
        assert person.say("셋", lost).status_code == 201
        assert person.say("셋", lost).status_code == 201
        kim = User(again, "kim")
        kim.post(f"/v1/contacts/{contact['id']}/messages", {"id": str(uuid.uuid4()), "text": "넷"})
        rest = person.view(after_seq=seen[-1]["seq"])["messages"]
        assert [m["text"] for m in seen + rest] == ["하나", "둘", "셋", "넷"]
        assert [m["seq"] for m in seen + rest] == [1, 2, 3, 4]
    finally:
        again.stop()


def test_the_page_is_served_with_a_strict_policy(shared_server: LiveServer) -> None:
    for path in ("/chat", "/chat/app.js", "/chat/app.css", "/chat/selftest.json"):
        r = web.get(f"{shared_server.url}{path}", timeout=10)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
        assert "http://" not in r.text and "https://" not in r.text, path  # nothing from elsewhere
    items = web.get(f"{shared_server.url}/chat/selftest.json", timeout=10).json()
    assert len(items["items"]) == 12 and [s["label"] for s in items["scale"]] == ["그렇다", "그렇지 않다"]


def test_the_person_is_limited(tmp_path: Path) -> None:
    server = start_live_server(tmp_path, webchat_starts_per_minute=2)
    try:
        Person(server), Person(server)
        r = web.post(f"{server.url}/v1/webchat/conversations", json={"consent": True}, timeout=10)
        assert_problem(r, 429, "too_many_requests")
        r = web.post(f"{server.url}/v1/webchat/conversations", json={"consent": False}, timeout=10)
        assert r.status_code in (422, 429)
    finally:
        server.stop()


def test_the_persons_bad_input_is_a_clear_problem(shared_server: LiveServer) -> None:
    person = Person(shared_server)
    assert_problem(person.say("먼저"), 409, "not_connected")
    person.connect()
    assert_problem(person.say(""), 422)
    assert_problem(person.say("가" * 2001), 422)
    big = person.call("POST", "/conversation/messages", content=b"{" + b" " * 9000 + b"}")
    assert_problem(big, 413)
    assert_problem(person.call("POST", "/conversation/read", {"up_to_seq": -1}), 422)
    person.call("POST", "/conversation/end")
