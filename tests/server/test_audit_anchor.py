"""The audit chain's tail: a truncation is found against the anchor written outside the database, and
an entry cannot be rewritten in place with INSERT OR REPLACE (nor ON CONFLICT DO UPDATE)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from annyeong.server import auditanchor
from annyeong.server.db import make_engine
from annyeong.server.main import main as server_main
from tests.server.helpers import User, wait_for
from tests.server.test_audit import _filled
from tests.support.live_server import LiveServer, start_live_server


def _anchor(url: str, path: Path) -> None:
    engine = make_engine(url)
    with engine.connect() as conn:
        auditanchor.anchor_now(conn, path, datetime.now(UTC))
    engine.dispose()


def test_a_deleted_tail_is_found_against_the_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite3"
    url = _filled(db, 40, datetime.now(UTC))
    anchor = Path(f"{db}.audit-anchor")  # the default place beside an SQLite file
    _anchor(url, anchor)
    assert server_main(["--database", url, "audit", "verify"]) == 0
    assert "anchored: seq 40" in capsys.readouterr().out
    # Someone with the file drops the trigger and deletes the newest entries: without the anchor the
    # rest would verify; with it, the truncation is named.
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER audit_log_no_early_delete")
        conn.execute("DELETE FROM audit_log WHERE seq > 35")
    assert server_main(["--database", url, "audit", "verify", "--anchor", str(tmp_path / "none")]) == 0
    capsys.readouterr()
    assert server_main(["--database", url, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "BROKEN at seq 36" in err and "deleted" in err, err


def test_a_rewritten_tail_is_found_against_the_anchor(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    url = _filled(db, 20, datetime.now(UTC))
    anchor = tmp_path / "elsewhere" / "anchor"
    _anchor(url, anchor)
    # The tail rewritten and re-chained from seq 15 on: the chain is whole, the anchor does not match.
    engine = make_engine(url)
    with engine.connect() as conn:
        hash_of = auditanchor.hash_reader(conn)
        anchored = auditanchor.read(anchor)[-1]
        assert hash_of(anchored.seq) == anchored.hash
        fake = auditanchor.Anchor(anchored.seq, "f" * 64, anchored.at)
        from annyeong.server.services.audit import verify

        verdict = auditanchor.check(verify(conn), [fake], hash_of)
    engine.dispose()
    assert not verdict.ok and verdict.broken_seq == 20 and "rewritten" in (verdict.problem or "")


def test_insert_or_replace_is_refused_on_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    _filled(db, 10, datetime.now(UTC))
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(
            "INSERT OR REPLACE INTO audit_log (seq, at, actor, actor_role, action, outcome, prev_hash, hash) "
            "SELECT seq, at, 'someone-else', actor_role, action, outcome, prev_hash, hash "
            "FROM audit_log WHERE seq = 5"
        )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT actor FROM audit_log WHERE seq = 5").fetchone()[0] != "someone-else"


def test_a_replace_is_refused_on_either_database(scratch_database: str) -> None:
    _filled(scratch_database, 10, datetime.now(UTC))
    engine = make_engine(scratch_database)
    copy = (
        "INSERT INTO audit_log (seq, at, actor, actor_role, action, outcome, prev_hash, hash) "
        "SELECT seq, at, 'someone-else', actor_role, action, outcome, prev_hash, hash "
        "FROM audit_log WHERE seq = 5 "
    )
    upsert = copy + "ON CONFLICT (seq) DO UPDATE SET actor = excluded.actor"
    for statement in (copy, upsert):
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text(statement))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT actor FROM audit_log WHERE seq = 5")).scalar_one() != "someone-else"
    engine.dispose()


def test_the_server_anchors_its_head(tmp_path: Path) -> None:
    anchor = tmp_path / "anchor"
    server: LiveServer = start_live_server(
        tmp_path / "s", audit_anchor_path=str(anchor), audit_anchor_interval_s=0.2
    )
    try:
        User(server, "kim").get("/v1/auth/me")
        wait_for(lambda: auditanchor.read(anchor), timeout=20)
        newest = server.sql("SELECT max(seq) FROM audit_log")[0][0]
        wait_for(lambda: auditanchor.read(anchor)[-1].seq == newest, timeout=20)
    finally:
        server.stop()
