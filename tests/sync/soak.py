"""Soak: N scripted console sessions through the fault proxy, killed with SIGKILL at random points.

Not collected by pytest (no test_ prefix). Run:
    .venv/bin/python -m tests.sync.soak --sessions 20 --records 40 --seed 1
    .venv/bin/python -m tests.sync.soak --sessions 1 --records 10000 --no-kill    (the 10,000-record run)

Each session is a console process (`python -m tests.sync.soak driver ...`, tests/sync/soak_driver.py) on its
own SQLite file: it signs in through the proxy, takes a call, and writes `--records` records of every kind
a counselor produces — revisions of the contact's note, separate entries (checklist results), referrals,
emergency dispatches and their later steps — each committed with its outbox row and then appended to a
journal (what the client did, written after the commit); at the end it hands the contact off. The parent
kills it with SIGKILL at random moments and starts it again on the same file until it prints DONE (outbox
empty). Every journal key is then looked up on the server (tests/sync/soak_check.py). Prints sessions,
faults injected, kills, records expected, records found, lost, duplicated, and the same per kind.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.sync.soak_check import Tally
from tests.sync.soak_driver import KINDS

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class SoakResult:
    sessions: int
    faults: int
    kills: int
    kinds: dict[str, Tally]
    seconds: float
    refused: list[str] = field(default_factory=list)  # outbox rows the server refused, as the driver saw them
    handoff_answers: Counter[str] = field(default_factory=Counter)  # per press: sent, or handoff_pending

    def _total(self) -> Tally:
        total = Tally()
        for tally in self.kinds.values():
            total.add(tally)
        return total

    @property
    def expected(self) -> int:
        return self._total().expected

    @property
    def found(self) -> int:
        return self._total().found

    @property
    def lost(self) -> int:
        return self._total().lost

    @property
    def duplicated(self) -> int:
        return self._total().duplicated

    def lines(self) -> list[str]:
        out = [f"sessions {self.sessions}", f"faults injected {self.faults}", f"kills {self.kills}",
               f"records expected {self.expected}", f"records found {self.found}", f"lost {self.lost}",
               f"duplicated {self.duplicated}"]
        for kind, t in self.kinds.items():
            out.append(f"  {kind}: expected {t.expected}, found {t.found}, lost {t.lost},"
                       f" duplicated {t.duplicated}")
        out.append(f"handoff presses {self.handoff_answers.total()} (sent {self.handoff_answers['sent']},"
                   f" pressed again after a restart: handoff_pending {self.handoff_answers['pending']})")
        out += [f"refused {line}" for line in self.refused]
        out.append(f"seconds {self.seconds:.1f}")
        return out


def session_seed(seed: int, session: int) -> int:
    return seed * 100_003 + session


def session_number(session: int) -> str:
    # A first-time caller per session: its own case, so a case's lists hold one session's records.
    return f"010-{7000 + session // 10_000 % 3000:04d}-{session % 10_000:04d}"


def _session(proxy: Any, server: Any, work: Path, s: int, *, records: int, seed: int, lead_id: str,
             pace: float, kill: bool, max_kills: int, rng: random.Random, refused: list[str],
             handoffs: Counter[str]) -> int:
    """Run session `s` to DONE, killing it at random; its kills."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "tests.sync.soak", "driver", "--proxy", proxy.url, "--server", server.url,
           "--db", str(work / f"session{s}.sqlite3"), "--journal", str(work / f"session{s}.journal"),
           "--records", str(records), "--pace", str(pace), "--seed", str(session_seed(seed, s)),
           "--number", session_number(s), "--lead", lead_id]
    kills = 0
    while True:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        if kill and kills < max_kills and rng.random() < 0.7:
            try:
                proc.wait(timeout=rng.uniform(0.5, 2.5))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                out, _ = proc.communicate()
                handoffs.update(line.split()[1] for line in out.splitlines() if line.startswith("HANDOFF "))
                kills += 1
                continue
        out, err = proc.communicate(timeout=1800)
        handoffs.update(line.split()[1] for line in out.splitlines() if line.startswith("HANDOFF "))
        if proc.returncode == -signal.SIGKILL:
            continue
        if "DONE" not in out:
            raise RuntimeError(f"session {s} failed: {err[-2000:]}")
        refused += [f"session {s}: {line[8:]}" for line in out.splitlines() if line.startswith("REFUSED ")]
        return kills


def run(*, sessions: int, records: int, seed: int, rate: float = 0.15, kill: bool = True,
        work: Path | None = None, max_kills: int = 3, quiet: bool = False, pace: float = 0.05) -> SoakResult:
    from tests.support.live_server import start_live_server
    from tests.sync import soak_check
    from tests.sync.fault_proxy import FaultProxy
    from tests.sync.soak_driver import read_journal
    from tests.sync.support import server_entry_keys

    started = time.monotonic()
    work = work or Path(tempfile.mkdtemp(prefix="soak-"))
    server = start_live_server(work / "server")
    proxy = FaultProxy(server.url)
    proxy.faults.randomise(seed=seed, rate=rate)
    rng = random.Random(seed)
    kinds = {kind: Tally() for kind in KINDS}
    refused: list[str] = []
    handoffs: Counter[str] = Counter()
    kills = 0
    reader = soak_check.Reader(server.url)
    try:
        lead_id = reader.me()
        journals: list[dict[str, Any]] = []
        for s in range(sessions):
            session_kills = _session(proxy, server, work, s, records=records, seed=seed, lead_id=lead_id,
                                     pace=pace, kill=kill, max_kills=max_kills, rng=rng, refused=refused,
                                     handoffs=handoffs)
            kills += session_kills
            lines = read_journal(work / f"session{s}.journal")
            for kind, tally in soak_check.session(reader, lines).items():
                kinds[kind].add(tally)
            journals += lines
            if not quiet:
                print(f"session {s + 1}/{sessions} done ({session_kills} kills)", flush=True)
        found = server_entry_keys(server, sorted({line["contact"] for line in journals}))
        for kind, tally in soak_check.entries(found, journals).items():
            kinds[kind].add(tally)
    finally:
        reader.close()
        proxy.stop()
        server.stop()
    return SoakResult(sessions, proxy.faults.total(), kills, kinds, time.monotonic() - started, refused,
                      handoffs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", nargs="?", default="soak", choices=["soak", "driver"])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--records", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=0.15)
    parser.add_argument("--no-kill", action="store_true")
    parser.add_argument("--pace", type=float, default=0.05, help="max seconds between two records")
    parser.add_argument("--proxy")
    parser.add_argument("--server")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--journal", type=Path)
    parser.add_argument("--number", default="010-2345-6789")
    parser.add_argument("--lead", help="the shift lead's user id (a handoff's to_user_id)")
    args = parser.parse_args()
    if args.mode == "driver":
        from tests.sync.soak_driver import drive

        asyncio.run(drive(proxy_url=args.proxy, server_url=args.server, db_path=args.db, journal=args.journal,
                          records=args.records, pace=args.pace, seed=args.seed, number=args.number,
                          lead_id=args.lead))
        return 0
    result = run(sessions=args.sessions, records=args.records, seed=args.seed, rate=args.rate,
                 kill=not args.no_kill, pace=args.pace)
    print("\n".join(result.lines()))
    return 0 if result.lost == 0 and result.duplicated == 0 and not result.refused else 1


if __name__ == "__main__":
    sys.exit(main())
