"""The person's web chat in a real browser (Debian's chromium through Selenium): consent, the self-test,
상담사 연결, messages both ways with a counselor driven through the API, a server restart in the middle
that loses nothing, and the end. Screenshots phone-sized (390×844) and desktop go to
ANNYEONG_SCREENSHOT_DIR (or the test's temporary directory)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.server.helpers import User, wait_for
from tests.support.live_server import LiveServer, start_live_server

pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from tests.support.browser import MISSING, chromium, have_chromium

pytestmark = pytest.mark.skipif(not have_chromium(), reason=MISSING)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    where = Path(os.environ.get("ANNYEONG_SCREENSHOT_DIR", tmp_path / "shots"))
    where.mkdir(parents=True, exist_ok=True)
    return where


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path / "first")
    yield live
    live.stop()


def _until(driver: WebDriver, condition: Any, timeout: float = 30.0) -> Any:
    return wait_for(lambda: condition(driver), timeout=timeout, interval=0.1)


def _texts(driver: WebDriver) -> list[str]:
    # Read in one script: the page updates the log while a test would walk it element by element.
    script = "return Array.from(document.querySelectorAll('#log li')).map(li => li.innerText)"
    found = driver.execute_script(script)
    return [str(t) for t in found]


def _offered_chat(kim: User) -> str:
    offered = [
        e["data"] for e in kim.events() if e["type"] == "call.offered" and e["data"]["channel"] == "chat"
    ]
    return str(offered[-1]["id"]) if offered else ""


def test_a_person_chats_with_a_counselor_in_thechromium(
    server: LiveServer, tmp_path: Path, shots: Path
) -> None:
    kim = User(server, "kim")
    kim.presence("available")
    driver = chromium(390, 844)
    try:
        driver.get(f"{server.url}/chat")
        driver.save_screenshot(str(shots / "webchat-phone-1-notice.png"))
        # Starting without consent is refused with a message, and nothing is stored.
        driver.find_element(By.ID, "start").click()
        assert "동의해 주세요" in driver.find_element(By.ID, "consent-error").text
        driver.find_element(By.ID, "consent").click()
        driver.find_element(By.ID, "start").click()
        _until(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#selftest-items fieldset")) == 12)
        # A missing answer is named; then every item answered by keyboard-reachable radios.
        driver.find_element(By.ID, "selftest-submit").click()
        assert "1번 문항" in driver.find_element(By.ID, "selftest-error").text
        for i, fieldset in enumerate(driver.find_elements(By.CSS_SELECTOR, "#selftest-items fieldset")):
            fieldset.find_elements(By.CSS_SELECTOR, "input")[0 if i < 3 else 1].click()
        driver.save_screenshot(str(shots / "webchat-phone-2-selftest.png"))
        driver.find_element(By.ID, "selftest-submit").click()
        _until(driver, lambda d: "12문항 중 12문항" in d.find_element(By.ID, "selftest-result-text").text)
        driver.find_element(By.ID, "connect").click()
        _until(
            driver,
            lambda d: (
                "대기" in d.find_element(By.ID, "status").text
                or "연결" in d.find_element(By.ID, "status").text
            ),
        )
        call_id = wait_for(lambda: _offered_chat(kim))
        contact = kim.post(f"/v1/calls/{call_id}/accept").json()
        assert contact["chat"]["self_test"]["result_text"].startswith("12문항 중 12문항")
        cid = contact["id"]
        _until(driver, lambda d: d.find_element(By.ID, "status").text == "상담사와 연결되었습니다.")
        box = driver.find_element(By.ID, "text")
        box.send_keys("요즘 아무하고도 말을 안 해요")
        driver.find_element(By.ID, "send").click()
        wait_for(
            lambda: (
                [m["text"] for m in kim.get(f"/v1/contacts/{cid}/messages").json()["items"]]
                == ["요즘 아무하고도 말을 안 해요"]
            )
        )
        assert kim.post(f"/v1/contacts/{cid}/typing", {"typing": True}).status_code == 204
        _until(driver, lambda d: "글을 쓰고" in d.find_element(By.ID, "typing").text)
        reply = {"id": str(uuid.uuid4()), "text": "말씀해 주셔서 고마워요. 언제부터 그러셨어요?"}
        assert kim.post(f"/v1/contacts/{cid}/messages", reply).status_code == 201
        _until(driver, lambda d: any("언제부터" in t for t in _texts(d)))
        assert kim.post(f"/v1/contacts/{cid}/messages/read", {"up_to_seq": 1}).status_code == 204
        _until(driver, lambda d: "읽음" in _texts(d)[0])
        # The page read the counselor's message: the console hears it.
        wait_for(
            lambda: any(e["type"] == "chat.read" and e["data"]["reader"] == "person" for e in kim.events())
        )
        driver.save_screenshot(str(shots / "webchat-phone-3-chat.png"))

        # The server goes away: what the person writes meanwhile waits on the page and arrives once.
        port = int(server.url.rsplit(":", 1)[1])
        database = f"sqlite:///{server.db_path}"
        server.stop()
        box.send_keys("여보세요? 끊겼나요")
        box.send_keys("\n")  # Enter sends
        _until(driver, lambda d: d.find_element(By.ID, "network").is_displayed())
        assert any("보내는 중" in t for t in _texts(driver))
        again = start_live_server(tmp_path / "second", port=port, database=database)
        try:
            kim = User(again, "kim")
            wait_for(lambda: len(kim.get(f"/v1/contacts/{cid}/messages").json()["items"]) == 3, timeout=60)
            _until(driver, lambda d: not d.find_element(By.ID, "network").is_displayed(), timeout=60)
            after = {"id": str(uuid.uuid4()), "text": "아니요, 여기 있어요."}
            kim.post(f"/v1/contacts/{cid}/messages", after)
            _until(driver, lambda d: any("여기 있어요" in t for t in _texts(d)), timeout=60)
            items = kim.get(f"/v1/contacts/{cid}/messages").json()["items"]
            assert [m["seq"] for m in items] == [1, 2, 3, 4]
            assert [m["sender"] for m in items] == ["person", "counselor", "person", "counselor"]
            assert sum("끊겼나요" in t for t in _texts(driver)) == 1
            driver.set_window_size(1280, 800)
            driver.save_screenshot(str(shots / "webchat-desktop-chat.png"))
            driver.set_window_size(390, 844)
            # The person ends it.
            driver.find_element(By.ID, "end").click()
            # Asked in the page, in Korean; "keep talking" has the focus, so a stray Enter keeps the chat.
            _until(driver, lambda d: d.find_element(By.ID, "end-confirm").is_displayed())
            assert driver.switch_to.active_element.get_attribute("id") == "end-no"
            question = driver.find_element(By.ID, "end-question").text
            assert "끝내면 상담사와 더 이야기할 수 없습니다" in question
            driver.find_element(By.ID, "end-no").click()
            assert not driver.find_element(By.ID, "end-confirm").is_displayed()
            assert driver.find_element(By.ID, "compose").is_displayed()
            driver.find_element(By.ID, "end").click()
            _until(driver, lambda d: d.find_element(By.ID, "end-yes").is_displayed())
            driver.find_element(By.ID, "end-yes").click()
            _until(driver, lambda d: d.find_element(By.ID, "ended").is_displayed())
            assert not driver.find_element(By.ID, "compose").is_displayed()
            ended = [e["data"] for e in kim.events() if e["type"] == "chat.ended"]
            assert ended and ended[-1]["ended_by"] == "person"
            driver.save_screenshot(str(shots / "webchat-phone-4-ended.png"))
        finally:
            again.stop()
    finally:
        driver.quit()


def test_desktop_notice_and_self_test(server: LiveServer, shots: Path) -> None:
    driver = chromium(1280, 800)
    try:
        driver.get(f"{server.url}/chat")
        driver.save_screenshot(str(shots / "webchat-desktop-notice.png"))
        driver.find_element(By.ID, "consent").click()
        driver.find_element(By.ID, "start").click()
        _until(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#selftest-items fieldset")) == 12)
        driver.save_screenshot(str(shots / "webchat-desktop-selftest.png"))
        # Labels for screen readers: the log, the text box and every radio group's question.
        assert driver.find_element(By.ID, "log").get_attribute("aria-label") == "대화 내용"
        legends = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#selftest-items legend")]
        assert len(legends) == 12 and all(legends)
    finally:
        driver.quit()
