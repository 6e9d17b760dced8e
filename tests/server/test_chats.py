"""Chat hand-off from the chatbot: routed like a call, carrying the self-test and the transcript."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.server.helpers import CHATBOT_KEY, User, assert_problem, post_chat
from tests.support import web
from tests.support.live_server import TELEPHONY_KEY, LiveServer

ROOT = Path(__file__).resolve().parents[2]
AT = "2025-09-01T12:00:00Z"


def _answers(n: int = 12) -> list[dict[str, Any]]:
    return [{"item_id": f"q{i}", "value": 1, "label": "그렇다"} for i in range(1, n + 1)]


def _chat(**over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "from_number": "010-2345-6789",
        "self_test": {"answers": _answers(), "result_category": "고위험", "result_text": "상담 연결 권함"},
        "transcript": [
            {"sender": "bot", "text": "안녕하세요, 외로움안녕 챗봇이에요.", "at": AT},
            {"sender": "person", "text": "요즘 너무 외로워요.", "at": AT},
        ],
    }
    body.update(over)
    return body


def test_chat_is_routed_and_carries_answers_and_transcript(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    r = post_chat(live_server, _chat(), idem="chat-1")
    assert r.status_code == 201, r.text
    call = r.json()
    assert call["channel"] == "chat" and call["status"] == "offered" and call["offered_to"] == kim.id
    assert post_chat(live_server, _chat(), idem="chat-1").json()["id"] == call["id"]  # idempotent
    offered = [e["data"] for e in kim.events() if e["type"] == "call.offered"]
    assert [c["id"] for c in offered] == [call["id"]]
    chat = offered[0]["chat"]
    assert [a["item_id"] for a in chat["self_test"]["answers"]] == [f"q{i}" for i in range(1, 13)]
    assert chat["self_test"]["result_category"] == "고위험"
    assert [m["sender"] for m in chat["transcript"]] == ["bot", "person"]
    # A chat from a returning number gets the same card as a call from it.
    assert offered[0]["card"]["open_case"]["owner"]["name"] == "박상담"
    contact = kim.post(f"/v1/calls/{call['id']}/accept").json()
    assert contact["channel"] == "chat" and contact["chat"]["transcript"][1]["text"] == "요즘 너무 외로워요."


def test_bad_chat_payloads_are_4xx_problems(shared_server: LiveServer) -> None:
    long_transcript = [{"sender": "person", "text": "가", "at": AT}] * 201
    for body, field in (
        (_chat(transcript=long_transcript), "transcript"),
        (_chat(transcript=[{"sender": "person", "text": "가" * 2001, "at": AT}]), "transcript.0.text"),
        (_chat(transcript=[{"sender": "counselor", "text": "x", "at": AT}]), "transcript.0.sender"),
        (_chat(transcript=[{"sender": "bot", "text": "x", "at": "yesterday"}]), "transcript.0.at"),
        (_chat(self_test={"answers": [*_answers(12), {"item_id": "q1", "value": 1}]}), "self_test.answers"),
        (_chat(self_test={"answers": [{"item_id": "q13", "value": 1}]}), "self_test.answers.0.item_id"),
        (_chat(self_test={"answers": [{"item_id": "q1", "value": 99}]}), "self_test.answers.0.value"),
        (_chat(self_test={"answers": [{"item_id": "q1", "value": 1}] * 2}), "self_test.answers"),
        (_chat(self_test={"instrument_id": "ucla3", "answers": []}), "self_test.instrument_id"),
        (_chat(from_number="1" * 33), "from_number"),
        (_chat(transcript="hello"), "transcript"),
    ):
        r = post_chat(shared_server, body)
        problem = assert_problem(r, 422)
        assert field in [e["field"] for e in problem["errors"]], (field, problem)
    # Bigger than the body limit: 413 before it is parsed.
    huge = _chat(transcript=[{"sender": "person", "text": "가" * 2000, "at": AT}] * 200)
    assert_problem(post_chat(shared_server, huge), 413, "body_too_large")
    r = web.post(
        f"{shared_server.url}/v1/chats",
        content=b'{"transcript": [',
        headers={"X-API-Key": CHATBOT_KEY, "Idempotency-Key": "m", "content-type": "application/json"},
    )
    assert_problem(r, 400, "malformed_json")
    assert_problem(post_chat(shared_server, _chat(), key=TELEPHONY_KEY), 403, "permission_denied")
    assert_problem(post_chat(shared_server, _chat(), key="nope"), 401)


def test_sim_chat_posts_a_hand_off(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    done = subprocess.run(
        [sys.executable, "-m", "annyeong.server.sim.main", "chat", "--from", "010-1234-5678",
         "--server", live_server.url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    offered = [e["data"] for e in kim.events() if e["type"] == "call.offered"]
    assert offered[0]["id"] == done.stdout.strip() and offered[0]["channel"] == "chat"
    assert len(offered[0]["chat"]["self_test"]["answers"]) == 12 and offered[0]["chat"]["transcript"]
    given = subprocess.run(
        [sys.executable, "-m", "annyeong.server.sim.main", "chat", "--answers", "1,2,3",
         "--server", live_server.url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert given.returncode == 2 and "--answers" in given.stderr
