"""What every benchmark shares: percentiles, the table, the verdict line, RSS, a reference server.

The machine is shared and noisy, so each benchmark measures its own baseline in the same run and prints
its figure beside it; budgets are checked on the figure the issue names (a ratio or a percentile).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx

from annyeong.console.embedded import free_port

ROOT = Path(__file__).resolve().parents[2]
TELEPHONY_KEY = "training-telephony-key"
DEMO_PASSWORD = "annyeong120"


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def table(header: Sequence[str], rows: Sequence[Sequence[object]], first_width: int = 34) -> None:
    """A plain fixed-width table: the first column left-aligned, numbers right-aligned."""
    def cell(value: object) -> str:
        return f"{value:.1f}" if isinstance(value, float) else str(value)

    print(f"{header[0]:<{first_width}}" + "".join(f"{h:>14}" for h in header[1:]))
    for row in rows:
        print(f"{cell(row[0]):<{first_width}}" + "".join(f"{cell(v):>14}" for v in row[1:]))


def summary_row(name: str, values: Sequence[float]) -> list[object]:
    """name, n, p50, p95, p99, max (ms)."""
    if not values:
        return [name, 0, "-", "-", "-", "-"]
    return [name, len(values), statistics.median(values), percentile(values, 95), percentile(values, 99),
            max(values)]


SUMMARY_HEADER = ("measure", "n", "p50 ms", "p95 ms", "p99 ms", "max ms")


def verdict(name: str, figure: str, budget: str, ok: bool) -> bool:
    """The last line every benchmark prints."""
    print(f"{name}: {figure} (budget {budget}) {'ok' if ok else 'over'}", flush=True)
    return ok


def rss_mb(pid: int | None = None) -> float:
    """Resident set size from /proc (Linux), in MiB."""
    with open(f"/proc/{pid or os.getpid()}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ANNYEONG_LOG_LEVEL"] = "WARNING"
    return env


@contextlib.contextmanager
def reference_server(data_dir: Path | None = None) -> Iterator[tuple[str, Path]]:
    """The reference server in training mode (demo users, bridge keys) as its own process, on a free
    port: its work never shares the benchmarked process's GIL. Yields (url, database path)."""
    tmp = data_dir or Path(tempfile.mkdtemp(prefix="annyeong-perf-"))
    tmp.mkdir(parents=True, exist_ok=True)
    database = tmp / "server.sqlite3"
    port = free_port()
    log = open(tmp / "server.log", "wb")  # noqa: SIM115 (closed below, after the process)
    proc = subprocess.Popen(
        [sys.executable, "-m", "annyeong.server", "--training", "--host", "127.0.0.1", "--port", str(port),
         "--database", f"sqlite:///{database}"],
        cwd=ROOT, env=child_env(), stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # a hang guard: a busy machine boots it slowly
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited; see {tmp / 'server.log'}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("server did not become healthy")
            time.sleep(0.1)
        yield url, database
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@contextlib.contextmanager
def cpu_hogs(count: int) -> Iterator[None]:
    """`count` CPU-bound processes running beside the benchmark (a counselor PC's other programs), as
    `stress --cpu N` would; ended when the block ends."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def add_counselors(database: Path, count: int, *, like: str = "kim", prefix: str = "perf") -> list[str]:
    """Extra counselors `perf000`… (same password as `like`) written straight into the server's SQLite
    file: the API has no route to create users, and argon2 hashing 100 passwords would cost seconds."""
    import uuid

    conn = sqlite3.connect(database, timeout=30)
    try:
        conn.row_factory = sqlite3.Row
        template = dict(conn.execute("SELECT * FROM users WHERE username = ?", (like,)).fetchone())
        names = [f"{prefix}{i:03d}" for i in range(count)]
        with conn:
            for name in names:
                row = {**template, "id": str(uuid.uuid4()), "username": name, "display_name": name}
                columns = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f"INSERT INTO users ({columns}) VALUES ({marks})", list(row.values()))
        return names
    finally:
        conn.close()


def post_call(http: httpx.Client, number: str, key: str) -> dict[str, object]:
    r = http.post(
        "/v1/calls", json={"from_number": number, "channel": "phone"},
        headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": key},
    )
    r.raise_for_status()
    result: dict[str, object] = r.json()
    return result
