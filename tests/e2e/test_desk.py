"""What a help desk and a shared PC see of the console: its log file, and one console per data dir."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.e2e.console_app import Console
from tests.e2e.procs import venv_bin
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e

NUMBER = "010-2345-6789"
NOTE = "어머니가 지난주 돌아가셔서 잠을 못 잔다고 하심 qzv"


def _log_folder(console: Console) -> Path:
    # platformdirs' user log folder on Linux: $XDG_STATE_HOME/annyeong-console/log.
    state = console.desktop.pc_env(console.data_dir)["XDG_STATE_HOME"]
    return Path(state) / "annyeong-console" / "log"


def test_the_log_file_keeps_a_call_without_its_personal_data(server: Server, console: Console) -> None:
    call_id = server.sim("call", "--from", NUMBER).stdout.strip()
    console.find("callCard", timeout=20)
    console.key("Return")
    api = server.api("kim")
    contact = console.wait(lambda: api.get(f"/v1/calls/{call_id}").json().get("contact_id"), timeout=20,
                           what="the server to record the accepted call")
    editor = console.find("noteEditor", timeout=20)
    console.click("noteEditor")
    console.wait(lambda: editor.focused, what="the note editor to take the focus")
    console.type(NOTE)

    def note_on_server() -> bool:
        items = api.get(f"/v1/contacts/{contact}/entries").json()["items"]
        return any(NOTE in str(e.get("body", "")) for e in items)

    console.wait(note_on_server, timeout=30, what="the note on the server")
    me = api.get("/v1/auth/me").json()
    assert console.quit() == 0

    log = _log_folder(console) / "console.log"
    assert log.exists(), f"no log at {log}"
    text = log.read_text(encoding="utf-8")
    assert "INFO" in text, "the log holds the console's records"
    digits = re.sub(r"\D", "", NUMBER)
    for secret in (NUMBER, digits, digits[1:], "2345-6789", "23456789", NOTE, NOTE[:6], me["display_name"]):
        assert secret not in text, f"{secret!r} is in the log"
    assert (_log_folder(console) / "crash.log").exists(), "native crashes have a file to go to"


def test_a_second_start_brings_the_first_console_forward(server: Server, console: Console) -> None:
    console.minimize()
    console.wait(lambda: not console.is_active(), what="the console to lose the focus")
    env = dict(console.desktop.pc_env(console.data_dir))
    env["ANNYEONG_DATA_DIR"] = str(console.data_dir)
    env["ANNYEONG_CONFIG_DIR"] = str(console.config_dir)
    argv = [venv_bin("annyeong-console"), "--data-dir", str(console.data_dir), "--server", server.url]
    started = time.monotonic()
    second = console.procs.spawn("console-second", argv, env)
    code = second.wait(timeout=60)
    took = time.monotonic() - started
    assert code == 0
    console.wait(console.is_active, timeout=20, what="the first console's window to become active")
    print(f"the second start ended after {took:.2f} s")
    assert console.find("mainWindow").showing
    assert len(console.windows()) == 1, "no second console window"
