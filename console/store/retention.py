"""Retention of the local cache: closed contacts leave this PC after Settings.local_retention_days.

The server keeps the record; this file only caches what the counselor worked on. A contact goes when it
is wrapped up (off screen, ended) longer ago than the window, and nothing of it still waits to be sent:
no outbox row (pending or refused) names it, and no dispatch of it is open. Everything this file keeps
about it goes in the same transaction: the contact with its note, details, checklists and crisis
decision (ON DELETE CASCADE), its search index row, its closed dispatches, its referrals and a chat's
transcript.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from annyeong.console.store.db import Database
from annyeong.console.store.search_index import unindex_contact

# Candidates: wrapped up and ended. An outbox row "names" a contact when its record is the contact or
# its payload mentions the contact's id (entries, ends, details, dispatch and referral rows all carry it);
# matching on the payload text over-keeps at worst, never drops an unsent change.
_CANDIDATES = """
    SELECT c.contact_id, c.started_at, c.ended_at FROM contacts AS c
    WHERE c.active = 0 AND c.held = 0 AND c.ended_at IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM outbox AS o
        WHERE o.record_id = c.contact_id OR instr(o.payload, c.contact_id) > 0
      )
      AND NOT EXISTS (
        SELECT 1 FROM dispatches AS d
        WHERE d.contact_id = c.contact_id AND d.closed_at IS NULL AND d.failed_at IS NULL
      )
"""


def purge_closed_contacts(db: Database, *, now: datetime, retention_days: int) -> int:
    """Delete the closed contacts that ended more than `retention_days` before `now` (aware). Returns how
    many went. Contacts with anything unsent are kept whatever their age (see the module docstring)."""
    cutoff = now - timedelta(days=retention_days)
    with db.transaction() as conn:
        # Compared as datetimes, not strings: ended_at comes from the server and from here, and the two
        # may spell the offset differently.
        expired = [(r["contact_id"], r["started_at"]) for r in conn.execute(_CANDIDATES).fetchall()
                   if datetime.fromisoformat(r["ended_at"]) < cutoff]
        for contact_id, started_at in expired:
            unindex_contact(conn, contact_id, started_at)  # by rowid: a delete by contact_id scans the index
            conn.execute("DELETE FROM dispatches WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM referrals WHERE contact_id = ?", (contact_id,))
            # A chat's transcript is as personal as its note (console/chats/schema.py).
            conn.execute("DELETE FROM chat_messages WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM chat_state WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM contacts WHERE contact_id = ?", (contact_id,))
    return len(expired)
