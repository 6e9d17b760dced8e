"""The local database's migrations: numbered steps applied in order, PRAGMA user_version counting them.

Each step is an SQL script, or a function for what SQL alone cannot do; every one runs inside the
transaction that moves user_version on (console/store/db.py: Database applies them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from annyeong.console.chats.schema import CHAT_MIGRATION_SQL

# A migration is an SQL script, or a function for steps SQL alone cannot do (it runs in the transaction).
Migration = str | Callable[[sqlite3.Connection], None]


def _migration_2(conn: sqlite3.Connection) -> None:
    # Imported here: the index builder lives with the search code, and db.py stays importable alone.
    from annyeong.console.store.search_index import reindex_all

    for statement in statements(MIGRATION_2_SQL):
        conn.execute(statement)
    reindex_all(conn)  # contacts from before this version become searchable too



def _migration_6(conn: sqlite3.Connection) -> None:
    # The index is rebuilt with start-time rowids, so newest-first search stops early.
    from annyeong.console.store.search_index import reindex_all

    reindex_all(conn)

# 2: contact details (wrap-up), the server's version and case of a contact, and local full-text search.
# trigram: Korean has no spaces inside words ("첫메모를"), so word tokenizers would miss substrings;
# trigram matches any substring of 3+ characters, case-insensitively (SQLite >= 3.34).
MIGRATION_2_SQL = """
    ALTER TABLE contacts ADD COLUMN case_id TEXT;
    ALTER TABLE contacts ADD COLUMN server_version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE contacts ADD COLUMN details TEXT NOT NULL DEFAULT '{}';   -- ContactDetails JSON
    ALTER TABLE contacts ADD COLUMN details_revision INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN details_saved_at TEXT;

    CREATE VIRTUAL TABLE contact_search USING fts5(
        contact_id UNINDEXED, numbers, names, notes, summary, tokenize = 'trigram'
    );
"""

# 3: emergency dispatches and the outbox's priority inside a lane. One joinable intent per
# contact and service (the double-press rule) is enforced by a partial unique index, so even two console
# processes on the same account file cannot both insert one.
MIGRATION_3_SQL = """
    ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;     -- higher goes first in its lane

    CREATE TABLE dispatches (
        client_id            TEXT PRIMARY KEY,                 -- made at the press; the Idempotency-Key
        contact_id           TEXT,
        service              TEXT NOT NULL,
        fields               TEXT NOT NULL,                    -- DispatchFields JSON
        pressed_at           TEXT NOT NULL,
        server_id            TEXT,                             -- differs when the server joined us to another
        deduplicated         INTEGER NOT NULL DEFAULT 0,
        received_at          TEXT,
        acknowledged_at      TEXT,
        incident_number      TEXT,
        en_route_at          TEXT,
        contact_confirmed_at TEXT,
        failed_at            TEXT,
        failed_reason        TEXT,
        closed_at            TEXT,
        fallback_reason      TEXT,
        fallback_shown_at    TEXT,
        fallback_called_at   TEXT,
        server               TEXT                              -- the server's latest Dispatch JSON
    );
    CREATE UNIQUE INDEX dispatches_one_joinable ON dispatches (COALESCE(contact_id, ''), service)
        WHERE closed_at IS NULL AND failed_at IS NULL;
    CREATE INDEX dispatches_server ON dispatches (server_id);
"""

# 4: guided checklists. A checklist is one contact entry re-sent as revisions while it is answered;
# `session` is console.instruments.InstrumentRun.to_dict (resumes after a crash), `result` the payload
# last queued.
# One crisis decision per contact, itself an entry with revisions.
MIGRATION_4_SQL = """
    CREATE TABLE checklists (
        checklist_id  TEXT PRIMARY KEY,                      -- client uuid, the entry id on the server
        contact_id    TEXT NOT NULL REFERENCES contacts (contact_id) ON DELETE CASCADE,
        instrument_id TEXT NOT NULL,
        version       TEXT NOT NULL,
        session       TEXT NOT NULL,                         -- InstrumentRun.to_dict JSON
        result        TEXT,                                  -- the ChecklistResult JSON last queued
        revision      INTEGER NOT NULL DEFAULT 0,            -- highest revision given to an outbox row
        started_at    TEXT NOT NULL,
        saved_at      TEXT NOT NULL,
        closed        INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
    );
    CREATE INDEX checklists_contact ON checklists (contact_id, started_at);

    CREATE TABLE crisis_decisions (
        contact_id  TEXT PRIMARY KEY REFERENCES contacts (contact_id) ON DELETE CASCADE,
        entry_id    TEXT NOT NULL,                           -- client uuid, the entry id on the server
        decision    TEXT NOT NULL,
        reason      TEXT,
        dispatch_id TEXT,
        revision    INTEGER NOT NULL,
        decided_at  TEXT NOT NULL
    );
"""

# 5: referrals to partners and follow-ups (console/store/referrals.py). A referral keeps only what
# consent let go (the withheld values are never written here); `server` is the server's latest Referral.
# follow_ups caches the server's due list (and ours not yet delivered) so the count shows offline too.
MIGRATION_5_SQL = """
    CREATE TABLE referrals (
        client_id     TEXT PRIMARY KEY,                      -- made here; the referral id and Idempotency-Key
        contact_id    TEXT,
        case_id       TEXT,
        target        TEXT NOT NULL,
        form_id       TEXT NOT NULL,
        form_version  TEXT NOT NULL,
        body          TEXT NOT NULL,                         -- the ReferralCreate JSON queued (consented)
        withheld      TEXT NOT NULL DEFAULT '[]',            -- names of the fields consent kept back
        status        TEXT NOT NULL DEFAULT 'queued',        -- queued, then the server's status
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        server        TEXT                                   -- the server's latest Referral JSON (no fields)
    );
    CREATE INDEX referrals_contact ON referrals (contact_id, created_at);
    CREATE INDEX referrals_case ON referrals (case_id, created_at);

    CREATE TABLE follow_ups (
        id         TEXT PRIMARY KEY,
        due_at     TEXT NOT NULL,
        data       TEXT NOT NULL,                            -- FollowUp JSON (as the server said, or ours)
        local      INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1)),  -- 1: created here, not delivered
        mine       INTEGER NOT NULL DEFAULT 1 CHECK (mine IN (0, 1))    -- 0: kept for the case, not my list
    );
    CREATE INDEX follow_ups_due ON follow_ups (due_at);
"""

# 7: a dispatch can be withdrawn (요청 취소): two more steps of the same intent. A withdrawn intent is not
# joined by the next press for the same contact and service, so the one-joinable index excludes it too.
MIGRATION_8_SQL = """
    ALTER TABLE dispatches ADD COLUMN cancel_requested_at TEXT;
    ALTER TABLE dispatches ADD COLUMN cancel_acknowledged_at TEXT;
    ALTER TABLE dispatches ADD COLUMN cancel_reason TEXT;
    ALTER TABLE dispatches ADD COLUMN cancel_note TEXT;
    DROP INDEX dispatches_one_joinable;
    CREATE UNIQUE INDEX dispatches_one_joinable ON dispatches (COALESCE(contact_id, ''), service)
        WHERE closed_at IS NULL AND failed_at IS NULL AND cancel_requested_at IS NULL;
"""

# Append only: never edit a migration that has shipped, add the next one.
MIGRATIONS: tuple[Migration, ...] = (
    # 1: outbox, contacts with their note draft, sync state.
    """
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- commit order
        idempotency_key TEXT NOT NULL UNIQUE,
        kind            TEXT NOT NULL,
        payload         TEXT NOT NULL,                      -- JSON
        lane            TEXT NOT NULL CHECK (lane IN ('emergency', 'normal')),
        record_id       TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL,                      -- unix seconds
        last_error      TEXT,                               -- a problem code, never a sentence
        state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed')),
        created_at      TEXT NOT NULL
    );
    CREATE INDEX outbox_due ON outbox (state, lane, next_attempt_at);
    CREATE INDEX outbox_record ON outbox (record_id, id);

    CREATE TABLE contacts (
        contact_id  TEXT PRIMARY KEY,
        call_id     TEXT NOT NULL,
        channel     TEXT NOT NULL,
        caller      TEXT NOT NULL,                          -- CallerSummary JSON, as the server sent it
        started_at  TEXT NOT NULL,
        ended_at    TEXT,
        active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    );
    -- At most one open contact: the one on screen.
    CREATE UNIQUE INDEX contacts_one_active ON contacts (active) WHERE active = 1;

    CREATE TABLE notes (
        note_id     TEXT PRIMARY KEY,                       -- client-made uuid, the entry id on the server
        contact_id  TEXT NOT NULL UNIQUE REFERENCES contacts (contact_id) ON DELETE CASCADE,
        body        TEXT NOT NULL,
        revision    INTEGER NOT NULL,                       -- highest revision given to an outbox row
        saved_at    TEXT
    );

    CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    _migration_2,
    MIGRATION_3_SQL,
    MIGRATION_4_SQL,  # Checklists and crisis decisions (console/store/checklists.py)
    MIGRATION_5_SQL,  # Referrals and follow-ups (console/store/referrals.py)
    _migration_6,  # Search rows keyed by start time (console/store/search_index.py)
    # 7: the caller card the contact opened with (CallerCard JSON): a reopened contact (after a crash, or
    # a restart) shows the same risk tier and flags as the first open.
    "ALTER TABLE contacts ADD COLUMN card TEXT;",
    MIGRATION_8_SQL,  # 8: withdrawing a dispatch (console/store/dispatches.py)
    CHAT_MIGRATION_SQL,  # 9: live chat conversations (console/chats/store.py)
    # 10: a counselor holds one call and several chats at once. `held`: taken here and not wrapped up yet
    # (`active` stays the one on screen); `chat`: the chatbot's hand-off (ChatHandoff JSON) it came with.
    """
    ALTER TABLE contacts ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1));
    ALTER TABLE contacts ADD COLUMN chat TEXT;
    UPDATE contacts SET held = 1 WHERE active = 1;
    CREATE INDEX contacts_held ON contacts (held) WHERE held = 1;
    """,
    # 11: what is typed in a chat's composer and not sent yet, kept like a note draft (survives a crash).
    "ALTER TABLE chat_state ADD COLUMN draft TEXT NOT NULL DEFAULT '';",
    # 12: the outbox read in its sending order and by age, so choosing the next row, and the age of the
    # oldest one waiting, cost the same with 10 rows or 10,000 (a night offline): each was a scan of the
    # whole queue on the GUI thread, once per delivered row (console/store/outbox.py).
    """
    CREATE INDEX outbox_order ON outbox (state, lane, priority DESC);
    CREATE INDEX outbox_age ON outbox (state, created_at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    # executescript() would COMMIT our transaction first; run the statements one by one instead.
    parts: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            parts.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        parts.append(buffer.strip())
    return [p for p in parts if p]
