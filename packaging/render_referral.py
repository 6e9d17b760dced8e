"""Issue 6 screens for packaging/render_screens.py: the 연계 tab with a prefilled form and its consent
block, a referral's status chip after the partner answered, and the follow-up list with the red count.

    30-referral-form (docs: referral)   31-referral-status   32-follow-ups (docs: follow_ups)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from render_support import settle, wait_for

PARTNER_KEY = "training-partner-key"  # the training desk: plays every partner
RESULT = {
    "instrument_id": "seoul_isolation_selftest_12", "version": "1", "total": 31, "tier": "high",
    "risk": "high", "next_step": "refer_prevention_center", "complete": True,
}


async def referral_screens(window: Any, save: Callable[[Any, Path, str], None], out: Path,
                           docs: Path | None, url: str) -> None:
    core = window._core
    # What the counselor had typed into 마무리 during the call (the form takes it from there).
    core.update_contact_details(subject={"name": "김순자", "number": "010-4821-7730", "district": "마포구",
                                         "age_band": "70s"})
    now = datetime.now(UTC)
    core.schedule_follow_up(now - timedelta(minutes=40), reason="지난주 약속한 안부 전화")
    core.schedule_follow_up(now + timedelta(hours=3), reason="마음편의점 방문 여부 확인")
    core.schedule_follow_up(now + timedelta(days=1, hours=2), reason="109 연계 후 확인", pool=True)
    window.referral_requested.emit("isolation-prevention-center", RESULT)  # the result card's button
    await settle(0.8)
    save(window, out, "30-referral-form")
    if docs is not None:
        save(window, docs, "referral")

    panel = window.contact.referral
    panel.check_call.setChecked(True)
    panel.submit()
    await wait_for(lambda: bool(core.referrals()) and core.referrals()[0].status == "submitted", "delivered")
    referral = core.referrals()[0]
    async with httpx.AsyncClient() as client:
        for step in ("received", "assigned"):
            response = await client.post(f"{url}/v1/referrals/{referral.client_id}/status",
                                         json={"step": step, "note": "담당 이복지"},
                                         headers={"X-API-Key": PARTNER_KEY})
            response.raise_for_status()
    await wait_for(lambda: core.referrals()[0].status == "assigned", "assigned")
    await wait_for(lambda: core.sync_status.pending == 0, "follow-ups delivered")
    window.referrals.reload_follow_ups()
    await settle(1.0)
    save(window, out, "31-referral-status")

    window.follow_up_list.focus_list()
    window.follow_up_list.list.setCurrentRow(0)
    window.follow_up_list.later_button.click()  # 다시 잡기: the new time, inline
    await settle(0.5)
    save(window, out, "32-follow-ups")
    if docs is not None:
        save(window, docs, "follow_ups")
    window.contact.show_page("notes")
