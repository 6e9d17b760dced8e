"""The reference server as separate operating-system processes (`python -m annyeong.server`), for
the tests and the load script that need several processes on one PostgreSQL database: what --workers
does, with each process on a port of its own so a test can choose which one it talks to.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from annyeong.console.embedded import free_port
from tests.support import web


@dataclass
class ServerProcess:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def stop(self, *, kill: bool = False) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def launch(
    database_url: str,
    log_path: Path,
    *,
    workers: int = 1,
    offer_timeout_s: float = 20.0,
    training: bool = True,
    log_level: str = "info",
) -> ServerProcess:
    """Start one `python -m annyeong.server` (with `workers` uvicorn workers) without waiting for it."""
    port = free_port()
    args = [
        sys.executable, "-m", "annyeong.server",
        "--database", database_url,
        "--port", str(port),
        "--workers", str(workers),
        "--offer-timeout", str(offer_timeout_s),
        "--log-level", log_level,
        "--log-file", str(log_path),
    ]
    if training:
        args.append("--training")
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return ServerProcess(url=f"http://127.0.0.1:{port}", process=process, log_path=log_path)


def wait_ready(server: ServerProcess, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            code = server.process.returncode
            raise RuntimeError(f"server process exited ({code}):\n{server.log()[-3000:]}")
        try:
            if web.get(f"{server.url}/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    server.stop(kill=True)
    raise RuntimeError(f"server process not ready in {timeout_s} s:\n{server.log()[-3000:]}")


def start_processes(
    database_url: str, log_dir: Path, count: int, *, offer_timeout_s: float = 20.0
) -> list[ServerProcess]:
    """`count` processes on one database, started at the same moment (they migrate and seed together)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    started = [
        launch(database_url, log_dir / f"server-{n}.log", offer_timeout_s=offer_timeout_s)
        for n in range(count)
    ]
    try:
        for server in started:
            wait_ready(server)
    except BaseException:
        for server in started:
            server.stop(kill=True)
        raise
    return started
