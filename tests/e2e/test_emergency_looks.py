"""Screenshots of the emergency states for a person to look at, in Korean, English and the night theme
at 1366x768: the form, a tap that sent nothing, the offline read-out, the status after delivery.

Opt-in (ANNYEONG_SHOTS=<folder>): each run costs a desktop, a server and a console per look, and what it
proves is only that the states can be reached; the verdict on how they look is a person's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.server_app import Server
from tests.e2e.test_emergency import HOLD_S, dispatches, form_open, take_call

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not os.environ.get("ANNYEONG_SHOTS"), reason="ANNYEONG_SHOTS=<folder> takes them"),
]


@pytest.mark.timeout(600)
@pytest.mark.parametrize(("lang", "theme"), [("ko", "day"), ("en", "day"), ("ko", "night")])
def test_emergency_states_pictured(
    server: Server, console_factory: ConsoleFactory, lang: str, theme: str
) -> None:
    folder = Path(os.environ["ANNYEONG_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    console = console_factory("kim", lang=lang, theme=theme)
    tag = f"{lang}-{theme}"
    contact_id = take_call(server, console, "010-4444-1212")
    console.key("F12")
    form_open(console)
    console.key("Return")
    console.desktop.screenshot(folder / f"{tag}-1-form-after-tap.png")
    server.stop()
    console.hold_key("Return", HOLD_S)
    console.find("emergencyFallbackSummary", timeout=40)
    console.desktop.screenshot(folder / f"{tag}-2-fallback-offline.png")
    server.start()
    console.wait(lambda: len(dispatches(server, contact_id)) == 1, timeout=60, what="the dispatch delivered")
    console.click("emergencyFallbackCalledButton")
    console.find("dispatchSentSummary", timeout=30)
    console.desktop.screenshot(folder / f"{tag}-3-status-delivered.png")
