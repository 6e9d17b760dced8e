"""screen_pop: call POSTed by the telephony bridge → incoming-call card painted, over N calls on loopback.

The reference server runs as its own process (as in training mode), so its work does not share the
console's GIL. For each call a poster thread stamps the POST, the console's core stamps the moment the
call.offered event was applied, and an event filter stamps the card's first paint. The baseline is the
event-applied stamp of the same call in the same run: the gap between the two is what the UI adds.
Three kinds of call, as a shift brings them: first-time callers; every 4th call a returning caller with an
open case, an active crisis flag and history (the heaviest card); every 10th a chat hand-off from the
chatbot with its 12 자가진단 answers and the chat so far.
Budget: p95 ≤ 100 ms from POST to paint, for all calls and for each kind.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from tests.perf.common import TELEPHONY_KEY, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_P95_MS = 100.0
CHATBOT_KEY = "training-chatbot-key"
RETURNING = "010-2345-6789"  # the demo seed's returning caller: open case, suicide_risk flag, history


def kind_of(i: int) -> str:
    return "chat" if i % 10 == 9 else "returning" if i % 4 == 3 else "new"


def run(calls: int = 200) -> bool:
    import httpx
    import qasync
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from annyeong.console.embedded import EmbeddedServer
    from annyeong.console.secrets import SecretStore
    from annyeong.server.sim import chat as sim_chat
    from annyeong.ui.shell.composition import build_console

    _app = QApplication.instance() or QApplication(sys.argv)  # must outlive the run
    tmp = Path(tempfile.mkdtemp(prefix="screen-pop-"))
    posted: dict[str, float] = {}
    kinds: dict[str, str] = {}
    applied: dict[str, float] = {}
    painted: dict[str, float] = {}
    painted_event = threading.Event()

    async def main() -> bool:
        server = EmbeddedServer(data_dir=tmp / "server")
        url = await server.start()
        console = build_console(
            server_url=url, data_dir=tmp / "console", training=True, secrets=SecretStore.in_memory()
        )
        core = console.core
        card = console.window.findChild(QObject, "callCard")
        assert card is not None

        def on_changes(_changes: Any) -> None:
            call = core.offered_call
            if call is not None and call.id not in applied:
                applied[call.id] = time.perf_counter()

        core.add_listener(on_changes)

        class PaintProbe(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                call = core.offered_call
                if event.type() == QEvent.Type.Paint and call is not None and call.id not in painted:
                    painted[call.id] = time.perf_counter()
                    painted_event.set()
                return False

        probe = PaintProbe()
        card.installEventFilter(probe)
        console.window.resize(1360, 840)
        console.window.show()
        await core.sign_in(server_url=url, username="kim", password="annyeong120")
        await core.start_sync()
        await core.calls.set_presence("available")
        await asyncio.sleep(0.5)

        def poster() -> None:
            with httpx.Client(base_url=url, timeout=10) as http:
                headers = {"X-API-Key": TELEPHONY_KEY}
                for i in range(calls):
                    painted_event.clear()
                    kind = kind_of(i)
                    number = RETURNING if kind == "returning" else f"010-{5000 + i % 4000:04d}-{1000 + i:04d}"
                    t0 = time.perf_counter()
                    if kind == "chat":
                        r = http.post(
                            "/v1/chats",
                            json=sim_chat.payload(number, None),
                            headers={"X-API-Key": CHATBOT_KEY, "Idempotency-Key": str(uuid.uuid4())},
                        )
                    else:
                        r = http.post(
                            "/v1/calls",
                            json={"from_number": number, "channel": "phone"},
                            headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
                        )
                    call_id = r.json()["id"]
                    kinds[call_id] = kind
                    posted[call_id] = t0
                    painted_event.wait(5)
                    # The caller hangs up before anyone answers: the card goes, the next call can ring.
                    http.post(f"/v1/calls/{call_id}/end", headers=headers)
                    time.sleep(0.03)

        thread = threading.Thread(target=poster, daemon=True)
        thread.start()
        while thread.is_alive():
            await asyncio.sleep(0.01)
        await console.aclose()
        await server.stop()
        return report()

    def report() -> bool:
        ids = [i for i in posted if i in painted and i in applied]
        print(f"{'measure':<34}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")

        def row(name: str, values: list[float]) -> None:
            print(
                f"{name:<34}{len(values):>6}{statistics.median(values):>10.1f}"
                f"{percentile(values, 95):>10.1f}{max(values):>10.1f}"
            )

        to_event = [(applied[i] - posted[i]) * 1000 for i in ids]
        to_paint = [(painted[i] - posted[i]) * 1000 for i in ids]
        row("POST → event applied", to_event)
        row("POST → card painted", to_paint)
        worst = percentile(to_paint, 95)
        for kind in ("new", "returning", "chat"):
            values = [(painted[i] - posted[i]) * 1000 for i in ids if kinds.get(i) == kind]
            if values:
                row(f"  … {kind}", values)
                worst = max(worst, percentile(values, 95))
        missing = calls - len(ids)
        ui_ratio = statistics.median(to_paint) / max(statistics.median(to_event), 1e-6)
        print(f"cards never painted: {missing}; paint/event median ratio: {ui_ratio:.2f}×")
        p95 = percentile(to_paint, 95)
        ok = worst <= BUDGET_P95_MS and missing == 0
        verdict = "ok" if ok else "over"
        budget = f"budget ≤ {BUDGET_P95_MS:.0f} ms"
        print(f"screen_pop: p95 {p95:.1f} ms, worst kind {worst:.1f} ms ({budget}) {verdict}")
        return ok

    return bool(qasync.run(main()))


if __name__ == "__main__":
    sys.exit(0 if run(int(sys.argv[1]) if len(sys.argv) > 1 else 200) else 1)
