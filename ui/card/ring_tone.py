"""The ring tone: resources/sounds/ring.wav looped through the system's own player while a call is offered.

Why not QtMultimedia (QSoundEffect): it lives in PySide6-Addons, a 175 MB wheel on top of Essentials,
links libpulse on Linux (one more system package on every workstation), and would add QtMultimedia,
libQt6Multimedia and its FFmpeg backend to the bundle (about 3 MB without FFmpeg, up to 23 MB with it),
for playing one short WAV. The platforms' players do that with nothing shipped: on Windows the standard
library's winsound (asynchronous, looped, stopped by a purge); elsewhere the desktop's sound server's
player (pw-play, paplay), or ALSA's aplay, run as a QProcess and started again at the end of each cycle.

The volume is the counselor's (벨소리 크기 in the 테마 menu, kept in look.ini): the samples are scaled
once per level into a WAV in the cache folder, since the command-line players have no volume flag in
common. No player at all (a bare workstation) falls back to the platform beep once per cycle.
"""

from __future__ import annotations

import shutil
import sys
from array import array
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QProcess, QTimer
from PySide6.QtWidgets import QApplication

from annyeong.console.paths import APP_NAME
from annyeong.ui.common.theme import resources_dir
from annyeong.ui.text.i18n import look_store

VOLUMES = {"soft": 30, "normal": 60, "loud": 100}  # percent of full scale
DEFAULT_VOLUME = "normal"
_KEY = "sound/ring_volume"
CYCLE_MS = 3000  # the tone file's length: how often the beep fallback repeats
PLAYERS = (("pw-play",), ("paplay",), ("aplay", "-q"))


def tone_path() -> Path:
    return resources_dir() / "sounds" / "ring.wav"


def chosen_volume() -> str:
    value = look_store().value(_KEY)
    return str(value) if value in VOLUMES else DEFAULT_VOLUME


def remember_volume(level: str) -> None:
    if level not in VOLUMES:
        raise ValueError(level)
    store = look_store()
    store.setValue(_KEY, level)
    store.sync()


def scaled_tone(level: str) -> Path:
    """The ring at ``level``'s volume, written once into the cache folder."""
    import wave

    percent = VOLUMES[level]
    source = tone_path()
    if percent == 100:
        return source
    target = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"ring-{percent}.wav"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    with wave.open(str(source), "rb") as wav:
        params = wav.getparams()
        frames = array("h", wav.readframes(wav.getnframes()))
    scaled = array("h", (s * percent // 100 for s in frames))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    with wave.open(str(partial), "wb") as out:
        out.setparams(params)
        out.writeframes(scaled.tobytes())
    partial.replace(target)  # another console never reads half a file
    return target


def find_player() -> list[str] | None:
    for command in PLAYERS:
        found = shutil.which(command[0])
        if found:
            return [found, *command[1:]]
    return None


class RingTone(QObject):
    """``start()`` loops the tone until ``stop()``; ``is_playing()`` is the player's own state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = False
        self._file: Path | None = None
        self._player = find_player() if sys.platform != "win32" else None
        self._process: QProcess | None = None
        self._beep = QTimer(self)
        self._beep.setInterval(CYCLE_MS)
        self._beep.timeout.connect(QApplication.beep)

    def start(self) -> None:
        if self._wanted:
            return
        self._wanted = True
        self._file = scaled_tone(chosen_volume())
        if sys.platform == "win32":
            import winsound

            flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_LOOP | winsound.SND_NODEFAULT
            winsound.PlaySound(str(self._file), flags)
        elif self._player is not None:
            self._play_once()
        else:
            QApplication.beep()
            self._beep.start()

    def stop(self) -> None:
        self._wanted = False
        self._beep.stop()
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(None, winsound.SND_PURGE)
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect()
            process.errorOccurred.disconnect()
            process.kill()
            process.waitForFinished(1000)
            process.deleteLater()

    def is_playing(self) -> bool:
        if sys.platform == "win32":
            return self._wanted
        return self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning

    def _play_once(self) -> None:
        assert self._player is not None and self._file is not None
        process = QProcess(self)
        process.setProgram(self._player[0])
        process.setArguments([*self._player[1:], str(self._file)])
        process.finished.connect(self._cycle_ended)
        process.errorOccurred.connect(self._player_failed)
        self._process = process
        process.start()

    def _player_failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # finished never comes: end the cycle here
            self._cycle_ended()

    def _cycle_ended(self) -> None:
        process = self._process
        failed = process is not None and (
            process.exitStatus() != QProcess.ExitStatus.NormalExit or process.exitCode() != 0
            or process.error() == QProcess.ProcessError.FailedToStart
        )
        if self._process is not None:
            self._process.deleteLater()
            self._process = None
        if not self._wanted:
            return
        if failed:  # no sound server, no device: the beep still says a call is waiting
            self._player = None
            QApplication.beep()
            self._beep.start()
            return
        self._play_once()
