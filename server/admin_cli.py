"""`annyeong-server audit verify` and `annyeong-server user unlock`: run on the server's host, against
its database, without the API (an admin locked out of their own account still has a way back).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select, update

from annyeong.server import auditanchor, schema
from annyeong.server.db import lock_writes, make_engine, migrate
from annyeong.server.services.audit import AuditEntry, append, verify
from annyeong.server.state import utcnow

DEFAULT_DATABASE = "sqlite:///annyeong-server.sqlite3"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annyeong-server", description="administration commands")
    parser.add_argument(
        "--database",
        default=os.environ.get("ANNYEONG_DATABASE_URL", DEFAULT_DATABASE),
        help="SQLAlchemy URL (env ANNYEONG_DATABASE_URL)",
    )
    sub = parser.add_subparsers(dest="area", required=True)
    audit = sub.add_parser("audit", help="the access log").add_subparsers(dest="command", required=True)
    check = audit.add_parser("verify", help="check the hash chain; report the first broken link")
    check.add_argument(
        "--anchor",
        help="the server's anchor file (default: env ANNYEONG_AUDIT_ANCHOR, or <sqlite file>.audit-anchor)",
    )
    user = sub.add_parser("user", help="accounts").add_subparsers(dest="command", required=True)
    unlock = user.add_parser("unlock", help="lift a lockout (recorded in the audit log as actor cli)")
    unlock.add_argument("username")
    return parser


def verify_command(database: str, anchor: str | None = None) -> int:
    engine = make_engine(database)
    started = time.perf_counter()
    path = Path(anchor) if anchor else auditanchor.default_path(database)
    anchors = auditanchor.read(path) if path is not None else []
    with engine.connect() as conn:
        verdict = auditanchor.check(verify(conn), anchors, auditanchor.hash_reader(conn))
    elapsed = time.perf_counter() - started
    engine.dispose()
    if verdict.ok:
        span = f"seq {verdict.first_seq}..{verdict.last_seq}" if verdict.entries else "empty"
        print(f"ok: {verdict.entries} entries ({span}) verified in {elapsed:.2f} s")
        print(f"head hash: {verdict.head_hash}")
        if anchors:
            print(f"anchored: seq {anchors[-1].seq} at {anchors[-1].at} matches")
        else:
            print("no anchor file: a deleted tail would not show (docs/deployment.md)")
        return 0
    print(f"BROKEN at seq {verdict.broken_seq}: {verdict.problem}", file=sys.stderr)
    print(f"{verdict.entries} entries before it verified", file=sys.stderr)
    return 1


def unlock_command(database: str, username: str) -> int:
    engine = make_engine(database)
    migrate(engine)
    u = schema.users
    with engine.begin() as conn:
        lock_writes(conn)  # a running server writes too: one writer at a time, as in Database.write
        user_id = conn.execute(select(u.c.id).where(u.c.username == username)).scalar_one_or_none()
        if user_id is None:
            print(f"no user {username!r}", file=sys.stderr)
            return 1
        conn.execute(update(u).where(u.c.id == user_id).values(failed_logins=0, locked_until=None))
        entry = AuditEntry("user.unlock", "granted", "user", user_id, f"user:{user_id}", "on the server host")
        append(
            conn,
            {
                "at": utcnow(),
                "actor": "cli",
                "actor_role": "system",
                "action": entry.action,
                "subject_type": entry.subject_type,
                "subject_id": entry.subject_id,
                "resource": entry.resource,
                "outcome": entry.outcome,
                "reason": entry.reason,
            },
        )
    engine.dispose()
    print(f"unlocked {username}")
    return 0


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    if args.area == "audit":
        return verify_command(args.database, args.anchor)
    return unlock_command(args.database, args.username)
