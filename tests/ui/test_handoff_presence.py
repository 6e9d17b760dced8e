"""A handoff named to a colleague on a break or signed out: the SBAR panel says so under the receiver
and offers who is free now (presence from the colleague directory), one click to switch to them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.support import web
from tests.support.live_server import LiveServer, start_live_server
from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
WAIT = 20_000


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "server", offer_timeout_s=30.0, training_auto_ack_s=0.0)
    yield server
    server.stop()


def presence(live: LiveServer, user: str, status: str) -> None:
    r = web.put(f"{live.url}/v1/me/presence", json={"status": status},
                  headers={"Authorization": f"Bearer {live.token(user)}"}, timeout=10)
    assert r.status_code == 200, r.text


def test_a_receiver_on_a_break_or_offline_is_named_and_a_free_colleague_offered(
    qtbot: Any, live: LiveServer, tmp_path: Path
) -> None:
    presence(live, "kim", "break")
    park = signed_in_console(qtbot, live.url, tmp_path / "park", user="park")
    try:
        take_call(qtbot, park, "010-2345-6789", post=live.post_call)
        presence(live, "choi", "available")  # after the call: it would have rung choi otherwise
        park.window.contact.handoff_requested.emit()  # the contact's 인계 button
        panel = park.window.shift_lead.panel
        qtbot.waitUntil(panel.isVisible, timeout=WAIT)
        qtbot.waitUntil(lambda: panel.counselor.count() >= 3, timeout=WAIT)
        ids = {u.display_name: u.id for u in park.core.handoffs.directory.values()}
        assert panel.presence_text() == ""  # 다음 근무조: nobody named, nothing to warn about
        panel.target_buttons["counselor"].setChecked(True)
        panel.counselor.setCurrentIndex(panel.counselor.findData(ids["김상담"]))
        text = panel.presence_text()
        assert "김상담 님은 지금 휴식 중입니다" in text and "지금 대기 중: 최상담" in text
        assert "이팀장" not in text  # signed out: not offered
        assert panel.suggest_button.text() == "최상담에게 보내기"
        # Signed out: said as such.
        panel.counselor.setCurrentIndex(panel.counselor.findData(ids["이팀장"]))
        assert "이팀장 님은 지금 오프라인입니다" in panel.presence_text()
        # One click: the free colleague is the receiver and the warning goes.
        qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
        assert panel.counselor.currentData() == ids["최상담"] and panel.presence_text() == ""
        assert panel.presence_box.isHidden()
    finally:
        close_console(qtbot, park)
