"""A counselor holding two chats and a phone call moves to another PC, driven from outside: the installed
console and server as separate processes, real keys and clicks, the screen read through the accessibility
tree, the people's side over the web chat's HTTP API (as their page speaks it).

On the other PC every contact comes back in the switcher (both chats and the call), the call on screen;
each chat has its transcript and the self-test's result line the first PC showed, and a message written
there reaches the person once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.console_app import Console
from tests.e2e.node import Node
from tests.e2e.server_app import Server
from tests.support import web

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]
ConsoleFactory = Callable[..., Console]

WAIT_S = 40.0  # one hop through the server's event stream to the console, on a loaded machine
ANSWERS = [{"item_id": f"q{i}", "value": 1 if i <= 3 else 0} for i in range(1, 13)]
FIRST_WORDS = "요즘 밤마다 잠이 안 와요"
REPLY = "다른 자리에서 이어서 이야기할게요."


class Person:
    """Someone in the web chat, speaking the page's HTTP API with the conversation's own token."""

    def __init__(self, server: Server) -> None:
        self.url = server.url
        r = web.post(f"{self.url}/v1/webchat/conversations", json={"consent": True}, timeout=15)
        assert r.status_code == 201, r.text
        self.headers = {"Authorization": f"Bearer {r.json()['token']}"}

    def call(self, method: str, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        r = web.request(method, f"{self.url}/v1/webchat{path}", json=json, headers=self.headers,
                        timeout=40, **kw)
        assert r.status_code in (200, 201), r.text
        return r

    def connect(self) -> None:
        self.call("PUT", "/conversation/self-test", {"answers": ANSWERS})
        self.call("POST", "/conversation/connect")

    def say(self, text: str) -> None:
        self.call("POST", "/conversation/messages", {"id": str(uuid.uuid4()), "text": text})

    def counselor_said(self) -> list[str]:
        view = self.call("GET", "/conversation", params={"after_seq": 0}).json()
        return [m["text"] for m in view["messages"] if m["sender"] == "counselor"]


def chips(console: Console) -> list[Node]:
    return [n for n in console.find_all("chatSwitchChip") if n.showing]


def chip_names(console: Console) -> list[str]:
    return [n.name for n in chips(console)]


def on_screen(console: Console, chip: int) -> bool:
    found = chips(console)
    return len(found) >= chip and found[chip - 1].checked


def transcript(console: Console) -> str:
    return console.find("chatTranscript").text


def take_ringing(console: Console, *, enter: bool) -> None:
    card = console.find("callCard", timeout=WAIT_S)
    if enter:
        console.key("Return")
    else:
        console.click("acceptCallButton")  # Enter in a chat's composer is a new line there
    console.wait(lambda: not card.showing, timeout=WAIT_S, what="the card to go once taken")


def test_the_other_pc_lists_both_chats_and_the_call_in_the_switcher(
    server: Server, console_factory: ConsoleFactory, tmp_path: Path
) -> None:
    kim = console_factory()
    first = Person(server)
    first.connect()
    take_ringing(kim, enter=True)
    kim.find("conversationView", timeout=WAIT_S)
    first.say(FIRST_WORDS)
    kim.wait(lambda: FIRST_WORDS in transcript(kim), timeout=WAIT_S, what="the person's words here")
    summary = kim.find("chatPinnedSummary")
    kim.wait(lambda: "12문항 중" in summary.name, what="the self-test's result line")
    result_line = summary.name

    second = Person(server)
    second.connect()
    take_ringing(kim, enter=False)
    kim.wait(lambda: len(chips(kim)) == 2, timeout=WAIT_S, what="two chats in the switcher")
    server.sim("call", "--from", "010-3131-2424")
    take_ringing(kim, enter=False)
    kim.wait(lambda: len(chips(kim)) == 3 and on_screen(kim, 3), timeout=WAIT_S,
             what="the call beside the two chats, on screen")
    before = chip_names(kim)

    kim.kill()  # another PC: the same counselor signs in with a data dir of its own
    other = console_factory(data_dir=tmp_path / "another-pc", available=False)
    other.wait(lambda: len(chips(other)) == 3, timeout=WAIT_S, what="all three in the other PC's switcher")
    names = chip_names(other)
    assert sum("채팅" in n for n in names) == 2 and "통화" in names[2], names
    assert [n.split(" · ")[0] for n in names] == [n.split(" · ")[0] for n in before]
    other.wait(lambda: on_screen(other, 3), what="the call on screen")

    other.key("ctrl+alt+1")
    other.wait(lambda: on_screen(other, 1), what="Ctrl+Alt+1 to bring the first chat")
    other.wait(lambda: FIRST_WORDS in transcript(other), timeout=WAIT_S,
               what="the first chat's transcript on the other PC")
    assert other.find("chatPinnedSummary").name == result_line
    composer = other.find("chatComposerText", timeout=WAIT_S)
    other.click("chatComposerText")
    other.wait(lambda: composer.focused, what="the composer to have the focus")
    other.type(REPLY)
    other.wait(lambda: composer.text == REPLY, what="the reply typed")
    other.key("ctrl+Return")
    other.wait(lambda: REPLY in first.counselor_said(), timeout=WAIT_S, what="the reply at the person's")
    assert first.counselor_said().count(REPLY) == 1
    other.key("ctrl+alt+2")
    other.wait(lambda: on_screen(other, 2), what="Ctrl+Alt+2 to bring the second chat")
    assert second.counselor_said() == []
