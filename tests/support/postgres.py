"""Throw-away PostgreSQL databases for tests (and the load script).

ANNYEONG_TEST_POSTGRES_URL names a database the tests may connect to with a role that may CREATE
DATABASE, e.g. postgresql+psycopg://annyeong:annyeong@127.0.0.1:5432/annyeong_test (.ci/run sets one up).
Once per process a template database is migrated to head; each server then gets a copy of it (tens of
milliseconds, against running the migrations), dropped when the server stops. Names carry the pid, so
several test runs may share one cluster; databases left by a run that died are dropped by the next.
"""

from __future__ import annotations

import atexit
import itertools
import os
import re
import threading
import time
from collections.abc import Callable

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ProgrammingError

from annyeong.server.db import make_engine, migrate

ENV = "ANNYEONG_TEST_POSTGRES_URL"
_PREFIX = "annyeong_t"
_NAME = re.compile(rf"^{_PREFIX}(?:pl)?_(\d+)(?:_\d+)?$")

_lock = threading.Lock()
_counter = itertools.count(1)
_template: str | None = None


def base_url() -> str | None:
    return os.environ.get(ENV) or None


def _admin() -> Engine:
    url = base_url()
    if url is None:
        raise RuntimeError(f"{ENV} is not set: no PostgreSQL to test against")
    return create_engine(url, isolation_level="AUTOCOMMIT")


def url_for(name: str) -> str:
    url = base_url()
    assert url is not None
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _drop_leftovers(admin: Engine) -> None:
    with admin.connect() as conn:
        names = conn.execute(text("SELECT datname FROM pg_database")).scalars().all()
        for name in names:
            found = _NAME.match(name)
            if found and not _pid_alive(int(found.group(1))):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _ensure_template() -> str:
    global _template
    with _lock:
        if _template is None:
            admin = _admin()
            try:
                _drop_leftovers(admin)
                name = f"{_PREFIX}pl_{os.getpid()}"
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                engine = make_engine(url_for(name))
                migrate(engine)
                engine.dispose()
            finally:
                admin.dispose()
            _template = name
            atexit.register(_drop, name)
        return _template


def _drop(name: str) -> None:
    admin = _admin()
    try:
        for attempt in range(20):
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except ProgrammingError:
                # An autovacuum worker (the superuser's) was in the database just then: FORCE may not end
                # another role's session. It leaves within moments; a CI run once failed on it.
                if attempt == 19:
                    raise
                time.sleep(0.25)
    finally:
        admin.dispose()


def fresh_database(*, migrated: bool = True) -> tuple[str, Callable[[], None]]:
    """A new database, migrated to head unless migrated=False (then with no tables at all): its URL,
    and a function that drops it."""
    template = f'TEMPLATE "{_ensure_template()}"' if migrated else ""
    name = f"{_PREFIX}_{os.getpid()}_{next(_counter)}"
    admin = _admin()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" {template}'))
    finally:
        admin.dispose()
    return url_for(name), lambda: _drop(name)
