"""A migrated SQLite file copied for each test server, instead of running the migrations each time.

Once per process the migrations run into a template file (about half a second); each new server
database is a copy of it (under a millisecond). The server still calls migrate() at start, which finds
the copy at head and does nothing, so the start path is the one a deployment runs. The migrations
themselves are tested on empty databases in tests/server/test_migrations.py. PostgreSQL does the same
with CREATE DATABASE ... TEMPLATE (tests.support.postgres).
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path

from annyeong.server.db import make_engine, migrate

_lock = threading.Lock()
_template: Path | None = None


def _ensure_template() -> Path:
    global _template
    with _lock:
        if _template is None:
            folder = Path(tempfile.mkdtemp(prefix="annyeong-template-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            path = folder / "migrated.sqlite3"
            engine = make_engine(f"sqlite:///{path}")
            try:
                migrate(engine)
            finally:
                engine.dispose()
            # Everything in the main file, nothing left in a -wal beside it that a copy would miss.
            with sqlite3.connect(path) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            _template = path
        return _template


def copy_migrated(db_path: Path) -> None:
    """Put a migrated, empty database at db_path, unless one is there already (a restarted server keeps
    its database)."""
    if db_path.exists():
        return
    shutil.copyfile(_ensure_template(), db_path)
