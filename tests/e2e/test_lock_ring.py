"""Back at a ringing phone after the auto-lock: the installed console, locked after its idle time, says a
call rings without anything of the caller, keeps the keyboard in the password field, and the password
typed with real keys and Enter unlock at once onto the card, where the next Enter answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import ConsoleFactory
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e

AUTO_LOCK_S = 30  # the shortest the settings allow


def test_a_call_ringing_under_the_lock_is_answered_with_the_password_and_enter(
    server: Server, console_factory: ConsoleFactory, tmp_path: Path
) -> None:
    # The first console's config dir (tests/e2e/console_app.py), written before it starts.
    config = tmp_path / "console-1-kim" / "data-config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"auto_lock_s": AUTO_LOCK_S}), encoding="utf-8")
    console = console_factory()
    console.find("lockScreen", timeout=AUTO_LOCK_S + 60)  # nobody touches it: it locks by itself

    call_id = server.sim("call", "--from", "010-2345-6789").stdout.strip()
    ringing = console.find("lockRinging", timeout=20)
    assert "전화" in ringing.name
    assert not any(part in ringing.name for part in ("010", "2345", "6789", "****")), ringing.name
    password = console.find("lockPassword")
    console.wait(lambda: password.focused, timeout=10, what="the password field to keep the keyboard")

    console.type(console.password)
    console.key("Return")
    console.wait(lambda: not console.exists("lockScreen"), timeout=20, what="the lock to lift")
    accept = console.find("acceptCallButton", timeout=10)
    console.wait(lambda: accept.focused, timeout=10, what="받기 to take the keyboard")
    console.key("Return")
    api = server.api("kim")
    console.wait(lambda: api.get(f"/v1/calls/{call_id}").json()["status"] == "accepted", timeout=20,
                 what="the call answered")
