"""The console's keys inside the dispatch form, driven from outside on a real X desktop: Ctrl+E is 통화
종료 with the cursor in 주소 too (a text field there claims Ctrl+E for itself, as the end of the line, so
it did nothing at all), and with the form being filled in it asks first; keeping the call gives 주소 back
with everything typed."""

from __future__ import annotations

import pytest

from tests.e2e.console_app import Console
from tests.e2e.server_app import Server
from tests.e2e.test_emergency import dispatches, form_open, said, take_call

pytestmark = pytest.mark.e2e


def test_ctrl_e_in_the_address_asks_first_and_keeps_the_address(server: Server, console: Console) -> None:
    contact_id = take_call(server, console, "010-6262-1212")
    console.key("F12")
    form_open(console)
    console.click("dispatchAddress")
    console.type("Mangwon-dong 412")
    console.key("ctrl+e")
    question = console.find("endConfirmQuestion", timeout=10)
    assert "출동 요청서를 작성 중" in said(question), said(question)
    console.key("Escape")  # 계속 통화
    console.wait(lambda: not console.exists("endConfirmQuestion"), what="the question to close")
    address = console.find("dispatchAddress")
    console.wait(lambda: address.focused, what="주소 to have the keyboard back")
    assert said(address).endswith("Mangwon-dong 412")
    assert console.exists("emergencyConfirmButton"), "the form is still open"
    assert dispatches(server, contact_id) == [], "nothing sent"
    status = server.api("kim").get(f"/v1/contacts/{contact_id}").json()
    assert status["ended_at"] is None, "the call goes on"
