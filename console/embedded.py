"""The embedded reference server for training mode, run as a child process.

A subprocess (not a thread) so the server's work never competes with the UI for the GIL, and a crash of
either side leaves the other running. The console stops it on exit; annyeong-sim finds it through
<data dir>/training/server.json.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from annyeong.console.errors import ConsoleError
from annyeong.console.paths import training_dir

log = logging.getLogger(__name__)

TRAINING_TELEPHONY_KEY = "training-telephony-key"
DEMO_PASSWORD = "annyeong120"  # the published password of the training server's demo accounts
DEFAULT_PORT = 8120
HOST = "127.0.0.1"
SERVE_FLAG = "--serve-embedded"  # the bundle's hidden mode: run the training server, not the console


class EmbeddedServerError(ConsoleError):
    """The training server did not start (code "embedded_exited" or "embedded_timeout")."""

    default_code = "embedded_failed"


def port_is_free(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # uvicorn binds with SO_REUSEADDR; without it here, a connection in TIME_WAIT from the last run
        # would make the usual port look taken and move the training server somewhere random.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def frozen() -> bool:
    """Running from the PyInstaller workstation bundle (packaging/annyeong-console.spec)."""
    return bool(getattr(sys, "frozen", False))


def server_command(python: str) -> list[str]:
    """How to run the reference server. In the bundle sys.executable is the console itself: it has no
    ``-m``, so its entry point (packaging/bundle_main.py) runs the server when SERVE_FLAG comes first."""
    if frozen() and python == sys.executable:
        return [python, SERVE_FLAG]
    return [python, "-m", "annyeong.server"]


def _child_env() -> dict[str, str]:
    """The child must import the same `server` package as we would (a source checkout is not installed)."""
    env = dict(os.environ)
    if frozen():
        return env  # the bundle carries its own packages; a PYTHONPATH would only let others in
    spec = importlib.util.find_spec("annyeong.server")
    if spec is not None and spec.origin is not None:
        root = str(Path(spec.origin).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


class EmbeddedServer:
    """The reference server in training mode on 127.0.0.1.

    Guarantees:
      - `start()` returns only once GET /v1/health answers with training true, and raises
        EmbeddedServerError (after stopping the child) otherwise;
      - `stop()` terminates the child (kill after a grace period) and removes server.json; safe to call twice.
    """

    def __init__(
        self, *, data_dir: Path, port: int = DEFAULT_PORT, python: str = sys.executable,
        startup_timeout_s: float = 90.0,  # the window shows meanwhile; a busy PC boots it slowly
    ) -> None:
        self.dir = training_dir(data_dir)
        self._preferred_port = port
        self._python = python
        self._timeout = startup_timeout_s
        self._process: subprocess.Popen[bytes] | None = None
        self._adopted_pid: int | None = None
        self._launched_url: str | None = None
        self.url: str | None = None

    @property
    def info_path(self) -> Path:
        return self.dir / "server.json"

    @property
    def database_path(self) -> Path:
        return self.dir / "server.sqlite3"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def expected_url(self) -> str:
        """Where the server will answer, as far as is known before `start()` returns: what launch()
        chose, else the usual port."""
        return self._launched_url or f"http://{HOST}:{self._preferred_port}"

    def launch(self) -> None:
        """Spawn the child now, without waiting for it: the caller builds and shows its window while the
        server boots, and `start()` then only waits. Does nothing when a survivor may be adopted (its
        server.json exists): that needs a health check, which `start()` makes."""
        if self._process is not None or self.info_path.exists():
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        self._spawn()

    async def start(self) -> str:
        """Start the server (if not running) and return its URL."""
        if self.running and self.url is not None:
            return self.url
        if self._process is not None and self._launched_url is not None:
            url = self._launched_url  # launch() spawned it already
        else:
            self.dir.mkdir(parents=True, exist_ok=True)
            adopted = await self._adopt_survivor()
            if adopted is not None:
                return adopted
            url = self._spawn()
        try:
            try:
                await self._wait_healthy(url)
            except EmbeddedServerError as exc:
                # The usual port looked free but was taken before the server bound it (another
                # training console starting at the same moment): once more, on a port of its own.
                if exc.code != "embedded_exited" or not url.endswith(f":{self._preferred_port}"):
                    raise
                await self.stop()
                url = self._spawn(port=free_port())
                await self._wait_healthy(url)
        except BaseException:
            await self.stop()
            raise
        self.url = url
        self._write_info(url)
        return url

    def _spawn(self, port: int | None = None) -> str:
        if port is None:
            port = self._preferred_port if port_is_free(self._preferred_port) else free_port()
        url = f"http://{HOST}:{port}"
        args = [*server_command(self._python), "--training", "--host", HOST, "--port", str(port),
                "--database", f"sqlite:///{self.database_path}"]
        # Its output goes to a file: a pipe nobody reads would fill up and freeze the server.
        with open(self.dir / "server.log", "ab") as log_file:
            self._process = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT, env=_child_env()
            )
        self._launched_url = url
        return url

    async def _wait_healthy(self, url: str) -> None:
        import httpx  # here, not at the top: the start spawns the server before the heavy imports

        deadline = time.monotonic() + self._timeout
        async with httpx.AsyncClient(timeout=2.0) as http:
            while True:
                if self._process is None or self._process.poll() is not None:
                    raise EmbeddedServerError("embedded_exited")
                with contextlib.suppress(httpx.HTTPError, ValueError):
                    response = await http.get(f"{url}/v1/health")
                    if response.status_code == 200 and response.json().get("training") is True:
                        return
                if time.monotonic() > deadline:
                    raise EmbeddedServerError("embedded_timeout")
                await asyncio.sleep(0.1)

    async def _adopt_survivor(self) -> str | None:
        """Reuse a training server that outlived a console killed without a goodbye (SIGKILL, power
        button). Starting a second one would put two servers on one SQLite file and leave the first
        running forever; adopting it also keeps the call that was in progress."""
        try:
            info = json.loads(self.info_path.read_text(encoding="utf-8"))
            url, pid = str(info["url"]), int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        import httpx

        async with httpx.AsyncClient(timeout=2.0) as http:
            try:
                response = await http.get(f"{url}/v1/health")
                healthy = response.status_code == 200 and response.json().get("training") is True
            except (httpx.HTTPError, ValueError):
                healthy = False
        if not healthy:
            return None
        self.url, self._adopted_pid = url, pid
        log.info("reusing the training server left running by the previous session")
        return url

    def _write_info(self, url: str) -> None:
        # For annyeong-sim: where to post calls, with which key. The key is the public training key.
        pid = self._process.pid if self._process is not None else None
        tmp = self.info_path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({"url": url, "telephony_key": TRAINING_TELEPHONY_KEY, "pid": pid}), encoding="utf-8"
        )
        os.replace(tmp, self.info_path)

    async def stop(self) -> None:
        process, self._process = self._process, None
        self.url = self._launched_url = None
        self.info_path.unlink(missing_ok=True)
        adopted, self._adopted_pid = self._adopted_pid, None
        if adopted is not None:
            with contextlib.suppress(OSError):
                os.kill(adopted, signal.SIGTERM)
            return
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            await asyncio.to_thread(process.wait, 5.0)
        except subprocess.TimeoutExpired:
            log.warning("training server did not stop in time; killing it")
            process.kill()
            await asyncio.to_thread(process.wait)
