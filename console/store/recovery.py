"""A corrupt or unreadable local database at start: detect it, keep the file aside, salvage what can be read.

Called by console.store.db.Database before it opens its file. `PRAGMA quick_check` (O(N), no index
cross-checks; integrity_check is too slow for every start) decides. A bad file and its -wal/-shm are renamed
to `<name>.corrupt-<UTC timestamp>` (kept for support, never deleted), a fresh database is made in its place,
and every outbox row that can still be read is copied into it, so unsent work survives. What the server has
comes back by the event stream from seq 0 (the fresh file's last seq). The result says what happened, as a
code for the UI: "local_store_corrupt".
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annyeong.console.store import crypto

log = logging.getLogger(__name__)

CORRUPT = "local_store_corrupt"
Connect = Callable[[Path], sqlite3.Connection]
# The key's own problems (wrong key, no SQLCipher) are not corruption: db.py and crypto.py decide those.
_NOT_CORRUPTION = (crypto.StoreKeyRejected, crypto.StoreProtectionUnavailable)
OUTBOX_COLUMNS = ("idempotency_key", "kind", "payload", "lane", "record_id", "attempts", "next_attempt_at",
                   "last_error", "state", "created_at", "priority")


@dataclass(frozen=True)
class Recovery:
    code: str  # CORRUPT
    kept_aside: Path  # where the bad file now is
    salvaged: int  # outbox rows copied into the fresh database
    detail: str  # sqlite's first complaint (no personal data: page and index names only)


def check_local_store(
    path: Path, *, key: bytes | None = None, restore: Callable[[list[dict[str, Any]]], int]
) -> Recovery | None:
    """None when `path` is missing or sound; else set it aside, salvage, and say so.

    `key`: the store's SQLCipher key (None: plain SQLite), so a sound encrypted file is not mistaken for
    an unreadable one. A rejected key raises crypto.StoreKeyRejected as db.py's own open would.
    `restore`: writes the salvaged outbox rows into a fresh store at `path` and returns how many it kept;
    the store passes it in, so this module never opens a store itself."""
    if not path.exists() or path.stat().st_size == 0:
        return None

    def connect(p: Path) -> sqlite3.Connection:
        return crypto.connect(p, key, timeout=5.0)

    problem = _problem(path, connect)
    if problem is None:
        return None
    rows = _salvage_outbox(path, connect)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            part.rename(Path(str(aside) + suffix))
    salvaged = restore(rows) if rows else 0
    log.error("local store unreadable (%s): kept aside, %d unsent rows salvaged", problem[:80], salvaged)
    return Recovery(CORRUPT, aside, salvaged, problem)


def _problem(path: Path, connect: Connect) -> str | None:
    try:
        conn = connect(path)
    except _NOT_CORRUPTION:
        raise
    except Exception as exc:  # sqlite3's or SQLCipher's DatabaseError ("file is not a database")
        return str(exc)
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except Exception as exc:
        return str(exc)
    finally:
        conn.close()
    return None if result == ["ok"] else "; ".join(str(r) for r in result[:3])


def _salvage_outbox(path: Path, connect: Connect) -> list[dict[str, Any]]:
    """Every outbox row that can be read, row by row (a bad page stops the scan, not the start)."""
    rows: list[dict[str, Any]] = []
    try:
        conn = connect(path)
    except Exception:
        return rows
    try:
        # NOT INDEXED: read the table itself; the bad page is often an index's.
        cursor = conn.execute("SELECT * FROM outbox NOT INDEXED ORDER BY rowid")
        while True:
            try:
                r = cursor.fetchone()
            except Exception:
                break
            if r is None:
                break
            rows.append({k: r[k] for k in OUTBOX_COLUMNS if k in r.keys()})  # noqa: SIM118 (a Row)
    except Exception:  # no outbox table left to read
        pass
    finally:
        conn.close()
    return rows
