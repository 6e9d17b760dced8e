"""The ring tone against the real server and a real sound server: it plays while a call is offered and
stops when the call is taken, declined or withdrawn; the volume is the counselor's; the file is ours."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from annyeong.ui.card import ring_tone
from tests.ui.support import close_console, run, signed_in_console

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sound_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """PulseAudio with a silent sink: the player plays for real, in real time, to nobody's speakers."""
    if shutil.which("pulseaudio") is None or shutil.which("paplay") is None:
        if os.environ.get("CI"):
            pytest.fail("pulseaudio and paplay are missing: bash packaging/install.sh installs them")
        pytest.skip("pulseaudio/paplay not installed (bash packaging/install.sh)")
    folder = Path(tmp_path / "pulse")
    folder.mkdir()
    socket = folder / "native"
    env = dict(os.environ, HOME=str(folder), XDG_RUNTIME_DIR=str(folder), XDG_CONFIG_HOME=str(folder))
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
         "--load=module-null-sink sink_name=silent",
         f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not socket.exists():
            assert server.poll() is None, "pulseaudio did not start"
            assert time.monotonic() < deadline, "pulseaudio did not open its socket"
            time.sleep(0.1)
        monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
        monkeypatch.setattr(ring_tone, "PLAYERS", (("paplay",),))  # the sound server's own player
        yield str(socket)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.usefixtures("sound_server")
def test_the_ring_plays_while_offered_and_stops_on_take_decline_and_withdrawal(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    tone = window.card.ring.tone
    try:
        # Withdrawn: nobody answers, the server takes the offer back (5 s in tests).
        live_server.post_call("010-2345-6789")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.waitUntil(tone.is_playing, timeout=10_000)
        qtbot.waitUntil(window.card.isHidden, timeout=15_000)
        qtbot.waitUntil(lambda: not tone.is_playing(), timeout=20_000)

        # Declined, with a reason.
        run(qtbot, console.core.calls.set_presence("available"))
        live_server.post_call("010-3456-7890")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.waitUntil(tone.is_playing, timeout=10_000)
        window.card.show_reasons()  # 거절 first opens the reasons, as a click or D does
        run(qtbot, window.card.decline("away"))
        qtbot.waitUntil(lambda: not tone.is_playing(), timeout=20_000)

        # Taken with Enter.
        run(qtbot, console.core.calls.set_presence("available"))
        live_server.post_call("010-4567-8901")
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.waitUntil(tone.is_playing, timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
        qtbot.waitUntil(lambda: not tone.is_playing(), timeout=20_000)
    finally:
        close_console(qtbot, console)


def test_the_volume_is_remembered_and_scales_the_tone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNYEONG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert ring_tone.chosen_volume() == "normal"
    ring_tone.remember_volume("soft")
    assert ring_tone.chosen_volume() == "soft"

    def peak(path: Path) -> int:
        from array import array

        with wave.open(str(path), "rb") as wav:
            return max(abs(s) for s in array("h", wav.readframes(wav.getnframes())))

    full = peak(ring_tone.tone_path())
    soft = peak(ring_tone.scaled_tone("soft"))
    assert abs(soft - full * ring_tone.VOLUMES["soft"] // 100) <= 1
    assert ring_tone.scaled_tone("loud") == ring_tone.tone_path()


def test_the_tone_file_is_the_one_the_script_makes(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_ring_tone", ROOT / "packaging" / "make_ring_tone.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.write(tmp_path / "ring.wav")
    assert made.read_bytes() == ring_tone.tone_path().read_bytes(), "run packaging/make_ring_tone.py"
