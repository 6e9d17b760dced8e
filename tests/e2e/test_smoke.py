"""The harness itself, proven on the plainest path: sign in, a call rings, Enter takes it, the note typed
reaches the server; and a screenshot of what the counselor sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.console_app import Console
from tests.e2e.server_app import Server

pytestmark = pytest.mark.e2e


def test_a_ringing_call_taken_with_enter_and_its_note_reaches_the_server(
    server: Server, console: Console, tmp_path: Path
) -> None:
    assert console.find("idleView").showing

    call_id = server.sim("call", "--from", "010-2345-6789").stdout.strip()
    card = console.find("callCard", timeout=20)
    assert card.showing
    console.key("Return")

    api = server.api("kim")

    def contact_id() -> str | None:
        found = api.get(f"/v1/calls/{call_id}").json().get("contact_id")
        return str(found) if found else None

    contact = console.wait(contact_id, timeout=20, what="the server to record kim's accepting the call")
    editor = console.find("noteEditor", timeout=20)
    console.click("noteEditor")
    console.wait(lambda: editor.focused, what="the note editor to take the focus")
    console.type("Lives alone since spring; calls on Mondays.")
    console.wait(lambda: "Lives alone since spring" in editor.text, what="the typed note in the editor")

    def note_on_server() -> bool:
        entries = api.get(f"/v1/contacts/{contact}/entries").json()
        items = entries.get("items", entries) if isinstance(entries, dict) else entries
        return any("calls on Mondays." in str(item.get("body", "")) for item in items)

    console.wait(note_on_server, timeout=30, what="the note to reach the server")

    # A screenshot of what the counselor sees: here, not in a test of its own (a desktop, a server and a
    # console for two PNGs).
    window = console.screenshot(tmp_path / "console.png")
    screen = console.desktop.screenshot(tmp_path / "screen.png")
    for shot in (window, screen):
        assert shot.stat().st_size > 1000, f"{shot} is nearly empty"
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
