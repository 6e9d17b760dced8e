"""Searching the contacts this console holds locally (SQLite FTS5, trigram), newest first.

Kinds: "phone" (the query is normalised with console.domain.phone; a partial number such as the last four
digits matches as a digit substring), "name" (reporter and subject names) and "text" (note and summary).
Matching is case-insensitive substring matching; every word of the query must match. Words of one or two
characters (common for Korean names, "민수") are matched with LIKE, since trigrams need three.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from annyeong.console.domain import phone
from annyeong.console.wire import CallerSummary
from annyeong.console.wire import SearchHit as ServerHit

LocalKind = Literal["phone", "name", "text"]
Matched = Literal["number", "name", "summary", "note", "chat"]  # chat: the server found it in a transcript
MAX_QUERY_CHARS = 200  # as the server's SearchRequest.query
MIN_PHONE_DIGITS = 3
MAX_PHONE_DIGITS = 15  # E.164
EXCERPT_CHARS = 120
_COLUMNS: dict[LocalKind, tuple[str, ...]] = {
    "phone": ("numbers",), "name": ("names",), "text": ("notes", "summary"),
}


class InvalidQuery(ValueError):
    """The query cannot be searched. `code`: query_too_long, query_too_short, not_a_number."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class LocalHit:
    contact_id: str
    started_at: datetime
    caller: CallerSummary
    matched: Matched
    summary: str
    excerpt: str  # plain text around the first match (the note or summary), "" for number/name hits
    names: tuple[str, ...]  # reporter and subject names, as typed
    channel: str = "phone"  # "chat": a missing number is "not given", not "withheld"


def is_phone_like(query: str) -> bool:
    """Digits with phone punctuation only ("010-1234", "+82 10 …", "02)120-1234"), at least 3 digits."""
    text = query.strip()
    digits = sum(c.isdigit() for c in text)
    return digits >= MIN_PHONE_DIGITS and all(c.isdigit() or c in " +-()./)" for c in text)


def phone_terms(query: str) -> list[str]:
    """What to look for in the numbers column: E.164 and national digits for a whole number, else the
    digits typed (a partial number). Raises InvalidQuery."""
    text = query.strip()
    try:
        e164 = phone.normalize(text)
    except phone.InvalidPhoneNumber:
        digits = "".join(c for c in text if c.isdigit())
        if len(digits) > MAX_PHONE_DIGITS:
            raise InvalidQuery("not_a_number") from None
        if len(digits) < MIN_PHONE_DIGITS:
            raise InvalidQuery("query_too_short") from None
        return [digits]
    national = "".join(c for c in phone.format_display(e164) if c.isdigit())
    return [e164, national]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(columns: tuple[str, ...], terms: list[str], *, any_term: bool) -> tuple[str, list[str]]:
    """SQL matching the terms as substrings of any of `columns`: all terms, or any (`any_term`)."""
    filt = "{" + " ".join(columns) + "} : "
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    parts: list[str] = []
    args: list[str] = []
    if long_terms:
        # One MATCH per query (FTS5 cannot OR two MATCH constraints); with the trigram tokenizer a
        # phrase matches any substring.
        joiner = " OR " if any_term else " AND "
        parts.append("s.contact_search MATCH ?")
        args.append(joiner.join(filt + _quote(t) for t in long_terms))
    for term in short_terms:
        parts.append("(" + " OR ".join(f"s.{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        args += [_like(term)] * len(columns)
    return (" OR " if any_term else " AND ").join(parts), args


def search(conn: sqlite3.Connection, query: str, kind: LocalKind, *, limit: int = 50) -> list[LocalHit]:
    """Contacts matching `query`, newest first. Empty query → []. Raises InvalidQuery."""
    text = query.strip()
    if not text:
        return []
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidQuery("query_too_long")
    # A phone number matches in any of its forms (E.164 or national digits); words must all match.
    terms = phone_terms(text) if kind == "phone" else text.split()
    where, args = _where(_COLUMNS[kind], terms, any_term=kind == "phone")
    rows = conn.execute(
        "SELECT s.contact_id, s.notes, s.summary, c.caller, c.started_at, c.details, c.channel"
        " FROM contact_search AS s JOIN contacts AS c USING (contact_id)"
        # The rowid is the start time (search_index.time_key): FTS5 yields matches newest
        # first by itself and stops at the limit, instead of sorting every match.
        f" WHERE {where} ORDER BY s.rowid DESC LIMIT ?",
        [*args, limit],
    ).fetchall()
    return [_hit(r, kind, terms) for r in rows]


def _hit(r: sqlite3.Row, kind: LocalKind, terms: list[str]) -> LocalHit:
    matched: Matched = "number" if kind == "phone" else "name" if kind == "name" else "note"
    excerpt = ""
    if kind == "text":
        first = terms[0].casefold()
        if first not in (r["notes"] or "").casefold() and first in (r["summary"] or "").casefold():
            matched = "summary"
        excerpt = _excerpt(r["summary"] if matched == "summary" else r["notes"], first)
    # Names from the details themselves: exactly as typed, even with newlines or control characters.
    details = json.loads(r["details"] or "{}")
    names = tuple(
        party["name"] for party in (details.get("reporter"), details.get("subject"))
        if isinstance(party, dict) and party.get("name")
    )
    return LocalHit(
        contact_id=r["contact_id"], started_at=datetime.fromisoformat(r["started_at"]),
        caller=CallerSummary.model_validate(json.loads(r["caller"])), matched=matched,
        summary=r["summary"] or "", excerpt=excerpt, names=names, channel=r["channel"] or "phone",
    )


def _excerpt(text: str | None, term: str) -> str:
    if not text:
        return ""
    at = text.casefold().find(term)
    start = max(0, at - EXCERPT_CHARS // 3) if at >= 0 else 0
    return text[start:start + EXCERPT_CHARS]


@dataclass(frozen=True)
class SearchHit:
    """One contact found locally, on the server, or both (then local text and server facts combined)."""

    contact_id: str
    started_at: datetime
    caller: CallerSummary
    matched: Matched
    source: Literal["local", "server", "both"]
    summary: str = ""
    excerpt: str = ""  # plain text around the match: a note here, or a chat's line on the server
    names: tuple[str, ...] = ()  # local only: reporter and subject names
    counselor_name: str | None = None  # server only
    case_id: str | None = None  # server only
    channel: str = "phone"


def merge_hits(local: list[LocalHit], server: list[ServerHit], *, limit: int) -> tuple[SearchHit, ...]:
    """One hit per contact, newest first. What this console typed wins over the server's copy of it (it
    may be newer, not yet synced); the server adds the counselor and the case."""
    merged: dict[str, SearchHit] = {}
    for h in local:
        if h.contact_id not in merged:
            merged[h.contact_id] = SearchHit(
                contact_id=h.contact_id, started_at=h.started_at, caller=h.caller, matched=h.matched,
                source="local", summary=h.summary, excerpt=h.excerpt, names=h.names, channel=h.channel,
            )
    for s in server:
        mine = merged.get(s.contact.id)
        if mine is None:
            merged[s.contact.id] = SearchHit(
                contact_id=s.contact.id, started_at=s.contact.started_at, caller=s.caller, matched=s.matched,
                source="server", summary=s.contact.summary or "", counselor_name=s.contact.counselor_name,
                case_id=s.case_id, excerpt=s.excerpt or "", channel=s.contact.channel,
            )
        elif mine.source == "local":
            # A chat's words are searched on the server only: its line shows when this PC's text had none.
            from_chat = not mine.excerpt and bool(s.excerpt)
            merged[s.contact.id] = SearchHit(
                contact_id=mine.contact_id, started_at=mine.started_at, caller=mine.caller,
                matched=s.matched if from_chat else mine.matched, source="both", summary=mine.summary,
                excerpt=(s.excerpt or "") if from_chat else mine.excerpt,
                names=mine.names, counselor_name=s.contact.counselor_name, case_id=s.case_id,
                channel=s.contact.channel,
            )
    ordered = sorted(merged.values(), key=lambda h: h.started_at, reverse=True)
    return tuple(ordered[:limit])
