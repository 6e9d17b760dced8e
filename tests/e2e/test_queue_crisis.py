"""A chat with crisis words still waiting in the queue, from outside: the installed server and the lead's
installed console as separate processes on a desktop of their own, read through the accessibility tree.
kim is on a phone call (over the API), a person waits in the web chat and writes "그냥 죽고 싶어요": the
lead's console shows a red notice saying a chat with crisis words waits, its 상황판 보기 opens the board
with that chat first, marked 위기 표현; once kim takes it the waiting notice goes."""

from __future__ import annotations

import uuid

import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.server_app import Server, waiting_person

pytestmark = pytest.mark.e2e


def test_the_lead_sees_a_waiting_chat_with_crisis_words_first(
    server: Server, console_factory: ConsoleFactory
) -> None:
    kim = server.api("kim")
    assert kim.put("/v1/me/presence", json={"status": "available"}).status_code == 200
    call_id = server.sim("call", "--from", "010-5555-0202").stdout.strip()
    assert kim.post(f"/v1/calls/{call_id}/accept").status_code == 200  # kim is busy: the chat waits
    older = server.sim("call", "--from", "010-5555-0303").stdout.strip()
    waiting = server.api("lee").get("/v1/board").json()["waiting_calls"]
    assert [w["id"] for w in waiting] == [older], "the older phone call waits: nobody is free"
    lee = console_factory("lee", available=False)
    person = waiting_person(server)
    message = {"id": str(uuid.uuid4()), "text": "그냥 죽고 싶어요"}
    said = person.post("/v1/webchat/conversation/messages", json=message)
    assert said.status_code == 201, said.text

    def titles() -> list[str]:
        return [n.name + n.text for n in lee.find_all("noticeTitle")]

    lee.wait(lambda: any("위기 표현 · 대기 중인 채팅" in t for t in titles()), timeout=30,
             what="the lead's notice of a waiting chat with crisis words")
    bodies = [n.name + n.text for n in lee.find_all("noticeBody")]
    assert any("부터 기다리는 중" in b and "아직 받은 상담원이 없습니다" in b for b in bodies), bodies

    lee.click("floorNoticeBoardButton")
    def rows() -> list[str]:
        return [n.name or n.text for n in lee.find_all("boardRowText")]

    # The waiting list is the board's first: the crisis chat heads it, above the older phone call's row.
    lee.wait(lambda: rows() and rows()[0].startswith("위기 표현 · 채팅 "), timeout=30,
             what="the board to list the crisis chat first")

    # kim's phone call ends and kim takes the chat: the waiting notice goes.
    contact_id = kim.get(f"/v1/calls/{call_id}").json()["contact_id"]
    assert kim.post(f"/v1/contacts/{contact_id}/end", json={}).status_code == 200
    assert kim.put("/v1/me/presence", json={"status": "available"}).status_code == 200

    def chat_offered() -> str | None:
        events = kim.get("/v1/events/poll", params={"after": 0, "limit": 500}).json()["items"]
        offered = [e["data"]["id"] for e in events
                   if e["type"] == "call.offered" and e["data"]["channel"] == "chat"]
        return offered[-1] if offered else None

    chat_id = lee.wait(chat_offered, timeout=30, what="the chat to ring at kim")
    assert kim.post(f"/v1/calls/{chat_id}/accept").status_code == 200
    lee.wait(lambda: not [r for r in rows() if r.startswith("위기 표현")], timeout=30,
             what="the crisis mark to leave the board's waiting list")
    lee.click("viewSwitch_console")
    lee.wait(lambda: not any("대기 중인 채팅" in t for t in titles()), timeout=30,
             what="the waiting notice to go")
