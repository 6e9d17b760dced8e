"""search: the console's local search (console/search/hits.py) over 100,000 contacts in an encrypted store.

The store is the real one (SQLCipher, the schema's migrations, the FTS5 trigram index built by
index_contact). Queries are run warm, as a counselor types them, each many times. Beside each figure, the
bare FTS5 MATCH of the same query on the same connection: what SQLite alone costs.
Budgets: phone ≤ 5 ms, note text ≤ 50 ms (p95 over all queries of that kind).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.perf.common import percentile, table, verdict

BUDGET_MS = {"phone": 5.0, "text": 50.0}
WORDS = ("잠이", "오지", "않아", "요즘", "혼자", "밥을", "먹어요", "가족과", "연락이", "끊겼", "외로움",
         "산책", "복지관", "이웃", "병원", "불면", "우울", "친구", "직장", "이사", "고독", "대화", "전화",
         "상담", "기분", "걱정", "주말", "명절", "동네", "라디오")
QUERIES = {
    "phone": ("010-2345-6789", "01077771234", "5678", "010-9", "+82 10 3456"),
    "text": ("외로움", "잠이 오지", "복지관 산책", "라디오 대화 친구", "명절 혼자"),
}


def build(path: Path, contacts: int, key: bytes | None) -> object:
    from annyeong.console.store.db import Database
    from annyeong.console.store.search_index import index_contact

    db = Database(path, key=key)
    rng = random.Random(11)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with db.transaction() as conn:
        for i in range(contacts):
            contact_id = f"c{i:06d}"
            number = f"+8210{rng.randrange(10**8):08d}"
            caller = {"number_masked": f"010-****-{number[-4:]}", "number_e164": number,
                      "returning": i % 3 == 0, "prior_contacts": i % 7}
            summary = " ".join(rng.choices(WORDS, k=6))
            details = {"summary": summary, "subject": {"name": f"이웃{i % 977}"}}
            conn.execute(
                "INSERT INTO contacts (contact_id, call_id, channel, caller, started_at, ended_at, active,"
                " details) VALUES (?, ?, 'phone', ?, ?, ?, 0, ?)",
                (contact_id, f"call{i}", json.dumps(caller), (start + timedelta(minutes=7 * i)).isoformat(),
                 (start + timedelta(minutes=7 * i + 20)).isoformat(),
                 json.dumps(details, ensure_ascii=False)),
            )
            body = " ".join(rng.choices(WORDS, k=rng.randrange(20, 60)))
            conn.execute(
                "INSERT INTO notes (note_id, contact_id, body, revision) VALUES (?, ?, ?, 1)",
                (f"n{i:06d}", contact_id, body),
            )
            index_contact(conn, contact_id)
    return db


def _time(fn: object, repeat: int) -> list[float]:
    assert callable(fn)
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def run(contacts: int = 100_000, repeat: int = 30) -> bool:
    from annyeong.console.search import hits as search
    from annyeong.console.store.db import Database

    tmp = Path(tempfile.mkdtemp(prefix="perf-search-"))
    t0 = time.perf_counter()
    db = build(tmp / "local.sqlite3", contacts, os.urandom(32))
    assert isinstance(db, Database)
    print(f"built {contacts:,} contacts in {time.perf_counter() - t0:.1f} s")
    conn = db.conn
    rows = []
    ok = True
    figures = []
    for kind, queries in QUERIES.items():
        times: list[float] = []
        for query in queries:
            hits = search.search(conn, query, kind)  # type: ignore[arg-type]
            mine = _time(lambda q=query, k=kind: search.search(conn, q, k), repeat)
            terms = search.phone_terms(query) if kind == "phone" else query.split()
            columns = "{numbers}" if kind == "phone" else "{notes summary}"
            joiner = " OR " if kind == "phone" else " AND "
            long_terms = [t for t in terms if len(t) >= 3] or terms
            match = joiner.join(f'{columns} : "{t}"' for t in long_terms)
            bare = _time(lambda m=match: conn.execute(
                "SELECT contact_id FROM contact_search WHERE contact_search MATCH ? LIMIT 50", (m,)
            ).fetchall(), repeat)
            times += mine
            rows.append([f"{kind} {query!r}", len(hits), percentile(mine, 50), percentile(mine, 95),
                         percentile(bare, 50)])
        p95 = percentile(times, 95)
        ok = ok and p95 <= BUDGET_MS[kind]
        figures.append((kind, p95))
    table(("query", "hits", "p50 ms", "p95 ms", "bare p50"), rows, first_width=40)
    db.close()
    shutil.rmtree(tmp, ignore_errors=True)  # the 100,000-contact file is large
    figure = " / ".join(f"{kind} p95 {p95:.1f} ms" for kind, p95 in figures)
    return verdict("search", f"{figure} at {contacts:,} contacts", "phone ≤ 5 ms / text ≤ 50 ms", ok)


if __name__ == "__main__":
    sys.exit(0 if run(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000) else 1)
