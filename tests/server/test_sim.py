"""annyeong-sim posts a call end to end, as the telephony bridge would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.server.helpers import User
from tests.support.live_server import TELEPHONY_KEY, LiveServer

ROOT = Path(__file__).resolve().parents[2]


def _sim(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annyeong.server.sim.main", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=30,
    )


def test_sim_call_rings_a_counselor(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    kim.presence("available")
    done = _sim("call", "--from", "010-1234-5678", "--server", live_server.url, "--api-key", TELEPHONY_KEY)
    assert done.returncode == 0, done.stderr
    call_id = done.stdout.strip()
    offered = [e for e in kim.events() if e["type"] == "call.offered"]
    assert [e["data"]["id"] for e in offered] == [call_id]
    assert offered[0]["data"]["caller"]["number_masked"] == "010-****-5678"
    # Nothing personal on stdout/stderr besides the id.
    assert "5678" not in done.stdout


def test_sim_explains_what_is_wrong(live_server: LiveServer) -> None:
    bad = _sim("call", "--from", "12", "--server", live_server.url)
    assert bad.returncode != 0 and "--from" in bad.stderr and "not a valid phone number" in bad.stderr
    wrong_key = _sim("call", "--withheld", "--server", live_server.url, "--api-key", "nope")
    assert wrong_key.returncode != 0 and "401" in wrong_key.stderr and "--api-key" in wrong_key.stderr
    down = _sim("call", "--withheld", "--server", "http://127.0.0.1:9", "--timeout", "2")
    assert down.returncode != 0 and "cannot reach" in down.stderr and "127.0.0.1:9" in down.stderr


def test_sim_can_pass_on_a_number_as_the_network_delivered_it(live_server: LiveServer) -> None:
    done = _sim("call", "--from", "1234", "--as-delivered", "--server", live_server.url,
                "--api-key", TELEPHONY_KEY)
    assert done.returncode == 0, done.stderr
    call = live_server.get(f"/v1/calls/{done.stdout.strip()}").json()
    assert call["caller"]["unknown"] is True and call["caller"]["number_masked"] == "**34"


def test_sim_reads_the_training_file(live_server: LiveServer, tmp_path: Path) -> None:
    # conftest points ANNYEONG_DATA_DIR at tmp_path/"data"; the console writes this file there.
    training = tmp_path / "data" / "training"
    training.mkdir(parents=True)
    (training / "server.json").write_text(
        f'{{"url": "{live_server.url}", "telephony_key": "{TELEPHONY_KEY}"}}', encoding="utf-8"
    )
    done = _sim("call", "--withheld")
    assert done.returncode == 0, done.stderr
    assert (
        User(live_server, "lee").get(f"/v1/calls/{done.stdout.strip()}").json()["caller"]["withheld"] is True
    )
