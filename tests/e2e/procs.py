"""Process bookkeeping for the outside-in tests: start, wait, and kill by PID (never by name).

Every process the harness starts gets its own session (start_new_session), so what it spawns in turn (the
at-spi bus launcher the session bus activates, an embedded training server a console starts) can still be
found by session id after its parent died and the orphan was re-parented to init.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REQUIRED_BINARIES = (
    "Xvfb", "openbox", "dbus-daemon", "gnome-keyring-daemon", "xdotool", "import", "xprop", "xwininfo",
    "xmodmap", "xset", "trayer",
)
SYSTEM_PYTHON = "/usr/bin/python3"


class HarnessError(AssertionError):
    """Something the harness waited for did not happen (an AssertionError so pytest shows it plainly)."""


# A wait polls every `interval` for its first second, then ever less often, up to this. Looking for a
# widget that is not there yet walks the program's whole showing accessibility tree: ~55 ms of CPU (half in
# the console, half in the agent and the bus) for each look, so a wait at 10 looks a second took a quarter
# of a core for as long as it lasted; most waits are over within the first second anyway.
SLOWEST_POLL_S = 0.5
# Every wait's bound is stretched this much: the bounds in the tests are what a quiet machine needs with
# room to spare, and a shared CI machine under load (4 workers on 2 cores beside other jobs) was seen
# taking over 20 s to show a card. A wait that is met returns at once, so the slack costs a passing run
# nothing; only a failure is reported later.
WAIT_SLACK = 2.0


def wait_until(predicate: Callable[[], object], timeout: float, what: str, interval: float = 0.05) -> object:
    """Poll until predicate() is truthy; its value, or HarnessError naming `what` after `timeout` s."""
    timeout *= WAIT_SLACK
    began = time.monotonic()
    deadline = began + timeout
    pause = interval
    last_error: BaseException | None = None
    while True:
        try:
            value = predicate()
            if value:
                return value
            last_error = None
        except HarnessError:
            raise
        except Exception as exc:  # a query that fails now may succeed once the program caught up
            last_error = exc
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_error!r})" if last_error else ""
            raise HarnessError(f"timed out after {timeout:.0f} s waiting for {what}{detail}")
        if time.monotonic() - began > 1.0:
            pause = min(max(pause * 1.5, interval), max(interval, SLOWEST_POLL_S))
        time.sleep(min(pause, max(0.0, deadline - time.monotonic())))


def _proc_stat(pid: int) -> tuple[int, int] | None:
    """(ppid, session id) of a live process, None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name is in parentheses and may itself hold spaces or parentheses.
    fields = raw[raw.rindex(")") + 2 :].split()
    if fields[0] == "Z":
        return None
    return int(fields[1]), int(fields[3])


def _all_pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def related_pids(roots: Iterable[int], sessions: Iterable[int] = ()) -> set[int]:
    """The roots, their descendants, and every live process in one of `sessions`."""
    sessions = set(sessions)
    stats = {pid: stat for pid in _all_pids() if (stat := _proc_stat(pid)) is not None}
    found = {pid for pid in roots if pid in stats}
    found |= {pid for pid, (_, sid) in stats.items() if sid in sessions}
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _) in stats.items():
            if ppid in found and pid not in found:
                found.add(pid)
                changed = True
    found.discard(os.getpid())
    return found


def kill_pids(pids: Iterable[int], sig: int = signal.SIGKILL) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)


def _die_with_parent() -> None:
    """In the child before exec: SIGKILL it when the test process dies without a teardown (a hard
    timeout, a crash), so no Xvfb or server outlives the run. What it spawns in turn ends with it: X
    clients lose their display, the bus's children their bus."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)


class ProcessGroup:
    """The processes one fixture started; stop() ends them and everything they spawned."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.procs: list[subprocess.Popen[bytes]] = []
        self.sessions: set[int] = set()
        self.extra_pids: set[int] = set()  # seen once as descendants (e.g. of a console killed since)

    def spawn(
        self, name: str, argv: list[str], env: dict[str, str], *, stdin: int | None = subprocess.DEVNULL,
        stdout: int | None = None, pass_fds: tuple[int, ...] = (), cwd: Path | None = None,
    ) -> subprocess.Popen[bytes]:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115 - kept open for the child's life
        try:
            proc = subprocess.Popen(
                argv, env=env, stdin=stdin, stdout=stdout if stdout is not None else log, stderr=log,
                pass_fds=pass_fds, start_new_session=True, cwd=cwd, preexec_fn=_die_with_parent,
            )
        finally:
            log.close()
        self.procs.append(proc)
        self.sessions.add(proc.pid)
        return proc

    def remember_descendants(self, pid: int) -> None:
        self.extra_pids |= related_pids([pid])

    def stop(self, grace: float = 3.0) -> None:
        roots = [p.pid for p in self.procs if p.poll() is None] + list(self.extra_pids)
        pids = related_pids(roots, self.sessions)
        kill_pids(pids, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and any(_proc_stat(pid) is not None for pid in pids):
            time.sleep(0.05)
        # Whatever ignored SIGTERM, and anything spawned meanwhile in our sessions.
        kill_pids(related_pids(pids, self.sessions))
        for proc in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        self.procs.clear()
        self.extra_pids.clear()


def venv_bin(name: str) -> str:
    """An installed entry point of the venv the tests run in (next to sys.executable)."""
    import sys

    return str(Path(sys.executable).parent / name)


def missing_binaries() -> list[str]:
    import shutil

    missing = [name for name in REQUIRED_BINARIES if shutil.which(name) is None]
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
        )
        if probe.returncode != 0:
            missing.append("python3-pyatspi (import pyatspi in /usr/bin/python3)")
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    missing += [
        name for name in ("annyeong-server", "annyeong-console", "annyeong-sim")
        if not Path(venv_bin(name)).exists()
    ]
    return missing
