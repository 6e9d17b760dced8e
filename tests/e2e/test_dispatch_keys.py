"""The console's keys inside the dispatch form, driven from outside on a real X desktop: Ctrl+E is 통화
종료 with the cursor in 주소 too (a text field there claims Ctrl+E for itself, as the end of the line, so
it did nothing at all), and with the form being filled in it asks first; keeping the call gives 주소 back
with everything typed. Enter held on from 주소 (which moves the keyboard to the send control) sends
nothing: the send takes a new, deliberate hold."""

from __future__ import annotations

import subprocess
import time

import pytest

from tests.e2e.console_app import Console
from tests.e2e.server_app import Server
from tests.e2e.test_emergency import HOLD_S, dispatches, form_open, said, take_call

pytestmark = pytest.mark.e2e


def test_ctrl_e_in_the_address_asks_first_and_keeps_the_address(server: Server, console: Console) -> None:
    contact_id = take_call(server, console, "010-6262-1212")
    console.key("F12")
    form_open(console)
    _click_in_place(console, "dispatchAddress")
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


def _click_in_place(console: Console, name: str) -> None:
    """Click `name` once the panel has slid into place (it comes in from the right) and stays put: on a
    busy machine a centre read mid-slide was on screen, and the click landed beside the field."""
    last: list[tuple[int, int]] = []

    def in_place() -> bool:
        x, y = console.find(name).centre
        width, height = console.desktop.screen_size
        on_screen = 0 <= x * console.desktop.scale < width and 0 <= y * console.desktop.scale < height
        still = last == [(x, y)]
        last[:] = [(x, y)]
        return on_screen and still

    console.wait(in_place, what=f"{name} on screen, not moving")
    console.click(name)


def _held_as_pairs(console: Console, key: str, seconds: float) -> None:
    """A key held down as some X desktops deliver it (Xvfb, remote desktops): after the first press, its
    repeats come as release/press pairs that Qt cannot tell from a person's presses."""
    console.desktop.xdotool("keydown", key)
    time.sleep(0.66)  # the repeat delay
    end = time.monotonic() + seconds - 0.66
    while time.monotonic() < end:
        console.desktop.xdotool("keyup", key, "keydown", key)
        time.sleep(0.04)
    console.desktop.xdotool("keyup", key)


def test_enter_held_on_from_the_address_sends_nothing_until_pressed_again(
    server: Server, console: Console
) -> None:
    contact_id = take_call(server, console, "010-6363-1212")
    console.key("F12")
    form_open(console)
    _click_in_place(console, "dispatchAddress")
    console.type("Mangwon-dong 412")
    subprocess.run(["xset", "r", "off"], env=console.desktop.env, check=True, timeout=10)
    try:
        # One long press: its first moment moves the keyboard to the send control, the rest is the key's
        # repeat, arriving there as fresh presses.
        _held_as_pairs(console, "Return", HOLD_S)
    finally:
        subprocess.run(["xset", "r", "on"], env=console.desktop.env, check=True, timeout=10)
    time.sleep(1.5)  # longer than a fill: a dispatch would have been made by now
    assert dispatches(server, contact_id) == [], "a key held on from the field is not a hold"
    assert console.find("emergencyConfirmButton").focused, "the keyboard is at the send control"
    console.hold_key("Return", HOLD_S)  # now a deliberate hold
    console.wait(lambda: len(dispatches(server, contact_id)) == 1, timeout=30, what="the dispatch")


def test_a_click_into_the_carried_over_address_replaces_it(server: Server, console: Console) -> None:
    """A second emergency in the same call starts at the first one's address. Clicked into and typed,
    the new place ran on from the old one ("…Mapo-guSeogyo-dong…") into what police are read: a click
    selects the carried address whole, so typing replaces it."""
    contact_id = take_call(server, console, "010-6464-1212")
    console.key("F12")
    form_open(console)
    _click_in_place(console, "dispatchAddress")
    console.type("Hapjeong-dong 12-3")
    console.key("F12")  # back to the send control (Enter would do the same)
    console.hold_key("Return", HOLD_S)
    console.wait(lambda: len(dispatches(server, contact_id)) == 1, timeout=30, what="the first dispatch")
    console.click("dispatchConfirmButton")
    console.click("dispatchCloseButton")
    console.wait(lambda: not console.exists("dispatchStatus"), what="the panel closed")
    console.key("F12")  # a new emergency: the person has moved on
    form_open(console)
    address = console.find("dispatchAddress")
    assert said(address) == "Hapjeong-dong 12-3", "the last place, ready if it is still right"
    assert "지난 출동 위치" in said(console.find("dispatchCarriedNote")), "and said to be the last one"
    _click_in_place(console, "dispatchAddress")
    console.type("Seogyo-dong 400-1")
    console.wait(lambda: said(console.find("dispatchAddress")) == "Seogyo-dong 400-1",
                 what="the new place alone in 주소")
    assert not console.exists("dispatchCarriedNote"), "typed anew: no longer the last dispatch's"
    summary = console.find("dispatchSummary")
    console.wait(lambda: "Seogyo-dong 400-1" in said(summary) and "Hapjeong" not in said(summary),
                 what="the read-out with the new place only")
