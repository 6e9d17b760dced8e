"""The contract and the server agree: schemathesis fuzzes every documented operation of a live server
(uvicorn on 127.0.0.1) as an admin, a counselor and each kind of machine key. No answer may be a 5xx
and every answer must match its documented schema.

Bounded: a fixed time per principal (--max-time), so the run stays under a minute; the seed is fixed so
a finding reproduces. Sign-in, sign-out and password changes are left out: fuzzing them would revoke
or lock the very credentials the run uses; so is the event stream, which never ends (its long-poll
twin, /v1/events/poll, is fuzzed).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import web
from tests.support.live_server import DEMO_PASSWORD, LiveServer, start_live_server

SECONDS_PER_PRINCIPAL = 6
PRINCIPALS = {
    "admin": "user:admin",
    "counselor": "user:kim",
    "telephony": "key:training-telephony-key",
    "chatbot": "key:training-chatbot-key",
    "dispatch": "key:training-dispatch-key",
    "partner": "key:training-partner-key",
}


def _st() -> str:
    found = shutil.which("st", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("schemathesis is not installed (pip install -e '.[dev]')")
    return found


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path_factory.mktemp("fuzzed"), offer_timeout_s=5.0)
    yield server
    server.stop()


def _header(server: LiveServer, who: str) -> str:
    kind, name = who.split(":", 1)
    if kind == "key":
        return f"X-API-Key: {name}"
    r = web.post(
        f"{server.url}/v1/auth/token", json={"username": name, "password": DEMO_PASSWORD}, timeout=10
    )
    r.raise_for_status()
    return f"Authorization: Bearer {r.json()['access_token']}"


@pytest.mark.fuzz
@pytest.mark.parametrize("principal", list(PRINCIPALS))
def test_no_5xx_and_no_schema_violation(fuzzed_server: LiveServer, principal: str, tmp_path: Path) -> None:
    st = _st()
    done = subprocess.run(
        [
            st, "run", f"{fuzzed_server.url}/v1/openapi.json",
            "-H", _header(fuzzed_server, PRINCIPALS[principal]),
            "--checks", "not_a_server_error,response_schema_conformance",
            "--phases", "fuzzing",
            "--max-examples", "3",
            "--max-time", str(SECONDS_PER_PRINCIPAL),
            "--seed", "120",
            "--workers", "1",
            "--no-shrink",
            "--suppress-health-check", "all",
            "--exclude-path-regex", "^/v1/(auth/(token|logout|password|refresh)|events)$",
            "--request-timeout", "20",
            "--warnings", "off",
            "--report-dir", str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=SECONDS_PER_PRINCIPAL * 10 + 60,
        env={"NO_COLOR": "1", "PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path)},
    )
    summary = re.search(r"Test cases:\s*\n\s*(.+)", done.stdout)
    print(f"schemathesis as {principal}: {summary.group(1) if summary else '?'}")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
