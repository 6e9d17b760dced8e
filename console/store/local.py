"""The open contact, its note draft, and the sync position, kept in the account's local database.

The draft is the counselor's words: it is committed on every update, and in the same transaction the
outbox gets (or updates) the row that will carry it to the server.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from annyeong.console.domain.contact_details import DETAIL_FIELDS
from annyeong.console.state import ActiveContact
from annyeong.console.store.db import Database
from annyeong.console.store.details import DetailsStore
from annyeong.console.store.dispatches import DispatchStore
from annyeong.console.store.outbox import Outbox
from annyeong.console.store.search_index import index_contact
from annyeong.console.wire import (
    CallerCard,
    CallerSummary,
    ChatHandoff,
    Contact,
    ContactEnd,
    Entry,
    EntryCreate,
)

ENTRY_CREATE = "entry.create"
CONTACT_END = "contact.end"
# The server keeps an entry body to 20,000 characters (console.wire.EntryCreate). A longer draft is kept
# here in full but not queued: the counselor is told (NoteTooLong) and shortens it; nothing is cut.
NOTE_MAX_CHARS = 20_000


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def entry_key(note_id: str, revision: int) -> str:
    return f"entry:{note_id}:{revision}"


def contact_end_key(contact_id: str) -> str:
    return f"contact-end:{contact_id}"


class LocalStore:
    """Contacts, note drafts and the event position of one account.

    Guarantees:
      - `save_note_draft` commits the draft and its outbox row in one transaction (synchronous=FULL);
      - while the newest revision's row is pending and was never attempted, a newer draft replaces that
        row's payload instead of adding a row (the server never saw its key); otherwise the draft becomes
        the next revision with a new key, so a row that may have reached the server is never rewritten;
      - `consume_event` applies an event and stores its seq in one transaction; a seq at or below the
        stored one is not applied again.
    """

    def __init__(self, db: Database, outbox: Outbox, *, now: Callable[[], datetime] = _utcnow) -> None:
        self._db = db
        self._outbox = outbox
        self._now = now
        self.details = DetailsStore(db, outbox, now=now)
        self.dispatches = DispatchStore(db, outbox, now=now)

    @property
    def db(self) -> Database:
        """For a feature's outbox deliverer that records the server's answer (console/chats/api.py)."""
        return self._db

    # --- contacts and notes -----------------------------------------------------------------------

    def active_contact(self) -> ActiveContact | None:
        r = self._db.conn.execute(
            "SELECT c.*, n.body, n.saved_at FROM contacts AS c LEFT JOIN notes AS n USING (contact_id)"
            " WHERE c.active = 1"
        ).fetchone()
        return None if r is None else self._active(r)

    def contact(self, contact_id: str) -> ActiveContact | None:
        """A contact this PC holds, open or finished (None: never here, or gone with retention)."""
        try:
            return self._load(contact_id)
        except KeyError:
            return None

    def _load(self, contact_id: str) -> ActiveContact:
        r = self._db.conn.execute(
            "SELECT c.*, n.body, n.saved_at FROM contacts AS c LEFT JOIN notes AS n USING (contact_id)"
            " WHERE c.contact_id = ?",
            (contact_id,),
        ).fetchone()
        if r is None:
            raise KeyError(contact_id)
        return self._active(r)

    @staticmethod
    def _active(r: sqlite3.Row) -> ActiveContact:
        body = r["body"] or ""
        return ActiveContact(
            contact_id=r["contact_id"], call_id=r["call_id"], channel=r["channel"],
            caller=CallerSummary.model_validate_json(r["caller"]),
            started_at=datetime.fromisoformat(r["started_at"]), ended_at=_dt(r["ended_at"]),
            note_text=body, note_saved_at=_dt(r["saved_at"]),
            details=DetailsStore.parse(r["details"]), details_saved_at=_dt(r["details_saved_at"]),
            case_id=r["case_id"], note_issue="note_too_long" if len(body) > NOTE_MAX_CHARS else None,
        )

    def open_contact(self, contact: Contact, *, on_screen: bool = True) -> ActiveContact:
        """Make `contact` the open one on screen (idempotent for the same contact), with an empty note
        draft. Other contacts this counselor holds (chats beside a call) stay held, off screen.
        `on_screen` False: held beside the others, and the one on screen stays."""
        with self._db.transaction() as conn:
            # Only one contact is on screen; an older one keeps its rows in the outbox.
            if on_screen:
                conn.execute(
                    "UPDATE contacts SET active = 0 WHERE active = 1 AND contact_id != ?", (contact.id,)
                )
            chat = None if contact.chat is None else contact.chat.model_dump_json()
            conn.execute(
                "INSERT INTO contacts (contact_id, call_id, channel, caller, started_at, ended_at, active,"
                " case_id, server_version, held, chat)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
                " ON CONFLICT (contact_id) DO UPDATE SET active = MAX(contacts.active, excluded.active),"
                " held = 1, chat = COALESCE(excluded.chat, contacts.chat)",
                (contact.id, contact.call_id, contact.channel, contact.caller.model_dump_json(),
                 contact.started_at.isoformat(),
                 None if contact.ended_at is None else contact.ended_at.isoformat(),
                 int(on_screen), contact.case_id, contact.version, chat),
            )
            conn.execute(
                "INSERT OR IGNORE INTO notes (note_id, contact_id, body, revision, saved_at)"
                " VALUES (?, ?, '', 0, NULL)",
                (str(uuid.uuid4()), contact.id),
            )
            self.details.record_server_contact(contact)
            index_contact(conn, contact.id)
        return self._load(contact.id)

    def save_card(self, contact_id: str, card: CallerCard | None) -> None:
        """Keep the caller card the contact was opened with (None: nothing to keep)."""
        if card is None:
            return
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE contacts SET card = ? WHERE contact_id = ?", (card.model_dump_json(), contact_id)
            )

    def card_of(self, contact_id: str) -> CallerCard | None:
        r = self._db.conn.execute("SELECT card FROM contacts WHERE contact_id = ?", (contact_id,)).fetchone()
        if r is None or r["card"] is None:
            return None
        try:
            return CallerCard.model_validate_json(r["card"])
        except ValueError:  # written by an older console with another shape: refetched instead
            return None

    def knows_contact(self, contact_id: str) -> bool:
        sql = "SELECT 1 FROM contacts WHERE contact_id = ?"
        return self._db.conn.execute(sql, (contact_id,)).fetchone() is not None

    def restore_contact(
        self, contact: Contact, note: Entry | None, *, on_screen: bool = True
    ) -> ActiveContact:
        """Reopen a contact this account holds open on the server but this PC has no copy of (a corrupt
        store set aside, another workstation): as the server has it, nothing queued. `note` is this
        counselor's newest note revision there; the next edit continues it (same id, next revision).
        `on_screen` False: held off screen, beside the one on screen."""
        with self._db.transaction() as conn:
            self.open_contact(contact, on_screen=on_screen)
            newest: tuple[str, int, str, str | None] | None = None
            if note is not None:
                newest = (str(note.id), note.revision, note.body, note.created_at.isoformat())
            # A note revision salvaged from the set-aside store and not sent yet is newer than the server's.
            for r in conn.execute(
                "SELECT payload, created_at FROM outbox WHERE kind = ? AND record_id = ? ORDER BY id",
                (ENTRY_CREATE, contact.id),
            ):
                entry = json.loads(r["payload"])["entry"]
                if entry.get("kind", "note") == "note" and (newest is None or entry["revision"] > newest[1]):
                    newest = (entry["id"], entry["revision"], entry["body"], r["created_at"])
            if newest is not None:
                conn.execute(
                    "UPDATE notes SET note_id = ?, revision = ?, body = ?, saved_at = ? WHERE contact_id = ?",
                    (*newest, contact.id),
                )
            # Same transaction: a crash must not leave the contact without the server's details
            # (knows_contact would then skip adopting them). adopt_server indexes the search text.
            self.details.adopt_server(contact, DETAIL_FIELDS, except_row=-1)
        return self._load(contact.id)

    def save_note_draft(self, contact_id: str, text: str) -> ActiveContact:
        """Commit the draft and queue it for the server (see the class guarantees)."""
        with self._db.transaction() as conn:
            note = conn.execute(
                "SELECT note_id, body, revision FROM notes WHERE contact_id = ?", (contact_id,)
            ).fetchone()
            if note is None:
                raise KeyError(contact_id)
            if note["body"] == text:
                return self._load(contact_id)
            note_id, revision = note["note_id"], note["revision"]
            saved_at = self._now()
            if len(text) > NOTE_MAX_CHARS:
                # Kept, indexed, not queued: a queued row the server must refuse would only fail later.
                conn.execute(
                    "UPDATE notes SET body = ?, saved_at = ? WHERE note_id = ?",
                    (text, saved_at.isoformat(), note_id),
                )
                index_contact(conn, contact_id)
                return self._load(contact_id)
            pending = conn.execute(
                "SELECT id FROM outbox WHERE idempotency_key = ? AND state = 'pending' AND attempts = 0",
                (entry_key(note_id, revision),),
            ).fetchone()
            if pending is None:
                revision += 1
            entry = EntryCreate(id=uuid.UUID(note_id), body=text, revision=revision)
            payload = {"contact_id": contact_id, "entry": entry.model_dump(mode="json")}
            if pending is None:
                self._outbox.enqueue(
                    kind=ENTRY_CREATE, payload=payload, idempotency_key=entry_key(note_id, revision),
                    record_id=contact_id,
                )
            else:
                conn.execute(
                    "UPDATE outbox SET payload = ? WHERE id = ?",
                    (json.dumps(payload, ensure_ascii=False), pending["id"]),
                )
            conn.execute(
                "UPDATE notes SET body = ?, revision = ?, saved_at = ? WHERE note_id = ?",
                (text, revision, saved_at.isoformat(), note_id),
            )
            index_contact(conn, contact_id)
        return self._load(contact_id)

    def save_details(self, contact_id: str, changes: Mapping[str, Any]) -> ActiveContact:
        """Commit and queue detail changes (see DetailsStore). Raises InvalidDetail or KeyError."""
        self.details.save(contact_id, changes)
        return self._load(contact_id)

    def end_contact(self, contact_id: str, *, queue: bool = True) -> ActiveContact:
        """Record the end locally and queue it for the server; a second call changes nothing.
        `queue` False: the end travels another way (a chat's end, in its conversation's order)."""
        with self._db.transaction() as conn:
            r = conn.execute("SELECT ended_at FROM contacts WHERE contact_id = ?", (contact_id,)).fetchone()
            if r is None:
                raise KeyError(contact_id)
            if r["ended_at"] is None:
                ended_at = self._now()
                conn.execute(
                    "UPDATE contacts SET ended_at = ? WHERE contact_id = ?",
                    (ended_at.isoformat(), contact_id),
                )
                if not queue:
                    return self._load(contact_id)
                self._outbox.enqueue(
                    kind=CONTACT_END, payload={"contact_id": contact_id,
                                               "end": ContactEnd(ended_at=ended_at).model_dump(mode="json")},
                    idempotency_key=contact_end_key(contact_id), record_id=contact_id,
                )
        return self._load(contact_id)

    def mark_ended(self, contact_id: str, ended_at: datetime) -> ActiveContact | None:
        """The server ended the contact (e.g. the caller hung up): record it, queue nothing."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE contacts SET ended_at = ? WHERE contact_id = ? AND ended_at IS NULL",
                (ended_at.isoformat(), contact_id),
            )
        try:
            return self._load(contact_id)
        except KeyError:
            return None

    def close_contact(self, contact_id: str) -> None:
        """Take the contact off screen and out of the held ones (wrap-up finished). Its outbox rows stay
        until delivered."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE contacts SET active = 0, held = 0 WHERE contact_id = ?", (contact_id,))

    def held_contacts(self) -> list[ActiveContact]:
        """Every contact taken here and not wrapped up yet (the one on screen included), oldest first."""
        rows = self._db.conn.execute(
            "SELECT c.*, n.body, n.saved_at FROM contacts AS c LEFT JOIN notes AS n USING (contact_id)"
            " WHERE c.held = 1 OR c.active = 1 ORDER BY c.started_at, c.contact_id"
        ).fetchall()
        return [self._active(r) for r in rows]

    def chats_begun_in_minute(self, at: datetime) -> list[str]:
        """Every chat this PC took (held or wrapped up) that began in `at`'s minute, first first."""
        start = at.replace(second=0, microsecond=0)
        rows = self._db.conn.execute(
            "SELECT contact_id, started_at FROM contacts WHERE channel = 'chat' AND substr(started_at, 1, 16)"
            " = ?", (start.isoformat()[:16],),
        ).fetchall()
        return [r[0] for r in sorted(rows, key=lambda r: (datetime.fromisoformat(r[1]), r[0]))]

    def focus_contact(self, contact_id: str) -> ActiveContact:
        """Put a held contact on screen; the one there before stays held. Raises KeyError."""
        with self._db.transaction() as conn:
            held = conn.execute(
                "SELECT 1 FROM contacts WHERE contact_id = ? AND (held = 1 OR active = 1)", (contact_id,)
            ).fetchone()
            if held is None:
                raise KeyError(contact_id)
            conn.execute("UPDATE contacts SET active = 0 WHERE active = 1 AND contact_id != ?", (contact_id,))
            conn.execute("UPDATE contacts SET active = 1, held = 1 WHERE contact_id = ?", (contact_id,))
        return self._load(contact_id)

    def chat_of(self, contact_id: str) -> ChatHandoff | None:
        """The chatbot's hand-off a chat contact came with (None: a call, or none was sent)."""
        r = self._db.conn.execute("SELECT chat FROM contacts WHERE contact_id = ?", (contact_id,)).fetchone()
        if r is None or r["chat"] is None:
            return None
        try:
            return ChatHandoff.model_validate_json(r["chat"])
        except ValueError:  # another shape from an older console: the card's lookup shows it instead
            return None

    def save_chat(self, contact_id: str, chat: ChatHandoff | None) -> None:
        if chat is None:
            return
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE contacts SET chat = ? WHERE contact_id = ?", (chat.model_dump_json(), contact_id)
            )

    # --- the event position -----------------------------------------------------------------------

    def last_seq(self) -> int:
        r = self._db.conn.execute("SELECT value FROM sync_state WHERE key = 'last_seq'").fetchone()
        return 0 if r is None else int(r["value"])

    def consume_event(self, seq: int, apply: Callable[[], object] | None = None) -> bool:
        """Apply (if given) and record event `seq` together. False when it was consumed before.

        If `apply` raises, nothing is recorded and the exception propagates; call again without `apply`
        to skip the event for good.

        Not durable (Database.transaction): the event and its effect come from the server, which gives
        them again from the stored seq if a power cut undoes this commit; an fsync per event would stall
        the window under a burst of events (ui_stall).
        """
        with self._db.transaction(durable=False) as conn:
            if seq <= self.last_seq():
                return False
            if apply is not None:
                apply()
            conn.execute(
                "INSERT INTO sync_state (key, value) VALUES ('last_seq', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(seq),),
            )
        return True
