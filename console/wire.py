"""Wire models of the central case API, shared by the console's client and the reference server.

These pydantic models are the single source of the shapes in resources/api/openapi.yaml: the server
declares them on its routes, the client validates what it receives with them, and a test compares the
server's generated OpenAPI with the committed contract. Limits (lengths, ranges) live here so that bad
input is refused the same way on both sides.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

Presence = Literal["available", "on_call", "wrap_up", "break", "offline"]
Role = Literal[
    "counselor", "shift_lead", "admin", "telephony", "chatbot", "dispatch_liaison", "referral_partner"
]
Channel = Literal["phone", "chat"]
# queued: nobody available yet; offered: ringing at one counselor; accepted: a contact is open;
# ended: the call finished; abandoned: the caller hung up before anyone accepted.
CallStatus = Literal["queued", "offered", "accepted", "ended", "abandoned"]
EntryKind = Literal["note"]

ShortText = Annotated[str, Field(max_length=200)]
Username = Annotated[str, Field(min_length=1, max_length=64)]
PhoneInput = Annotated[str, Field(min_length=1, max_length=32)]


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- auth -----------------------------------------------------------------------------------------


class TokenRequest(WireModel):
    username: Username
    password: Annotated[str, Field(min_length=1, max_length=256)]


class RefreshRequest(WireModel):
    refresh_token: Annotated[str, Field(min_length=1, max_length=512)]


class TokenResponse(WireModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="seconds until the access token expires")


class Me(WireModel):
    id: str
    username: str
    display_name: str
    role: Role
    presence: Presence
    permissions: list[str] = Field(default_factory=list)


# --- presence -------------------------------------------------------------------------------------


class PresenceUpdate(WireModel):
    status: Presence


class PresenceInfo(WireModel):
    user_id: str
    display_name: str
    status: Presence
    since: datetime


# --- callers and calls ----------------------------------------------------------------------------


class CallerSummary(WireModel):
    """Who is calling, as far as the server knows. number_e164 is present only for roles that may see it."""

    withheld: bool = False
    number_masked: str | None = None
    number_e164: str | None = None
    returning: bool = False
    prior_contacts: int = 0
    last_contact_at: datetime | None = None
    last_counselor: str | None = None


class CallCreate(WireModel):
    from_number: PhoneInput | None = Field(default=None, description="null when the number is withheld")
    channel: Channel = "phone"
    bridge_ref: Annotated[str, Field(max_length=64)] | None = None


class Call(WireModel):
    id: str
    status: CallStatus
    channel: Channel
    caller: CallerSummary
    created_at: datetime
    offered_to: str | None = None
    offered_at: datetime | None = None
    offer_expires_at: datetime | None = None
    accepted_at: datetime | None = None
    ended_at: datetime | None = None
    contact_id: str | None = None


class CallDecline(WireModel):
    reason: ShortText = ""


class ContactSummary(WireModel):
    id: str
    channel: Channel
    started_at: datetime
    ended_at: datetime | None = None
    counselor_name: str
    note_count: int = 0


class CallerLookup(WireModel):
    number: PhoneInput


class CallerHistory(WireModel):
    caller: CallerSummary
    contacts: list[ContactSummary] = Field(default_factory=list)


# --- contacts and entries -------------------------------------------------------------------------


class Contact(WireModel):
    id: str
    call_id: str
    counselor_id: str
    channel: Channel
    caller: CallerSummary
    started_at: datetime
    ended_at: datetime | None = None


class EntryCreate(WireModel):
    """One revision of an append-only entry. The client makes the id; each revision is kept."""

    id: UUID
    kind: EntryKind = "note"
    body: Annotated[str, Field(max_length=20_000)]
    revision: Annotated[int, Field(ge=1, le=1_000_000)] = 1


class Entry(WireModel):
    id: UUID
    contact_id: str
    kind: EntryKind
    body: str
    revision: int
    author_id: str
    created_at: datetime


class ContactEnd(WireModel):
    ended_at: datetime | None = Field(default=None, description="client clock, informative only")


class EntryList(WireModel):
    items: list[Entry]
    next_cursor: str | None = None


# --- events ---------------------------------------------------------------------------------------

EventType = Literal[
    "call.offered", "call.updated", "contact.entry_added", "contact.updated", "presence.changed"
]


class Event(WireModel):
    """One row of the server's append-only event log; seq is global and strictly increasing."""

    seq: int
    type: str
    created_at: datetime
    data: dict[str, Any]


class EventList(WireModel):
    items: list[Event]
    last_seq: int


# --- errors ---------------------------------------------------------------------------------------


class Problem(BaseModel):
    """RFC 9457 problem details. Extra members are allowed by the RFC."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str | None = Field(default=None, description="stable machine-readable code for the console")
    errors: list[dict[str, Any]] | None = None


class Health(WireModel):
    status: Literal["ok"] = "ok"
    training: bool = False
    version: str
