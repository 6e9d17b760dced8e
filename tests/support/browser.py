"""Debian's chromium through Selenium, as the tests of the person's web chat start it: headless, at a
given window size (a phone's 390×844 or a desktop's 1280×800), Korean, one CSS pixel per device pixel so
screenshots show the size a person sees. Each driver is a browser profile of its own (its own
localStorage), so two drivers are two people."""

from __future__ import annotations

import shutil

from selenium import webdriver
from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
MISSING = "needs Debian's chromium and chromium-driver (packaging/install.sh)"
PHONE = (390, 844)
DESKTOP = (1280, 800)


def have_chromium() -> bool:
    return bool(CHROMIUM and DRIVER)


def chromium(width: int, height: int) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={width},{height}",
        "--lang=ko-KR",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(DRIVER)))
    driver.set_window_size(width, height)
    return driver
