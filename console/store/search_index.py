"""The local full-text index (FTS5, trigram) over the contacts this console handled.

One row per contact, rebuilt from the contact, its note draft and its details whenever one of them is
written, inside that write's transaction: the index can never show text the store does not hold, or miss
text it does. Numbers are indexed in every form a counselor might type (E.164, national digits, display,
masked), so a phone search is a substring match on normalised forms.

Each row's FTS rowid is the contact's start time in microseconds (one more for each contact that started
in the same microsecond): FTS5 walks a match in rowid order, so "newest first, the first 50" stops after
50 rows instead of sorting every match (100,000 contacts), and a contact's row is found by a
rowid range instead of a scan of the whole index (contact_id is UNINDEXED).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from annyeong.console.domain import phone


def number_forms(e164: str | None) -> list[str]:
    """"+821012345678" → ["+821012345678", "01012345678", "010-1234-5678"] (empty for None/garbage)."""
    if not e164:
        return []
    try:
        display = phone.format_display(e164)
    except phone.InvalidPhoneNumber:
        return [e164]
    return [e164, "".join(c for c in display if c.isdigit()), display]


def _party_values(details: dict[str, Any], key: str) -> tuple[str | None, str | None]:
    party = details.get(key)
    if not isinstance(party, dict):
        return None, None
    return party.get("name"), party.get("number")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SLOTS = 1000  # contacts that may share one start microsecond (imported or fixture data); more is refused


def time_key(started_at: str) -> int:
    """The rowid slot of a contact that started at `started_at` (ISO 8601): microseconds since 1970."""
    moment = datetime.fromisoformat(started_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _slot(conn: sqlite3.Connection, contact_id: str, base: int) -> tuple[int, bool]:
    """The contact's rowid and whether it is taken by it already; else the first free slot from `base`."""
    taken = conn.execute(
        "SELECT rowid, contact_id FROM contact_search WHERE rowid >= ? AND rowid < ? ORDER BY rowid",
        (base, base + _SLOTS),
    ).fetchall()
    for rowid, owner in taken:
        if owner == contact_id:
            return int(rowid), True
    used = {int(rowid) for rowid, _owner in taken}
    for candidate in range(base, base + _SLOTS):
        if candidate not in used:
            return candidate, False
    raise ValueError("too many contacts started in the same microsecond")


def index_contact(conn: sqlite3.Connection, contact_id: str) -> None:
    """(Re)build the index row of one contact. Call inside the transaction that changed it."""
    row = conn.execute(
        "SELECT c.caller, c.details, c.started_at, n.body"
        " FROM contacts AS c LEFT JOIN notes AS n USING (contact_id) WHERE c.contact_id = ?",
        (contact_id,),
    ).fetchone()
    if row is None:
        # Gone from the store: its start time is unknown, so look through the whole index (rare).
        conn.execute("DELETE FROM contact_search WHERE contact_id = ?", (contact_id,))
        return
    rowid, present = _slot(conn, contact_id, time_key(row["started_at"]))
    if present:
        conn.execute("DELETE FROM contact_search WHERE rowid = ?", (rowid,))
    caller = json.loads(row["caller"])
    details = json.loads(row["details"] or "{}")
    numbers: list[str] = []
    if caller.get("number_masked"):
        numbers.append(caller["number_masked"])
    numbers += number_forms(caller.get("number_e164"))
    names: list[str] = []
    for key in ("reporter", "subject"):
        name, number = _party_values(details, key)
        if name:
            names.append(name)
        numbers += number_forms(number)
    conn.execute(
        "INSERT INTO contact_search (rowid, contact_id, numbers, names, notes, summary)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        # Newlines between values: a match never spans two names or two numbers.
        (rowid, contact_id, "\n".join(numbers), "\n".join(names), row["body"] or "",
         details.get("summary") or ""),
    )


def unindex_contact(conn: sqlite3.Connection, contact_id: str, started_at: str) -> None:
    """Remove a contact's row without scanning the index (e.g. before its contact row is deleted)."""
    rowid, present = _slot(conn, contact_id, time_key(started_at))
    if present:
        conn.execute("DELETE FROM contact_search WHERE rowid = ?", (rowid,))


def reindex_all(conn: sqlite3.Connection) -> None:
    """Every contact's row again, in start-time rowids (migration 6 moves older files onto them)."""
    conn.execute("DELETE FROM contact_search")
    for (contact_id,) in conn.execute("SELECT contact_id FROM contacts").fetchall():
        index_contact(conn, contact_id)
