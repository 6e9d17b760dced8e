"""Server-side search finds a contact by the words of its live chat (either side's), on SQLite and
PostgreSQL, and carries the matching line as plain text; only for those who may see that contact."""

from __future__ import annotations

from typing import Any

from tests.server.chat_helpers import chatting
from tests.server.helpers import User
from tests.support.live_server import LiveServer


def _search(user: User, query: str) -> list[dict[str, Any]]:
    r = user.post("/v1/search", {"query": query, "kind": "text"})
    assert r.status_code == 200, r.text
    return list(r.json()["contacts"])


def test_a_chat_is_found_by_its_words_with_the_matching_line(live_server: LiveServer) -> None:
    kim, choi, lee = (User(live_server, n) for n in ("kim", "choi", "lee"))
    person, contact = chatting(live_server, kim)
    assert person.say("안녕하세요").status_code in (200, 201)
    said = "사실 아까 수면제를 한 통 다 먹었어요 <b>정말로</b>\n그 뒤로는 기억이 잘 안 나요"
    assert person.say(said).status_code in (200, 201)
    r = kim.post(f"/v1/contacts/{contact['id']}/messages",
                 {"id": "c0ffee00-0000-4000-8000-000000000001", "text": "지금 계신 곳이 어디세요?"})
    assert r.status_code in (200, 201), r.text

    hits = _search(kim, "수면제")
    assert [h["contact"]["id"] for h in hits] == [contact["id"]]
    assert hits[0]["matched"] == "chat"
    # The line with the words, as written (markup is text), not the next line of the same message.
    assert hits[0]["excerpt"] == "사실 아까 수면제를 한 통 다 먹었어요 <b>정말로</b>"
    # The counselor's side is searched too.
    assert [h["matched"] for h in _search(kim, "계신 곳")] == ["chat"]
    # A shift lead sees every contact; another counselor does not see kim's.
    assert [h["contact"]["id"] for h in _search(lee, "수면제")] == [contact["id"]]
    assert _search(choi, "수면제") == []
    assert _search(kim, "100%_") == []  # LIKE wildcards are literal here too


def test_a_long_line_is_cut_around_the_match(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    person, _contact = chatting(live_server, kim)
    long_line = "가" * 300 + " 번개탄 " + "나" * 300
    assert person.say(long_line).status_code in (200, 201)
    hit = _search(kim, "번개탄")[0]
    assert hit["matched"] == "chat"
    assert "번개탄" in hit["excerpt"] and len(hit["excerpt"]) <= 120
