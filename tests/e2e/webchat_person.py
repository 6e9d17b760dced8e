"""Person: someone on the web chat page (/chat, served by the case API) in a real chromium of their own
(tests/support/browser.py), driven the way a person uses it: clicks, typing and Enter. What the page
shows is read from the page, each read in one script, since the page updates its log while a test would
walk it element by element."""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from tests.e2e.procs import wait_until
from tests.support.browser import chromium

PAGE_TIMEOUT_S = 60.0  # a page on a busy 2-core machine beside a console, a server and another browser


class Person:
    def __init__(self, server_url: str, size: tuple[int, int], shots: list[Path]) -> None:
        self.url = f"{server_url}/chat"
        self.driver: WebDriver = chromium(*size)
        self._shots = shots

    def quit(self) -> None:
        self.driver.quit()

    # --- what a person does --------------------------------------------------------------------------

    def open(self) -> None:
        self.driver.get(self.url)
        self.until(lambda: self._by("consent").is_displayed(), "the privacy notice")

    def agree(self) -> None:
        self._by("consent").click()
        self._by("start").click()
        self.until(lambda: len(self.driver.find_elements(By.CSS_SELECTOR, "#selftest-items fieldset")) == 12,
                   "the 12 items of the self-test")

    def answer_self_test(self, choices: list[int]) -> str:
        """Pick the choice at each item's index (0 is the scale's first label); the result sentence."""
        fieldsets = self.driver.find_elements(By.CSS_SELECTOR, "#selftest-items fieldset")
        for fieldset, choice in zip(fieldsets, choices, strict=True):
            fieldset.find_elements(By.CSS_SELECTOR, "input")[choice].click()
        self._by("selftest-submit").click()
        self.until(lambda: self._by("selftest-result-text").text, "the self-test's result")
        return str(self._by("selftest-result-text").text)

    def ask_for_counselor(self) -> None:
        self._by("connect").click()
        self.until(lambda: self._by("screen-chat").is_displayed(), "the chat screen")

    def skip_self_test(self) -> None:
        self._by("selftest-skip").click()
        self.until(lambda: self._by("screen-chat").is_displayed(), "the chat screen")

    def say(self, text: str) -> None:
        """Type in the box and press Enter (the page's Enter sends)."""
        box = self._by("text")
        box.send_keys(text)
        box.send_keys("\n")

    # --- what the page shows ------------------------------------------------------------------------

    def status(self) -> str:
        return str(self._by("status").text)

    def log(self) -> list[str]:
        found = self.driver.execute_script(
            "return Array.from(document.querySelectorAll('#log li')).map(li => li.innerText)")
        return [str(t) for t in found]

    def ended(self) -> bool:
        return bool(self._by("ended").is_displayed()) and not self._by("compose").is_displayed()

    def until(self, predicate: object, what: str, timeout: float = PAGE_TIMEOUT_S) -> object:
        assert callable(predicate)
        return wait_until(predicate, timeout, f"the person's page to show {what}", interval=0.1)

    def screenshot(self, path: Path, size: tuple[int, int] | None = None) -> Path:
        """The page as the person sees it, at another window size when asked (then put back)."""
        before = self.driver.get_window_size()
        if size is not None:
            self.driver.set_window_size(*size)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.driver.save_screenshot(str(path))
        finally:
            if size is not None:
                self.driver.set_window_size(before["width"], before["height"])
        self._shots.append(path)
        return path

    def _by(self, element_id: str) -> WebElement:
        return self.driver.find_element(By.ID, element_id)


def copy_shots(shots: list[Path], where: Path) -> None:
    where.mkdir(parents=True, exist_ok=True)
    for shot in shots:
        shutil.copy2(shot, where / shot.name)
