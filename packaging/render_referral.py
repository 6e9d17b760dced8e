"""Referral screens for packaging/render_screens.py: the 연계 tab with a prefilled form and its consent
block, a referral's status chip after the partner answered, and the follow-up list with the red count.

    29-referral-picker   30-referral-form (docs: referral)   30b-referral-form-folded
    30c-referral-consent-missing (submitted before the person answered)
    31-referral-status   32-follow-ups (docs: follow_ups)   33b-wrap-up-follow-up
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
    core.contacts.update_contact_details(
        subject={
            "name": "김순자",
            "number": "010-4821-7730",
            "district": "마포구",
            "age_band": "70s",
            "callback_time": "평일 오후 2시 이후",
        },
        service_types=["conversation", "isolation_check"],
    )
    now = datetime.now(UTC)
    core.follow_ups.schedule_follow_up(now - timedelta(minutes=40), reason="지난주 약속한 안부 전화")
    core.follow_ups.schedule_follow_up(now + timedelta(hours=3), reason="마음편의점 방문 여부 확인")
    core.follow_ups.schedule_follow_up(now + timedelta(days=1, hours=2), reason="109 연계 후 확인", pool=True)
    panel = window.contact.referral
    window.contact.show_page("referral")
    await settle(0.5)
    save(window, out, "29-referral-picker")  # each target with its hours and contact under the name
    window.referral_requested.emit("isolation-prevention-center", RESULT)  # the result card's button
    await settle(0.8)
    save(window, out, "30-referral-form")
    if docs is not None:
        save(window, docs, "referral")
    panel.consent.set_script_collapsed(True)  # read aloud: folded away, the form gets the room
    await settle(0.4)
    save(window, out, "30b-referral-form-folded")
    panel.consent.set_script_collapsed(False)
    panel.submit()  # nothing chosen yet: the block says what is missing, nothing is sent
    await settle(0.4)
    save(window, out, "30c-referral-consent-missing")
    panel.consent.set_answer("all")
    panel.consent.set_giver("person")

    panel.check_call.setChecked(True)
    panel.submit()
    await wait_for(
        lambda: bool(core.referrals.for_contact()) and core.referrals.for_contact()[0].status == "submitted",
        "delivered",
    )
    referral = core.referrals.for_contact()[0]
    async with httpx.AsyncClient() as client:
        for step in ("received", "assigned"):
            response = await client.post(f"{url}/v1/referrals/{referral.client_id}/status",
                                         json={"step": step, "note": "담당 이복지"},
                                         headers={"X-API-Key": PARTNER_KEY})
            response.raise_for_status()
    await wait_for(lambda: core.referrals.for_contact()[0].status == "assigned", "assigned")
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
    # 마무리's follow-up: date and time (10:00 unless changed), who — me, a colleague or the pool — and why.
    form = window.contact.wrap_up
    window.contact.show_page("wrap_up")
    form.follow_up_plan.needed.setChecked(True)
    form.follow_up_plan.date.setDate(form.follow_up_plan.date.date().addDays(4))
    form.follow_up_plan.who.setCurrentIndex(form.follow_up_plan.who.findData("pool:counselors"))
    form.follow_up_plan.reason.setText("고립예방센터 연락 받으셨는지 확인")
    await settle(0.5)
    save(window, out, "33b-wrap-up-follow-up")
    form.follow_up_plan.needed.setChecked(False)
    window.contact.show_page("notes")
