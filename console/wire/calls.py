"""Callers, calls, contacts and their entries."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

from pydantic import Field

from annyeong.console.wire._base import CallStatus, Channel, EntryKind, PhoneInput, ShortText, WireModel

if TYPE_CHECKING:
    # Named only in annotations: the models of one API name each other, so console/wire/__init__.py
    # resolves these annotations once every module is loaded (no import cycle at run time).
    from annyeong.console.wire.card import CallerCard, ChatHandoff
    from annyeong.console.wire.cases import Disposition, FollowUpPlan, Party, ServiceType
    from annyeong.console.wire.checklists import ChecklistResult, CrisisDecision


# --- callers and calls ----------------------------------------------------------------------------


class CallerSummary(WireModel):
    """Who is calling, as far as the server knows. number_e164 is present only for roles that may see it."""

    withheld: bool = False
    # The network delivered a number that is not a valid phone number: the call rings, the number is
    # shown masked as it came, and there is nothing to unmask, dial or look up.
    unknown: bool = False
    number_masked: str | None = None
    number_e164: str | None = None
    returning: bool = False
    prior_contacts: int = 0
    last_contact_at: datetime | None = None
    last_counselor: str | None = None


class CallCreate(WireModel):
    # Any string: nobody calling the line is turned away for a caller ID the call does not need. What is
    # no valid number rings as unknown, an empty one as withheld; CallCreated.warnings says which.
    from_number: str | None = Field(
        default=None,
        description="the caller ID as the network delivered it; null when withheld. A number that is not "
        "valid, empty or longer than 32 characters still rings (as unknown or withheld) with a warning",
    )
    channel: Channel = "phone"
    bridge_ref: Annotated[str, Field(max_length=64)] | None = None


class DeliveryWarning(WireModel):
    """Something in a created call that was wrong but did not stop it ringing."""

    field: str
    code: str
    msg: str


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
    # The incoming-call card (built by the server; present on call.offered), and for a chat
    # hand-off what the chatbot passed on.
    card: CallerCard | None = None
    chat: ChatHandoff | None = None


class CallCreated(Call):
    """The answer to the bridge's POST /v1/calls: the call, and what was wrong with what it sent."""

    warnings: list[DeliveryWarning] = Field(default_factory=list)


class QueueCounts(WireModel):
    """GET /v1/queue: how many wait for a counselor, counts only (no caller, no words), for a counselor
    on a phone call, who is offered nothing more and would otherwise not know a chat is waiting."""

    calls: int = Field(default=0, ge=0, description="phone calls waiting or ringing at someone")
    chats: int = Field(default=0, ge=0, description="chats waiting or ringing at someone")
    crisis_chats: int = Field(
        default=0, ge=0, description="of the chats, those whose person wrote a crisis expression"
    )


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
    card: CallerCard | None = None


# --- contacts and entries -------------------------------------------------------------------------


class Contact(WireModel):
    id: str
    call_id: str
    counselor_id: str
    channel: Channel
    caller: CallerSummary
    started_at: datetime
    ended_at: datetime | None = None
    # The details written during and at the end of the contact. ETag = version.
    version: int = 1
    case_id: str | None = None
    service_types: list[ServiceType] = Field(default_factory=list)
    summary: str | None = None
    disposition: Disposition | None = None
    reporter: Party | None = None
    subject: Party | None = None
    follow_up: FollowUpPlan | None = None
    wrapped_up_at: datetime | None = None
    chat: ChatHandoff | None = None


class EntryCreate(WireModel):
    """One revision of an append-only entry. The client makes the id; each revision is kept."""

    id: UUID
    kind: EntryKind = "note"
    body: Annotated[str, Field(max_length=20_000)]
    revision: Annotated[int, Field(ge=1, le=1_000_000)] = 1
    # Exactly the member named by `kind` is set (none for a note); body may then be "".
    checklist: ChecklistResult | None = None
    crisis_decision: CrisisDecision | None = None


class Entry(WireModel):
    id: UUID
    contact_id: str
    kind: EntryKind
    body: str
    revision: int
    author_id: str
    created_at: datetime
    checklist: ChecklistResult | None = None
    crisis_decision: CrisisDecision | None = None


class ContactEnd(WireModel):
    ended_at: datetime | None = Field(default=None, description="client clock, informative only")


class EntryList(WireModel):
    items: list[Entry]
    next_cursor: str | None = None

