"""Chats waiting while the counselor is on a phone call, from outside: the installed server and kim's
installed console as separate processes on a desktop of their own, read through the accessibility tree.
kim takes a phone call with Enter and types the note; the server offers nothing more to someone on a
phone call, so two people who ask for a counselor in the web chat wait in the queue. kim's console says so
beside the call (대기 채팅 2), and once one of them writes an overdose, 위기 대기 채팅 1 in the alert red,
while the note keeps the keyboard: the next letters still go into it."""

from __future__ import annotations

import uuid

import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.server_app import Server, waiting_person
from tests.e2e.test_flows import take_call

pytestmark = pytest.mark.e2e


def test_a_counselor_on_a_call_sees_the_chats_waiting_and_keeps_typing(
    server: Server, console_factory: ConsoleFactory
) -> None:
    kim = console_factory()
    take_call(server, kim, "010-5555-0909")
    note = kim.find("noteEditor", timeout=20)
    kim.wait(lambda: note.focused, what="the note to have the keyboard")
    kim.type("밤에 잠을")
    kim.wait(lambda: note.text == "밤에 잠을", what="the note begun")

    calm, worried = waiting_person(server), waiting_person(server)
    label = kim.find("waitingChatsLabel", timeout=30)
    kim.wait(lambda: label.name == "대기 채팅 2", timeout=30, what="대기 채팅 2 beside the call")
    assert not kim.exists("callCard"), "nothing rings over the call"

    message = {"id": str(uuid.uuid4()), "text": "수면제를 한 통 다 먹었어요"}
    assert worried.post("/v1/webchat/conversation/messages", json=message).status_code == 201
    kim.wait(lambda: label.name == "위기 대기 채팅 1 · 대기 채팅 1", timeout=30,
             what="the crisis chat named first")

    # The keyboard never left the note.
    kim.type(" 못 잔다고 함")
    kim.wait(lambda: note.text == "밤에 잠을 못 잔다고 함", what="the next letters in the note")
    for person in (calm, worried):
        assert person.get("/v1/webchat/conversation").json()["state"] == "waiting"
        person.close()
