"""Crisis expressions in what the person writes in a live chat, raised to the shift leads as a crisis answer
in a checklist is (services/checklists.py), and holding the contact's wrap-up until a crisis decision.

The list is the centre's reviewed data and the rule is console.domain.crisis_text's, the one the console
applies: the server applies it to every message it stores, so a crisis reaches the leads and the board
even when the counselor's console missed it, was closed, or is an older version.

- Only the person's messages are checked (the rule says so); a counselor asking "죽고 싶다는 생각이
  드세요?" raises nothing.
- Each expression is raised once per conversation (a chat call has exactly one contact), at the first
  message carrying it: a person who repeats themselves is not a new alarm, a new kind of expression is.
- A message written while the person still waits in the queue has no contact to alert about yet: what it
  matched is stored and raised when a counselor takes the chat, and the leads hear at once that a chat
  with crisis words waits (queue.crisis, the call as the board lists it), since it may wait a while.
- What is stored, sent and audited names expression ids and safety rules, never the person's words (the
  transcript keeps those, under the contact's access rules).
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain import crisis_text
from annyeong.console.wire import BoardCall, CrisisAlert, CrisisItem, UserRef
from annyeong.server import eventlog, schema
from annyeong.server.services import audit

log = logging.getLogger("annyeong.server.chat_crisis")

INSTRUMENT = "live_chat"  # CrisisAlert.instrument_id, as the console's conversations name it
cc, s, m, c, u = schema.chat_crises, schema.chat_sessions, schema.chat_messages, schema.contacts, schema.users
_ITEM_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@lru_cache(maxsize=1)
def expressions() -> crisis_text.CrisisExpressions:
    """The centre's list, read once per process. An unusable file falls back to the built-in forms (the
    rule never goes quiet) and is logged for the admin."""
    found = crisis_text.load()
    if found.problem:
        log.error(
            "the crisis expression list cannot be used (%s%s): the built-in expressions are checked instead",
            found.problem,
            f": {found.detail}" if found.detail else "",
        )
    elif not found.reviewed:
        log.warning("the crisis expression list is not marked reviewed by the clinical lead; it is used")
    return found


def _item_id(expression_id: str) -> str:
    # The contract's item ids are lower snake case; a centre's list may name its expressions otherwise.
    cleaned = re.sub(r"[^a-z0-9_]", "_", expression_id.lower())[:64]
    return cleaned if _ITEM_ID.match(cleaned) else f"x_{cleaned}"[:64]


def check_message(
    conn: Connection,
    session_id: str,
    contact: Row[Any] | None,
    message_id: str,
    sender: str,
    text: str,
    now: datetime,
) -> None:
    """A message just stored: record each expression of the list it carries that this conversation has
    not carried before, and raise them if a counselor has the chat."""
    found = crisis_text.person_crisis(sender, text, expressions())
    if not found:
        return
    new = record(conn, session_id, message_id, {m.expression_id: m.category for m in found}, now)
    if contact is not None:
        raise_pending(conn, session_id, contact, now)
    elif new:
        announce_waiting(conn, session_id, now)


def record(
    conn: Connection, session_id: str, message_id: str, found: dict[str, str], now: datetime
) -> bool:
    """Keep the expressions found (id -> category) that this conversation has not carried before, against
    the message that carried them; raise_pending raises them once a contact exists. True when one was
    new."""
    known = set(conn.execute(select(cc.c.expression_id).where(cc.c.session_id == session_id)).scalars())
    new = False
    for expression_id, category in found.items():
        expression_id = expression_id[:64]
        if expression_id in known:
            continue
        known.add(expression_id)
        new = True
        # A category the rule does not know (a stored value from an older list) counts as the wish to die:
        # the alarm is raised either way, and the lead reads the rule's own words.
        rule = crisis_text.CATEGORY_RULE.get(category, crisis_text.CATEGORY_RULE["intent"])
        conn.execute(
            insert(cc).values(
                session_id=session_id,
                expression_id=expression_id,
                category=category if category in crisis_text.CATEGORIES else "intent",
                rule=rule,
                message_id=message_id,
                found_at=now,
            )
        )
    return new


def announce_waiting(conn: Connection, session_id: str, now: datetime) -> None:
    """Tell the leads that this conversation's chat waits with a crisis expression not raised yet
    (queue.crisis, the call as the board lists it), and audit it. Nothing when it is not waiting: not
    connected yet (the chatbot announces after 상담사 연결), or a counselor has it (crisis.raised)."""
    calls = schema.calls
    row = conn.execute(
        select(calls).join(s, s.c.call_id == calls.c.id).where(s.c.id == session_id)
    ).first()
    if row is None or row.status not in ("queued", "offered"):
        return
    pending = conn.execute(
        select(cc.c.expression_id)
        .where(cc.c.session_id == session_id, cc.c.raised_at.is_(None))
        .order_by(cc.c.found_at, cc.c.expression_id)
    ).scalars().all()
    if not pending:
        return
    ringing = None
    if row.offered_to:
        name = conn.execute(select(u.c.display_name).where(u.c.id == row.offered_to)).scalar_one_or_none()
        ringing = UserRef(id=row.offered_to, name=name or "")
    waiting = BoardCall(
        id=row.id,
        status=row.status,
        channel=row.channel,
        created_at=row.created_at,
        waited_s=max(0, int((now - row.created_at).total_seconds())),
        offered_to=ringing,
        crisis=True,
    )
    eventlog.append(conn, "queue.crisis", waiting.model_dump(mode="json"), eventlog.SUPERVISORS, now)
    # Ids only: the expressions' ids name what matched, the transcript alone keeps the words.
    reason = ",".join(f"{INSTRUMENT}:{e}" for e in pending)
    audit.append(
        conn,
        {
            "at": now,
            "actor": "system",
            "actor_role": "system",
            "action": "queue.crisis",
            "resource": f"call:{row.id}",
            "outcome": "granted",
            "reason": reason[:200],
        },
    )


def raise_pending(conn: Connection, session_id: str, contact: Row[Any], now: datetime) -> None:
    """Raise `crisis.raised` for the expressions of the conversation not raised yet (none: nothing)."""
    pending = conn.execute(
        select(cc.c.expression_id)
        .where(cc.c.session_id == session_id, cc.c.raised_at.is_(None))
        .order_by(cc.c.found_at, cc.c.expression_id)
    ).scalars().all()
    if not pending:
        return
    conn.execute(
        update(cc)
        .where(cc.c.session_id == session_id, cc.c.raised_at.is_(None))
        .values(contact_id=contact.id, raised_at=now)
    )
    name = conn.execute(select(u.c.display_name).where(u.c.id == contact.counselor_id)).scalar_one()
    # The lead's console keeps one alert per contact and replaces it: the alert lists everything so far.
    alert = _alert(_rows(conn, contact.call_id), contact, name)
    if alert is None:
        return
    eventlog.append(conn, "crisis.raised", alert.model_dump(mode="json"), eventlog.SUPERVISORS, now)
    subject = ("caller", contact.caller_id) if contact.caller_id else ("contact", contact.id)
    reason = ",".join(f"{INSTRUMENT}:{e}" for e in pending)
    # The server's rule raised it, not a person's request: written as the system, as a sweeper's entry is.
    audit.append(
        conn,
        {
            "at": now,
            "actor": "system",
            "actor_role": "system",
            "action": "crisis.raised",
            "subject_type": subject[0],
            "subject_id": subject[1],
            "resource": f"contact:{contact.id}",
            "outcome": "granted",
            "reason": reason[:200],
        },
    )


def _rows(conn: Connection, call_id: str) -> list[Row[Any]]:
    return list(
        conn.execute(
            select(cc)
            .join(s, s.c.id == cc.c.session_id)
            .where(s.c.call_id == call_id)
            .order_by(cc.c.found_at, cc.c.expression_id)
        ).all()
    )


def _items(rows: list[Row[Any]]) -> list[CrisisItem]:
    return [
        CrisisItem(
            instrument_id=INSTRUMENT,
            item_id=_item_id(row.expression_id),
            rule=row.rule,
            value=1,  # a chat expression has no scale: present
        )
        for row in rows
    ]


def _alert(rows: list[Row[Any]], contact: Row[Any], counselor_name: str) -> CrisisAlert | None:
    if not rows:
        return None
    return CrisisAlert(
        contact_id=contact.id,
        case_id=contact.case_id,
        counselor=UserRef(id=contact.counselor_id, name=counselor_name),
        entry_id=rows[0].message_id,  # the message that first raised it
        instrument_id=INSTRUMENT,
        items=_items(rows),
        raised_at=min(row.raised_at or row.found_at for row in rows),
    )


def raised(conn: Connection, contact_id: str) -> bool:
    """Whether the person wrote a crisis expression in this contact's chat (before or after it began)."""
    found = conn.execute(
        select(cc.c.expression_id)
        .join(s, s.c.id == cc.c.session_id)
        .join(c, c.c.call_id == s.c.call_id)
        .where(c.c.id == contact_id)
        .limit(1)
    ).first()
    return found is not None


def open_alerts(conn: Connection, names: dict[str, str]) -> dict[str, CrisisAlert]:
    """The chat crises of contacts not wrapped up, by contact id (the caller drops the decided ones)."""
    rows = conn.execute(
        select(cc, c.c.id.label("contact_key"))
        .join(s, s.c.id == cc.c.session_id)
        .join(c, c.c.call_id == s.c.call_id)
        .where(c.c.wrapped_up_at.is_(None))
        .order_by(cc.c.found_at, cc.c.expression_id)
    ).all()
    by_contact: dict[str, list[Row[Any]]] = {}
    for row in rows:
        by_contact.setdefault(row.contact_key, []).append(row)
    if not by_contact:
        return {}
    contacts = {row.id: row for row in conn.execute(select(c).where(c.c.id.in_(list(by_contact)))).all()}
    found: dict[str, CrisisAlert] = {}
    for contact_id, chat_rows in by_contact.items():
        contact = contacts[contact_id]
        alert = _alert(chat_rows, contact, names.get(contact.counselor_id, ""))
        if alert is not None:
            found[contact_id] = alert
    return found
