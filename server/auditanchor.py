"""The audit chain's head, anchored outside the database at intervals.

The hash chain shows an edited or removed entry in the middle, but not a removed tail: delete the newest
entries and what is left still verifies, only the head hash is different. So the server writes the head
(seq, hash, time) to an anchor file every `audit_anchor_interval_s`, and `annyeong-server audit verify`
checks the chain against the newest anchor: an anchored entry that is gone (the log was truncated) or
different (it was rewritten) breaks the verdict. The file lives outside the database so that whoever can
rewrite the database cannot quietly rewrite the anchor with it (docs/deployment.md: put it on another
disk, or ship its lines to the log host).

One JSON object a line, appended and fsynced; the file keeps its newest MAX_LINES lines.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import make_url, select
from sqlalchemy.engine import Connection

from annyeong.server import auditchain, schema
from annyeong.server.state import AppState, utcnow

log = logging.getLogger("annyeong.server.auditanchor")

ENV = "ANNYEONG_AUDIT_ANCHOR"
MAX_LINES = 1000


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: str


def default_path(database_url: str) -> Path | None:
    """env ANNYEONG_AUDIT_ANCHOR; else, for an SQLite file, `<file>.audit-anchor` beside it; else none."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(f"{url.database}.audit-anchor")
    return None


def read(path: Path) -> list[Anchor]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    found: list[Anchor] = []
    for line in lines:
        try:
            raw = json.loads(line)
            found.append(Anchor(int(raw["seq"]), str(raw["hash"]), str(raw["at"])))
        except (ValueError, KeyError, TypeError):
            continue  # a line torn by a crash mid-write; the ones before it still count
    return found


def write(path: Path, seq: int, digest: str, now: datetime) -> None:
    line = json.dumps({"seq": seq, "hash": digest, "at": now.astimezone(UTC).isoformat()}) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = read(path)
    if len(kept) >= 2 * MAX_LINES:
        tmp = path.with_name(path.name + ".tmp")
        rest = [json.dumps({"seq": a.seq, "hash": a.hash, "at": a.at}) + "\n" for a in kept[-MAX_LINES:]]
        with tmp.open("w", encoding="utf-8") as f:
            f.writelines(rest)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    with path.open("a", encoding="utf-8") as f:
        f.write(line)
        f.flush()
        os.fsync(f.fileno())


def head(conn: Connection) -> tuple[int, str] | None:
    a = schema.audit_log
    row = conn.execute(select(a.c.seq, a.c.hash).order_by(a.c.seq.desc()).limit(1)).first()
    return None if row is None else (int(row.seq), str(row.hash))


def anchor_now(conn: Connection, path: Path, now: datetime, last: Anchor | None = None) -> Anchor | None:
    """Write the current head unless it is `last` already; the anchor written (or `last`)."""
    found = head(conn)
    if found is None or (last is not None and (last.seq, last.hash) == found):
        return last
    write(path, found[0], found[1], now)
    return Anchor(found[0], found[1], now.astimezone(UTC).isoformat())


def check(
    verdict: auditchain.Verdict, anchors: list[Anchor], hash_of: Callable[[int], str | None]
) -> auditchain.Verdict:
    """The chain's verdict against the newest anchor: a truncated or rewritten tail breaks it."""
    if not verdict.ok or not anchors:
        return verdict
    newest = anchors[-1]
    last = verdict.last_seq or 0
    if newest.seq > last:
        return auditchain.Verdict(
            False, verdict.entries, verdict.first_seq, verdict.last_seq, verdict.head_hash, last + 1,
            f"the log ends at seq {last} but seq {newest.seq} was anchored at {newest.at}: "
            "the newest entries were deleted",
        )
    in_range = verdict.first_seq is not None and newest.seq >= verdict.first_seq
    if in_range and hash_of(newest.seq) != newest.hash:
        return auditchain.Verdict(
            False, verdict.entries, verdict.first_seq, verdict.last_seq, verdict.head_hash, newest.seq,
            f"entry {newest.seq} differs from its anchor of {newest.at}: the tail was rewritten",
        )
    return verdict


def hash_reader(conn: Connection) -> Callable[[int], str | None]:
    a = schema.audit_log

    def hash_of(seq: int) -> str | None:
        found = conn.execute(select(a.c.hash).where(a.c.seq == seq)).scalar_one_or_none()
        return None if found is None else str(found)

    return hash_of


def _anchor(conn: Connection, *, path: Path, last: Anchor | None) -> Anchor | None:
    return anchor_now(conn, path, utcnow(), last)


async def run(state: AppState, path: Path, interval_s: float) -> None:
    """Anchor the head every `interval_s` while this process runs the sweepers, and once at shutdown."""
    last: Anchor | None = None
    try:
        while True:
            await asyncio.sleep(interval_s)
            if not state.db.leads_sweepers:
                continue
            try:
                last = await state.db.read(partial(_anchor, path=path, last=last))
            except Exception as exc:  # the next pass retries
                log.error("audit anchor failed: %s", type(exc).__name__)
    finally:
        if state.db.leads_sweepers:
            try:
                await state.db.read(partial(_anchor, path=path, last=last))
            except Exception as exc:
                log.error("audit anchor at shutdown failed: %s", type(exc).__name__)
