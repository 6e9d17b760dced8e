"""A console process that types without pausing, for the typing-durability test (run as
`python -m tests.console.typing_driver --server URL --data-dir D`).

Signs in as kim, accepts a call, shows the real notes pane (offscreen Qt, the console's debounce) and
types TEXT one key every KEY_INTERVAL_S with real key events, never pausing long enough for the debounce.
Prints "KEY <n> <monotonic time>" after the n-th key and "SAVED <n> <monotonic time>" after each write
to the local store, and goes on until it is killed. The restart is durability_driver's "resume" phase.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import string
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annyeong.ui.contact.notes_pane import NotesPane
from tests.console.durability_driver import on_call

KEY_INTERVAL_S = 0.04
TEXT = (string.ascii_lowercase + string.digits) * 200  # plain keys: no input method in between
DEBOUNCE_MS = 300  # the console's default (Settings.note_debounce_ms)


async def type_forever(url: str, data_dir: Path) -> None:
    core, contact_id = await on_call(url, data_dir)
    pane = NotesPane(core, debounce_ms=DEBOUNCE_MS)
    pane.resize(600, 400)
    pane.show()
    editor = pane.editor()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    pane.note_saved.connect(
        lambda: print(f"SAVED {len(core.active_contact.note_text) if core.active_contact else 0}"
                      f" {time.monotonic():.3f}", flush=True))
    print(f"CONTACT {contact_id}", flush=True)
    for n, char in enumerate(TEXT, start=1):
        QTest.keyClicks(editor, char)
        print(f"KEY {n} {time.monotonic():.3f}", flush=True)
        await asyncio.sleep(KEY_INTERVAL_S)
    await asyncio.Event().wait()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(type_forever(args.server, args.data_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
