"""Render the real console window holding a call and three live chats, at 1366x768, to PNG files.

    python packaging/render_chat.py OUT_DIR [--lang ko|en] [--theme day|night|contrast]

The embedded reference server, the real window signed in as the demo counselor, three people writing from
the web chat's own API (as the page does) and a phone call from the telephony bridge; the counselor's
side is typed and switched as a counselor does. Shots: chat-three (a chat on screen with the switcher),
chat-crisis (the banner for a crisis expression in a chat off screen), chat-crisis-open (that chat on
screen with a second expression), chat-call (the call on screen beside the chats), chat-ring (a chat
ringing over an open one).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling render_support module

import httpx  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from render_support import save, settle, type_text, wait_for  # noqa: E402

from annyeong.console.embedded import (  # noqa: E402
    DEMO_PASSWORD,
    EmbeddedServer,
    free_port,
)
from annyeong.console.secrets import SecretStore  # noqa: E402
from annyeong.console.settings import Settings  # noqa: E402
from annyeong.console.simulator import TrainingSimulator  # noqa: E402
from annyeong.ui.common.theme import ThemeController, load_stylesheet  # noqa: E402
from annyeong.ui.main import apply_look  # noqa: E402
from annyeong.ui.shell.composition import ConsoleWindow, build_console  # noqa: E402
from annyeong.ui.text.i18n import install_translators  # noqa: E402

ANSWERS = [{"item_id": f"q{i}", "value": v} for i, v in enumerate([1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1], 1)]


class Person:
    """Someone in the web chat, over the page's own routes."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client
        self._token = ""

    async def _call(self, method: str, path: str, body: Any = None) -> Any:
        r = await self._client.request(method, f"/v1/webchat{path}", json=body,
                                       headers={"Authorization": f"Bearer {self._token}"})
        r.raise_for_status()
        return r.json()

    async def connect(self) -> None:
        r = await self._client.post("/v1/webchat/conversations", json={"consent": True})
        r.raise_for_status()
        self._token = str(r.json()["token"])
        await self._call("PUT", "/conversation/self-test", {"answers": ANSWERS})
        await self._call("POST", "/conversation/connect")

    async def say(self, text: str) -> None:
        await self._call("POST", "/conversation/messages", {"id": str(uuid.uuid4()), "text": text})


async def take(console: ConsoleWindow, person: Person) -> None:
    window = console.window
    held = len(console.core.contacts.held())
    await person.connect()
    await wait_for(lambda: window.card.state() == "ringing", "a chat ringing")
    window.card.accept()
    await wait_for(lambda: len(console.core.contacts.held()) == held + 1, "the chat taken")


async def send(console: ConsoleWindow, text: str) -> None:
    composer = console.window.chats.conversation.composer
    type_text(composer.editor, text)
    composer.request_send()
    await settle(0.3)


async def render(out: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="annyeong-chat-screens-"))
    server = EmbeddedServer(data_dir=work / "server", port=free_port())
    url = await server.start()
    console = build_console(
        server_url=url, data_dir=work / "console", training=True, secrets=SecretStore.in_memory(),
        settings=Settings(server_url=url, note_debounce_ms=200, simulator_enabled=False),
    )
    window = console.window
    try:
        await console.sign_in(username="kim", password=DEMO_PASSWORD)
        await console.core.calls.set_presence("available")
        window.resize(1366, 768)
        window.show()
        await wait_for(lambda: console.core.sync_status.state == "online", "online")
        async with httpx.AsyncClient(base_url=url, timeout=20) as client:
            first, second, third = Person(client), Person(client), Person(client)
            await take(console, first)
            await first.say("안녕하세요… 요즘 너무 외로워서 연락해 봤어요.")
            await send(console, "안녕하세요, 외로움안녕120 상담사입니다. 연락 주셔서 고맙습니다.")
            await first.say("혼자 산 지 3년이 됐는데 하루 종일 말할 사람이 없어요.")

            await take(console, second)
            await second.say("요즘 밤에 잠을 거의 못 자요.")
            await send(console, "잠을 못 주무신다니 많이 지치셨겠어요. 언제부터 그러셨어요?")

            await third.connect()
            await wait_for(lambda: window.card.state() == "ringing", "the third chat ringing")
            type_text(window.chats.conversation.composer.editor, "한 달쯤 되셨다고요. ")
            await settle(0.6)
            save(window, out, "chat-ring")
            window.card.accept()
            await wait_for(lambda: len(console.core.contacts.held()) == 3, "the third chat taken")
            await third.say("구청에서 하는 프로그램 같은 거 있나요?")
            await send(console, "네, 계신 구를 알려 주시면 가까운 서울마음편의점을 찾아 드릴게요.")

            window.chats.focus(console.core.contacts.held()[1].contact_id)
            await second.say("한 달쯤이요. 솔직히 다 그만두고 싶어요.")
            await settle(0.6)
            save(window, out, "chat-three")

            await first.say("그냥 죽고 싶어요")
            await wait_for(window.error_banner.isVisible, "the crisis told")
            await settle(0.6)
            save(window, out, "chat-crisis")

            # The crisis chat on screen (the banner's 채팅 보기), a second expression in it: the
            # conversation must keep its room under the crisis line.
            window.error_banner._action_button.click()
            await first.say("사실 아까 수면제를 한 통 다 먹었어요")
            await wait_for(lambda: "수면제" in window.chats.conversation.crisis.text(), "the second crisis")
            type_text(window.chats.conversation.composer.editor, "지금 어디에 계세요?")
            await settle(0.8)
            save(window, out, "chat-crisis-open")

            await TrainingSimulator(client=console.core.client).ring_once("010-2345-6789")
            await wait_for(lambda: window.card.state() == "ringing", "a call ringing")
            window.card.accept()
            await wait_for(lambda: len(console.core.contacts.held()) == 4, "the call taken")
            type_text(window.contact.notes.editor(), "채팅 3건 진행 중에 받은 전화. 이전 상담 기록 확인함.")
            await settle(0.8)
            save(window, out, "chat-call")
    finally:
        window.hide()
        await console.aclose()
        await server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--theme", choices=("day", "night", "contrast"), default="day")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    import qasync

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    apply_look(app)
    ThemeController.of(app).set_theme(args.theme, remember=False)
    if ThemeController.of(app).scale() != 1.0:
        app.setStyleSheet(load_stylesheet(args.theme))
    install_translators(app, args.lang)
    qasync.run(render(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
