"""Test-wide fixtures: offscreen Qt, an in-memory keyring, one qasync loop, and the real server."""

from __future__ import annotations

import os
import sys

# The suite starts some two hundred Python processes of ours (servers, consoles, the simulator, pytest
# workers). A machine set to PYTHONDONTWRITEBYTECODE compiles every module again in each of them and
# rewrites every test module's asserts again in each worker; the clone's __pycache__ (ignored by git) is
# where those compilations belong. Set before the workers and the processes are started.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Servers the tests start as processes (embedded training server, TLS, several workers) hash passwords
# with cheap argon2 parameters; server.passwords refuses them on anything but a training or demo server.
os.environ.setdefault("ANNYEONG_ARGON2_PROFILE", "test")

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

sys.dont_write_bytecode = False  # this process too (see PYTHONDONTWRITEBYTECODE above)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    from tests.support.schedule import waiting_tests_first

    waiting_tests_first(items)


class InMemoryKeyring(KeyringBackend):
    """A keyring that never touches the developer's real keychain (and never writes a file)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[InMemoryKeyring]:
    backend = InMemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The console and annyeong-sim must never read or write the developer's real data dir in tests.
    monkeypatch.setenv("ANNYEONG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANNYEONG_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[Any]:
    """The reference case API on 127.0.0.1 with demo data and a short ring timeout."""
    from tests.support.live_server import start_live_server

    server = start_live_server(tmp_path / "server", offer_timeout_s=5.0)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application is the console's own: Qt's quit reaches amain as the program's does."""
    from annyeong.ui.shell.application import ConsoleApplication

    return ConsoleApplication


@pytest.fixture(scope="session")
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """One qasync loop for the whole session (see shared/reference/qt-stack.md for why)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    # The session loop is never closed, so nobody else stops qasync's default executor (QThreads behind
    # asyncio.to_thread, e.g. keyring calls); Qt would abort at exit with "QThread: Destroyed while
    # thread is still running" (exit 134) even though every test passed.
    for name, value in list(vars(loop).items()):
        if name.endswith("__default_executor") and value is not None:
            value.shutdown(wait=True)
            setattr(loop, name, None)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def _detach_qt_loop_outside_qt_tests(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test without the Qt loop runs its own asyncio.run(). Once a UI test has made the session's
    qasync loop, that loop counts as running (already_running=True) and asyncio.run would refuse, so
    the suite passed only in its file order. The loop is detached around such a test and put back."""
    if "qloop" in request.fixturenames:
        yield
        return
    running = asyncio.events._get_running_loop()
    if running is None:
        yield
        return
    asyncio.events._set_running_loop(None)
    try:
        yield
    finally:
        asyncio.events._set_running_loop(running)
        asyncio.set_event_loop(running)


@pytest.fixture
def _cancel_leftover_tasks(qloop: asyncio.AbstractEventLoop) -> Iterator[None]:
    yield
    for task in asyncio.all_tasks(qloop):
        task.cancel()
