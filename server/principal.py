"""Who is calling the API: a signed-in person or a machine client, with its role's permissions.

Its own module so that the services and the audit trail can name it without importing the HTTP layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from annyeong.console.wire import Role
from annyeong.server.permissions import permissions_for


@dataclass(frozen=True)
class Principal:
    id: str  # a user id, or "key:<name>" for a machine client
    role: Role
    is_user: bool
    token_family: str | None = None
    # A referral partner's organisation (a referral target id, or "*" for the training desk).
    organisation: str | None = None

    @property
    def permissions(self) -> frozenset[str]:
        return permissions_for(self.role)

    def can(self, permission: str) -> bool:
        return permission in self.permissions
