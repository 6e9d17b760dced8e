"""Server-side search over contacts: by number, by reporter/subject name, by summary, note text and the
words of a live chat (either side's; the hit carries the matching line).

Text matching is SQLite LIKE (case-insensitive for ASCII, substring for Korean), not FTS5: FTS5's
unicode61 tokenizer splits on spaces, so "고립예방센터" would not find "고립예방센터에" (Korean attaches
particles to words), and the trigram tokenizer misses the many two-syllable words ("불면", "우울"). The
set searched is bounded (a counselor's own contacts; a shift lead's search is capped by `limit`), and LIKE
works unchanged on PostgreSQL. The console's local store keeps FTS5 for its own cache.
"""

from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import InvalidPhoneNumber, normalize
from annyeong.console.wire import SearchHit, SearchRequest, SearchResults
from annyeong.server import schema
from annyeong.server.permissions import CALLER_NUMBER_VIEW, CONTACT_VIEW_ANY
from annyeong.server.principal import Principal
from annyeong.server.problems import field_problem
from annyeong.server.services.card import contact_brief
from annyeong.server.services.casedata import case_brief, case_rows_with_owner
from annyeong.server.services.summary import caller_summary

EXCERPT_CHARS = 120  # as the console's own excerpts (console/search/hits.py)


def search(conn: Connection, principal: Principal, body: SearchRequest) -> SearchResults:
    c, u, e = schema.contacts, schema.users, schema.contact_entries
    query = select(c, u.c.display_name).join(u, u.c.id == c.c.counselor_id)
    if not principal.can(CONTACT_VIEW_ANY):
        query = query.where(c.c.counselor_id == principal.id)
    text = body.query.strip()
    if body.kind == "phone":
        try:
            e164 = normalize(text)
        except InvalidPhoneNumber as exc:
            raise field_problem(
                422, "invalid_phone_number", "query is not a valid phone number", "query", exc.code
            ) from exc
        query = query.join(schema.callers, schema.callers.c.id == c.c.caller_id).where(
            schema.callers.c.e164 == e164
        )
    elif body.kind == "name":
        query = query.where(c.c.party_names.contains(text, autoescape=True))
    else:
        in_notes = exists().where(e.c.contact_id == c.c.id, e.c.body.contains(text, autoescape=True))
        in_chat = exists().where(
            schema.chat_sessions.c.call_id == c.c.call_id,
            schema.chat_messages.c.session_id == schema.chat_sessions.c.id,
            schema.chat_messages.c.text.contains(text, autoescape=True),
        )
        query = query.add_columns(in_notes.label("in_notes")).where(
            or_(c.c.summary.contains(text, autoescape=True), in_notes, in_chat)
        )
    rows = conn.execute(query.order_by(c.c.started_at.desc(), c.c.id).limit(body.limit)).all()
    show = principal.can(CALLER_NUMBER_VIEW)
    hits: list[SearchHit] = []
    for row in rows:
        matched = {"phone": "number", "name": "name"}.get(body.kind)
        excerpt = None
        if matched is None:
            if row.summary and text.lower() in row.summary.lower():
                matched = "summary"
            elif row.in_notes:
                matched = "note"
            else:
                matched, excerpt = "chat", _chat_line(conn, row.call_id, text)
        hits.append(
            SearchHit(
                contact=contact_brief(row),
                caller=caller_summary(conn, row.caller_id, show_number=show),
                case_id=row.case_id,
                matched=matched,  # type: ignore[arg-type]
                excerpt=excerpt,
            )
        )
    case_ids = sorted({h.case_id for h in hits if h.case_id})
    cases = (
        conn.execute(case_rows_with_owner().where(schema.cases.c.id.in_(case_ids))).all() if case_ids else []
    )
    return SearchResults(contacts=hits, cases=[case_brief(r) for r in cases])


def _chat_line(conn: Connection, call_id: str, text: str) -> str | None:
    """The first line of the chat's transcript with `text` in it, cut to EXCERPT_CHARS around it (the
    console marks the cut ends)."""
    m, sessions = schema.chat_messages, schema.chat_sessions
    said = conn.execute(
        select(m.c.text)
        .join(sessions, sessions.c.id == m.c.session_id)
        .where(sessions.c.call_id == call_id, m.c.text.contains(text, autoescape=True))
        .order_by(m.c.seq)
        .limit(1)
    ).scalar()
    if said is None:
        return None
    needle = text.casefold()
    line = next((ln for ln in said.splitlines() if needle in ln.casefold()), said)
    at = max(line.casefold().find(needle), 0)
    start = max(0, at - EXCERPT_CHARS // 3)
    return " ".join(line[start:start + EXCERPT_CHARS].split())
