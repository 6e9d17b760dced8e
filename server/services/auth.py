"""Sign-in with argon2 password hashes, opaque bearer tokens (stored hashed), refresh and logout."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from annyeong.console.wire import Me, TokenResponse
from annyeong.server import schema
from annyeong.server.permissions import HUMAN_ROLES, permissions_for
from annyeong.server.principal import Principal
from annyeong.server.problems import ApiProblem
from annyeong.server.security import new_secret, secret_hash
from annyeong.server.services.audit import AuditEntry, record
from annyeong.server.services.presence import change_presence
from annyeong.server.state import AppState, utcnow

INVALID = ApiProblem(401, "invalid_credentials", "wrong username or password")
_LOCKED = ApiProblem(
    423, "account_locked", "too many failed sign-ins; an administrator can unlock the account"
)


def _issue(conn: Connection, state: AppState, user_id: str, now: datetime) -> TokenResponse:
    family = str(uuid.uuid4())
    access, refresh = new_secret(), new_secret()
    cfg = state.config
    for kind, secret, ttl in (
        ("access", access, cfg.access_token_ttl_s),
        ("refresh", refresh, cfg.refresh_token_ttl_s),
    ):
        conn.execute(
            insert(schema.tokens).values(
                id=str(uuid.uuid4()),
                user_id=user_id,
                kind=kind,
                token_hash=secret_hash(secret),
                family=family,
                expires_at=now + timedelta(seconds=ttl),
                created_at=now,
            )
        )
    return TokenResponse(access_token=access, refresh_token=refresh, expires_in=cfg.access_token_ttl_s)


def _account(row: Any) -> Principal:
    return Principal(id=row.id, role=row.role, is_user=True)


def audit_account(
    conn: Connection, who: Principal, source: str | None, action: str, outcome: str, reason: str | None
) -> None:
    entry = AuditEntry(action, outcome, "user", who.id if who.is_user else None, None, reason)
    record(conn, who, source, entry, utcnow())


def _locked(row: Any, now: datetime) -> bool:
    return row.locked_until is not None and row.locked_until > now


def failed_attempt(conn: Connection, state: AppState, user_id: str, now: datetime) -> bool:
    """Count one failure; True when it locked the account."""
    u = schema.users
    cfg = state.config
    failed = conn.execute(select(u.c.failed_logins).where(u.c.id == user_id)).scalar_one() + 1
    values: dict[str, Any] = {"failed_logins": failed}
    locks = failed >= cfg.max_failed_logins
    if locks:
        # No lockout_s: locked "for ever", i.e. until an admin unlocks it.
        until = now + timedelta(seconds=cfg.lockout_s) if cfg.lockout_s else FOREVER
        values.update(failed_logins=0, locked_until=until)
    conn.execute(update(u).where(u.c.id == user_id).values(**values))
    return locks


FOREVER = datetime(9999, 1, 1, tzinfo=UTC)


async def sign_in(state: AppState, username: str, password: str, source: str | None) -> TokenResponse:
    u = schema.users
    row = await state.db.read(lambda conn: conn.execute(select(u).where(u.c.username == username)).first())
    # An unknown user still costs one verification, so response time does not reveal who exists.
    stored_hash = row.password_hash if row is not None else _dummy_hash(state.hasher)
    ok = await anyio.to_thread.run_sync(verify_password, state.hasher, stored_hash, password)
    if row is None or row.role not in HUMAN_ROLES:
        # Not the typed name: it may be a password typed into the wrong box.
        nobody = Principal(id="anonymous", role="counselor", is_user=False)
        await state.db.write(
            lambda conn: audit_account(conn, nobody, source, "auth.sign_in", "denied", "unknown_user"),
            notify=False,
        )
        raise INVALID
    account = _account(row)

    def attempt(conn: Connection) -> TokenResponse | ApiProblem:
        now = utcnow()
        current = conn.execute(select(u).where(u.c.id == account.id)).one()
        if _locked(current, now):
            audit_account(conn, account, source, "auth.sign_in", "denied", "account_locked")
            return _LOCKED
        if not ok:
            locked = failed_attempt(conn, state, account.id, now)
            audit_account(conn, account, source, "auth.sign_in", "denied", "invalid_credentials")
            if locked:
                audit_account(
                    conn,
                    account,
                    source,
                    "auth.lockout",
                    "granted",
                    f"{state.config.max_failed_logins} failures",
                )
            return INVALID
        conn.execute(update(u).where(u.c.id == account.id).values(failed_logins=0, locked_until=None))
        if state.hasher.check_needs_rehash(current.password_hash):
            new_hash = state.hasher.hash(password)
            conn.execute(update(u).where(u.c.id == account.id).values(password_hash=new_hash))
        audit_account(conn, account, source, "auth.sign_in", "granted", None)
        return _issue(conn, state, account.id, now)

    # Failures commit too (the count, the audit entry): the answer is raised after the commit.
    outcome = await state.db.write(attempt, notify=False)
    if isinstance(outcome, ApiProblem):
        raise outcome
    return outcome


def verify_password(hasher: PasswordHasher, stored_hash: str, password: str) -> bool:
    try:
        return hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


_DUMMY: dict[int, str] = {}


def _dummy_hash(hasher: PasswordHasher) -> str:
    key = id(hasher)
    if key not in _DUMMY:
        _DUMMY[key] = hasher.hash("not-a-password")
    return _DUMMY[key]


async def refresh(state: AppState, refresh_token: str) -> TokenResponse:
    t = schema.tokens

    def rotate(conn: Connection) -> TokenResponse:
        now = utcnow()
        row = conn.execute(
            select(t).where(t.c.token_hash == secret_hash(refresh_token), t.c.kind == "refresh")
        ).first()
        if row is None or row.revoked_at is not None or row.expires_at <= now:
            raise ApiProblem(401, "invalid_refresh_token", "the refresh token is unknown, expired or revoked")
        # Rotation: the old pair stops working, so a copied refresh token is good for one use at most.
        conn.execute(
            update(t).where(t.c.family == row.family, t.c.revoked_at.is_(None)).values(revoked_at=now)
        )
        return _issue(conn, state, row.user_id, now)

    return await state.db.write(rotate)


async def sign_out(state: AppState, principal: Principal) -> None:
    t = schema.tokens
    family = principal.token_family

    def revoke(conn: Connection) -> None:
        now = utcnow()
        conn.execute(update(t).where(t.c.family == family, t.c.revoked_at.is_(None)).values(revoked_at=now))
        # Nobody is at the console any more: stop routing calls to it. Unless another session of the same
        # counselor is live (another PC, or the lock screen's own password check signing out beside the
        # running console): its presence is not this session's to end. A crashed PC's access token runs
        # out within minutes, so a session counts as live only while one is valid.
        live = conn.execute(
            select(t.c.id).where(
                t.c.user_id == principal.id, t.c.kind == "access", t.c.family != family,
                t.c.revoked_at.is_(None), t.c.expires_at > now,
            ).limit(1)
        ).first()
        if live is None:
            change_presence(conn, principal.id, "offline", now, state.config.offer_timeout_s)

    await state.db.write(revoke)


def me(conn: Connection, principal: Principal) -> Me:
    u = schema.users
    row = conn.execute(select(u).where(u.c.id == principal.id)).one()
    open_ids = _open_contact_ids(conn, principal.id)
    return Me(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=row.role,
        presence=row.presence,
        permissions=sorted(permissions_for(row.role)),
        open_contact_id=open_ids[-1] if open_ids else None,
        open_contact_ids=open_ids,
    )


def _open_contact_ids(conn: Connection, user_id: str) -> list[str]:
    """Every contact this user holds and has not wrapped up (a call and the chats beside it), oldest
    first; the id breaks a tie of start times so every console reads the same order."""
    c = schema.contacts
    return list(conn.execute(
        select(c.c.id)
        .where(c.c.counselor_id == user_id, c.c.wrapped_up_at.is_(None))
        .order_by(c.c.started_at, c.c.id)
    ).scalars())
