"""The tests' side of the AT-SPI agent (tests/e2e/atspi_agent.py, run by the system python)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
from pathlib import Path
from typing import Any

from tests.e2e.procs import SYSTEM_PYTHON, HarnessError, ProcessGroup, wait_until

AGENT = Path(__file__).with_name("atspi_agent.py")
REQUEST_TIMEOUT_S = 30.0


class AtspiAgent:
    """One agent process per desktop; requests are serialised (one test thread drives it)."""

    def __init__(self, env: dict[str, str], procs: ProcessGroup) -> None:
        self._proc = procs.spawn(
            "atspi-agent", [SYSTEM_PYTHON, "-u", str(AGENT)], env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )
        self._lock = threading.Lock()
        self._next = 0
        self.log = procs.log_dir / "atspi-agent.log"

    def request(self, op: str, **args: Any) -> Any:
        with self._lock:
            self._next += 1
            proc = self._proc
            if proc.poll() is not None or proc.stdin is None or proc.stdout is None:
                raise HarnessError(f"the AT-SPI agent exited ({proc.returncode}); see {self.log}")
            proc.stdin.write((json.dumps({"id": self._next, "op": op, **args}) + "\n").encode())
            proc.stdin.flush()
            line = self._read_line(proc)
        answer = json.loads(line)
        if not answer["ok"]:
            raise AtspiError(f"AT-SPI {op} failed: {answer['error']}")
        return answer["result"]

    def _read_line(self, proc: subprocess.Popen[bytes]) -> bytes:
        # A wedged application would block the agent's D-Bus calls (they time out after 5 s each), so a
        # watchdog rather than a bare readline keeps a test from hanging for ever.
        assert proc.stdout is not None
        timer = threading.Timer(REQUEST_TIMEOUT_S, proc.kill)
        timer.start()
        try:
            line = proc.stdout.readline()
        finally:
            timer.cancel()
        if not line:
            raise HarnessError(f"the AT-SPI agent died (exit {proc.poll()}); see {self.log}")
        return line

    def wait_ready(self, timeout: float = 30) -> None:
        self.request("ping")
        wait_until(lambda: self.request("a11y_ready"), timeout, "the accessibility bus")

    def bus_has_owner(self, name: str, address: str | None = None) -> bool:
        """Whether `name` is owned on the desktop's session bus, or on the bus at `address`."""
        return bool(self.request("has_owner", name=name, address=address))

    def close(self) -> None:
        proc = self._proc
        if proc.stdin is not None and not proc.stdin.closed:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            proc.kill()
        if proc.stdout is not None:
            proc.stdout.close()


class AtspiError(Exception):
    """The agent could not answer (a node that went away, an application not registered yet)."""
