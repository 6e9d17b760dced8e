"""Soak: N scripted console sessions through the fault proxy, killed with SIGKILL at random points.

Not collected by pytest (no test_ prefix). Run:
    .venv/bin/python -m tests.sync.soak --sessions 20 --records 40 --seed 1
    .venv/bin/python -m tests.sync.soak --sessions 1 --records 10000 --no-kill    (the 10,000-record run)

Each session is a console process (`python -m tests.sync.soak driver ...`) on its own SQLite file: it signs
in through the proxy, takes a call, and writes `--records` records (revisions of the contact's note and
separate entries, e.g. checklist results), each committed with its outbox row and then appended to a
journal (what the client did, written after the commit). The parent kills it with SIGKILL at random
moments and starts it again on the same file until it prints DONE (outbox empty). At the end every
journal key is looked up on the server by idempotency key. Prints sessions, faults injected, kills,
records expected, records found, lost, duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class SoakResult:
    sessions: int
    faults: int
    kills: int
    expected: int
    found: int
    lost: int
    duplicated: int
    seconds: float

    def lines(self) -> list[str]:
        return [f"sessions {self.sessions}", f"faults injected {self.faults}", f"kills {self.kills}",
                f"records expected {self.expected}", f"records found {self.found}", f"lost {self.lost}",
                f"duplicated {self.duplicated}", f"seconds {self.seconds:.1f}"]


# --- the console process ----------------------------------------------------------------------------


async def _driver(
    proxy_url: str, server_url: str, db_path: Path, journal: Path, records: int, pace: float
) -> None:
    from console.errors import ConsoleError
    from tests.sync.support import PASSWORD, mini_console, open_contact

    console = mini_console(proxy_url, db_path, pull=False, base=0.05, cap=1.0)
    for _ in range(200):  # the proxy may fail the sign-in too
        try:
            await console.client.login(username="kim", password=PASSWORD)
            break
        except ConsoleError:
            await asyncio.sleep(0.05)
    active = console.store.active_contact()
    if active is None:
        direct = mini_console(server_url, db_path.with_suffix(".direct"), push=False, pull=False)
        direct.client.set_tokens(access_token=console.client._access_token, refresh_token=None)
        contact = await open_contact(server_url, direct.client)
        await direct.close()
        await direct.client.aclose()
        active = console.store.open_contact(contact)
    contact_id = active.contact_id
    done = len(journal.read_text().splitlines()) if journal.exists() else 0
    console.engine.start()
    rng = random.Random()
    with journal.open("a") as out:
        for i in range(done, records):
            if rng.random() < 0.5:
                console.store.save_note_draft(contact_id, f"메모 {i}")
                note = console.db.conn.execute(
                    "SELECT note_id, revision FROM notes WHERE contact_id = ?", (contact_id,)).fetchone()
                from console.store.local import entry_key

                key = entry_key(note["note_id"], note["revision"])
            else:
                key = console.add_entry(contact_id, f"체크리스트 결과 {i}")
            out.write(json.dumps({"key": key, "contact": contact_id}) + "\n")
            out.flush()
            os.fsync(out.fileno())
            console.engine.wake()
            await asyncio.sleep(rng.uniform(0.0, pace))  # a person's pace, so kills land mid-session
    while console.outbox.counts()[0]:
        await asyncio.sleep(0.05)
    assert console.outbox.counts()[1] == 0, "a row was refused"
    print("DONE", flush=True)
    await console.close()
    await console.client.aclose()


# --- the parent ------------------------------------------------------------------------------------


def run(*, sessions: int, records: int, seed: int, rate: float = 0.15, kill: bool = True,
        work: Path | None = None, max_kills: int = 3, quiet: bool = False, pace: float = 0.05) -> SoakResult:
    from tests.support.live_server import start_live_server
    from tests.sync.fault_proxy import FaultProxy
    from tests.sync.support import server_entry_keys

    started = time.monotonic()
    work = work or Path(tempfile.mkdtemp(prefix="soak-"))
    server = start_live_server(work / "server")
    proxy = FaultProxy(server.url)
    proxy.faults.randomise(seed=seed, rate=rate)
    rng = random.Random(seed)
    kills = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        for s in range(sessions):
            db_path = work / f"session{s}.sqlite3"
            journal = work / f"session{s}.journal"
            cmd = [sys.executable, "-m", "tests.sync.soak", "driver", "--proxy", proxy.url, "--server",
                   server.url, "--db", str(db_path), "--journal", str(journal), "--records", str(records),
                   "--pace", str(pace)]
            session_kills = 0
            while True:
                proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
                if kill and session_kills < max_kills and rng.random() < 0.7:
                    try:
                        proc.wait(timeout=rng.uniform(0.5, 2.5))
                    except subprocess.TimeoutExpired:
                        proc.send_signal(signal.SIGKILL)
                        proc.wait()
                        kills += 1
                        session_kills += 1
                        continue
                out, err = proc.communicate(timeout=1800)
                if proc.returncode == -signal.SIGKILL:
                    continue
                if "DONE" not in out:
                    raise RuntimeError(f"session {s} failed: {err[-2000:]}")
                break
            if not quiet:
                print(f"session {s + 1}/{sessions} done ({session_kills} kills)", flush=True)
        expected: set[str] = set()
        contacts: set[str] = set()
        for s in range(sessions):
            for line in (work / f"session{s}.journal").read_text().splitlines():
                item = json.loads(line)
                expected.add(item["key"])
                contacts.add(item["contact"])
        found: Counter[str] = server_entry_keys(server, sorted(contacts))
    finally:
        proxy.stop()
        server.stop()
    lost = expected - set(found)
    result = SoakResult(sessions, proxy.faults.total(), kills, len(expected), len(set(found) & expected),
                        len(lost), sum(1 for n in found.values() if n > 1), time.monotonic() - started)
    return result


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
    args = parser.parse_args()
    if args.mode == "driver":
        asyncio.run(_driver(args.proxy, args.server, args.db, args.journal, args.records, args.pace))
        return 0
    result = run(sessions=args.sessions, records=args.records, seed=args.seed, rate=args.rate,
                 kill=not args.no_kill, pace=args.pace)
    print("\n".join(result.lines()))
    return 0 if result.lost == 0 and result.duplicated == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
