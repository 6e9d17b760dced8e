"""Users as others see them: id and display name (and, in the directory, role and presence)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from annyeong.console.wire import UserDirectoryEntry, UserRef
from annyeong.server import schema
from annyeong.server.permissions import HUMAN_ROLES
from annyeong.server.problems import field_problem


def user_ref(conn: Connection, user_id: str) -> UserRef:
    u = schema.users
    name = conn.execute(select(u.c.display_name).where(u.c.id == user_id)).scalar_one()
    return UserRef(id=user_id, name=name)


def require_person(conn: Connection, user_id: str, field: str) -> None:
    """An owner or assignee must be a person who signs in (not a bridge key, not a typo)."""
    u = schema.users
    role = conn.execute(select(u.c.role).where(u.c.id == user_id)).scalar_one_or_none()
    if role not in HUMAN_ROLES:
        raise field_problem(422, "unknown_user", f"{field} is not a known counselor or shift lead", field)


def directory(conn: Connection) -> list[UserDirectoryEntry]:
    """Everyone who signs in, by name: what a counselor needs to name a receiver, nothing more."""
    u = schema.users
    rows = conn.execute(
        select(u.c.id, u.c.display_name, u.c.role, u.c.presence, u.c.presence_since)
        .where(u.c.role.in_(HUMAN_ROLES))
        .order_by(u.c.display_name, u.c.id)
    ).all()
    return [
        UserDirectoryEntry(
            id=r.id, display_name=r.display_name, role=r.role, presence=r.presence,
            presence_since=r.presence_since,
        )
        for r in rows
    ]
