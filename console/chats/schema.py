"""The live chat's tables in the account's local database (migration 9 in console/store/db.py).

`chat_messages` holds both sides: a server message by its seq, a counselor's message not yet stored by the
server with seq NULL (its outbox row carries it). `chat_state` is one row per chat contact: its end, how
far each side has read, and the crisis matches already raised (latched: a later change of the list never
takes an alert back).
"""

CHAT_MIGRATION_SQL = """
    CREATE TABLE chat_messages (
        id           TEXT PRIMARY KEY,                     -- the message id (ours before the server has it)
        contact_id   TEXT NOT NULL,
        seq          INTEGER,                              -- NULL: ours, waiting in the outbox
        sender       TEXT NOT NULL CHECK (sender IN ('person', 'counselor', 'system')),
        text         TEXT NOT NULL,
        sent_at      TEXT,                                 -- the server's stamp
        created_at   TEXT NOT NULL,                        -- written here (order of unsent ones)
        delivered_at TEXT,
        read_at      TEXT
    );
    CREATE UNIQUE INDEX chat_messages_seq ON chat_messages (contact_id, seq) WHERE seq IS NOT NULL;
    CREATE INDEX chat_messages_contact ON chat_messages (contact_id, created_at);

    CREATE TABLE chat_state (
        contact_id        TEXT PRIMARY KEY,
        opened_at         TEXT NOT NULL,
        ended_at          TEXT,
        ended_by          TEXT,                            -- counselor, person, silence
        read_up_to        INTEGER NOT NULL DEFAULT 0,      -- the counselor has seen the person's up to here
        person_read_up_to INTEGER NOT NULL DEFAULT 0,      -- the person has seen ours up to here
        crises            TEXT NOT NULL DEFAULT '[]'       -- CrisisMatch dicts with the message id and seq
    );
"""
