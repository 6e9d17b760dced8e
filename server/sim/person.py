"""`annyeong-sim person`: plays the person of a live chat for training, through the web chat's API or the
KakaoTalk skill, exactly as the page and Open Builder post.

    annyeong-sim person [--via web|kakao] [--answers 1,0,…] [--say TEXT …] [--stay S] [--end]

It consents, answers the self-test, asks for a counselor (the chat rings like a call), prints what the
counselor writes as it arrives, answers each counselor message with the next line of its script, and
ends the conversation when the script is done and --end was given (otherwise it stays --stay seconds).
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from annyeong.console.domain.selftest import ITEM_IDS, LABELS
from annyeong.server.sim import chat as sim_chat

SCRIPT = (
    "안녕하세요… 이런 데 처음 써 봐요.",
    "요즘 하루 종일 아무하고도 말을 안 해요.",
    "밥도 잘 안 먹게 되고요.",
    "이야기 들어 주셔서 고마워요.",
)


def add_parser(sub: Any, server_help: str) -> None:
    person = sub.add_parser("person", help="play the person of a live chat (web chat or KakaoTalk)")
    person.add_argument("--via", choices=["web", "kakao"], default="web", help="how the person comes in")
    person.add_argument(
        "--answers", metavar="A1,…,A12", help="self-test answers, 1 or 0 each (default: random)"
    )
    person.add_argument(
        "--say", action="append", metavar="TEXT", help="a line to write (repeat; default: a script)"
    )
    person.add_argument("--stay", type=float, default=600.0, metavar="S", help="seconds to stay at most")
    person.add_argument("--end", action="store_true", help="end the conversation after the last line")
    person.add_argument("--server", help=server_help)
    person.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the server")


class WebPerson:
    """The web page's requests, with the conversation's token."""

    def __init__(self, url: str, timeout: float, token: str | None = None) -> None:
        self.url = f"{url}/v1/webchat"
        self.timeout = timeout
        if token is None:
            r = httpx.post(f"{self.url}/conversations", json={"consent": True}, timeout=timeout)
            r.raise_for_status()
            token = str(r.json()["token"])
        self.token = token

    def call(self, method: str, path: str, json: Any = None, *, wait: float = 0, **kw: Any) -> dict[str, Any]:
        r = httpx.request(
            method,
            f"{self.url}{path}",
            json=json,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=self.timeout + wait,
            **kw,
        )
        r.raise_for_status()
        return dict(r.json()) if r.status_code != 204 else {}

    def say(self, text: str) -> None:
        self.call("POST", "/conversation/messages", {"id": str(uuid.uuid4()), "text": text})


def kakao_turn(url: str, user_id: str, utterance: str, timeout: float) -> dict[str, Any]:
    body = {"userRequest": {"utterance": utterance, "user": {"id": user_id, "type": "botUserKey"}}}
    r = httpx.post(f"{url}/v1/kakao/skill", json=body, timeout=timeout)
    r.raise_for_status()
    return dict(r.json())


def through_kakao(url: str, values: list[int], timeout: float, out: Callable[[str], None]) -> str:
    """The chatbot's self-test and 상담사 연결, as KakaoTalk posts them: the web chat token of the link."""
    user = f"sim-{uuid.uuid4().hex}"
    first = kakao_turn(url, user, "자가진단", timeout)
    kakao_turn(url, user, first["template"]["quickReplies"][0]["messageText"], timeout)
    for value in values:
        reply = kakao_turn(url, user, LABELS[value], timeout)
    out("챗봇: " + reply["template"]["outputs"][0]["simpleText"]["text"].splitlines()[0])
    notice = kakao_turn(url, user, "상담사 연결", timeout)
    done = kakao_turn(url, user, notice["template"]["quickReplies"][0]["messageText"], timeout)
    link = done["template"]["outputs"][0]["basicCard"]["buttons"][0]["webLinkUrl"]
    out(f"link: {link}")
    return str(link.split("#t=", 1)[1])


def run(args: argparse.Namespace, url: str, out: Callable[[str], None] = print) -> int:
    values = (
        sim_chat.parse_answers(args.answers)
        if args.answers
        else [int(random.random() < (0.7 if i < 3 else 0.4)) for i in range(len(ITEM_IDS))]
    )
    lines = list(args.say or SCRIPT)
    if args.via == "kakao":
        person = WebPerson(url, args.timeout, token=through_kakao(url, values, args.timeout, out))
    else:
        person = WebPerson(url, args.timeout)
        answers = [
            {"item_id": i, "value": v, "label": LABELS[v]} for i, v in zip(ITEM_IDS, values, strict=True)
        ]
        view = person.call("PUT", "/conversation/self-test", {"answers": answers})
        out(f"자가진단: {view['self_test_result']}")
        person.call("POST", "/conversation/connect")
        out(f"link: {url}/chat#t={person.token}")
    return converse(person, lines, args.stay, args.end, out)


def converse(person: WebPerson, lines: list[str], stay: float, end: bool, out: Callable[[str], None]) -> int:
    deadline = time.monotonic() + stay
    seq, known, state = 0, "", ""
    said_first = False
    while time.monotonic() < deadline:
        view = person.call(
            "GET", "/conversation", params={"after_seq": seq, "known": known, "wait": 20}, wait=20
        )
        known = view["version"]
        if view["state"] != state:
            state = view["state"]
            place = f" (대기 {view['queue_position']}번째)" if view.get("queue_position") else ""
            out(f"[{state}]{place}")
        if state == "ended":
            return 0
        counselor_wrote = False
        for message in view["messages"]:
            seq = message["seq"]
            if message["sender"] == "counselor":
                out(f"상담사: {message['text']}")
                counselor_wrote = True
        if seq:
            person.call("POST", "/conversation/read", {"up_to_seq": seq})
        if state == "connected" and (counselor_wrote or not said_first) and lines:
            said_first = True
            person.call("POST", "/conversation/typing", {"typing": True})
            text = lines.pop(0)
            person.say(text)
            out(f"나: {text}")
        elif state == "connected" and not lines and end:
            person.call("POST", "/conversation/end")
            out("[ended by the person]")
            return 0
    return 0
