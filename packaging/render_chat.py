"""Render the live chat view with three chats and the call in the switcher, at 1366x768, to PNG files.

    python packaging/render_chat.py OUT_DIR [--lang ko|en] [--theme day|night|contrast] [--name chat]

Real widgets on the real Conversations feature and a real SQLite store in a temp folder; the person's
messages are applied as the sync engine applies stream events (no server is needed for a still picture).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget  # noqa: E402

from annyeong.console.api.client import ApiClient  # noqa: E402
from annyeong.console.chats.conversations import Conversations  # noqa: E402
from annyeong.console.chats.quick_texts import load as load_texts  # noqa: E402
from annyeong.console.store.db import Database  # noqa: E402
from annyeong.console.store.outbox import Outbox  # noqa: E402
from annyeong.console.wire import ChatHandoff, ChatMessage, Event, SelfTest, SelfTestAnswer  # noqa: E402
from annyeong.ui.chat.conversation_view import ConversationView  # noqa: E402
from annyeong.ui.chat.switcher import ChatSwitcher, SwitchItem, call_title, chat_title  # noqa: E402
from annyeong.ui.common.theme import ThemeController, load_stylesheet  # noqa: E402
from annyeong.ui.main import apply_look  # noqa: E402
from annyeong.ui.text.i18n import install_translators  # noqa: E402

NOW = datetime.now(UTC).replace(microsecond=0)
_seq = iter(range(1, 10_000))


def say(chats: Conversations, contact: str, seq: int, sender: str, text: str, minutes_ago: float,
        **extra: str) -> None:
    at = NOW - timedelta(minutes=minutes_ago)
    message = {"id": str(uuid.uuid4()), "contact_id": contact, "seq": seq, "sender": sender, "text": text,
               "sent_at": at.isoformat(), **extra}
    chats.on_event(Event(seq=next(_seq), type="chat.message", created_at=at,
                         data={"contact_id": contact, "message": message}))


def scene(chats: Conversations) -> tuple[list[str], ChatHandoff]:
    a, b, c = (str(uuid.uuid4()) for _ in range(3))
    for contact in (a, b, c):
        chats.store.ensure(contact)
    say(chats, a, 1, "person", "안녕하세요… 요즘 너무 외로워서 연락해 봤어요.", 6)
    say(chats, a, 2, "counselor", "안녕하세요, 외로움안녕120 상담사입니다. 연락 주셔서 고맙습니다.", 5,
        read_at=(NOW - timedelta(minutes=5)).isoformat())
    say(chats, a, 3, "person", "혼자 산 지 3년이 됐는데 하루 종일 말할 사람이 없어요.", 2)
    say(chats, b, 1, "person", "요즘 밤에 잠을 거의 못 자요.", 9)
    say(chats, b, 2, "counselor", "잠을 못 주무신다니 많이 지치셨겠어요. 언제부터 그러셨어요?", 8,
        read_at=(NOW - timedelta(minutes=8)).isoformat())
    say(chats, b, 3, "person", "한 달쯤이요. 솔직히 다 그만두고 싶어요. 수면제를 모아 뒀어요.", 1)
    chats.mark_read(b)
    chats.send(b, "말씀해 주셔서 고마워요. 조심스럽게 여쭤볼게요. 혹시 죽고 싶다는 생각이 드시나요?")
    chats.on_event(Event(seq=next(_seq), type="chat.typing", created_at=NOW,
                         data={"contact_id": b, "typing": True}))
    say(chats, c, 1, "person", "구청에서 하는 프로그램 같은 거 있나요?", 14)
    say(chats, c, 2, "counselor", "네, 계신 구를 알려 주시면 가까운 서울마음편의점을 찾아 드릴게요.", 12,
        delivered_at=(NOW - timedelta(minutes=12)).isoformat())
    answers = [SelfTestAnswer(item_id=f"q{i}", value=v) for i, v in
               enumerate([1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1], start=1)]
    handoff = ChatHandoff(
        self_test=SelfTest(answers=answers, result_text="외로움과 고립감이 큰 편이에요."),
        transcript=[ChatMessage(sender="bot", text="자가진단을 마쳤어요. 상담사와 연결할까요?", at=NOW),
                    ChatMessage(sender="person", text="네 연결해 주세요", at=NOW)],
        received_at=NOW - timedelta(minutes=10),
    )
    return [a, b, c], handoff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--theme", choices=("day", "night", "contrast"), default="day")
    parser.add_argument("--name", default="chat")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_look(app)
    ThemeController.of(app).set_theme(args.theme, remember=False)
    if ThemeController.of(app).scale() != 1.0:
        app.setStyleSheet(load_stylesheet(args.theme))
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "account.db")
        chats = Conversations(db=db, outbox=Outbox(db), client=ApiClient(server_url="http://127.0.0.1:9"),
                              now=lambda: NOW)
        contacts, handoff = scene(chats)
        window = QWidget()
        window.setObjectName("chatRender")
        window.resize(1366, 768)
        switcher = ChatSwitcher(lambda: NOW, window)
        items = [SwitchItem("call", "call", call_title("010-****-3434"))]
        for n, contact in enumerate(contacts, start=1):
            s = chats.summary(contact)
            title = chat_title(n)
            items.append(SwitchItem(contact, "chat", title, unread=s.unread, waiting_since=s.waiting_since,
                                    crisis=s.crisis, ended=s.ended_by is not None))
        switcher.set_items(items, current=contacts[1])
        view = ConversationView(chats, load_texts(), window)
        notes = QPlainTextEdit(window)
        notes.setObjectName("notesEditor")
        notes.setPlaceholderText(app.translate(
            "NotesPane", "상담 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다."))
        row = QHBoxLayout()
        row.addWidget(view, 3)
        row.addWidget(notes, 2)
        column = QVBoxLayout(window)
        column.setContentsMargins(12, 10, 12, 10)
        column.addWidget(switcher)
        column.addLayout(row, 1)
        window.show()
        view.set_chat(contacts[1], handoff)
        view.composer.editor.setPlainText("지금 계신 곳은 안전한가요?")
        for _ in range(5):
            app.processEvents()
        view.refresh()
        app.processEvents()
        path = args.out / f"{args.name}.png"
        window.grab().save(str(path))
        print(path)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
