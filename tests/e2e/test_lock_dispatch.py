"""A dispatch seen through the lock, driven from outside: the installed console locked with Ctrl+L while a
dispatch is open. F12 brings the dispatch back over the cover, because a crisis must be escalated without
the password: 112에 직접 전화함 is there. What ends or withdraws it (연락 확인됨, 연락 실패…, 요청 취소…,
닫기) and the read-out of what was sent are not: anyone passing the desk could otherwise stop the
reminders or call police off. The password typed with real keys gives them back."""

from __future__ import annotations

import time

import pytest

from tests.e2e.console_app import Console
from tests.e2e.server_app import Server
from tests.e2e.test_emergency import HOLD_S, dispatches, form_open, said, shot, take_call

pytestmark = pytest.mark.e2e

# Each ends or withdraws a dispatch, or shows what police were told: none of them through the lock.
NOT_THROUGH_THE_LOCK = (
    "dispatchConfirmButton", "dispatchFailButton", "dispatchWithdrawButton", "dispatchCloseButton",
    "dispatchSentSummary",
)


def test_through_the_lock_a_dispatch_escalates_but_is_never_ended_or_withdrawn(
    server: Server, console: Console
) -> None:
    contact_id = take_call(server, console, "010-6161-1212")
    console.key("F12")
    form_open(console)
    console.hold_key("Return", HOLD_S)
    console.wait(lambda: len(dispatches(server, contact_id)) == 1, timeout=30, what="the dispatch")
    console.find("dispatchConfirmButton", timeout=20)

    # 연락 실패… half written when the screen locks: it waits, as typed, for the password.
    console.click("dispatchFailButton")
    console.find("dispatchFailReason", timeout=10)
    console.type("no answer at the door")
    console.key("ctrl+l")
    console.find("lockScreen", timeout=20)
    console.wait(lambda: not console.exists("dispatchStatus"), what="the panel put away under the lock")
    console.key("F12")  # back over the cover, as in a crisis
    note = console.find("dispatchLockedNote", timeout=20)
    assert "잠금을 푼 뒤" in said(note)
    assert console.find("dispatchCalledButton").showing, "112에 직접 전화함 stays: it escalates"
    shown = [name for name in NOT_THROUGH_THE_LOCK if console.exists(name)]
    assert not shown, f"through the lock: {shown}"
    shot(console, "ko-dispatch-through-the-lock")
    # Whatever has the keyboard, a hand on it records nothing.
    console.key("Tab", "space", "Tab", "Return", "space")
    time.sleep(1.0)
    (held,) = dispatches(server, contact_id)
    steps = {step["step"] for step in held["steps"]}
    recorded = {"contact_confirmed", "failed", "cancel_requested", "closed"} & steps
    assert not recorded, f"recorded through the lock: {recorded}"

    console.click("lockPassword")
    console.key("ctrl+a", "BackSpace")  # the stray keys may have landed in the password field
    console.type(console.password)
    console.key("Return")
    console.wait(lambda: not console.exists("lockScreen"), timeout=20, what="the lock to lift")
    console.key("F12")  # the panel may have stepped aside with the lock: F12 shows the dispatch again
    console.find("dispatchConfirmButton", timeout=20)
    assert not console.exists("dispatchLockedNote")
    assert said(console.find("dispatchFailReason")) == "no answer at the door", "the reason, kept"
    console.click("dispatchFailCancelButton")
    assert console.exists("dispatchWithdrawButton") and console.exists("dispatchSentSummary")
    console.click("dispatchConfirmButton")

    def confirmed() -> bool:
        return "contact_confirmed" in {step["step"] for step in dispatches(server, contact_id)[0]["steps"]}

    console.wait(confirmed, timeout=30, what="연락 확인됨 recorded once unlocked")
