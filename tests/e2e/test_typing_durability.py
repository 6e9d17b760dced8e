"""Typing on without a pause, then the console is killed (SIGKILL) at once: after a restart the note holds
everything but the last second of typing, and that is what reaches the server."""

from __future__ import annotations

import os
import signal
import string
import time

import pytest

from tests.e2e.console_app import TYPE_DELAY_MS, Console
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e

TYPING_S = 3.0
LOSS_BOUND_S = 1.0


def test_a_console_killed_while_typing_keeps_all_but_the_last_second(
    server: Server, console: Console
) -> None:
    call_id = server.sim("call", "--from", "010-2345-6789").stdout.strip()
    console.find("callCard", timeout=20)
    console.key("Return")
    api = server.api("kim")

    def contact_id() -> str | None:
        found = api.get(f"/v1/calls/{call_id}").json().get("contact_id")
        return str(found) if found else None

    contact = console.wait(contact_id, timeout=20, what="the server to record kim's accepting the call")
    editor = console.find("noteEditor", timeout=20)
    console.click("noteEditor")
    console.wait(lambda: editor.focused, what="the note editor to take the focus")

    # Plain keys (no input method), never a pause as long as the note's debounce.
    alphabet = string.ascii_lowercase + string.digits
    text = (alphabet * 100)[: int(TYPING_S * 1000 / TYPE_DELAY_MS)]
    console.procs.remember_descendants(console.pid)  # for the teardown, done before: it takes a while
    started = time.monotonic()
    console.type(text)
    typed = time.monotonic()
    os.kill(console.pid, signal.SIGKILL)
    kill_lag = time.monotonic() - typed
    console.kill()  # the harness's bookkeeping of the (already dead) process
    assert kill_lag < 0.2, f"the kill came {kill_lag:.2f} s after the last key"

    console.restart()
    editor = console.find("noteEditor", timeout=30)
    kept = editor.text
    assert text.startswith(kept), "what survived is what was typed, in order"
    per_second = len(text) / (typed - started)
    lost_s = (len(text) - len(kept)) / per_second
    print(f"typed {len(text)} keys in {typed - started:.2f} s, killed {kill_lag:.2f} s after the last;"
          f" kept {len(kept)}, lost {len(text) - len(kept)} ({lost_s:.2f} s of typing)")
    assert lost_s <= LOSS_BOUND_S, f"lost {lost_s:.2f} s of typing"

    def newest_on_server() -> str | None:
        items = api.get(f"/v1/contacts/{contact}/entries").json()["items"]
        notes = sorted((e for e in items if e.get("kind", "note") == "note"), key=lambda e: e["revision"])
        return str(notes[-1]["body"]) if notes else None

    console.wait(lambda: newest_on_server() == kept, timeout=30, what="the kept note on the server")
