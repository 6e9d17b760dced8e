"""Fixtures of the outside-in tests (README.md here): a desktop, the installed server, consoles.

Each test gets its own desktop (Xvfb + openbox + D-Bus + gnome-keyring + AT-SPI) and, with `server`, its
own server and database. The server starts while the desktop does (both take seconds). When a program
the harness needs is missing the tests are skipped with the reason, except under CI, where they fail:
a CI run must never pass by not running them.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from tests.e2e.console_app import Console
from tests.e2e.desktop import Desktop
from tests.e2e.procs import missing_binaries
from tests.e2e.server_app import Server

E2E_TIMEOUT_S = 300  # per test; the suite's 120 s is too tight for two consoles on a loaded machine


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(E2E_TIMEOUT_S))


@functools.cache
def _missing() -> tuple[str, ...]:
    return tuple(missing_binaries())


def require_e2e_programs() -> None:
    missing = _missing()
    if not missing:
        return
    reason = "the outside-in tests need " + ", ".join(missing) + " (bash packaging/install.sh installs them)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; under CI they must run, not be skipped")
    pytest.skip(reason)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # noqa: ARG001
    report = yield
    # Kept on the item so the console teardown knows whether to save what the screen showed.
    setattr(item, f"e2e_report_{report.when}", report)
    return report


def _failed(request: pytest.FixtureRequest) -> bool:
    return any(
        getattr(getattr(request.node, f"e2e_report_{when}", None), "failed", False)
        for when in ("setup", "call")
    )


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    require_e2e_programs()
    screen = Desktop(tmp_path / "desktop")
    try:
        screen.start()
        yield screen
    finally:
        screen.stop()


class _ServerPool:
    """Keeps the next test's server booting while the current test runs: a server spends seconds in
    imports and migrations before it answers, and each e2e test wants a fresh database."""

    def __init__(self, factory: pytest.TempPathFactory, wanted: int) -> None:
        self.factory = factory
        self.wanted = wanted  # tests of this run still to take a server
        self.spare: Server | None = None

    def _spawn(self) -> Server:
        return Server(self.factory.mktemp("server")).start(wait=False)

    def take(self) -> Server:
        taken, self.spare = self.spare or self._spawn(), None
        self.wanted -= 1
        if self.wanted > 0:
            self.spare = self._spawn()
        return taken

    def close(self) -> None:
        if self.spare is not None:
            self.spare.stop()
            self.spare = None


_SERVER_TESTS = pytest.StashKey[int]()


def pytest_collection_finish(session: pytest.Session) -> None:
    here = Path(__file__).parent
    session.config.stash[_SERVER_TESTS] = sum(
        1 for item in session.items
        if here in Path(str(item.path)).parents and "server" in getattr(item, "fixturenames", ())
    )


@pytest.fixture(scope="session")
def _server_pool(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[_ServerPool]:
    pool = _ServerPool(tmp_path_factory, request.config.stash.get(_SERVER_TESTS, 1))
    try:
        yield pool
    finally:
        pool.close()


@pytest.fixture
def server(_server_pool: _ServerPool, tmp_path: Path) -> Iterator[Server]:
    """A fresh `annyeong-server --demo` with its own database, already booting (the pool started it
    during the previous test); the first use (url aside) waits until it answers. Its files and logs:
    tmp_path / "server" (a link to server.root)."""
    require_e2e_programs()
    reference = _server_pool.take()
    (tmp_path / "server").symlink_to(reference.root, target_is_directory=True)
    try:
        yield reference
    finally:
        reference.stop()


@pytest.fixture(scope="module")
def module_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for a whole module, for tests that leave nothing behind that the next would see."""
    require_e2e_programs()
    reference = Server(tmp_path_factory.mktemp("module-server"))
    try:
        reference.start(wait=False)
        yield reference
    finally:
        reference.stop()


ConsoleFactory = Callable[..., Console]


@pytest.fixture
def console_factory(
    desktop: Desktop, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[ConsoleFactory]:
    """console_factory(user="kim", lang="ko", theme=None, data_dir=None, extra_args=(), *, server=None,
    password=None, sign_in=True, available=True) -> a started, signed-in Console on this test's desktop,
    set to 대기 (calls ring; a lead is never offered calls) unless available=False; on the test's `server`
    fixture unless another Server (e.g. module_server) is given. training=True starts the console without
    --server: training mode, its own embedded server, signed in as `user` by itself (add
    extra_args=["--no-simulator"] to keep the built-in simulator from ringing)."""
    started: list[Console] = []

    def make(
        user: str = "kim",
        lang: str = "ko",
        theme: str | None = None,
        data_dir: Path | str | None = None,
        extra_args: Sequence[str] = (),
        *,
        server: Server | None = None,
        password: str | None = None,
        sign_in: bool = True,
        available: bool = True,
        training: bool = False,
    ) -> Console:
        url: str | None = None
        if not training:
            target = server or request.getfixturevalue("server")
            url = target.wait_ready().url
        root = tmp_path / f"console-{len(started) + 1}-{user}"
        kwargs = {} if password is None else {"password": password}
        console = Console(
            desktop, url, root, user=user, lang=lang, theme=theme,
            data_dir=Path(data_dir) if data_dir is not None else None, extra_args=extra_args, **kwargs,
        )
        started.append(console)
        console.start(sign_in=sign_in)
        if sign_in and available:
            console.go_available()
        return console

    try:
        yield make
    finally:
        if _failed(request):
            _save_evidence(started, tmp_path / "failure")
        for console in started:
            console.stop()


def _save_evidence(consoles: list[Console], folder: Path) -> None:
    """What the screen and the tree showed when the test failed, for the person reading the report."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    try:
        if consoles:
            consoles[0].desktop.screenshot(folder / "screen.png")
            lines.append(f"screenshot: {folder / 'screen.png'}")
    except Exception as exc:  # evidence is best effort; the test's own failure is what matters
        lines.append(f"no screenshot: {exc!r}")
    for index, console in enumerate(consoles, 1):
        if console.proc is None or console.proc.poll() is not None:
            continue
        try:
            tree = folder / f"tree-{index}-{console.user}.txt"
            tree.write_text(console.dump_tree(), encoding="utf-8")
            lines.append(f"tree of console {index} ({console.user}): {tree}")
        except Exception as exc:
            lines.append(f"no tree of console {index}: {exc!r}")
    print("\n[e2e] " + "\n[e2e] ".join(lines))


@pytest.fixture
def console(server: Server, console_factory: ConsoleFactory) -> Console:
    """kim's console, signed in on `server`, its main window showing, set to 대기 so calls ring."""
    # `server` comes first so it boots while the desktop starts.
    return console_factory(server=server)
