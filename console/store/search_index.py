"""The local full-text index (FTS5, trigram) over the contacts this console handled.

One row per contact, rebuilt from the contact, its note draft and its details whenever one of them is
written, inside that write's transaction: the index can never show text the store does not hold, or miss
text it does. Numbers are indexed in every form a counselor might type (E.164, national digits, display,
masked), so a phone search is a substring match on normalised forms.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import phonenumbers

from console.domain import phone


def number_forms(e164: str | None) -> list[str]:
    """"+821012345678" → ["+821012345678", "01012345678", "010-1234-5678"] (empty for None/garbage)."""
    if not e164:
        return []
    try:
        display = phone.format_display(e164)
    except phonenumbers.NumberParseException:
        return [e164]
    return [e164, "".join(c for c in display if c.isdigit()), display]


def _party_values(details: dict[str, Any], key: str) -> tuple[str | None, str | None]:
    party = details.get(key)
    if not isinstance(party, dict):
        return None, None
    return party.get("name"), party.get("number")


def index_contact(conn: sqlite3.Connection, contact_id: str) -> None:
    """(Re)build the index row of one contact. Call inside the transaction that changed it."""
    row = conn.execute(
        "SELECT c.caller, c.details, n.body FROM contacts AS c LEFT JOIN notes AS n USING (contact_id)"
        " WHERE c.contact_id = ?",
        (contact_id,),
    ).fetchone()
    conn.execute("DELETE FROM contact_search WHERE contact_id = ?", (contact_id,))
    if row is None:
        return
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
        "INSERT INTO contact_search (contact_id, numbers, names, notes, summary) VALUES (?, ?, ?, ?, ?)",
        # Newlines between values: a match never spans two names or two numbers.
        (contact_id, "\n".join(numbers), "\n".join(names), row["body"] or "", details.get("summary") or ""),
    )


def reindex_all(conn: sqlite3.Connection) -> None:
    for (contact_id,) in conn.execute("SELECT contact_id FROM contacts").fetchall():
        index_contact(conn, contact_id)
