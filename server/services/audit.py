"""The audit log (개인정보 접속기록): who did what to whose data, when, from where, and how it ended.

Rows are appended in the same transaction as what they describe, each chained to the one before by
hash (server.auditchain). The next seq is the last one + 1, inserted explicitly: appends are serialized
(server.db's writer in one process; on PostgreSQL the chain's own advisory lock, CHAIN_LOCK, taken by
whoever appends, whatever other lock it holds), and if two appends ever raced, the primary key would
refuse the second insert (the transaction fails) instead of letting the chain fork.

Retention: entries older than the retention period are purged by a sweeper, after a checkpoint entry
recorded the hash of the last purged one (see server.auditchain).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from annyeong.server import auditchain, schema
from annyeong.server.config import AUDIT_HEAD_KEY, AUDIT_HELD_KEY
from annyeong.server.principal import Principal

a = schema.audit_log

# The chain's own lock (PostgreSQL; server.db's keys are 120_0001-3). Not the write lock: an access-log
# entry that changes nothing else (an event delivery, on every console at every call) then waits only for
# other appends, never behind the writes to calls and contacts. Whoever holds both took the write lock
# first (server.db), so the two never deadlock.
CHAIN_LOCK = 120_0004
# The lock, then the head, sent as one message: two statements, so the second one's snapshot is taken
# after the lock was granted (READ COMMITTED: one per statement) and sees every entry committed before;
# one round trip, since a writer holding the write lock pays each one while every other writer waits.
_LOCKED_HEAD = (
    f"SELECT pg_advisory_xact_lock({CHAIN_LOCK}); "
    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
)


def _locked_head(conn: Connection) -> tuple[int, str | None] | None:
    """PostgreSQL: take the chain's lock and read its head, (seq, hash) or None when it is empty."""
    # The driver's own cursor: only a statement without parameters goes as one message of several
    # statements (the simple query protocol), and SQLAlchemy always binds.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(_LOCKED_HEAD)
        cursor.nextset()
        row = cursor.fetchone()
    finally:
        cursor.close()
    return None if row is None else (int(row[0]), row[1])


@dataclass(frozen=True)
class AuditEntry:
    action: str
    outcome: str  # granted | denied | not_found | withheld | rejected
    subject_type: str | None = None
    subject_id: str | None = None
    resource: str | None = None
    reason: str | None = None


# Built once: every event a console receives is audited, and a statement built per entry was walked for
# its cache key each time, under the write lock.
_INSERT = insert(a)


def append(conn: Connection, values: Mapping[str, Any]) -> int:
    """Append one entry to the chain; returns its seq."""
    # In Database.write's transactions the head is carried from one entry to the next (AUDIT_HEAD_KEY):
    # a group of writes appends several, and nobody else can append before the transaction ends.
    head = conn.info.get(AUDIT_HEAD_KEY)
    if head is None:
        if conn.dialect.name == "postgresql":
            found = _locked_head(conn)
        else:
            last = conn.execute(select(a.c.seq, a.c.hash).order_by(a.c.seq.desc()).limit(1)).first()
            found = (last.seq, last.hash) if last is not None else None
        head = (found[0], found[1] or auditchain.GENESIS) if found is not None else (0, auditchain.GENESIS)
    seq, prev = head[0] + 1, head[1]
    row = {name: values.get(name) for name in auditchain.FIELDS}
    row["seq"] = seq
    digest = auditchain.entry_hash(row, prev)
    held = conn.info.get(AUDIT_HELD_KEY)
    if held is not None:
        held.append({**row, "prev_hash": prev, "hash": digest})
    else:
        conn.execute(_INSERT, {**row, "prev_hash": prev, "hash": digest})
    if AUDIT_HEAD_KEY in conn.info:
        conn.info[AUDIT_HEAD_KEY] = (seq, digest)
    return seq


def hold(conn: Connection) -> None:
    """Keep the entries appended from now on until `flush`, which inserts them in one statement (each
    chained to the one before as ever). Database.write_grouped's writes are access-log entries, one for
    every delivery of events under a chat load: one INSERT each cost more than the delivery itself."""
    # The head must be carried while entries are held: the table does not have them yet.
    conn.info.setdefault(AUDIT_HEAD_KEY, None)
    conn.info[AUDIT_HELD_KEY] = []


def flush(conn: Connection) -> None:
    """Insert what was held since `hold`, in order, and stop holding."""
    rows = conn.info.pop(AUDIT_HELD_KEY, None)
    if rows:
        conn.execute(_INSERT, rows)


def record(
    conn: Connection, principal: Principal, source: str | None, entry: AuditEntry, now: datetime
) -> None:
    append(
        conn,
        {
            "at": now,
            "actor": principal.id,
            "actor_role": principal.role,
            "source": (source or "")[:64] or None,
            "action": entry.action,
            "subject_type": entry.subject_type,
            "subject_id": entry.subject_id,
            "resource": entry.resource,
            "outcome": entry.outcome,
            "reason": (entry.reason or "")[:200] or None,
        },
    )


def record_system(conn: Connection, entry: AuditEntry, now: datetime) -> None:
    """An entry written by the server itself (a purge checkpoint), not by a request."""
    append(
        conn,
        {
            "at": now,
            "actor": "system",
            "actor_role": "system",
            "action": entry.action,
            "resource": entry.resource,
            "outcome": entry.outcome,
            "reason": entry.reason,
        },
    )


# --- retention -------------------------------------------------------------------------------------


def retention_cutoff(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def purge_due(conn: Connection, now: datetime, years: int) -> bool:
    cutoff = retention_cutoff(now, years)
    oldest = conn.execute(select(a.c.at).order_by(a.c.seq).limit(1)).scalar_one_or_none()
    return oldest is not None and oldest < cutoff


def purge_expired(conn: Connection, now: datetime, years: int) -> int:
    """Delete the entries older than the retention period; the chain stays verifiable."""
    cutoff = retention_cutoff(now, years)
    through = conn.execute(select(func.max(a.c.seq)).where(a.c.at < cutoff)).scalar_one_or_none()
    if through is None:
        return 0
    last_hash = conn.execute(select(a.c.hash).where(a.c.seq == through)).scalar_one()
    # The checkpoint first: the chain's tail must never be deleted, or the next seq would restart.
    record_system(
        conn,
        AuditEntry(
            auditchain.CHECKPOINT,
            "granted",
            resource=auditchain.checkpoint_resource(through),
            reason=last_hash,
        ),
        now,
    )
    return int(conn.execute(delete(a).where(a.c.seq <= through)).rowcount or 0)


# --- verification ----------------------------------------------------------------------------------


def _rows(conn: Connection, batch: int = 2000) -> Iterator[Mapping[Any, Any]]:
    after = 0
    while True:
        page = conn.execute(select(a).where(a.c.seq > after).order_by(a.c.seq).limit(batch)).mappings().all()
        if not page:
            return
        yield from page
        after = page[-1]["seq"]


def verify(conn: Connection) -> auditchain.Verdict:
    def anchors(purged_through: int) -> set[str]:
        found = conn.execute(
            select(a.c.reason).where(
                a.c.action == auditchain.CHECKPOINT,
                a.c.resource == auditchain.checkpoint_resource(purged_through),
            )
        ).scalars()
        return {h for h in found if h}

    return auditchain.verify(_rows(conn), anchors)
