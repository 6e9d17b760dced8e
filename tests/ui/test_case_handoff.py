""""인계 from a case" through the real window: park takes a call from a returning person whose open
case he owns; the history column shows the case timeline (a referral in words, not codes) and 이 사례 인계
opens the SBAR panel for the case — risk and flags from the case, the receiver picked from the colleague
directory (GET /v1/users, which a counselor may read) — and sends a case handoff to kim."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.server.world import referral_body
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server
from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
WAIT = 20_000
RETURNING = "010-2345-6789"  # demo: an open case owned by 박상담, tier high, an active suicide_risk flag


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "server", offer_timeout_s=30.0, training_auto_ack_s=0.0)
    yield server
    server.stop()


def test_hand_a_case_on_from_the_history_column(qtbot: Any, live: LiveServer, tmp_path: Path) -> None:
    park = signed_in_console(qtbot, live.url, tmp_path / "park", user="park")
    try:
        window = park.window
        take_call(qtbot, park, RETURNING, post=live.post_call)
        contact = park.core.active_contact
        assert contact is not None and contact.case_id
        case_id = contact.case_id
        # A referral on the case (sent over HTTP as park): the timeline shows it in words.
        token = live.token("park")
        r = web.post(f"{live.url}/v1/referrals", json=referral_body(contact.contact_id),
                       headers={"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())},
                       timeout=10)
        assert r.status_code == 201, r.text
        history = window.history
        history.reload(contact.contact_id)
        head = "· 연계 · 서울시고립예방센터"  # kind and target in words
        qtbot.waitUntil(lambda: any(head in t for t in history.item_texts()), timeout=WAIT)
        texts = history.item_texts()
        assert "상태: 전송됨" in texts and "보낸 사람: 박상담" in texts
        assert not any("isolation-prevention-center" in t or t == "submitted" for t in texts)

        # 이 사례 인계: the SBAR panel for the case (not the live contact), prefilled from the case.
        button = history.case_handoff_button
        qtbot.waitUntil(lambda: button.isVisible() and history.case_id() == case_id, timeout=WAIT)
        assert button.accessibleName() == "이 사례 인계"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        panel = window.shift_lead.panel
        qtbot.waitUntil(panel.isVisible, timeout=WAIT)
        draft = panel._draft
        assert draft is not None and draft.case_id == case_id and draft.contact_id is None and not draft.live
        assert draft.risk_tier == "high"
        assert "높음" in panel.fields["assessment"].toPlainText()
        assert "자살 위험" in panel.fields["background"].toPlainText()
        # The named-counselor list comes from the directory (a counselor may not read /v1/presence).
        names = lambda: [panel.counselor.itemText(i) for i in range(panel.counselor.count())]  # noqa: E731
        qtbot.waitUntil(lambda: {"김상담", "최상담", "이팀장"} <= set(names()), timeout=WAIT)
        assert "박상담" not in names()
        kim_id = next(u.id for u in park.core.handoffs.directory.values() if u.display_name == "김상담")
        panel.target_buttons["counselor"].setChecked(True)
        panel.counselor.setCurrentIndex(panel.counselor.findData(kim_id))
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: panel.isHidden() and park.core.handoffs.handoff_of(case_id=case_id) is not None,
            timeout=WAIT,
        )

        sent = [h for h in live.get("/v1/handoffs", user="lee").json()["items"] if h["case_id"] == case_id]
        assert len(sent) == 1
        handoff = sent[0]
        assert handoff["contact_id"] is None and handoff["to_user"]["id"] == kim_id
        assert handoff["status"] == "pending" and handoff["sbar"]["risk_tier"] == "high"
        assert park.core.active_contact is not None  # the call itself stays with park
    finally:
        close_console(qtbot, park)
