"""What the screen renderers share: waiting for Qt, saving shots, typing Hangul, and the bits of a scene.

Used by packaging/render_screens.py and its issue modules (render_board, render_checklist,
render_referral). Only the loop spins Qt here: a processEvents() inside a coroutine would run other
tasks' steps inside this one (qasync: "Cannot enter into task … while another task is being executed").
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

if TYPE_CHECKING:
    from annyeong.ui.shell.composition import ConsoleWindow

CHATBOT_KEY = "training-chatbot-key"


async def settle(seconds: float = 0.25) -> None:
    """Let Qt lay out and paint (and the loop deliver events) before a grab."""
    await asyncio.sleep(seconds)


async def wait_for(predicate: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


class Enough(Exception):
    """Every shot asked for with --only is written: stop early."""


class Wanted:
    """The shots --only asks for (all when none named) and the README file-name prefix (--prefix)."""

    names: ClassVar[set[str]] = set()
    limited: ClassVar[bool] = False
    prefix: ClassVar[str] = ""

    @classmethod
    def done(cls, name: str) -> None:
        cls.names.discard(name)
        if cls.limited and not cls.names:
            raise Enough

    @classmethod
    def save_for(cls, docs: Path | None) -> Callable[[QWidget, Path, str], None]:
        """``save`` for the issue-4/6 renderers, which name README copies without a prefix: a night or
        English run then writes night_referral.png / en_referral.png beside, never over, the day ones."""

        def prefixed(widget: QWidget, folder: Path, name: str) -> None:
            save(widget, folder, cls.prefix + name if docs is not None and folder == docs else name)

        return prefixed


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    from text_audit import dump  # the sibling module (packaging/ is on sys.path for the renderers)

    dump(widget.window(), name)


def note_tone(window: QWidget) -> str:
    """The note status's tone (ok / warn / muted): its state, whatever language the text is in."""
    label = window.findChild(QLabel, "noteStatus")
    return str(label.property("tone")) if label is not None else ""


def type_text(widget: QWidget, text: str) -> None:
    # Hangul arrives through the input method: commit it the same way.
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


async def post_chat(url: str, number: str | None) -> None:
    """A chat hand-off exactly as the chatbot posts it (the simulator's payload, fixed answers)."""
    import httpx

    from annyeong.server.sim import chat as sim_chat

    body = sim_chat.payload(number, [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1])
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{url}/v1/chats",
            json=body,
            headers={"X-API-Key": CHATBOT_KEY, "Idempotency-Key": f"screens:{time.time_ns()}"},
        )
        response.raise_for_status()


async def finish(console: ConsoleWindow, summary: str) -> None:
    """Fill the wrap-up's required fields and finish, as a counselor would."""
    window = console.window
    form = window.contact.wrap_up
    if not form.summary.toPlainText():
        type_text(form.summary, summary)
    if not form.details().service_types:
        form.service_boxes["conversation"].setChecked(True)
    if form.disposition.currentData() is None:
        form.disposition.setCurrentIndex(form.disposition.findData("completed"))
    form.flush()
    window.contact.finish_wrap_up()
    await wait_for(lambda: window.contact.state() == "empty", "closed")



def save_crop(widget: QWidget, out: Path, name: str, around: QWidget, margin: int = 40) -> None:
    """A close-up of ``around`` (the red button) as it sits in ``widget``."""
    top_left = around.mapTo(widget, QPoint(0, 0))
    rect = QRect(top_left, around.size()).adjusted(-margin * 3, -margin, margin, margin)
    path = out / f"{name}.png"
    widget.grab(rect.intersected(widget.rect())).save(str(path))
    print(path)
    from text_audit import dump

    dump(widget.window(), name)

