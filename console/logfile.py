"""The console's log on disk: what a help desk reads when a counselor says "it stopped working".

The same records as the console's standard error (ids, codes, states; never a phone number, a name or
a note: the rest of the code keeps to that, ui/crash_guard.py strips exception messages), written to a
rotating file in the platform's log folder, because the Windows bundle has no console and so, without a
file, kept nothing. Native crashes (Qt, SQLCipher) never reach Python's logging: ``faulthandler`` writes
their stacks to ``crash.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
from pathlib import Path
from typing import IO

import platformdirs

from console.paths import APP_NAME

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


def setup(level: str | int = "INFO", directory: Path | None = None) -> Path | None:
    """Log to standard error (when there is one) and to the rotating file; crash stacks to crash.log.
    Returns the log folder, or None when it cannot be written (the console then runs without a file)."""
    global _crash_file
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    if sys.stderr is not None:  # a windowed Windows program has none
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
    folder = directory or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        if _crash_file is None:
            _crash_file = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 -- held for life
            faulthandler.enable(file=_crash_file, all_threads=True)
    except OSError as exc:
        logging.getLogger("annyeong.console").warning("no log file (%s)", type(exc).__name__)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    # The first thing a help desk asks: which version, on what. No host or user name.
    logging.getLogger("annyeong.console").info(
        "console %s starting (Python %s, %s)", _version(), platform.python_version(), platform.platform()
    )
    return folder


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:  # a bundle without the distribution's metadata
        return "(version unknown)"
