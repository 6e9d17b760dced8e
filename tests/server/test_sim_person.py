"""annyeong-sim plays the person of a live chat, through the web chat and through the KakaoTalk skill."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from tests.server.helpers import User, wait_for
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]


def _person(server: LiveServer, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "annyeong.server.sim.main", "person", "--server", server.url, "--stay", "90",
         *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _accept_chat(kim: User) -> str:
    def offered() -> str:
        found = [
            e["data"] for e in kim.events() if e["type"] == "call.offered" and e["data"]["channel"] == "chat"
        ]
        return str(found[-1]["id"]) if found else ""

    r = kim.post(f"/v1/calls/{wait_for(offered, timeout=30)}/accept")
    assert r.status_code == 200, r.text
    return str(r.json()["id"])


def _texts(kim: User, contact_id: str) -> list[str]:
    return [m["text"] for m in kim.get(f"/v1/contacts/{contact_id}/messages").json()["items"]]


def test_the_person_through_the_web_chat(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    sim = _person(live_server, "--say", "안녕하세요", "--say", "요즘 잠이 안 와요", "--end")
    try:
        contact_id = _accept_chat(kim)
        wait_for(lambda: _texts(kim, contact_id) == ["안녕하세요"], timeout=30)
        kim.post(f"/v1/contacts/{contact_id}/messages", {"id": str(uuid.uuid4()), "text": "네, 말씀하세요."})
        wait_for(lambda: _texts(kim, contact_id)[-1:] == ["요즘 잠이 안 와요"], timeout=30)
        out, err = sim.communicate(timeout=60)
    finally:
        sim.kill()
    assert sim.returncode == 0, err
    assert "상담사: 네, 말씀하세요." in out and "자가진단: 12문항 중" in out
    ended = [e["data"] for e in kim.events() if e["type"] == "chat.ended"]
    assert ended and ended[-1]["ended_by"] == "person"


def test_the_person_through_kakaotalk(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    sim = _person(
        live_server,
        "--via",
        "kakao",
        "--answers",
        "1,1,1,0,0,0,0,0,0,0,0,0",
        "--say",
        "카톡에서 왔어요",
        "--end",
    )
    try:
        contact_id = _accept_chat(kim)
        contact = kim.get(f"/v1/contacts/{contact_id}").json()
        assert contact["chat"]["self_test"]["result_text"].startswith("12문항 중 12문항")
        wait_for(lambda: _texts(kim, contact_id) == ["카톡에서 왔어요"], timeout=30)
        out, err = sim.communicate(timeout=60)
    finally:
        sim.kill()
    assert sim.returncode == 0, err
    assert "/chat#t=" in out and "챗봇: 자가진단 결과" in out
