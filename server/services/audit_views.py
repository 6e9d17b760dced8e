"""The access log as the admin sees it: pages of entries, and the CSV export with its reason."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from annyeong.console.wire import AuditList, AuditRecord
from annyeong.server import schema
from annyeong.server.problems import field_problem

a = schema.audit_log
COLUMNS = (
    "seq",
    "at",
    "actor",
    "actor_role",
    "source",
    "action",
    "outcome",
    "subject_type",
    "subject_id",
    "resource",
    "reason",
    "prev_hash",
    "hash",
)


def parse_cursor(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    if not cursor.isdigit():
        raise field_problem(422, "invalid_cursor", "send a next_cursor from a previous page", "cursor")
    return int(cursor)


def page(
    conn: Connection,
    *,
    before: int | None,
    limit: int,
    actor: str | None,
    subject_id: str | None,
    action: str | None,
    since: datetime | None,
    until: datetime | None,
) -> AuditList:
    """Newest first; next_cursor continues with older entries."""
    query = select(a).order_by(a.c.seq.desc()).limit(limit + 1)
    if before is not None:
        query = query.where(a.c.seq < before)
    if actor is not None:
        query = query.where(a.c.actor == actor)
    if subject_id is not None:
        query = query.where(a.c.subject_id == subject_id)
    if action is not None:
        query = query.where(a.c.action == action)
    if since is not None:
        query = query.where(a.c.at >= since)
    if until is not None:
        query = query.where(a.c.at < until)
    rows = conn.execute(query).mappings().all()
    items = [AuditRecord.model_validate(dict(row)) for row in rows[:limit]]
    more = len(rows) > limit
    return AuditList(items=items, next_cursor=str(items[-1].seq) if more and items else None)


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, datetime) else str(value)
    # A spreadsheet runs a cell starting with these as a formula; a reason is free text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(conn: Connection, start: datetime, end: datetime) -> str:
    if end <= start:
        raise field_problem(422, "invalid_range", "to must be after from", "to")
    out = io.StringIO()
    # A BOM: spreadsheet programs then read the Korean in it as UTF-8.
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    query = select(a).where(a.c.at >= start, a.c.at < end).order_by(a.c.seq)
    for row in conn.execute(query).mappings():
        writer.writerow([_cell(row[name]) for name in COLUMNS])
    return out.getvalue()
