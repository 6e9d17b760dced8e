"""The queue is dispatched as the routing policy says, whatever its length: oldest call first, to the
longest-idle counselor, never again to one who declined or missed that call, one ringing call per
counselor; and a counselor becoming available behind a long queue costs a few statements, not several
per waiting call."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, insert, select, update
from sqlalchemy.engine import Connection, Engine

from annyeong.server import schema
from annyeong.server.db import make_engine
from annyeong.server.principal import Principal
from annyeong.server.services import calls, routing
from annyeong.server.state import utcnow
from tests.support import sqlite_template

BRIDGE = Principal(id="key:telephony", role="telephony", is_user=False)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    path = tmp_path / "queue.sqlite3"
    sqlite_template.copy_migrated(path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def _counselor(conn: Connection, name: str, idle_minutes: int) -> str:
    user_id = str(uuid.uuid4())
    now = utcnow()
    conn.execute(
        insert(schema.users).values(
            id=user_id, username=name, password_hash="x", role="counselor", display_name=name,
            presence="break", presence_since=now, idle_since=now - timedelta(minutes=idle_minutes),
            failed_logins=0, created_at=now,
        )
    )
    return user_id


def _queued_call(conn: Connection, n: int) -> str:
    call_id = calls.insert_call(conn, BRIDGE, "phone", f"+8210555{n:05d}", None, utcnow())
    routing.offer(conn, call_id, utcnow(), 20.0)  # nobody available: it waits
    return call_id


def _ringing(conn: Connection) -> dict[str, str]:
    c = schema.calls
    rows = conn.execute(select(c.c.id, c.c.offered_to).where(c.c.status == "offered")).all()
    return {row.id: row.offered_to for row in rows}


def test_the_oldest_calls_go_to_the_longest_idle_and_never_back_to_who_declined(engine: Engine) -> None:
    with engine.begin() as conn:
        kim = _counselor(conn, "kim", idle_minutes=30)
        lee = _counselor(conn, "lee", idle_minutes=10)
        _counselor(conn, "park", idle_minutes=50)  # on break: offered nothing
        first, second, third = (_queued_call(conn, n) for n in range(3))
        assert _ringing(conn) == {}
        # Kim declined the first call earlier (it rang there before it was queued again).
        conn.execute(
            insert(schema.call_offers).values(
                call_id=first, user_id=kim, offered_at=utcnow(), outcome="declined"
            )
        )
        u = schema.users
        conn.execute(update(u).where(u.c.id.in_((kim, lee))).values(presence="available"))
        routing.dispatch_queued(conn, utcnow(), 20.0)
        assert _ringing(conn) == {first: lee, second: kim}
        c = schema.calls
        assert conn.execute(select(c.c.status).where(c.c.id == third)).scalar_one() == "queued"
        offered = conn.execute(
            select(schema.events.c.type).where(schema.events.c.type == "call.offered")
        ).all()
        assert len(offered) == 2


def test_one_available_counselor_behind_a_long_queue_costs_a_few_statements(engine: Engine) -> None:
    with engine.begin() as conn:
        kim = _counselor(conn, "kim", idle_minutes=5)
        for n in range(60):
            _queued_call(conn, n)
        conn.execute(update(schema.users).where(schema.users.c.id == kim).values(presence="available"))
        statements: list[str] = []
        event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        routing.dispatch_queued(conn, utcnow(), 20.0)
        assert len(_ringing(conn)) == 1
        # Independent of the queue's length (the offer itself and its view are a dozen or so).
        assert len(statements) < 30, statements
