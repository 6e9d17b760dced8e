"""The real reference server over real HTTP on 127.0.0.1, for tests.

uvicorn runs in a daemon thread on a pre-bound port-0 socket (the recipe verified in
shared/reference/qt-stack.md), on a database of its own copied from a migrated template: an SQLite file
in the test's tmp_path (tests.support.sqlite_template), or, with database="postgres", a fresh PostgreSQL
database (tests.support.postgres).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from annyeong.server.app import create_app
from annyeong.server.config import ServerConfig
from tests.support import postgres, sqlite_template, web

TELEPHONY_KEY = "training-telephony-key"
DEMO_PASSWORD = "annyeong120"


@dataclass
class LiveServer:
    url: str
    config: ServerConfig
    db_path: Path  # the SQLite file; for PostgreSQL, use database_url / sql()
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _sock: socket.socket = field(repr=False)
    _cleanup: Callable[[], None] | None = field(default=None, repr=False)
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def database_url(self) -> str:
        return self.config.database_url

    @property
    def dialect(self) -> str:
        return "postgresql" if self.database_url.startswith("postgresql") else "sqlite"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._cleanup is not None:
            self._cleanup()
            self._cleanup = None

    def sql(self, statement: str, **params: Any) -> list[tuple[Any, ...]]:
        """Run one statement (`:name` parameters) on the server's database, committed; rows as tuples."""
        if self._engine is None:
            self._engine = create_engine(self.database_url)
        with self._engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return [tuple(row) for row in result] if result.returns_rows else []

    # Small helpers the tests use to act as the telephony bridge or a second user.
    def post_call(
        self, number: str | None, *, key: str | None = None, idem: str | None = None
    ) -> dict[str, Any]:
        import uuid

        r = web.post(
            f"{self.url}/v1/calls",
            json={"from_number": number, "channel": "phone"},
            headers={"X-API-Key": TELEPHONY_KEY, "Idempotency-Key": idem or key or str(uuid.uuid4())},
            timeout=10,
        )
        r.raise_for_status()
        return dict(r.json())

    def token(self, username: str, password: str = DEMO_PASSWORD) -> str:
        r = web.post(
            f"{self.url}/v1/auth/token", json={"username": username, "password": password}, timeout=10
        )
        r.raise_for_status()
        return str(r.json()["access_token"])

    def get(self, path: str, *, user: str = "lee") -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token(user)}"}
        return web.get(f"{self.url}{path}", headers=headers, timeout=10)


def start_live_server(
    tmp_path: Path, *, port: int = 0, database: str = "sqlite", **overrides: Any
) -> LiveServer:
    """database: "sqlite" (a file in tmp_path), "postgres" (a fresh database; needs
    ANNYEONG_TEST_POSTGRES_URL), or a SQLAlchemy URL to use as it is."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    db_path = tmp_path / "server.sqlite3"
    cleanup: Callable[[], None] | None = None
    if database == "sqlite":
        sqlite_template.copy_migrated(db_path)
        database_url = f"sqlite:///{db_path}"
    elif database == "postgres":
        database_url, cleanup = postgres.fresh_database()
    else:
        database_url = database
    # Cheap argon2 parameters (server.passwords): the suite signs in hundreds of times.
    settings: dict[str, Any] = {"training": True, "demo": True, "password_hashing": "test", **overrides}
    config = ServerConfig(database_url=database_url, **settings)
    app = create_app(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    host, bound_port = sock.getsockname()
    server = uvicorn.Server(
        # uvicorn closes an idle keep-alive connection after 5 s; a console client reusing it in that very
        # moment gets "server disconnected" (Offline). A test's steps stand idle that long on a loaded
        # machine, so the test servers keep idle connections open longer than any test lasts.
        uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=1,
                       timeout_keep_alive=600)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            sock.close()
            if cleanup is not None:
                cleanup()
            raise RuntimeError("the reference server did not start")
        time.sleep(0.02)
    return LiveServer(
        url=f"http://{host}:{bound_port}", config=config, db_path=db_path,
        _server=server, _thread=thread, _sock=sock, _cleanup=cleanup,
    )
