"""A chat contact's conversation in the account's local database, and the outbox rows that carry the
counselor's side.

Guarantees:
  - `queue_message` commits the message and its outbox row in ONE transaction (synchronous=FULL) before
    anything touches the network; the row's Idempotency-Key is the message id, which the server also
    dedupes on, so a message sent again after a kill or an outage is stored once;
  - every row of one conversation (messages, then the end) shares one record id, so the server gets them in
    the order they were written; read receipts have a record of their own and never hold a message back;
  - `merge` is idempotent: a message seen on the stream, in a fetched page and as the answer to our own
    post is kept once (by id, and by seq); delivery and read stamps only ever move forward.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from annyeong.console.store.db import Database
from annyeong.console.store.outbox import Outbox
from annyeong.console.wire import ChatEnd, ChatRead, LiveChatMessage, LiveChatMessageCreate

CHAT_MESSAGE = "chat.message"
CHAT_READ = "chat.read"
CHAT_END = "chat.end"
CHAT_KINDS = frozenset({CHAT_MESSAGE, CHAT_READ, CHAT_END})

Delivery = Literal["pending", "failed", "sent", "delivered", "read"]


def conversation_record(contact_id: str) -> str:
    return f"chat:{contact_id}"


@dataclass(frozen=True)
class ChatLine:
    id: str
    contact_id: str
    seq: int | None
    sender: str
    text: str
    sent_at: datetime | None
    created_at: datetime
    delivery: Delivery  # for the counselor's own lines; "sent" for the others


@dataclass(frozen=True)
class ChatState:
    contact_id: str
    opened_at: datetime
    ended_at: datetime | None
    ended_by: str | None
    read_up_to: int
    person_read_up_to: int
    crises: tuple[dict[str, Any], ...]


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _later(old: str | None, new: datetime | None) -> str | None:
    if new is None:
        return old
    return new.isoformat() if old is None or datetime.fromisoformat(old) < new else old


class ChatStore:
    def __init__(self, db: Database, outbox: Outbox, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._outbox = outbox
        self._now = now

    # --- reads ------------------------------------------------------------------------------------

    def lines(self, contact_id: str) -> list[ChatLine]:
        """The conversation in order: the server's messages by seq, then ours not stored yet."""
        rows = self._db.conn.execute(
            "SELECT m.*, s.person_read_up_to, o.state AS row_state FROM chat_messages AS m"
            " LEFT JOIN chat_state AS s USING (contact_id)"
            " LEFT JOIN outbox AS o ON o.idempotency_key = m.id"
            " WHERE m.contact_id = ? ORDER BY m.seq IS NULL, m.seq, m.created_at, m.rowid",
            (contact_id,),
        ).fetchall()
        return [self._line(r) for r in rows]

    @staticmethod
    def _line(r: sqlite3.Row) -> ChatLine:
        delivery: Delivery = "sent"
        if r["sender"] == "counselor":
            if r["seq"] is None:
                delivery = "failed" if r["row_state"] == "failed" else "pending"
            elif r["read_at"] is not None or (r["person_read_up_to"] or 0) >= r["seq"]:
                delivery = "read"
            elif r["delivered_at"] is not None:
                delivery = "delivered"
        return ChatLine(
            id=r["id"], contact_id=r["contact_id"], seq=r["seq"], sender=r["sender"], text=r["text"],
            sent_at=_dt(r["sent_at"]), created_at=datetime.fromisoformat(r["created_at"]), delivery=delivery,
        )

    def state(self, contact_id: str) -> ChatState | None:
        r = self._db.conn.execute("SELECT * FROM chat_state WHERE contact_id = ?", (contact_id,)).fetchone()
        if r is None:
            return None
        return ChatState(
            contact_id=r["contact_id"], opened_at=datetime.fromisoformat(r["opened_at"]),
            ended_at=_dt(r["ended_at"]), ended_by=r["ended_by"], read_up_to=r["read_up_to"],
            person_read_up_to=r["person_read_up_to"], crises=tuple(json.loads(r["crises"])),
        )

    def contacts(self) -> list[str]:
        """Every chat this PC holds, oldest first."""
        sql = "SELECT contact_id FROM chat_state ORDER BY opened_at, rowid"
        return [r[0] for r in self._db.conn.execute(sql)]

    def contiguous_seq(self, contact_id: str) -> int:
        """The highest seq up to which nothing is missing (seqs run from 1 without gaps)."""
        seqs = [r[0] for r in self._db.conn.execute(
            "SELECT seq FROM chat_messages WHERE contact_id = ? AND seq IS NOT NULL ORDER BY seq",
            (contact_id,),
        )]
        last = 0
        for seq in seqs:
            if seq != last + 1:
                break
            last = seq
        return last

    def max_seq(self, contact_id: str) -> int:
        r = self._db.conn.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM chat_messages WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        return int(r[0])

    # --- writes -----------------------------------------------------------------------------------

    def ensure(self, contact_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO chat_state (contact_id, opened_at) VALUES (?, ?)",
                (contact_id, self._now().isoformat()),
            )

    def draft(self, contact_id: str) -> str:
        sql = "SELECT draft FROM chat_state WHERE contact_id = ?"
        r = self._db.conn.execute(sql, (contact_id,)).fetchone()
        return "" if r is None else str(r["draft"])

    def save_draft(self, contact_id: str, text: str) -> None:
        """The composer's unsent text, committed (a crash or a kill of the console keeps it)."""
        with self._db.transaction() as conn:
            self.ensure(contact_id)
            conn.execute("UPDATE chat_state SET draft = ? WHERE contact_id = ?", (text, contact_id))

    def queue_message(self, contact_id: str, body: LiveChatMessageCreate) -> None:
        """The message and its outbox row in one transaction; the composer's draft is cleared with them."""
        with self._db.transaction() as conn:
            self.ensure(contact_id)
            conn.execute("UPDATE chat_state SET draft = '' WHERE contact_id = ?", (contact_id,))
            conn.execute(
                "INSERT INTO chat_messages (id, contact_id, seq, sender, text, created_at)"
                " VALUES (?, ?, NULL, 'counselor', ?, ?)",
                (str(body.id), contact_id, body.text, self._now().isoformat()),
            )
            self._outbox.enqueue(
                kind=CHAT_MESSAGE,
                payload={"contact_id": contact_id, "message": body.model_dump(mode="json")},
                idempotency_key=str(body.id), record_id=conversation_record(contact_id),
            )

    def queue_read(self, contact_id: str, up_to_seq: int) -> bool:
        """Record that the counselor saw the person's messages up to `up_to_seq`; False: nothing new."""
        with self._db.transaction() as conn:
            self.ensure(contact_id)
            cur = conn.execute(
                "UPDATE chat_state SET read_up_to = ? WHERE contact_id = ? AND read_up_to < ?",
                (up_to_seq, contact_id, up_to_seq),
            )
            if cur.rowcount == 0:
                return False
            self._outbox.enqueue(
                kind=CHAT_READ,
                payload={"contact_id": contact_id,
                         "read": ChatRead(up_to_seq=up_to_seq).model_dump(mode="json")},
                idempotency_key=f"chat-read:{contact_id}:{up_to_seq}", record_id=f"chat-read:{contact_id}",
            )
        return True

    def queue_end(self, contact_id: str) -> bool:
        """The counselor ends the conversation (after any farewell queued before it). False: already ended."""
        with self._db.transaction() as conn:
            self.ensure(contact_id)
            cur = conn.execute(
                "UPDATE chat_state SET ended_at = ?, ended_by = 'counselor' WHERE contact_id = ?"
                " AND ended_at IS NULL", (self._now().isoformat(), contact_id),
            )
            if cur.rowcount == 0:
                return False
            self._outbox.enqueue(
                kind=CHAT_END, payload={"contact_id": contact_id, "end": ChatEnd().model_dump(mode="json")},
                idempotency_key=f"chat-end:{contact_id}", record_id=conversation_record(contact_id),
            )
        return True

    def merge(self, messages: Iterable[LiveChatMessage]) -> list[LiveChatMessage]:
        """Keep the server's messages; returns those that were new here (not seen before by id or seq)."""
        new: list[LiveChatMessage] = []
        with self._db.transaction(durable=False) as conn:
            for m in messages:
                cid, mid = str(m.contact_id), str(m.id)
                self.ensure(cid)
                r = conn.execute(
                    "SELECT id, seq, delivered_at, read_at FROM chat_messages WHERE id = ?"
                    " OR (contact_id = ? AND seq = ?)", (mid, cid, m.seq),
                ).fetchone()
                if r is None:
                    conn.execute(
                        "INSERT INTO chat_messages (id, contact_id, seq, sender, text, sent_at, created_at,"
                        " delivered_at, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (mid, cid, m.seq, m.sender, m.text, m.sent_at.isoformat(), m.sent_at.isoformat(),
                         None if m.delivered_at is None else m.delivered_at.isoformat(),
                         None if m.read_at is None else m.read_at.isoformat()),
                    )
                    new.append(m)
                    continue
                conn.execute(
                    "UPDATE chat_messages SET seq = ?, sent_at = ?, delivered_at = ?, read_at = ?"
                    " WHERE id = ?",
                    (m.seq, m.sent_at.isoformat(), _later(r["delivered_at"], m.delivered_at),
                     _later(r["read_at"], m.read_at), r["id"]),
                )
        return new

    def mark_read_by_person(self, contact_id: str, up_to_seq: int) -> None:
        with self._db.transaction(durable=False) as conn:
            self.ensure(contact_id)
            conn.execute(
                "UPDATE chat_state SET person_read_up_to = MAX(person_read_up_to, ?) WHERE contact_id = ?",
                (up_to_seq, contact_id),
            )

    def mark_read_here(self, contact_id: str, up_to_seq: int) -> None:
        """Another console of this counselor showed them (chat.read by the counselor): no row to send."""
        with self._db.transaction(durable=False) as conn:
            self.ensure(contact_id)
            conn.execute(
                "UPDATE chat_state SET read_up_to = MAX(read_up_to, ?) WHERE contact_id = ?",
                (up_to_seq, contact_id),
            )

    def mark_ended(self, contact_id: str, ended_by: str, at: datetime) -> bool:
        with self._db.transaction(durable=False) as conn:
            self.ensure(contact_id)
            cur = conn.execute(
                "UPDATE chat_state SET ended_at = ?, ended_by = ? WHERE contact_id = ? AND ended_at IS NULL",
                (at.isoformat(), ended_by, contact_id),
            )
            return cur.rowcount == 1

    def add_crises(self, contact_id: str, found: list[dict[str, Any]]) -> bool:
        """Latch these crisis matches; False when every one was known already."""
        state = self.state(contact_id)
        known = list(state.crises) if state is not None else []
        fresh = [f for f in found if f not in known]
        if not fresh:
            return False
        with self._db.transaction(durable=False) as conn:
            conn.execute("UPDATE chat_state SET crises = ? WHERE contact_id = ?",
                         (json.dumps(known + fresh, ensure_ascii=False), contact_id))
        return True

    def forget(self, contact_id: str) -> None:
        """Retention: the contact left this PC's cache (only once its rows were delivered)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM chat_messages WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM chat_state WHERE contact_id = ?", (contact_id,))
