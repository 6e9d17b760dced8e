"""The access log: every route touching personal data leaves an entry; the chain shows an edited or a
missing row; retention purges behind a checkpoint; the admin's list and CSV export (with its reason)."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from annyeong.server import auditchain, schema
from annyeong.server.db import make_engine, migrate
from annyeong.server.main import main as server_main
from annyeong.server.matrix import access
from annyeong.server.permissions import ROLES
from annyeong.server.permissions_doc import operations
from annyeong.server.services import audit
from tests.server.helpers import User, assert_problem
from tests.server.world import build, call_op, callers
from tests.support.live_server import LiveServer, start_live_server

# Operations that touch no one's personal data (or, for the event stream, audit per delivered batch).
NOT_PERSONAL = {
    "getHealth",
    "refreshToken",
    "signOut",
    "getMe",
    "setMyPresence",
    "listPresence",
    "getQueue",  # counts of waiting calls and chats: no caller, no number, no words
    "listUsers",  # the colleague directory: staff names and presence, like listPresence
    "followEvents",
}
# The person's own doors (web chat, the KakaoTalk skill): the person acts on their own conversation with
# its token; the access log records what staff do with it (listChatMessages, postChatMessage …).
PERSONS_OWN = {
    "startWebChat", "answerWebChatSelfTest", "connectWebChat", "followWebChat", "sendWebChatMessage",
    "readWebChat", "typingWebChat", "endWebChat", "kakaoSkill",
}
LATE = ("takeOverContact", "endCall", "endContact", "wrapUpContact", "changePassword", "unlockUser")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(
        tmp_path_factory.mktemp("audit"), offer_timeout_s=30.0, training_auto_ack_s=0, database=db_backend
    )
    yield live
    live.stop()


def _count(server: LiveServer) -> int:
    return int(server.sql("SELECT count(*) FROM audit_log")[0][0])


def test_every_personal_data_route_leaves_an_audit_entry(server: LiveServer) -> None:
    world = build(server)
    by_role = callers(server)
    ops = [o for o in operations() if o[2] not in NOT_PERSONAL | PERSONS_OWN]
    ops = [o for o in ops if o[2] not in LATE] + [o for o in ops if o[2] in LATE]
    missing: list[str] = []
    before_all = _count(server)
    for method, path, op in ops:
        # The record's owner where a counselor may act on their own, else the first role let in.
        role = next(r for r in ROLES if access(r, op) != "-")
        who = world.kim if access("counselor", op) == "own" and role == "counselor" else by_role[role]
        assert who is not None
        before = _count(server)
        r = call_op(world, who, method, path, op)
        assert r.status_code < 500, (op, r.status_code)
        if _count(server) <= before:
            missing.append(f"{op} ({r.status_code})")
    assert not missing, f"no audit entry: {missing}"
    rows = server.sql("SELECT action, subject_type, subject_id, source FROM audit_log")
    numbers = server.sql("SELECT e164 FROM callers")
    per_action = Counter(a for a, *_ in rows)
    print(
        f"audit entries: {_count(server) - before_all} over {len(ops)} operations; {dict(per_action)}"
    )
    # Whose data is an id, never a number; the source is the client's address.
    assert not {n for (n,) in numbers} & {s for _a, _t, s, _src in rows}
    contact_reads = [(t, src) for a, t, _s, src in rows if a == "contact.read"]
    assert contact_reads and all(t == "caller" and src == "127.0.0.1" for t, src in contact_reads)


def test_chain_stays_whole_under_concurrent_requests(
    server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    kim = User(server, "kim")
    # Concurrent requests: one writer at a time, so the chain never forks.
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda _n: kim.post("/v1/search", {"query": "메모", "kind": "text"}), range(24)))
    assert server_main(["--database", server.database_url, "audit", "verify"]) == 0
    assert "ok:" in capsys.readouterr().out
    seqs = [s for (s,) in server.sql("SELECT seq FROM audit_log ORDER BY seq")]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    with pytest.raises(IntegrityError):  # append-only in the database too (0007 SQLite, 0008 PostgreSQL)
        server.sql("UPDATE audit_log SET reason = 'x' WHERE seq = :s", s=seqs[5])
    with pytest.raises(IntegrityError):
        server.sql("DELETE FROM audit_log WHERE seq = :s", s=seqs[5])


def test_trigger_refuses_edits_but_the_chain_catches_them_anyway(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _filled(tmp_path / "a.sqlite3", 50, datetime.now(UTC))
    path = tmp_path / "a.sqlite3"
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE audit_log SET reason = 'x' WHERE seq = 7")
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM audit_log WHERE seq = 7")
    # Someone with the file drops the triggers and edits a row: the verifier names it.
    with sqlite3.connect(path) as db:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("DROP TRIGGER audit_log_no_early_delete")
        db.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 17")
    assert server_main(["--database", url, "audit", "verify"]) == 1
    assert "BROKEN at seq 17" in capsys.readouterr().err
    # A deleted row is named too (the gap where it was).
    url2 = _filled(tmp_path / "b.sqlite3", 50, datetime.now(UTC))
    with sqlite3.connect(tmp_path / "b.sqlite3") as db:
        db.execute("DROP TRIGGER audit_log_no_early_delete")
        db.execute("DELETE FROM audit_log WHERE seq = 30")
    engine = make_engine(url2)
    with engine.connect() as conn:
        verdict = audit.verify(conn)
    engine.dispose()
    assert (verdict.ok, verdict.broken_seq) == (False, 31), verdict


def _entry(k: int, at: datetime) -> dict[str, Any]:
    return {
        "at": at,
        "actor": f"user-{k % 3}",
        "actor_role": "counselor",
        "action": "contact.read",
        "subject_type": "caller",
        "subject_id": f"caller-{k}",
        "outcome": "granted",
        "source": "10.0.0.1",
    }


def _filled(path: Path | str, n: int, at: datetime, step: timedelta = timedelta(0)) -> str:
    """A database with n chained entries: an SQLite file at `path`, or the database at URL `path`."""
    url = path if isinstance(path, str) else f"sqlite:///{path}"
    engine = make_engine(url)
    migrate(engine)
    with engine.begin() as conn:
        for k in range(n):
            audit.append(conn, _entry(k, at + step * k))
    engine.dispose()
    return url


def _filled_at_once(path: Path, n: int, at: datetime) -> str:
    """What _filled(path, n, at) writes, chained here and inserted in one statement: audit.append reads
    the last entry before each insert, two round trips an entry, 16 of the 17 s a 20,000-entry chain took.
    test_a_chain_filled_at_once_is_the_one_append_makes holds the two to the same rows."""
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate(engine)
    rows, prev = [], auditchain.GENESIS
    for k in range(n):
        row = {name: _entry(k, at).get(name) for name in auditchain.FIELDS} | {"seq": k + 1}
        row["prev_hash"], row["hash"] = prev, auditchain.entry_hash(row, prev)
        prev = row["hash"]
        rows.append(row)
    with engine.begin() as conn:
        conn.execute(insert(schema.audit_log), rows)
    engine.dispose()
    return url


def _chain(url: str) -> list[tuple[Any, ...]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(schema.audit_log).order_by(schema.audit_log.c.seq))]
    engine.dispose()
    return rows


def test_a_chain_filled_at_once_is_the_one_append_makes(tmp_path: Path) -> None:
    at = datetime.now(UTC)
    appended = _chain(_filled(tmp_path / "appended.sqlite3", 30, at))
    at_once = _chain(_filled_at_once(tmp_path / "at_once.sqlite3", 30, at))
    assert len(appended) == 30 and at_once == appended


def test_retention_purges_behind_a_checkpoint(scratch_database: str) -> None:
    t0 = datetime(2020, 1, 1, tzinfo=UTC)  # an injected clock: entries a month apart from t0
    # On PostgreSQL the purge passes the triggers of 0008 because these entries are over two years old.
    url = _filled(scratch_database, 40, t0, timedelta(days=30))
    engine = make_engine(url)
    now = t0 + timedelta(days=2 * 365 + 200)  # the injected "now"
    with engine.begin() as conn:
        assert audit.purge_due(conn, now, 2)
        purged = audit.purge_expired(conn, now, 2)
        oldest = conn.execute(text("SELECT min(at) FROM audit_log")).scalar_one()
    assert purged > 0 and str(oldest) >= str(audit.retention_cutoff(now, 2).replace(tzinfo=None))
    with engine.connect() as conn:
        assert audit.verify(conn).ok
        assert not audit.purge_due(conn, now, 2)
    later = now + timedelta(days=400)
    with engine.begin() as conn:
        assert audit.purge_expired(conn, later, 2) > 0
    with engine.connect() as conn:
        verdict = audit.verify(conn)
    engine.dispose()
    assert verdict.ok, verdict


def test_verify_time_for_many_entries(tmp_path: Path) -> None:
    n = 20_000
    url = _filled_at_once(tmp_path / "big.sqlite3", n, datetime.now(UTC))
    engine = make_engine(url)
    started = time.perf_counter()
    with engine.connect() as conn:
        verdict = audit.verify(conn)
    elapsed = time.perf_counter() - started
    engine.dispose()
    print(f"verified {n} entries in {elapsed:.2f} s")
    assert verdict.ok and verdict.entries == n


def test_admin_lists_and_exports_with_a_recorded_reason(server: LiveServer) -> None:
    admin, lee, kim = User(server, "admin"), User(server, "lee"), User(server, "kim")
    assert_problem(lee.get("/v1/audit"), 403, "permission_denied")
    for _ in range(6):  # entries of its own: the module's server may be fresh (another worker ran the rest)
        kim.post("/v1/search", {"query": "메모", "kind": "text"})
    first = admin.get("/v1/audit", params={"limit": 5}).json()
    assert len(first["items"]) == 5 and first["next_cursor"]
    second = admin.get("/v1/audit", params={"limit": 5, "cursor": first["next_cursor"]}).json()
    assert second["items"][0]["seq"] < first["items"][-1]["seq"]
    window = {"from": "2020-01-01T00:00:00Z", "to": "2100-01-01T00:00:00Z"}
    assert_problem(admin.post("/v1/audit/export", window), 422)
    assert_problem(lee.post("/v1/audit/export", {**window, "reason": "점검"}), 403)
    r = admin.post("/v1/audit/export", {**window, "reason": "=월간 접속기록 점검"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    body = r.content.decode("utf-8-sig")
    assert body.startswith("seq,at,actor,actor_role,source,action,outcome")
    newest = admin.get("/v1/audit", params={"action": "audit.export", "limit": 1}).json()["items"][0]
    assert newest["reason"] == "=월간 접속기록 점검" and newest["actor"] == admin.id
    again = admin.post("/v1/audit/export", {**window, "reason": "재확인"}).content.decode("utf-8-sig")
    assert ",'=월간 접속기록 점검," in again and "=월간" not in again.replace("'=월간", "")  # no formula
