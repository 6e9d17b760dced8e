"""The console's log on disk: what a help desk reads when a counselor says "it stopped working".

The same records as the console's standard error (ids, codes, states; never a phone number, a name or
a note: the rest of the code keeps to that, ui/shell/crash_guard.py strips exception messages), written to a
rotating file in the platform's log folder, because the Windows bundle has no console and so, without a
file, kept nothing. Native crashes (Qt, SQLCipher) never reach Python's logging: ``faulthandler`` writes
their stacks to ``crash.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import IO

import platformdirs

from annyeong.console.paths import APP_NAME

LOG_DIR_ENV = "ANNYEONG_LOG_DIR"
LOG_NAME = "console.log"
CRASH_NAME = "crash.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# About two weeks of a busy console's records, and never more than 6 MB on a shared PC.
MAX_BYTES = 1_000_000
BACKUPS = 5

_crash_file: IO[str] | None = None  # held open for faulthandler, which writes to its descriptor


def log_dir() -> Path:
    """env ANNYEONG_LOG_DIR, else the platform's user log folder (~/.local/state/annyeong-console/log,
    %LOCALAPPDATA%\\annyeong-console\\Logs). Not created here."""
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class _Early(logging.Handler):
    """Holds the records of the first moments until the file handler is in place (after the first paint:
    logging.handlers pulls in socket and pickle, 60-100 ms)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_early: _Early | None = None
_folder: Path | None = None


def setup(level: str | int = "INFO", directory: Path | None = None) -> Path | None:
    """Log to standard error (when there is one); crash stacks to crash.log at once; the rotating file
    from ``log_started()`` on, with every record from before it. Returns the log folder, or None when
    it cannot be written (the console then runs without a file)."""
    global _crash_file, _early, _folder
    root = logging.getLogger()
    root.setLevel(level)
    if sys.stderr is not None:  # a windowed Windows program has none
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    folder = directory or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            # No personal data is logged, but the folder is still this person's: not for other accounts
            # on a shared PC (Windows keeps the per-user folder private by itself).
            os.chmod(folder, 0o700)
        if _crash_file is None:
            _crash_file = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 -- held for life
            faulthandler.enable(file=_crash_file, all_threads=True)
    except OSError as exc:
        logging.getLogger("annyeong.console").warning("no log file (%s)", type(exc).__name__)
        return None
    _early = _Early()
    root.addHandler(_early)
    _folder = folder
    return folder


def log_started() -> None:
    """The rotating file takes over (with what was logged so far), and its first words are what a help
    desk asks first: which version, on what (no host or user name). Called after the first paint."""
    global _early
    import logging.handlers
    import platform

    root = logging.getLogger()
    if _folder is not None and _early is not None:
        try:
            handler = logging.handlers.RotatingFileHandler(
                _folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )
        except OSError as exc:
            logging.getLogger("annyeong.console").warning("no log file (%s)", type(exc).__name__)
        else:
            handler.setFormatter(logging.Formatter(FORMAT))
            root.addHandler(handler)
            for record in _early.records:
                handler.handle(record)
        root.removeHandler(_early)
        _early = None
    logging.getLogger("annyeong.console").info(
        # system/release/machine, not platform.platform(): that reads the Python binary for its libc.
        "console %s started (Python %s, %s %s %s)", _version(), platform.python_version(),
        platform.system(), platform.release(), platform.machine(),
    )


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:  # a bundle without the distribution's metadata
        return "(version unknown)"
