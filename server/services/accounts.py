"""Account security: change one's password (every token revoked), an admin's audited unlock."""

from __future__ import annotations

from datetime import datetime

import anyio.to_thread
from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from annyeong.console.wire import PasswordChange
from annyeong.server import schema
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem, field_problem
from annyeong.server.services.audit import AuditEntry, record
from annyeong.server.services.auth import INVALID, audit_account, failed_attempt, verify_password
from annyeong.server.services.presence import change_presence
from annyeong.server.state import AppState, utcnow


async def change_password(
    state: AppState, principal: Principal, body: PasswordChange, source: str | None
) -> None:
    u = schema.users
    stored = await state.db.read(
        lambda conn: conn.execute(select(u.c.password_hash).where(u.c.id == principal.id)).scalar_one()
    )
    ok = await anyio.to_thread.run_sync(verify_password, state.hasher, stored, body.current_password)
    if ok and body.new_password == body.current_password:
        raise field_problem(422, "password_unchanged", "choose a new password", "new_password")
    new_hash = await anyio.to_thread.run_sync(state.hasher.hash, body.new_password) if ok else ""

    def change(conn: Connection) -> ApiProblem | None:
        now = utcnow()
        if not ok:
            failed_attempt(conn, state, principal.id, now)
            audit_account(conn, principal, source, "auth.password_change", "denied", "invalid_credentials")
            return INVALID
        conn.execute(update(u).where(u.c.id == principal.id).values(password_hash=new_hash))
        revoke_all(conn, principal.id, now)
        change_presence(conn, principal.id, "offline", now, state.config.offer_timeout_s)
        audit_account(conn, principal, source, "auth.password_change", "granted", "all tokens revoked")
        return None

    problem = await state.db.write(change)
    if problem is not None:
        raise problem


def revoke_all(conn: Connection, user_id: str, now: datetime) -> None:
    t = schema.tokens
    conn.execute(update(t).where(t.c.user_id == user_id, t.c.revoked_at.is_(None)).values(revoked_at=now))


async def unlock(state: AppState, admin: Principal, user_id: str, source: str | None) -> None:
    u = schema.users

    def work(conn: Connection) -> ApiProblem | None:
        row = conn.execute(select(u.c.id, u.c.locked_until).where(u.c.id == user_id)).first()
        if row is None:
            _audit_target(conn, admin, source, user_id, "not_found", "user_not_found")
            return ApiProblem(404, "user_not_found", "no user with this id")
        conn.execute(update(u).where(u.c.id == user_id).values(failed_logins=0, locked_until=None))
        locked = row.locked_until is not None and row.locked_until > utcnow()
        _audit_target(conn, admin, source, user_id, "granted", "was locked" if locked else "was not locked")
        return None

    # The refusal is raised after the commit, so the attempt stays in the audit log.
    problem = await state.db.write(work, notify=False)
    if problem is not None:
        raise problem


def _audit_target(
    conn: Connection, admin: Principal, source: str | None, user_id: str, outcome: str, reason: str
) -> None:
    entry = AuditEntry("user.unlock", outcome, "user", user_id, f"user:{user_id}", reason)
    record(conn, admin, source, entry, utcnow())
