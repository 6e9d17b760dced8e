"""Server: the installed `annyeong-server --demo` as a subprocess, on a free 127.0.0.1 port with its own
SQLite file; signed-in HTTP clients for checking what was stored; the installed `annyeong-sim`."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from pathlib import Path

import httpx

from tests.e2e.procs import WAIT_SLACK, HarnessError, ProcessGroup, venv_bin, wait_until
from tests.support import sqlite_template, web

DEMO_PASSWORD = "annyeong120"
OFFER_TIMEOUT_S = 60.0  # a ring, before the slack; a test of a missed ring passes its own --offer-timeout
START_TIMEOUT_S = 90.0  # importing and migrating takes ~2 s alone; a loaded CI machine is far slower


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(self, root: Path, *, extra_args: tuple[str, ...] = ()) -> None:
        self.root = root
        self.db_path = root / "server.sqlite3"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_args = extra_args
        self.procs = ProcessGroup(root / "logs")
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_in_s = 0.0
        self._clients: list[httpx.Client] = []
        self._starts = 0
        self._began = 0.0
        self._ready = False

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ANNYEONG_")}
        env["ANNYEONG_SERVER"] = self.url  # for annyeong-sim, whose sub-commands all read it
        env["ANNYEONG_DATA_DIR"] = str(self.root / "sim-data")  # never a console's training file
        # A --demo server's accounts guard nothing: cheap argon2 (server.passwords), as in-process servers.
        env["ANNYEONG_ARGON2_PROFILE"] = "test"
        env.pop("PYTEST_CURRENT_TEST", None)
        return env

    def start(self, *, wait: bool = True) -> Server:
        """Spawn the server; with wait=False return at once (wait_ready() or any use waits later)."""
        self.root.mkdir(parents=True, exist_ok=True)
        # A migrated copy, as the in-process test servers get: the migrations are tested on their own,
        # and each of the suite's many e2e servers would otherwise run all of them again.
        sqlite_template.copy_migrated(self.db_path)
        argv = [
            venv_bin("annyeong-server"), "--demo", "--host", "127.0.0.1", "--port", str(self.port),
            "--database", f"sqlite:///{self.db_path}", "--log-level", "warning",
            # A ring lasts as long as the tests wait for anything: on a loaded machine 20 s could pass
            # between the ring and the key that takes it, and the call would rightly go to nobody.
            "--offer-timeout", str(OFFER_TIMEOUT_S * WAIT_SLACK), *self.extra_args,
        ]
        self._began = time.monotonic()
        self._ready = False
        self._starts += 1
        self.proc = self.procs.spawn(f"server-{self._starts}", argv, self._env(), cwd=self.root)
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> Server:
        """Until /v1/health answers (at once when it already did)."""
        if self.proc is None:
            raise HarnessError("the server is stopped (call start())")
        if not self._ready:
            wait_until(self._healthy, timeout, f"annyeong-server on {self.url} to answer /v1/health",
                       interval=0.1)
            self._ready = True
            self.started_in_s = time.monotonic() - self._began
        return self

    def _healthy(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            log = self.procs.log_dir / f"server-{self._starts}.log"
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise HarnessError(f"annyeong-server exited with {self.proc.returncode}; its log ends:\n{tail}")
        try:
            # trust_env off: a proxy from the environment must never see (or break) loopback traffic.
            return web.get(f"{self.url}/v1/health", timeout=2, trust_env=False).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=15)
        self.procs.stop()
        self.proc = None
        self._ready = False

    def restart(self) -> Server:
        """Stop and start again on the same database file and port (consoles reconnect to the same URL)."""
        self.stop()
        return self.start()

    def api(self, user: str = "kim", password: str = DEMO_PASSWORD) -> httpx.Client:
        """An HTTP client signed in as `user` (bearer token), base_url set to the server."""
        self.wait_ready()
        client = web.client(base_url=self.url, timeout=15, trust_env=False)
        response = client.post("/v1/auth/token", json={"username": user, "password": password})
        if response.status_code != 200:
            client.close()
            raise HarnessError(f"signing in as {user} failed: HTTP {response.status_code} {response.text}")
        client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        self._clients.append(client)
        return client

    def sim(self, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        """The installed `annyeong-sim` against this server (ANNYEONG_SERVER), e.g.
        sim("call", "--from", "010-2345-6789"); stdout holds what it prints (a call's id)."""
        self.wait_ready()
        result = subprocess.run(
            [venv_bin("annyeong-sim"), *args], env=self._env(), capture_output=True, text=True,
            timeout=timeout, check=False,
        )
        if check and result.returncode != 0:
            raise HarnessError(
                f"annyeong-sim {' '.join(args)} exited with {result.returncode}: {result.stderr.strip()}"
            )
        return result


def waiting_person(server: Server) -> httpx.Client:
    """A person in the web chat who asked for a counselor, as the page does (their token set)."""
    person = httpx.Client(base_url=server.url, timeout=15, trust_env=False)
    started = person.post("/v1/webchat/conversations", json={"consent": True})
    assert started.status_code == 201, started.text
    person.headers["Authorization"] = f"Bearer {started.json()['token']}"
    assert person.post("/v1/webchat/conversation/connect").json()["state"] == "waiting"
    return person
