"""The server suite runs on both databases: every test that starts a server, once on SQLite and once on
PostgreSQL (ANNYEONG_TEST_POSTGRES_URL, see tests.support.postgres).

Without that variable the PostgreSQL half is skipped with the reason, except under CI (CI set), where a
missing database must fail the run rather than pass it quietly on SQLite alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import postgres
from tests.support.live_server import LiveServer, start_live_server


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def db_backend(request: pytest.FixtureRequest) -> str:
    """Which database the servers of this module run on: pass it to start_live_server(database=...)."""
    backend = str(request.param)
    if backend == "postgres" and postgres.base_url() is None:
        reason = f"{postgres.ENV} is not set: no PostgreSQL to run the server tests on"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (under CI it must be: .ci/run sets it up)")
        pytest.skip(reason)
    return backend


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path_factory.mktemp("shared"), offer_timeout_s=5.0, database=db_backend)
    yield server
    server.stop()


@pytest.fixture
def live_server(tmp_path: Path, db_backend: str) -> Iterator[LiveServer]:
    """tests/conftest.py's live_server, on this module's database."""
    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0, database=db_backend)
    yield server
    server.stop()


@pytest.fixture
def scratch_database(tmp_path: Path, db_backend: str) -> Iterator[str]:
    """The URL of an empty database of this module's kind, for tests that need no server."""
    if db_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'scratch.sqlite3'}"
        return
    url, drop = postgres.fresh_database()
    yield url
    drop()


def _postgres_or_skip() -> None:
    if postgres.base_url() is None:
        reason = f"{postgres.ENV} is not set: no PostgreSQL for the PostgreSQL-only tests"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (under CI it must be: .ci/run sets it up)")
        pytest.skip(reason)


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A fresh migrated PostgreSQL database, for the tests that only make sense there (several server
    processes on one database); skipped or failed as the PostgreSQL half of db_backend is."""
    _postgres_or_skip()
    url, drop = postgres.fresh_database()
    yield url
    drop()


@pytest.fixture
def postgres_empty_database() -> Iterator[str]:
    """A fresh PostgreSQL database with no tables yet."""
    _postgres_or_skip()
    url, drop = postgres.fresh_database(migrated=False)
    yield url
    drop()
