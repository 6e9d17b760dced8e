"""Lose nothing that was typed: a console killed with SIGKILL before its note was sent sends it after
restart, exactly once."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.console.durability_driver import CHAT_LINES, DRAFTS

ROOT = Path(__file__).resolve().parents[2]


def driver(phase: str, url: str, data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "tests.console.durability_driver", phase, "--server", url,
            "--data-dir", str(data_dir)]


def read_marker(proc: subprocess.Popen[str], prefix: str, timeout: float) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or proc.poll() is not None:
            raise AssertionError(f"no {prefix!r} from the driver (exit {proc.poll()})")
        ready, _, _ = select.select([proc.stdout], [], [], remaining)
        if ready:
            line = proc.stdout.readline()
            if line.startswith(prefix):
                return line[len(prefix):].strip()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")
def test_a_note_typed_before_a_crash_is_sent_once_after_restart(live_server: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "console-data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ANNYEONG_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen(driver("type", live_server.url, data_dir), cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        contact_id = read_marker(proc, "TYPED ", timeout=30)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    # Pushing was off: the server has nothing yet.
    assert live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"] == []

    result = subprocess.run(driver("resume", live_server.url, data_dir), cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    restored = json.loads(next(line for line in lines if line.startswith("RESTORED "))[len("RESTORED "):])
    assert restored == {"contact_id": contact_id, "note": DRAFTS[-1], "pending": 1}
    assert "DELIVERED" in lines

    items = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
    assert [(e["body"], e["revision"]) for e in items] == [(DRAFTS[-1], 1)], "the note, exactly once"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")
def test_a_dispatch_pressed_before_a_crash_is_delivered_once_after_restart(
    live_server: Any, tmp_path: Path
) -> None:
    data_dir = tmp_path / "console-data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ANNYEONG_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen(driver("press", live_server.url, data_dir), cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        dispatch_id, contact_id = read_marker(proc, "PRESSED ", timeout=30).split()
    finally:
        proc.send_signal(signal.SIGKILL)  # right after the press returned
        proc.wait(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert live_server.get(f"/v1/dispatches/{dispatch_id}").status_code == 404, "pushing was off"

    result = subprocess.run(driver("resume", live_server.url, data_dir), cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert f'DISPATCHES ["{dispatch_id}"]' in lines, "the intent survived the kill"
    assert "DELIVERED" in lines

    items = live_server.get("/v1/dispatches").json()["items"]
    assert [(d["id"], d["contact_id"], len(d["requests"])) for d in items] == [(dispatch_id, contact_id, 1)]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")
def test_chat_messages_cut_off_by_a_kill_arrive_once_each_and_in_order(
    live_server: Any, tmp_path: Path
) -> None:
    data_dir = tmp_path / "console-data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ANNYEONG_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen(driver("chat", live_server.url, data_dir), cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        contact_id = read_marker(proc, "CHATTING ", timeout=30)
    finally:
        proc.send_signal(signal.SIGKILL)  # mid-delivery: some sent, one perhaps in flight, the rest queued
        proc.wait(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    result = subprocess.run(driver("resume", live_server.url, data_dir), cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "DELIVERED" in result.stdout.splitlines()
    items = live_server.get(f"/v1/contacts/{contact_id}/messages").json()["items"]
    said = [m["text"] for m in items if m["sender"] == "counselor"]
    assert said == list(CHAT_LINES), "every message once, in the order typed"
