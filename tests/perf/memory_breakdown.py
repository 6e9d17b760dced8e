"""memory_breakdown: where a signed-in idle console's RSS above a bare PySide6 window is (a diagnosis aid
beside soak_memory, not a benchmark: no budget, no verdict).

The same console soak_memory measures (build_console, the app's look, offscreen 1360×840, signed in to a
reference server process, sync running, available, settle_heap), read in one process stage by stage:
RSS and its anonymous part after the look, the console's imports, build_console, the first paint and the
sign-in. Then, against a bare window measured in a fresh interpreter of the same run: the mappings that
grew (shared libraries' touched pages, font files, [heap] = malloc, [anon] = Python's arenas and large
blocks), Python's small-object allocator (pymalloc) and what its objects are by type, and the widgets
built per part of the window (and how many of them are hidden at idle).

`python -m tests.perf.memory_breakdown`
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from tests.perf.common import DEMO_PASSWORD, ROOT, child_env, reference_server, rss_mb
from tests.perf.qt_harness import qt_app
from tests.perf.soak_memory import BARE

_MAPPINGS = """
from pathlib import Path
def mappings():
    rss, anon, name = {}, {}, "[anon]"
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()
            if fields and not fields[0].endswith(":"):
                name = Path(fields[5]).name if len(fields) > 5 else "[anon]"
            elif fields and fields[0] in ("Rss:", "Anonymous:"):
                into = rss if fields[0] == "Rss:" else anon
                into[name] = into.get(name, 0) + int(fields[1])
    return rss, anon
"""
namespace: dict[str, Any] = {}
exec(_MAPPINGS, namespace)  # the one reader, run here and in the bare window's interpreter alike
mappings = namespace["mappings"]
Bare = tuple[float, dict[str, int], dict[str, int]]  # RSS MB, then RSS and anonymous kB per mapping


def anonymous_mb() -> float:
    with open("/proc/self/smaps_rollup", encoding="utf-8") as f:
        rollup = {ln.split(":")[0]: int(ln.split()[1]) for ln in f if ln.rstrip().endswith("kB")}
    return rollup["Anonymous"] / 1024


class Stages:
    def __init__(self) -> None:
        self._last = (0.0, 0.0)
        print(f"{'stage':<34}{'RSS MB':>9}{'+RSS':>8}{'+anon':>8}{'+file':>8}")

    def mark(self, stage: str) -> None:
        rss, anon = rss_mb(), anonymous_mb()
        grew, grew_anon = rss - self._last[0], anon - self._last[1]
        print(f"{stage:<34}{rss:9.1f}{grew:8.1f}{grew_anon:8.1f}{grew - grew_anon:8.1f}", flush=True)
        self._last = (rss, anon)


# The libraries the console cannot run without, loaded into the bare window's process as the console
# loads them (annyeong.ui first: its import diet), and the one HTTP client: the floor under our own code.
LIBRARIES = ("import annyeong.ui, httpx, pydantic, qasync, sqlcipher3\n"
             "client = httpx.AsyncClient()\n")


def bare_mappings(before: str = "") -> Bare:
    code = before + BARE + _MAPPINGS + "import json\nprint(json.dumps(mappings()))\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=child_env(), capture_output=True,
                         text=True, check=True, timeout=120).stdout.splitlines()
    rss, anon = json.loads(out[-1])
    return int(out[-2]) / 1024, rss, anon


def print_mappings(bare: Bare, top: int = 16) -> None:
    bare_mb, bare_rss, bare_anon = bare
    rss, anon = mappings()
    total = sum(rss.values()) / 1024
    print(f"\nidle {total:.1f} MB against the bare window's {bare_mb:.1f} MB: +{total - bare_mb:.1f} MB; "
          "the mappings that grew (MB):")
    grown = sorted(((rss.get(n, 0) - bare_rss.get(n, 0), n) for n in set(rss) | set(bare_rss)), reverse=True)
    for kb, name in grown[:top]:
        print(f"{kb / 1024:+8.1f}  {name}  (now {rss.get(name, 0) / 1024:.1f}, of which anonymous "
              f"{anon.get(name, 0) / 1024:.1f})")
    rest = sum(kb for kb, _ in grown[top:])
    print(f"{rest / 1024:+8.1f}  the other {len(grown) - top} mappings")
    grew_anon = (sum(anon.values()) - sum(bare_anon.values())) / 1024
    print(f"anonymous +{grew_anon:.1f} MB, file-backed {total - bare_mb - grew_anon:+.1f} MB")


def print_python_objects(top: int = 10) -> None:
    """pymalloc's arenas (objects up to 512 bytes) and the objects the collector can see, by type with
    the untracked ones they hold (strings, bytes), by sys.getsizeof. Unfreezes the heap settle_heap froze
    (the collector lists no frozen object): call it last."""
    gc.unfreeze()
    gc.collect()
    size: Counter[str] = Counter()
    seen: set[int] = set()
    objects = gc.get_objects()
    for obj in objects:
        seen.add(id(obj))
        if obj is not seen:  # this count's own bookkeeping
            size[type(obj).__name__] += sys.getsizeof(obj)
    for obj in objects:
        for held in gc.get_referents(obj) if obj is not seen else ():
            if id(held) not in seen and not gc.is_tracked(held):
                seen.add(id(held))
                size[type(held).__name__] += sys.getsizeof(held)
    del objects
    print(f"\nPython: {len(sys.modules)} modules; objects by type (MB, sys.getsizeof; "
          f"{sum(size.values()) / 2**20:.1f} in all):")
    print("  " + ", ".join(f"{name} {value / 2**20:.1f}" for name, value in size.most_common(top)))


def print_widgets(window: Any) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    everything = QApplication.allWidgets()
    hidden = sum(1 for w in everything if not w.isVisible())
    print(f"\nwidgets: {len(everything)}, of which {hidden} not visible at idle; the window's parts:")
    parts = sorted(((len(v.findChildren(QWidget)) + 1, k, v.isVisible()) for k, v in vars(window).items()
                    if isinstance(v, QWidget) and v.parent() is not None), reverse=True)
    print("  " + ", ".join(f"{name} {count}{'' if shown else ' (hidden)'}" for count, name, shown in parts
                           if count >= 10))


async def print_hidden_screens(console: Any) -> None:
    """What the screens hidden at idle hold: each built once more (hidden, polished, settled) beside the
    running ones, its RSS read before and after; what building it on first show would save at idle,
    besides the modules only it imports."""
    from annyeong.ui.card.call_card import CallCard
    from annyeong.ui.contact.view import ContactView
    from annyeong.ui.crisis.panel import CrisisPanel
    from annyeong.ui.dispatch.panel import DispatchPanel

    core, window = console.core, console.window
    screens = {
        "ContactView": lambda: ContactView(core, parent=window.centre),
        "DispatchPanel": lambda: DispatchPanel(core, console.tasks, window.centre),
        "CallCard": lambda: CallCard(core.calls, window.centre),
        "CrisisPanel": lambda: CrisisPanel(core, window),
    }
    cost, built = [], []
    for name, build in screens.items():  # all kept until the end: a freed one's memory would serve the next
        before = rss_mb()
        built.append(build())
        built[-1].hide()
        await asyncio.sleep(0.5)
        cost.append(f"{name} {rss_mb() - before:.1f}")
    for screen in built:
        screen.deleteLater()
    print("\nthe screens hidden at idle, each built once more (MB): " + ", ".join(cost))


async def _main(url: str, tmp: Path, stages: Stages, bare: Bare) -> None:
    from annyeong.console.secrets import SecretStore
    from annyeong.ui.shell.composition import build_console, settle_heap

    stages.mark("the console's imports")
    console = build_console(server_url=url, data_dir=tmp / "console", training=True,
                            secrets=SecretStore.in_memory())
    stages.mark("build_console (not shown)")
    console.window.resize(1360, 840)
    console.window.show()
    await asyncio.sleep(1.0)
    stages.mark("shown, painted")
    await console.core.sign_in(server_url=url, username="kim", password=DEMO_PASSWORD)
    await console.core.start_sync()
    await console.core.calls.set_presence("available")
    await asyncio.sleep(1.0)
    stages.mark("signed in, syncing, available")
    settle_heap()
    await asyncio.sleep(1.0)
    stages.mark("idle (settle_heap)")
    print_mappings(bare)
    print_widgets(console.window)
    await print_hidden_screens(console)
    print_python_objects()  # last: counting allocates
    await console.aclose()


def run() -> None:
    bare = bare_mappings()
    floor = bare_mappings(LIBRARIES)[0]
    print(f"bare window {bare[0]:.1f} MB; the same with the console's libraries (httpx, pydantic, qasync, "
          f"sqlcipher3, an AsyncClient) {floor:.1f} MB = {floor / bare[0]:.2f}× bare\n")
    stages = Stages()
    stages.mark("the harness (httpx, tests.perf)")
    import qasync

    app = qt_app()
    stages.mark("PySide6, qasync, QApplication")
    from annyeong.ui.main import apply_look

    apply_look(app)
    stages.mark("the look (font, style sheet, palette)")
    tmp = Path(tempfile.mkdtemp(prefix="perf-breakdown-"))
    with reference_server(tmp / "server") as (url, _db):
        qasync.run(_main(url, tmp, stages, bare))


if __name__ == "__main__":
    run()
