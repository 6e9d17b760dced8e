"""A person in a real browser chats with a counselor in the real console.

The person's page (/chat, served by the installed server) runs in Debian's chromium through Selenium;
the console is the installed program on the test desktop, driven with real keys and clicks and read
through the accessibility tree; what the server stored is checked over HTTP. Three people write in, the
counselor holds their chats, the first person writes a crisis expression while another chat is on
screen, and the counselor ends the first chat.

A chat rings for the server's offer time (20 s) before it goes to the next counselor: between a ring and
its taking the tests do only what a counselor would do, and look at everything else before or after.

Screenshots (the page phone-sized and desktop-sized, the console with two and three chats) go under the test's
tmp dir, and are copied to ANNYEONG_SCREENSHOT_DIR when it is set.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("selenium.webdriver")

from tests.e2e.console_app import Console
from tests.e2e.node import Node
from tests.e2e.server_app import Server
from tests.e2e.webchat_person import Person, copy_shots
from tests.support.browser import DESKTOP, MISSING, PHONE, have_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

GREETING = "안녕하세요, 김상담입니다. 천천히 편하게 이야기해 주세요."
ANSWER = "요즘 아무하고도 말을 안 해요"
CRISIS = "그냥 죽고 싶어요"
# The first person's self-test: 그렇다 to the first five statements, 그렇지 않다 to the rest.
CHOICES = [0] * 5 + [1] * 7
WAIT_S = 40.0  # one hop through the server's event stream to the console, on a loaded machine
People = Callable[[tuple[int, int]], Person]


@pytest.fixture
def shots() -> Iterator[list[Path]]:
    taken: list[Path] = []
    yield taken
    where = os.environ.get("ANNYEONG_SCREENSHOT_DIR")
    if where and taken:
        copy_shots(taken, Path(where))


@pytest.fixture
def people(server: Server, shots: list[Path]) -> Iterator[People]:
    """people(size) -> a person with a browser of their own on the server's /chat."""
    if not have_chromium():
        if os.environ.get("CI"):
            pytest.fail(f"the live chat test {MISSING}; under CI it must run, not be skipped")
        pytest.skip(f"the live chat test {MISSING}")
    started: list[Person] = []

    def make(size: tuple[int, int]) -> Person:
        person = Person(server.url, size, shots)
        started.append(person)
        return person

    try:
        yield make
    finally:
        for person in started:
            person.quit()


# --- reading the console --------------------------------------------------------------------------


def selected_tab(console: Console) -> str:
    """The name of the contact's tab on screen (the tab bar's selected page tab)."""
    for bar in console.find("contactTabs").children():
        if bar.role != "page tab list":
            continue
        for tab in bar.children():
            if tab.role == "page tab" and "selected" in tab.states:
                return tab.name
    return ""


def chips(console: Console) -> list[Node]:
    return [n for n in console.find_all("chatSwitchChip") if n.showing]


def on_screen(console: Console, chip: int) -> bool:
    """Whether the switcher's chip number `chip` (1: the first, Ctrl+Alt+1) is the one checked."""
    found = chips(console)
    return len(found) >= chip and found[chip - 1].checked


def transcript(console: Console) -> str:
    return console.find("chatTranscript").text


def offered_chats(kim: httpx.Client) -> list[str]:
    """The ids of the chats offered to kim so far, in the order they first rang."""
    items = kim.get("/v1/events/poll", params={"after": 0, "limit": 500}).json()["items"]
    ids = [e["data"]["id"] for e in items
           if e["type"] == "call.offered" and e["data"].get("channel") == "chat"]
    return list(dict.fromkeys(ids))


def nth_chat(console: Console, kim: httpx.Client, n: int) -> str:
    """The id of the n-th chat offered to kim (1: the first), once the server has offered it."""
    found = console.wait(lambda: offered_chats(kim)[n - 1:n], timeout=WAIT_S, what=f"chat {n} offered to kim")
    assert isinstance(found, list)
    return str(found[0])


def contact_of(kim: httpx.Client, call_id: str) -> str | None:
    found = kim.get(f"/v1/calls/{call_id}").json().get("contact_id")
    return str(found) if found else None


def taken(console: Console, kim: httpx.Client, call_id: str) -> str:
    """The contact of a chat kim took, once the server has it."""
    found = console.wait(lambda: contact_of(kim, call_id), timeout=WAIT_S,
                         what="the server to record the chat taken")
    return str(found)


def shift_lead_alerted(lee: httpx.Client, contact_id: str) -> bool:
    items = lee.get("/v1/events/poll", params={"after": 0, "limit": 500}).json()["items"]
    return any(e["type"] == "crisis.raised" and e["data"]["contact_id"] == contact_id
               and e["data"]["instrument_id"] == "live_chat" for e in items)


# --- the tests --------------------------------------------------------------------------------------


def test_a_person_in_the_browser_chats_with_a_counselor_in_the_console(
    server: Server, console: Console, people: People, shots: list[Path], tmp_path: Path,
) -> None:
    shots_dir = tmp_path / "shots"
    kim = server.api("kim")

    def shoot_console(name: str) -> None:
        shots.append(console.screenshot(shots_dir / name))

    # 1. The first person: the notice, consent, the 12 items, 상담사 연결; the page shows the place in line.
    first = people(PHONE)
    first.open()
    first.screenshot(shots_dir / "live-chat-phone-1-notice.png")
    first.agree()
    result = first.answer_self_test(CHOICES)
    counted = re.search(r"12문항 중 \d+문항", result)
    assert counted, f"the page's result names the count: {result!r}"
    head = counted.group(0)
    first.screenshot(shots_dir / "live-chat-phone-2-self-test.png")
    first.ask_for_counselor()
    first.until(lambda: "대기 순서" in first.status(), "the place in the queue")
    first.screenshot(shots_dir / "live-chat-phone-3-waiting.png")

    # 2. It rings in kim's console; Enter takes it; the contact opens on 대화, the composer has the keys.
    card = console.find("callCard", timeout=WAIT_S)
    assert console.find("callCardTitle").name == "채팅 연결 요청"
    console.key("Return")
    first_contact = taken(console, kim, nth_chat(console, kim, 1))
    console.wait(lambda: not card.showing, timeout=WAIT_S, what="the card to go once the chat is taken")
    console.find("conversationView", timeout=WAIT_S)
    console.wait(lambda: selected_tab(console) == "대화", what="the 대화 tab on screen")
    summary = console.find("chatPinnedSummary")
    console.wait(lambda: head in summary.name, what=f"the self-test's result line ({head})")
    composer = console.find("chatComposerText")
    console.wait(lambda: composer.focused, what="the composer to have the focus")
    first.until(lambda: first.status() == "상담사와 연결되었습니다.", "the counselor connected")

    # 3. Korean both ways: Ctrl+Enter sends; the person's answer reaches the transcript.
    console.type(GREETING)
    console.wait(lambda: composer.text == GREETING, what="the greeting typed in the composer")
    console.key("ctrl+Return")
    console.wait(lambda: composer.text == "", what="the composer cleared once the message is kept")
    first.until(lambda: any(GREETING in t for t in first.log()), "the counselor's greeting")
    first.say(ANSWER)
    console.wait(lambda: ANSWER in transcript(console), timeout=WAIT_S,
                 what="the person's answer in the transcript")
    first.screenshot(shots_dir / "live-chat-phone-4-chat.png")
    first.screenshot(shots_dir / "live-chat-desktop-1-chat.png", size=DESKTOP)

    # 4. A second person writes in while kim is writing to the first. Enter in the composer is a new
    # line there, never the ringing chat; 받기 takes it.
    console.type("혹시")
    console.wait(lambda: composer.text == "혹시", what="a second message begun")
    second = people(DESKTOP)
    second.open()
    second.agree()
    second.skip_self_test()
    second.until(lambda: "대기 순서" in second.status(), "the place in the queue")
    card = console.find("callCard", timeout=WAIT_S)
    assert composer.focused, "the ring left the keyboard where the counselor was typing"
    console.key("Return")
    console.wait(lambda: composer.text == "혹시\n", what="Enter to start a new line in the composer")
    assert card.showing, "Enter in the composer took the ringing chat"
    console.click("acceptCallButton")
    second_call = nth_chat(console, kim, 2)
    second_contact = taken(console, kim, second_call)
    assert second_contact != first_contact
    console.wait(lambda: not card.showing, timeout=WAIT_S, what="the card to go once the chat is taken")
    console.wait(lambda: len(chips(console)) == 2 and on_screen(console, 2), timeout=WAIT_S,
                 what="two chips in the switcher, the second chat on screen")
    second.until(lambda: second.status() == "상담사와 연결되었습니다.", "the counselor connected")
    second.say("안녕하세요. 그냥 누구랑 얘기하고 싶었어요.")
    console.wait(lambda: "누구랑 얘기하고" in transcript(console), timeout=WAIT_S,
                 what="the second person's words in the transcript")
    second.screenshot(shots_dir / "live-chat-desktop-2-second-person.png")
    shoot_console("live-chat-console-two-chats.png")

    console.key("ctrl+alt+1")
    console.wait(lambda: on_screen(console, 1) and ANSWER in transcript(console),
                 what="Ctrl+Alt+1 to bring the first chat back")
    composer = console.find("chatComposerText")
    console.wait(lambda: composer.text == "혹시\n", what="the first chat's unsent words kept")

    # A third person (the default is three chats a counselor): 받기 again, three chips.
    third = people(PHONE)
    third.open()
    third.agree()
    third.skip_self_test()
    card = console.find("callCard", timeout=WAIT_S)
    console.click("acceptCallButton")
    taken(console, kim, nth_chat(console, kim, 3))
    console.wait(lambda: len(chips(console)) == 3 and on_screen(console, 3), timeout=WAIT_S,
                 what="three chips in the switcher, the third chat on screen")
    third.until(lambda: third.status() == "상담사와 연결되었습니다.", "the counselor connected")
    third.say("저도 이야기해도 되나요?")
    console.wait(lambda: "이야기해도 되나요" in transcript(console), timeout=WAIT_S,
                 what="the third person's words in the transcript")
    shoot_console("live-chat-console-three-chats.png")

    console.key("ctrl+alt+2")
    console.wait(lambda: on_screen(console, 2) and "누구랑 얘기하고" in transcript(console),
                 what="Ctrl+Alt+2 to put the second chat on screen")

    # 5. The first person's crisis expression while the second chat is on screen: the banner tells it,
    # 채팅 보기 brings that chat; the shift lead is alerted.
    first.say(CRISIS)
    banner = console.find("errorBannerText", timeout=WAIT_S)
    console.wait(lambda: "위기 표현" in banner.text, what="the banner to tell of the crisis expression")
    shoot_console("live-chat-console-crisis-banner.png")
    assert console.find("errorBannerAction").name == "채팅 보기"
    console.click("errorBannerAction")
    console.wait(lambda: on_screen(console, 1) and CRISIS in transcript(console),
                 what="채팅 보기 to bring the first chat on screen")
    crisis_line = console.find("chatCrisis")
    console.wait(lambda: CRISIS in crisis_line.name, what="the matched message beside the crisis notice")
    lee = server.api("lee")
    console.wait(lambda: shift_lead_alerted(lee, first_contact), timeout=WAIT_S,
                 what="crisis.raised for the first chat, to the shift lead")
    board = lee.get("/v1/board").json()
    assert [c["contact_id"] for c in board["crises"]] == [first_contact]

    # 6. Ctrl+E ends the first chat: the crisis asks first (계속 채팅 has the focus), the counselor
    # ends it anyway; the person's page says the counselor ended it.
    console.key("ctrl+e")
    question = console.find("endConfirmQuestion", timeout=WAIT_S)
    assert "위기" in question.name and "채팅" in question.name, question.name
    end = console.find("endConfirmEndButton")
    console.key("Tab")
    console.wait(lambda: end.focused, what="그래도 종료 to take the focus")
    console.key("Return")
    console.wait(lambda: kim.get(f"/v1/contacts/{first_contact}").json()["ended_at"] is not None,
                 timeout=WAIT_S, what="the end of the first chat on the server")
    first.until(first.ended, "the conversation ended")
    assert first.status() == "상담사가 대화를 마쳤습니다."
    assert kim.get(f"/v1/contacts/{second_contact}").json()["ended_at"] is None
    first.screenshot(shots_dir / "live-chat-phone-5-ended.png")
    shoot_console("live-chat-console-first-ended.png")


def test_a_chat_ringing_over_a_chat_leaves_the_counselor_typing(
    server: Server, console: Console, people: People,
) -> None:
    """The counselor is mid-sentence when another chat rings: the next letters and Enter stay in the
    composer (a new line), and the ringing chat waits for 받기."""
    kim = server.api("kim")
    first = people(PHONE)
    first.open()
    first.agree()
    first.skip_self_test()
    console.find("callCard", timeout=WAIT_S)
    console.key("Return")
    taken(console, kim, nth_chat(console, kim, 1))
    composer = console.find("chatComposerText", timeout=WAIT_S)
    console.wait(lambda: composer.focused, what="the composer to have the focus")
    console.type("혹시")
    console.wait(lambda: composer.text == "혹시", what="a message begun")

    second = people(PHONE)
    second.open()
    second.agree()
    second.skip_self_test()
    card = console.find("callCard", timeout=WAIT_S)
    second_call = nth_chat(console, kim, 2)
    focus = [n.object_name for n in (composer, console.find("acceptCallButton")) if n.focused]
    console.type("요")
    console.key("Return")
    console.wait(lambda: composer.text == "혹시요\n", timeout=5,
                 what=f"the letters and Enter typed during the ring in the composer (focus: {focus})")
    assert card.showing and contact_of(kim, second_call) is None, "Enter took the ringing chat"
