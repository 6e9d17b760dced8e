"""Typing on without a pause is durable too: a console killed while the counselor is still typing keeps
everything typed up to a second before the kill, and sends it once after restart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.console.test_durability import driver, read_marker
from tests.console.typing_driver import TEXT

ROOT = Path(__file__).resolve().parents[2]
TYPING_S = 3.0
LOSS_BOUND_S = 1.0


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")
def test_a_kill_during_a_burst_of_typing_loses_under_a_second(live_server: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "console-data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ANNYEONG_DATA_DIR": str(data_dir),
           "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "tests.console.typing_driver", "--server", live_server.url,
           "--data-dir", str(data_dir)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    keys: list[tuple[int, float]] = []
    saves: list[float] = []
    try:
        contact_id = read_marker(proc, "CONTACT ", timeout=60)
        first = float(read_marker(proc, "KEY ", timeout=30).split()[1])
        # Kill while keys are still coming, however slowly this machine types them.
        while True:
            line = read_marker(proc, "", timeout=30)
            kind, n, at = line.split()
            if kind == "KEY":
                keys.append((int(n), float(at)))
            elif kind == "SAVED":
                saves.append(float(at))
            if kind == "KEY" and float(at) - first >= TYPING_S:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        proc.wait(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(saves) >= 2, "typing without a pause was written to disk while it went on"

    result = subprocess.run(driver("resume", live_server.url, data_dir), cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    restored = json.loads(next(line for line in lines if line.startswith("RESTORED "))[len("RESTORED "):])
    assert restored["contact_id"] == contact_id
    note = restored["note"]
    assert TEXT.startswith(note), "what survived is what was typed, in order"
    must_have = max((n for n, at in keys if at <= killed_at - LOSS_BOUND_S), default=0)
    lost_s = killed_at - next((at for n, at in keys if n == len(note)), first)
    assert len(note) >= must_have, f"lost {lost_s:.2f} s of typing (keys {len(note)}..{keys[-1][0]})"
    assert "DELIVERED" in lines

    items = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
    assert [e["body"] for e in items] == [note], "the note reached the server once, as it was kept"
