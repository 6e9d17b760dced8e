"""chat_fanout's server: the reference server on SQLite in one process (as the training server runs), or
on a fresh PostgreSQL database with several worker processes (as a centre runs it for a hundred
consoles); what the benchmark reads from its database; and who was busy during the load.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine

from annyeong.server import schema
from annyeong.server.db import make_engine
from tests.perf.common import reference_server
from tests.support import postgres
from tests.support.server_process import launch, wait_ready


@contextlib.contextmanager
def chat_server(workers: int) -> Iterator[tuple[str, str]]:
    """(url, database URL) of a training server: SQLite when `workers` is 0, else PostgreSQL (a fresh
    database under ANNYEONG_TEST_POSTGRES_URL, dropped afterwards) with that many workers."""
    tmp = Path(tempfile.mkdtemp(prefix="perf-chat-fanout-"))
    if workers == 0:
        with reference_server(tmp / "server") as (url, path):
            yield url, f"sqlite:///{path}"
        return
    if postgres.base_url() is None:
        raise RuntimeError(f"--workers needs PostgreSQL: set {postgres.ENV}")
    database, drop = postgres.fresh_database()
    try:
        server = launch(database, tmp / "server.log", workers=workers, log_level="warning")
        try:
            wait_ready(server, timeout_s=300.0)  # a busy machine starts several workers slowly
            yield server.url, database
        finally:
            server.stop()
    finally:
        drop()


@contextlib.contextmanager
def _engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url, pool_size=1)
    try:
        yield engine
    finally:
        engine.dispose()


def add_counselors(database_url: str, count: int, *, like: str = "kim", prefix: str = "chat") -> list[str]:
    """Counselors `chat000`… with `like`'s password, written straight into the database: the API has no
    route to create users, and hashing a hundred passwords would cost seconds."""
    u = schema.users
    names = [f"{prefix}{i:03d}" for i in range(count)]
    with _engine(database_url) as engine, engine.begin() as conn:
        template = dict(conn.execute(select(u).where(u.c.username == like)).mappings().one())
        conn.execute(
            insert(u),
            [{**template, "id": str(uuid.uuid4()), "username": n, "display_name": n} for n in names],
        )
    return names


def newest_seq(database_url: str) -> int:
    with _engine(database_url) as engine, engine.connect() as conn:
        return int(conn.execute(select(func.coalesce(func.max(schema.events.c.seq), 0))).scalar_one())


def stored_and_held(database_url: str, message_ids: Sequence[str]) -> tuple[int, int]:
    """Of these messages: how many the server stored, and how many of those in a chat a counselor held."""
    m, s, ct = schema.chat_messages, schema.chat_sessions, schema.contacts
    query = (
        select(func.count(), func.count(ct.c.id))
        .select_from(m.join(s, s.c.id == m.c.session_id).outerjoin(ct, ct.c.call_id == s.c.call_id))
        .where(m.c.id.in_(list(message_ids)))
    )
    with _engine(database_url) as engine, engine.connect() as conn:
        stored, held = conn.execute(query).one()
    return int(stored), int(held)


def _stat(pid: int | str) -> list[str]:
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        return f.read().rpartition(")")[2].split()


def _cpu_s(pid: int | str) -> float:
    """CPU seconds (user + system) a process has used so far, from /proc (Linux)."""
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_tree() -> list[int]:
    """The server this process started and its worker processes."""
    parents: dict[int, int] = {}
    commands: dict[int, bytes] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                parents[int(entry.name)] = int(_stat(entry.name)[1])
                commands[int(entry.name)] = (entry / "cmdline").read_bytes()
    roots = [p for p, pp in parents.items() if pp == os.getpid() and b"annyeong.server" in commands[p]]
    tree = list(roots)
    for pid in tree:  # grows while walked: children of children
        tree += [p for p, pp in parents.items() if pp == pid and p not in tree]
    if not tree:
        raise RuntimeError("the reference server's process was not found")
    return tree


class Cpu:
    """Who was busy during the load: the server's processes' and this (the load generator's) CPU time
    per message, and as a share of one CPU. A client near 1.0 CPU measures itself, not the server.
    (PostgreSQL's own processes are not counted: they serve everyone on this machine.)"""

    def __init__(self) -> None:
        self.server = _server_tree()
        self.started = (time.perf_counter(), self._server_s(), _cpu_s("self"))

    def _server_s(self) -> float:
        total = 0.0
        for pid in self.server:
            with contextlib.suppress(OSError):
                total += _cpu_s(pid)
        return total

    def report(self, messages: int) -> None:
        wall = time.perf_counter() - self.started[0]
        server = self._server_s() - self.started[1]
        client = _cpu_s("self") - self.started[2]
        per = max(messages, 1)
        print(
            f"CPU during the load ({wall:.0f} s, {messages} messages): server {server / wall:.2f} CPU "
            f"({len(self.server)} processes), {1000 * server / per:.1f} ms a message; load generator "
            f"{client / wall:.2f} CPU, {1000 * client / per:.1f} ms a message"
        )
