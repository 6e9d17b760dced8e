""""the shift lead sees everyone's": lee switches the 오늘 column's follow-up list to 전체 and sees
kim's and park's follow-ups with the assignee's name, the overdue one in red; 넘기기 hands one to a named
colleague picked from the directory (not only to the pool); the list follows the server's events."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.server.helpers import User, on_call, patch
from tests.support.live_server import LiveServer, start_live_server
from tests.ui.support import close_console, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
WAIT = 20_000
REASONS = ("늦은 회신", "내일 안부", "박상담 확인")  # the demo data has follow-ups of its own too


def _rows(follow_ups: Any) -> list[tuple[str, str, int]]:
    """(text, tone, row) of this test's follow-ups in the list, top to bottom."""
    out = []
    for i, text in enumerate(follow_ups.texts()):
        if any(reason in text for reason in REASONS):
            tone = follow_ups.list.itemWidget(follow_ups.list.item(i)).property("tone")
            out.append((text, str(tone or ""), i))
    return out


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "server", offer_timeout_s=30.0, training_auto_ack_s=0.0)
    yield server
    server.stop()


def _follow_up(user: User, contact_id: str, due: datetime, reason: str, **extra: Any) -> dict[str, Any]:
    body = {"id": str(uuid.uuid4()), "contact_id": contact_id, "due_at": due.isoformat(), "reason": reason,
            **extra}
    r = user.post("/v1/follow-ups", body, idem=body["id"])
    assert r.status_code == 201, r.text
    return dict(r.json())


def test_the_shift_lead_sees_everyones_follow_ups(qtbot: Any, live: LiveServer, tmp_path: Path) -> None:
    kim, park, choi = User(live, "kim"), User(live, "park"), User(live, "choi")
    _call, contact = on_call(live, kim, "010-4545-6767")
    now = datetime.now(UTC)
    late = _follow_up(kim, contact["id"], now - timedelta(hours=2), "늦은 회신")
    soon = _follow_up(kim, contact["id"], now + timedelta(days=1), "내일 안부")
    _follow_up(kim, contact["id"], now + timedelta(days=2), "박상담 확인", assignee_id=park.id)

    lee = signed_in_console(qtbot, live.url, tmp_path / "lee", user="lee")
    try:
        follow_ups = lee.window.follow_up_list
        assert follow_ups.scope() == "mine"
        qtbot.waitUntil(lambda: follow_ups.scope_all.isVisibleTo(lee.window), timeout=WAIT)
        assert follow_ups.scope_all.accessibleName() == "전체"
        qtbot.mouseClick(follow_ups.scope_all, Qt.MouseButton.LeftButton)
        assert follow_ups.scope() == "all"
        qtbot.waitUntil(lambda: len(_rows(follow_ups)) == 3, timeout=WAIT)
        rows = _rows(follow_ups)
        (late_text, late_tone, _), (soon_text, soon_tone, soon_row), (park_text, park_tone, _) = rows
        assert "지연" in late_text and "김상담" in late_text and "늦은 회신" in late_text
        assert "김상담" in soon_text and "내일 안부" in soon_text and "지연" not in soon_text
        assert "박상담" in park_text and "박상담 확인" in park_text
        assert (late_tone, soon_tone, park_tone) == ("crisis", "", "")  # overdue in red, only that one
        assert "전체 후속 연락" in follow_ups._title.text()

        # 넘기기 to a named colleague: kim's "내일 안부" → 최상담, from the directory.
        follow_ups.list.setCurrentRow(soon_row)
        qtbot.mouseClick(follow_ups.hand_button, Qt.MouseButton.LeftButton)
        row = follow_ups.hand_row
        qtbot.waitUntil(lambda: row.isVisible() and "최상담" in row.names(), timeout=WAIT)
        assert row.names()[0] == "상담원 누구나 (공동 후속 연락)"
        assert "김상담" not in row.names()  # not its holder
        assert row.choose(choi.id)
        qtbot.mouseClick(row.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "최상담에게 넘겼습니다" in follow_ups.message_text(), timeout=WAIT)
        stored = kim.get(f"/v1/follow-ups/{soon['id']}")
        assert stored.status_code == 404 or stored.json()["assignee"]["id"] == choi.id
        assert choi.get(f"/v1/follow-ups/{soon['id']}").json()["assignee"]["id"] == choi.id
        qtbot.waitUntil(lambda: any("최상담" in t and "내일 안부" in t for t, _, _ in _rows(follow_ups)),
                        timeout=WAIT)

        # Someone else completes one: the 전체 list follows the event, no refresh pressed.
        r = kim.get(f"/v1/follow-ups/{late['id']}")
        version = r.json()["version"]
        done = patch(kim, f"/v1/follow-ups/{late['id']}", {"status": "done"}, f'"{version}"')
        assert done.status_code == 200, done.text
        qtbot.waitUntil(lambda: len(_rows(follow_ups)) == 2, timeout=WAIT)
        assert not any("늦은 회신" in t for t, _, _ in _rows(follow_ups))

        # Back to 내 것: lee's own (none).
        qtbot.mouseClick(follow_ups.scope_mine, Qt.MouseButton.LeftButton)
        assert follow_ups.scope() == "mine" and _rows(follow_ups) == []
    finally:
        close_console(qtbot, lee)
