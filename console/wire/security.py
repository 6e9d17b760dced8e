"""Passwords, accounts, the access log and the user directory."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, ConfigDict, Field

from annyeong.console.wire._base import Presence, Role, WireModel

# --- Security and privacy -------------------------------------------------------------------

Password = Annotated[str, Field(min_length=1, max_length=256)]
AuditOutcome = Literal["granted", "denied", "not_found", "withheld", "rejected"]


class PasswordChange(WireModel):
    """POST /v1/auth/password. Every token of the account is revoked on success (sign in again)."""

    current_password: Password
    new_password: Annotated[str, Field(min_length=10, max_length=256)]


class AuditRecord(WireModel):
    """One access-log entry (개인정보 접속기록): who, when, from where, whose data, what, how it ended."""

    seq: int
    at: datetime
    actor: str = Field(description="a user id, or key:<name> for a machine client")
    actor_role: str
    source: str | None = Field(default=None, description="client address as the server saw it")
    action: str = Field(description="e.g. contact.read, entry.create, caller.lookup, audit.export")
    outcome: str = Field(description="granted | denied | not_found | withheld | rejected")
    subject_type: str | None = Field(default=None, description="whose data: caller | case | contact | …")
    subject_id: str | None = None
    resource: str | None = None
    reason: str | None = None
    prev_hash: str | None = None
    hash: str | None = None


class AuditList(WireModel):
    items: list[AuditRecord]
    next_cursor: str | None = Field(default=None, description="pass as ?cursor= for the next (older) page")


class AuditExportRequest(WireModel):
    """POST /v1/audit/export: a CSV of [from, to). The reason is required and recorded (제8조: the
    reason for every download of access logs is confirmed)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_: AwareDatetime = Field(alias="from")
    to: AwareDatetime
    reason: Annotated[str, Field(min_length=1, max_length=200)]


class UserDirectoryEntry(WireModel):
    """GET /v1/users: a colleague as every signed-in person may see them (to name one in a handoff or a
    follow-up). Deliberately nothing else: no username, no sign-in state, no contact details."""

    id: str
    display_name: str
    role: Role
    presence: Presence
    presence_since: datetime
