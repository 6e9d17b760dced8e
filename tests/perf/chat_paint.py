"""chat_paint: a person's chat message from the event to the painted conversation, the console's part.

The event is applied as the sync engine applies it (Conversations.on_event inside a store transaction:
merge by id and seq, the crisis check), then the ConversationView refreshes and Qt paints it (offscreen).
Measured in conversations of 10, 50 and 150 messages. Beside each figure, in the same run, the view's
refresh and paint with nothing new (the floor of the path), as a ratio.
Budget: p95 ≤ 100 ms (the whole path on loopback; the network leg is measured once the server's chat
routes are merged).

    python -m tests.perf.chat_paint
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.perf.common import SUMMARY_HEADER, percentile, summary_row, table, verdict

BUDGET_MS = 100.0
SIZES = (10, 50, 150)
TEXTS = ("요즘 잠이 잘 안 와요.", "혼자 밥 먹는 게 익숙해졌어요.", "복지관에 가 볼까 생각 중이에요.",
         "오늘은 그래도 좀 나아요.", "가족이랑 연락 안 한 지 오래됐어요.")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from annyeong.console.api.client import ApiClient
    from annyeong.console.chats.conversations import Conversations
    from annyeong.console.chats.quick_texts import load as load_texts
    from annyeong.console.store.db import Database
    from annyeong.console.store.outbox import Outbox
    from annyeong.console.wire import Event
    from annyeong.ui.chat.conversation_view import ConversationView
    from annyeong.ui.main import apply_look

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_look(app)  # type: ignore[arg-type]
    now = datetime.now(UTC)
    rows: list[list[object]] = []
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "account.db")
        chats = Conversations(db=db, outbox=Outbox(db), client=ApiClient(server_url="http://127.0.0.1:9"),
                              now=lambda: now)
        view = ConversationView(chats, load_texts())
        view.resize(900, 640)
        view.show()
        seq = 0
        for size in SIZES:
            contact = str(uuid.uuid4())
            chats.store.ensure(contact)
            view.set_chat(contact, None)
            paint: list[float] = []
            floor: list[float] = []
            for n in range(1, size + 1):
                seq += 1
                sender = "person" if n % 2 else "counselor"
                message = {"id": str(uuid.uuid4()), "contact_id": contact, "seq": n, "sender": sender,
                           "text": TEXTS[n % len(TEXTS)], "sent_at": (now + timedelta(seconds=n)).isoformat()}
                event = Event(seq=seq, type="chat.message", created_at=now,
                              data={"contact_id": contact, "message": message})
                start = time.perf_counter()
                with db.transaction(durable=False):
                    chats.on_event(event)
                view.refresh()
                view.transcript.viewport().repaint()
                app.processEvents()
                if n > size - min(size, 20):  # the newest 20: the conversation at its length
                    paint.append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    view.refresh()
                    view.transcript.viewport().repaint()
                    app.processEvents()
                    floor.append((time.perf_counter() - start) * 1000)
            row = summary_row(f"message painted, {size} in chat", paint)
            ratio = percentile(paint, 95) / max(percentile(floor, 95), 1e-6)
            rows.append([*row, f"{ratio:.2f}x floor"])
            worst = max(worst, percentile(paint, 95))
        db.close()
    table((*SUMMARY_HEADER, "vs refresh"), rows)
    ok = verdict("chat_paint", f"p95 {worst:.1f} ms", f"≤ {BUDGET_MS:.0f} ms", worst <= BUDGET_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
