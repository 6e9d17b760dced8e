"""The details of a contact (service types, summary, disposition, reporter, subject, follow-up), kept
locally and queued for the server's PATCH /v1/contacts/{id}.

Like the note draft: each change is committed with its outbox row in one transaction, and while the
newest details row is pending and was never attempted, a newer change is merged into it (one PATCH for a
burst of edits); a row that may have reached the server is never rewritten, the next change gets a new row.
A row carries only the fields that changed, so a PATCH never clears what it did not mean to touch.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from annyeong.console.domain.contact_details import DETAIL_FIELDS, ContactDetails, apply_changes
from annyeong.console.store.db import Database
from annyeong.console.store.outbox import Outbox
from annyeong.console.store.search_index import index_contact
from annyeong.console.wire import Contact, ContactUpdate

CONTACT_UPDATE = "contact.update"


def details_key(contact_id: str, revision: int) -> str:
    return f"contact-update:{contact_id}:{revision}"


def wire_changes(details: ContactDetails, fields: list[str]) -> dict[str, Any]:
    """The JSON body of a PATCH for `fields` of `details` (validated against the wire's ContactUpdate)."""
    body: dict[str, Any] = {}
    for name in fields:
        value = getattr(details, name)
        if name == "service_types":
            body[name] = list(value)
        elif name == "summary":
            body[name] = value or None  # an emptied summary clears it on the server
        elif name in ("reporter", "subject"):
            body[name] = None if value is None else value.model_dump(mode="json", exclude_none=True)
        elif name == "follow_up":
            body[name] = value.model_dump(mode="json")
        else:
            body[name] = value
    # Fails here, before anything is committed, if the wire's limits ever differ from the domain's.
    ContactUpdate.model_validate(body)
    return body


class DetailsStore:
    """Guarantees: `save` commits the details, the outbox row and the search index together."""

    def __init__(self, db: Database, outbox: Outbox, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._outbox = outbox
        self._now = now

    @staticmethod
    def parse(raw: str | None) -> ContactDetails:
        return ContactDetails.model_validate_json(raw or "{}")

    def load(self, contact_id: str) -> ContactDetails:
        row = self._db.conn.execute(
            "SELECT details FROM contacts WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise KeyError(contact_id)
        return self.parse(row["details"])

    def save(self, contact_id: str, changes: Mapping[str, Any]) -> ContactDetails:
        """Apply, commit and queue `changes`. Raises InvalidDetail (nothing stored) or KeyError."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT details, details_revision FROM contacts WHERE contact_id = ?", (contact_id,)
            ).fetchone()
            if row is None:
                raise KeyError(contact_id)
            current = self.parse(row["details"])
            updated, changed = apply_changes(current, changes)
            if not changed:
                return current
            body = wire_changes(updated, changed)
            revision = row["details_revision"]
            pending = self._coalescable(conn, details_key(contact_id, revision))
            if pending is None:
                revision += 1
                self._outbox.enqueue(
                    kind=CONTACT_UPDATE, payload={"contact_id": contact_id, "changes": body},
                    idempotency_key=details_key(contact_id, revision), record_id=contact_id,
                )
            else:
                row_id, payload = pending
                payload["changes"].update(body)
                conn.execute(
                    "UPDATE outbox SET payload = ? WHERE id = ?",
                    (json.dumps(payload, ensure_ascii=False), row_id),
                )
            conn.execute(
                "UPDATE contacts SET details = ?, details_revision = ?, details_saved_at = ?"
                " WHERE contact_id = ?",
                (updated.model_dump_json(), revision, self._now().isoformat(), contact_id),
            )
            index_contact(conn, contact_id)
        return updated

    @staticmethod
    def _coalescable(conn: sqlite3.Connection, key: str) -> tuple[int, dict[str, Any]] | None:
        r = conn.execute(
            "SELECT id, payload FROM outbox WHERE idempotency_key = ? AND state = 'pending' AND attempts = 0",
            (key,),
        ).fetchone()
        return None if r is None else (int(r["id"]), json.loads(r["payload"]))

    # --- what the server said ---------------------------------------------------------------------

    def server_version(self, contact_id: str) -> int:
        row = self._db.conn.execute(
            "SELECT server_version FROM contacts WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise KeyError(contact_id)
        return int(row["server_version"])

    def adopt_server(self, contact: Contact, fields: Iterable[str], *, except_row: int) -> list[str]:
        """"Keep theirs" after a conflict: the server's values of `fields` become this PC's copy, nothing
        queued. A field a newer change of this console still waits to send (any outbox row of this contact
        but `except_row`, the refused one) is left alone: that later edit is the person's latest word and
        goes out as usual. Returns the fields taken over."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT details FROM contacts WHERE contact_id = ?", (contact.id,)
            ).fetchone()
            if row is None:
                raise KeyError(contact.id)
            newer: set[str] = set()
            for r in conn.execute(
                "SELECT payload FROM outbox WHERE kind = ? AND record_id = ? AND id != ?",
                (CONTACT_UPDATE, contact.id, except_row),
            ):
                newer.update(json.loads(r["payload"])["changes"])
            taken = [name for name in fields if name in DETAIL_FIELDS and name not in newer]
            changes: dict[str, Any] = {}
            for name in taken:
                value = getattr(contact, name)
                if name == "summary":
                    value = value or ""
                elif name in ("reporter", "subject", "follow_up") and value is not None:
                    value = value.model_dump()  # every key, so the merge replaces the whole value
                changes[name] = value
            updated, _changed = apply_changes(self.parse(row["details"]), changes)
            conn.execute(
                "UPDATE contacts SET details = ?, server_version = MAX(server_version, ?)"
                " WHERE contact_id = ?",
                (updated.model_dump_json(), contact.version, contact.id),
            )
            index_contact(conn, contact.id)
        return taken

    def record_server_contact(self, contact: Contact) -> None:
        """Remember the version (the next If-Match) and case of a contact the server returned. Versions
        only go up, so a late event cannot undo a newer answer."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE contacts SET server_version = MAX(server_version, ?),"
                " case_id = COALESCE(?, case_id) WHERE contact_id = ?",
                (contact.version, contact.case_id, contact.id),
            )
