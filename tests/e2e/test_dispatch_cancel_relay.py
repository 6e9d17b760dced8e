"""A mistaken dispatch withdrawn, and a colleague asked to phone 112, driven from outside.

(a) kim presses the red button, then withdraws the request with a reason: the server's record shows the
    cancel as a step of the same dispatch, the liaison (annyeong-sim dispatch) lists and acknowledges
    it, the lead's console ("lee") shows the withdrawal, and kim's panel shows the agency stood down.
    With the server then down, the next press's fallback says to ask the next desk.
(b) kim's dispatch is not acknowledged (no liaison; a 1 s fallback setting): the fallback shows, kim
    asks the floor with F9, lee's console shows the red request and takes it with "제가 신고합니다";
    kim's console then names who phones.

ANNYEONG_SHOTS=<dir> also runs both in English and in the night theme and copies the screenshots there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.console_app import Console
from tests.e2e.server_app import Server

# Two consoles and a server on a busy 2-core machine take longer to start than the suite's default.
pytestmark = [pytest.mark.e2e, pytest.mark.timeout(400)]

SHOTS = os.environ.get("ANNYEONG_SHOTS")
# Each console names its user: the keyring remembers the last user per server, and a second console on
# the same desktop would otherwise restore the first one's sign-in instead of showing the sign-in window.
ME = {user: ("--user", user) for user in ("kim", "lee")}
LOOKS = [("ko", None), ("en", None), ("ko", "night")] if SHOTS else [("ko", None)]


def _look_id(look: tuple[str, str | None]) -> str:
    return look[1] or look[0]


@pytest.fixture(params=LOOKS, ids=_look_id)
def look(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    return tuple(request.param)  # type: ignore[return-value]


def _shot(console: Console, tmp_path: Path, look: tuple[str, str | None], name: str) -> None:
    path = console.desktop.screenshot(tmp_path / f"{_look_id(look)}_{name}.png")
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(SHOTS) / path.name)


def _settings(factory_root: Path, **values: Any) -> Path:
    """The console's settings file, written before it starts (as an administrator's would be)."""
    data_dir = factory_root / "kim-data"
    config = data_dir.with_name(data_dir.name + "-config")
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps(values), encoding="utf-8")
    return data_dir


def _client_window(console: Console) -> str:
    """The console's managed top-level window, by its _NET_WM_PID (with two consoles on one desktop,
    a search by pid alone also lists the other's windows)."""
    env = console.desktop.env
    stacking = subprocess.run(["xprop", "-root", "_NET_CLIENT_LIST_STACKING"], env=env, capture_output=True,
                              text=True, timeout=10, check=False).stdout
    ids = [w.strip() for w in stacking.split("#", 1)[-1].split(",")] if "#" in stacking else []
    for window in ids:
        owner = subprocess.run(["xprop", "-id", window, "_NET_WM_PID"], env=env, capture_output=True,
                               text=True, timeout=10, check=False).stdout
        if owner.strip().endswith(f"= {console.pid}"):
            return str(int(window, 16))
    raise AssertionError(f"no window of pid {console.pid} among {ids}")


def _front(console: Console) -> None:
    """Activate `console`'s own window, so that its clicks and keys reach it and not the other's."""
    window = _client_window(console)
    console.desktop.xdotool("windowactivate", "--sync", window)
    console.desktop.xdotool("windowraise", window)


def _available(server: Server, kim: Console) -> None:
    lead = server.api("lee")

    def kim_available() -> bool:
        return any(p["display_name"] == "김상담" and p["status"] == "available"
                   for p in lead.get("/v1/presence").json())

    kim.wait(kim_available, timeout=20, what="the server to hear kim is available")


def _confirm(kim: Console) -> None:
    """F12, then the mouse's deliberate act (a 1 s hold) sends it, whatever the keyboard's confirm is."""
    kim.key("F12")
    button = kim.find("emergencyConfirmButton", timeout=10)

    def settled() -> bool:  # the panel slides in from the right
        x, _y, w, _h = button.extents
        return x >= 0 and x + w <= 1366

    kim.wait(settled, what="the dispatch panel to finish sliding in")
    kim.press_and_hold("emergencyConfirmButton", 1.6)


def _take_call_and_press(server: Server, kim: Console, number: str) -> dict[str, Any]:
    _available(server, kim)
    server.sim("call", "--from", number)
    kim.find("callCard", timeout=20)
    kim.key("Return")
    kim.find("noteEditor", timeout=20)
    _confirm(kim)
    lead = server.api("lee")

    def pressed() -> dict[str, Any] | None:
        items = lead.get("/v1/dispatches").json()["items"]
        return items[0] if items else None

    found = kim.wait(pressed, timeout=20, what="the dispatch on the server")
    assert isinstance(found, dict)
    return found


def test_a_dispatch_is_withdrawn_with_a_reason_and_the_liaison_and_lead_see_it(
    server: Server, console_factory: ConsoleFactory, look: tuple[str, str | None], tmp_path: Path
) -> None:
    lang, theme = look
    kim = console_factory("kim", lang=lang, theme=theme, extra_args=ME["kim"])
    lee = console_factory("lee", lang=lang, theme=theme, extra_args=ME["lee"])
    dispatch = _take_call_and_press(server, kim, "010-2468-1357")
    dispatch_id = dispatch["id"]

    kim.click("dispatchWithdrawButton")
    kim.find("dispatchWithdrawAsk")
    send = kim.find("dispatchWithdrawSendButton")
    assert not send.enabled, "nothing is sent before a reason is chosen"
    kim.click("dispatchWithdrawReason_pressed_by_mistake")
    kim.wait(lambda: send.enabled, what="the send button once a reason is chosen")
    kim.click("dispatchWithdrawNote")
    kim.type("F12 by mistake")
    _shot(kim, tmp_path, look, "withdraw_ask")
    kim.click("dispatchWithdrawSendButton")

    api = server.api("kim")

    def record() -> dict[str, Any]:
        return dict(api.get(f"/v1/dispatches/{dispatch_id}").json())

    kim.wait(lambda: record()["status"] == "cancel_requested", timeout=20, what="the cancel on the server")
    got = record()
    assert [s["step"] for s in got["steps"]][-1] == "cancel_requested"
    assert got["cancel_reason"] == "pressed_by_mistake" and got["cancel_note"] == "F12 by mistake"
    assert [s["step"] for s in got["steps"]][:2] == ["requested", "received"], "a step, never an erasure"
    state = kim.find("dispatchWithdrawState")
    if lang == "ko":
        kim.wait(lambda: "출동 기관의 취소 확인을 기다리는" in state.text + state.name,
                 what="kim's panel to say the agency has not stood down yet")

    # The lead's console shows the withdrawal, with the reason.
    _front(lee)
    notice = lee.find("dispatchCancelNotice", timeout=20)
    if lang == "ko":
        assert notice.name == "출동 요청 취소 · 112 경찰"
        body = lee.find("dispatchCancelNoticeBody")
        assert "김상담 상담원" in body.name + body.text and "잘못 누름" in body.name + body.text
    _shot(lee, tmp_path, look, "withdraw_lead_notice")
    _front(kim)

    # The liaison lists what was withdrawn and acknowledges it.
    listed = server.sim("dispatch", "cancels").stdout
    assert dispatch_id in listed and "pressed_by_mistake" in listed
    server.sim("dispatch", "cancel-ack", dispatch_id)
    kim.wait(lambda: record()["status"] == "cancelled", timeout=20, what="the stand-down on the server")
    assert dispatch_id not in server.sim("dispatch", "cancels").stdout
    if lang == "ko":
        kim.wait(lambda: "출동 기관이 취소를 확인했습니다" in state.text + state.name, timeout=20,
                 what="kim's panel to show the agency stood down")
        body = lee.find("dispatchCancelNoticeBody")
        lee.wait(lambda: "출동 기관이 취소를 확인했습니다" in body.name + body.text, timeout=20,
                 what="the lead's notice to show the stand-down")
    _shot(kim, tmp_path, look, "withdraw_acknowledged")
    assert not kim.exists("dispatchConfirmButton"), "no outcome to record for a withdrawn dispatch"
    kim.click("dispatchCloseButton")
    kim.wait(lambda: record()["status"] == "closed", timeout=20, what="closed after the withdrawal")

    # The server goes down and the next press falls back: there is nobody to relay through, so the
    # fallback says to ask the person at the next desk instead of offering the button.
    server.stop()
    _confirm(kim)
    kim.find("emergencyFallback", timeout=30)
    state = kim.find("relayState", timeout=20)
    assert not kim.exists("relayRequestButton")
    if lang == "ko":
        assert "옆자리 동료에게 112 신고를 부탁하세요" in state.name + state.text
    _shot(kim, tmp_path, look, "relay_next_desk")


def test_the_fallback_asks_the_floor_and_the_lead_takes_it(
    server: Server, console_factory: ConsoleFactory, look: tuple[str, str | None], tmp_path: Path
) -> None:
    lang, theme = look
    data_dir = _settings(tmp_path, dispatch_ack_timeout_s=1)  # nobody acknowledges: the fallback at 1 s
    kim = console_factory("kim", lang=lang, theme=theme, data_dir=data_dir, extra_args=ME["kim"])
    lee = console_factory("lee", lang=lang, theme=theme, extra_args=ME["lee"])
    dispatch = _take_call_and_press(server, kim, "010-9753-1864")

    kim.find("emergencyFallback", timeout=20)
    button = kim.find("relayRequestButton", timeout=10)
    if lang == "ko":
        assert button.name == "동료·팀장에게 112 신고 요청"
    _shot(kim, tmp_path, look, "relay_fallback")
    kim.key("F9")
    state = kim.find("relayState")
    kim.wait(lambda: not kim.exists("relayRequestButton"), timeout=20, what="the request to be sent")

    _front(lee)
    notice = lee.find("relayNotice", timeout=20)
    if lang == "ko":
        assert notice.name == "112 신고 요청 · 김상담 님"
    body = lee.find("relayNoticeBody")
    lee.wait(lambda: "010-9753-1864" in body.name + body.text, timeout=20,
             what="the read-out with the full number on the lead's notice")
    _shot(lee, tmp_path, look, "relay_request_lead")
    lee.click("relayTakeButton")

    relay = server.api("lee").get("/v1/relays").json()["items"][0]
    lee.wait(lambda: server.api("lee").get(f"/v1/relays/{relay['id']}").json()["taken_by"] is not None,
             timeout=20, what="the take on the server")
    if lang == "ko":
        lee.wait(lambda: lee.find("relayNotice").name == "제가 112에 신고합니다", timeout=20,
                 what="the lead's notice to say they phone")
    assert relay["dispatch_id"] == dispatch["id"]
    _shot(lee, tmp_path, look, "relay_taken_lead")
    _front(kim)
    if lang == "ko":
        kim.wait(lambda: "이팀장 님이 112에 신고합니다" in state.name + state.text, timeout=20,
                 what="kim's fallback to name who phones")
    else:
        kim.wait(lambda: bool(state.name + state.text) and not kim.exists("relayRequestButton"), timeout=20,
                 what="kim's fallback to name who phones")
    _shot(kim, tmp_path, look, "relay_taken_requester")
