"""The real reference server over real HTTP on 127.0.0.1, for tests.

uvicorn runs in a daemon thread on a pre-bound port-0 socket (the recipe verified in
shared/reference/qt-stack.md), with its own SQLite file in the test's tmp_path.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from server.app import create_app
from server.config import ServerConfig

TELEPHONY_KEY = "training-telephony-key"
DEMO_PASSWORD = "annyeong120"


@dataclass
class LiveServer:
    url: str
    config: ServerConfig
    db_path: Path
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _sock: socket.socket = field(repr=False)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    # Small helpers the tests use to act as the telephony bridge or a second user.
    def post_call(
        self, number: str | None, *, key: str | None = None, idem: str | None = None
    ) -> dict[str, Any]:
        import uuid

        r = httpx.post(
            f"{self.url}/v1/calls",
            json={"from_number": number, "channel": "phone"},
            headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": idem or key or str(uuid.uuid4())},
            timeout=10,
        )
        r.raise_for_status()
        return dict(r.json())

    def token(self, username: str, password: str = DEMO_PASSWORD) -> str:
        r = httpx.post(
            f"{self.url}/v1/auth/token", json={"username": username, "password": password}, timeout=10
        )
        r.raise_for_status()
        return str(r.json()["access_token"])

    def get(self, path: str, *, user: str = "lee") -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token(user)}"}
        return httpx.get(f"{self.url}{path}", headers=headers, timeout=10)


def start_live_server(tmp_path: Path, *, port: int = 0, **overrides: Any) -> LiveServer:
    tmp_path.mkdir(parents=True, exist_ok=True)
    db_path = tmp_path / "server.sqlite3"
    config = ServerConfig(
        database_url=f"sqlite:///{db_path}", training=True, demo=True, **overrides
    )
    app = create_app(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    host, bound_port = sock.getsockname()
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=1)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the reference server did not start")
        time.sleep(0.02)
    return LiveServer(
        url=f"http://{host}:{bound_port}", config=config, db_path=db_path,
        _server=server, _thread=thread, _sock=sock,
    )
