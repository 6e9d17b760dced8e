"""Consent and the shift lead, from outside: the installed console and server as separate processes on a
desktop of their own, real keys and clicks, read through the accessibility tree, checked through the
server's API.

- A referral's consent starts unanswered: Ctrl+Enter before the person answered sends nothing and says
  what is missing; once chosen it records exactly that.
- 넘겨받기 on the lead's board asks first, naming whose call and its risk; only the answer takes it.
- A handoff named to a colleague who is not signed in warns, and offers the one who is free.
- A lead whose console is minimised hears of a handoff: a desktop notification on the session bus and
  the taskbar's attention state on the window.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.console_app import Console
from tests.e2e.procs import SYSTEM_PYTHON, wait_until
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "e2e-shots"  # only when ANNYEONG_E2E_SHOTS is set
LISTENER = Path(__file__).resolve().parent / "notify_listener.py"


def take_call(server: Server, console: Console, number: str = "010-5555-0101") -> str:
    """Ring `console` and take the call with Enter; the contact's id from the server."""
    call_id = server.sim("call", "--from", number).stdout.strip()
    console.find("callCard", timeout=30)
    console.key("Return")
    api = server.api(console.user)

    def contact() -> str | None:
        found = api.get(f"/v1/calls/{call_id}").json().get("contact_id")
        return str(found) if found else None

    return str(console.wait(contact, timeout=30, what="the server to record the call taken"))


def choose_first(console: Console, combo: str) -> str:
    """Open `combo` with the mouse and choose its first item with the keys; the item's name."""
    console.click(combo)
    items = console.wait(
        lambda: [n for n in console.find_all("QComboBoxListView") if n.role == "list item"],
        10, f"{combo}'s list to open",
    )
    assert isinstance(items, list)
    console.desktop.xdotool("key", "Home", "Return")  # the open list holds the keyboard grab
    return str(items[0].name)


class LeadsDoor:
    """The same server under another spelling of its address, for a second person's console on the same
    desktop: the console remembers the last person signed in to a server (in the desktop's one keyring)
    and signs them in again by itself, so a second console on the same address would open as the first
    person. On a real floor each person has their own PC."""

    def __init__(self, server: Server) -> None:
        self._server = server
        self.url = server.url.replace("127.0.0.1", "localhost")

    def wait_ready(self) -> Server:
        return self._server.wait_ready()


def referrals_of(api: httpx.Client, contact_id: str) -> list[dict[str, object]]:
    body = api.get("/v1/referrals", params={"contact_id": contact_id}).json()
    items = body.get("items", body) if isinstance(body, dict) else body
    return [r for r in items if r.get("contact_id") == contact_id]


def test_referral_consent_starts_unanswered_and_records_what_was_chosen(
    server: Server, console: Console
) -> None:
    contact_id = take_call(server, console)
    console.key("ctrl+3")  # 연계
    console.click("referralTarget_isolation_prevention_center")
    console.find("consentBlock", timeout=15)
    answers = [console.find(f"consentAnswer_{code}") for code in ("all", "some", "none")]
    assert not any(a.checked for a in answers), "no answer may be pre-selected"

    console.key("ctrl+Return")  # the reflex: must record nothing
    error = console.find("consentMissing", timeout=10)
    said = error.name or error.text  # a label's text is its accessible name
    assert "동의 답변" in said and "동의한 사람" in said
    api = server.api("kim")
    assert console.exists("consentBlock"), "the form stays open, as typed"
    assert referrals_of(api, contact_id) == [], "a referral went without a consent"

    console.click("consentAnswer_all")
    console.wait(lambda: answers[0].checked, what="동의함 to be chosen")
    giver = choose_first(console, "consentGiver")
    assert giver == "본인"
    console.wait(lambda: not console.exists("consentMissing"), what="the warning to go once chosen")
    # A new caller: the number is asked, not shown. The form names the empty field (in words, not its
    # key) and puts the cursor there, wherever it is scrolled.
    console.key("ctrl+Return")
    number = console.find("referralField_callback_number")
    console.wait(lambda: number.focused, what="the empty callback number to take the focus")
    said = console.find("referralError").name
    assert "연락받을 번호" in said and "callback_number" not in said
    assert referrals_of(api, contact_id) == []
    console.type("010-5555-0101")
    console.key("ctrl+Return")
    found = console.wait(lambda: referrals_of(api, contact_id), timeout=30, what="the referral on the server")
    assert isinstance(found, list) and len(found) == 1
    consent = found[0]["consent"]
    assert isinstance(consent, dict)
    assert consent["given"] is True and consent["by"] == "person" and consent["how"] == "verbal_phone"


def test_take_over_from_the_board_asks_first_naming_whose_call_and_its_risk(
    server: Server, console_factory: ConsoleFactory
) -> None:
    kim = console_factory("kim")
    contact_id = take_call(server, kim)
    lee = console_factory("lee", available=False, server=LeadsDoor(server))
    lee.click("viewSwitch_board")
    lee.find("counselorGrid", timeout=20)
    lee.find("tileTakeOverButton", timeout=30)
    lee.click("tileTakeOverButton")
    question = lee.find("tileTakeOverQuestion", timeout=10)
    assert (question.name or question.text) == "김상담 상담사의 통화(위험도: 평가 없음)를 넘겨받을까요?"
    api = server.api("lee")
    assert api.get(f"/v1/contacts/{contact_id}").json()["counselor_id"] != lee_id(api)
    lee.click("tileTakeOverCancelButton")
    lee.wait(lambda: not lee.exists("tileTakeOverQuestion"), what="취소 to close the question")
    assert api.get(f"/v1/contacts/{contact_id}").json()["counselor_id"] != lee_id(api)

    lee.click("tileTakeOverButton")
    lee.click("tileTakeOverConfirmButton")
    lee.wait(lambda: api.get(f"/v1/contacts/{contact_id}").json()["counselor_id"] == lee_id(api),
             timeout=30, what="the call to be the lead's on the server")


def lee_id(api: httpx.Client) -> str:
    return str(api.get("/v1/auth/me").json()["id"])


def test_a_handoff_to_someone_signed_out_warns_and_offers_who_is_free(
    server: Server, console: Console
) -> None:
    take_call(server, console)
    choi = server.api("choi")
    assert choi.put("/v1/me/presence", json={"status": "available"}).status_code == 200
    console.click("handoffButton")
    console.find("handoffPanel", timeout=15)
    console.click("handoffTarget_counselor")
    # The first colleague by name is 관리자, signed out: said at once, with the one who is free.
    assert choose_first(console, "handoffCounselor") == "관리자"
    warning = console.find("handoffPresenceText", timeout=15)
    said = warning.name or warning.text
    assert "오프라인" in said and "지금 대기 중: 최상담" in said
    suggest = console.find("handoffSuggestButton")
    assert suggest.text == "최상담에게 보내기" or "최상담" in suggest.name
    console.click("handoffSuggestButton")
    console.wait(lambda: not console.exists("handoffPresenceText"), what="the warning to go")
    console.click("handoffSendButton")
    api = server.api("choi")

    def to_choi() -> bool:
        items = api.get("/v1/handoffs").json()["items"]
        return any((h.get("to_user") or {}).get("name") == "최상담" for h in items)

    console.wait(to_choi, timeout=30, what="the handoff addressed to 최상담 on the server")


def window_state(console: Console, window: str) -> str:
    return subprocess.run(["xprop", "-id", window, "_NET_WM_STATE"], env=console.desktop.env,
                          capture_output=True, text=True, timeout=10, check=False).stdout


def test_a_minimised_lead_hears_of_a_handoff_on_the_desktop_and_the_taskbar(
    server: Server, console_factory: ConsoleFactory, tmp_path: Path
) -> None:
    lee = console_factory("lee", available=False)
    out = tmp_path / "notifications.jsonl"
    with out.open("wb") as sink:
        listener = subprocess.Popen([SYSTEM_PYTHON, str(LISTENER)], env=lee.desktop.env, stdout=sink,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until(lambda: '"ready"' in out.read_text(), 15, "the notification listener on the bus")
        window = lee.window()
        lee.desktop.xdotool("windowminimize", "--sync", window)
        wait_until(lambda: "_NET_WM_STATE_HIDDEN" in window_state(lee, window), 10, "the window minimised")

        park = server.api("park")
        case_id = park_case(server)
        me = lee_id(server.api("lee"))
        sent = park.post("/v1/handoffs", headers={"Idempotency-Key": str(uuid.uuid4())}, json={
            "case_id": case_id, "target": "counselor", "to_user_id": me,
            "sbar": {"situation": "야간 재연락 부탁드립니다"}})
        assert sent.status_code == 201, sent.text

        def notified() -> list[dict[str, object]]:
            lines = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
            return [n for n in lines if "summary" in n]

        shown = wait_until(notified, 30, "a desktop notification of the handoff")
        assert isinstance(shown, list)
        assert "인계 요청" in str(shown[0]["summary"]) and "박상담" in str(shown[0]["summary"])
        assert "야간 재연락" not in json.dumps(shown, ensure_ascii=False), "only the title leaves the window"
        wait_until(lambda: "_NET_WM_STATE_DEMANDS_ATTENTION" in window_state(lee, window), 15,
                   "the taskbar alert on the lead's window")
    finally:
        listener.terminate()
        listener.wait(timeout=10)


def park_case(server: Server) -> str:
    report = server.api("lee").get("/v1/shift-report").json()
    cases = [c["case"] for c in report["open_cases"] if c["case"]["owner"]["name"] == "박상담"]
    assert cases, "the demo has an open case owned by 박상담"
    return str(cases[0]["id"])
