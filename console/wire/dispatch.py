"""Emergency dispatch (112 / 119)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field

from annyeong.console.wire._base import PhoneInput, Role, WireModel

# --- Emergency dispatch (112 / 119) ----------------------------------------------------------
# Additive only. The dispatch id is made by the console when the button is pressed; the same id is the
# Idempotency-Key of the create, so a retried or doubled press is one dispatch.

DispatchService = Literal["police_112", "fire_ems_119"]
# The status is the furthest step reached on the main path. contact_confirmed and failed are outcomes
# (one or the other); closed only follows an outcome.
# cancel_requested / cancelled: the counselor withdrew it (a step of the same record, never an erasure)
# and the liaison confirmed the agency stood down.
DispatchStatus = Literal[
    "received", "acknowledged", "en_route", "contact_confirmed", "failed", "cancel_requested", "cancelled",
    "closed",
]
# Every recorded step. requested carries the console's clock (client_pressed_at); the others the server's.
# fallback_called is a side path: the counselor phoned 112/119 directly; the record keeps both paths.
# fallback_shown (side note, console clock): the console told the counselor to phone directly; reason is
# the code not_received or not_acknowledged.
DispatchStep = Literal[
    "requested",
    "received",
    "acknowledged",
    "en_route",
    "contact_confirmed",
    "failed",
    "fallback_shown",
    "fallback_called",
    "cancel_requested",
    "cancel_acknowledged",
    "closed",
]
# What POST /v1/dispatches/{id}/status accepts (acknowledge has its own route, with the incident number).
DispatchStatusStep = Literal[
    "en_route", "contact_confirmed", "failed", "fallback_shown", "fallback_called", "cancel_requested",
    "cancel_acknowledged", "closed",
]
# Why a dispatch is withdrawn (cancel_requested's reason); the note says the rest in the counselor's words.
DispatchCancelReason = Literal["pressed_by_mistake", "wrong_service", "duplicate", "caller_safe", "other"]
RiskNature = Literal["thoughts", "plan", "means", "attempt_in_progress", "weapon", "others_in_danger"]
CallerRelation = Literal[
    "self", "family", "partner", "friend", "neighbour", "colleague", "professional", "other", "unknown"
]


class DispatchLocation(WireModel):
    """Best-known location. All optional; unknown=True says so explicitly."""

    address: Annotated[str, Field(max_length=300)] | None = None
    landmark: Annotated[str, Field(max_length=200)] | None = None
    district: District | None = None
    unknown: bool = False
    lookup_requested: bool = Field(
        default=False, description="ask the agency for a location lookup (위치정보법 긴급구조 위치조회)"
    )


class DispatchCreate(WireModel):
    """The red button. Only `service` (and the client's id) is required: no field may block a dispatch.

    Numbers that do not parse are kept as typed (a dispatcher can still read them out), never refused."""

    id: UUID = Field(description="made by the console at the press; also the Idempotency-Key")
    service: DispatchService
    contact_id: Annotated[str, Field(max_length=64)] | None = None
    person_number: PhoneInput | None = Field(
        default=None, description="the at-risk person's number; default: the contact's caller number"
    )
    location: DispatchLocation = Field(default_factory=DispatchLocation)
    risk: Annotated[list[RiskNature], Field(max_length=6)] = Field(default_factory=list)
    caller_relation: CallerRelation | None = None
    callback_line: PhoneInput | None = Field(default=None, description="the counselor's callback line")
    summary: LongText | None = None
    client_pressed_at: datetime | None = Field(default=None, description="console clock at the press")
    finished_here: Annotated[list[UUID], Field(max_length=50)] = Field(
        default_factory=list,
        description="earlier presses for this contact and service that this console has closed, failed or "
        "withdrawn, whose steps may still be on their way: this press never joins their dispatches",
    )


class DispatchAcknowledge(WireModel):
    incident_number: Annotated[str, Field(min_length=1, max_length=64)]


class DispatchStatusUpdate(WireModel):
    step: DispatchStatusStep
    reason: Annotated[str, Field(max_length=500)] | None = Field(
        default=None,
        description="required (non-blank) for failed; for fallback_shown the reason code; for "
        "cancel_requested a DispatchCancelReason code (required)",
    )
    note: Annotated[str, Field(max_length=500)] | None = Field(
        default=None, description="cancel_requested only: the counselor's own words"
    )
    at: datetime | None = Field(
        default=None,
        description="the console's clock (on the server's time) when the counselor recorded the step here, "
        "for the counselor's own steps (fallback_shown, fallback_called, contact_confirmed, failed, "
        "cancel_requested, closed): a step recorded offline keeps its moment. Ignored for the liaison's "
        "steps and when it lies ahead of the server's clock",
    )


class DispatchStepRecord(WireModel):
    step: DispatchStep
    at: datetime
    clock: Literal["client", "server"] = "server"
    by: str | None = Field(default=None, description="user id, or key:<name> for the liaison")
    by_role: Role | None = None
    incident_number: str | None = None
    reason: str | None = None
    note: str | None = None


class DispatchRequest(WireModel):
    """One press that reached the server. A second console's press for the same intent joins here."""

    id: str
    by: UserRef
    pressed_at: datetime | None = None
    received_at: datetime


class Dispatch(WireModel):
    id: str
    service: DispatchService
    status: DispatchStatus
    contact_id: str | None = None
    case_id: str | None = None
    counselor: UserRef
    person_number: str | None = Field(
        default=None, description="E.164 (or as typed when it does not parse); null in events"
    )
    person_number_masked: str | None = None
    location: DispatchLocation = Field(default_factory=DispatchLocation)
    risk: list[RiskNature] = Field(default_factory=list)
    caller_relation: CallerRelation | None = None
    callback_line: str | None = Field(default=None, description="null in events")
    summary: str | None = None
    incident_number: str | None = None
    failed_reason: str | None = None
    requested_at: datetime | None = Field(default=None, description="console clock at the press")
    received_at: datetime
    acknowledged_at: datetime | None = None
    en_route_at: datetime | None = None
    contact_confirmed_at: datetime | None = None
    failed_at: datetime | None = None
    fallback_called_at: datetime | None = None
    closed_at: datetime | None = None
    cancel_requested_at: datetime | None = None
    cancel_acknowledged_at: datetime | None = None
    cancel_reason: DispatchCancelReason | None = None
    cancel_note: str | None = None
    steps: list[DispatchStepRecord] = Field(default_factory=list, description="oldest first")
    requests: list[DispatchRequest] = Field(default_factory=list)
    training: bool = False
    deduplicated: bool = Field(
        default=False,
        description="only in a create's answer: this press joined the dispatch for the same contact "
        "and service that is still open, not failed or closed (one dispatch per intent); no new dispatch "
        "was made",
    )


class DispatchList(WireModel):
    items: list[Dispatch]


# --- a colleague phones 112 for the counselor who cannot hang up ---------------------------------------

RelayStatus = Literal["open", "taken"]


class RelayCreate(WireModel):
    """"동료·팀장에게 112 신고 요청": the fallback's read-out, for someone with a free phone."""

    id: UUID = Field(description="made by the console at the press; also the Idempotency-Key")
    dispatch_id: Annotated[str, Field(max_length=64)] | None = Field(
        default=None, description="the dispatch (or the press) it is for; unknown or foreign: unlinked"
    )
    service: DispatchService
    read_out: Annotated[str, Field(min_length=1, max_length=4000)]
    person_number: PhoneInput | None = Field(
        default=None, description="the at-risk person's number; default: the dispatch's"
    )
    callback_line: PhoneInput | None = None


class Relay(WireModel):
    id: str
    dispatch_id: str | None = None
    service: DispatchService
    status: RelayStatus
    requested_by: UserRef
    requested_at: datetime
    read_out: str | None = Field(default=None, description="null in events (it holds the full numbers)")
    person_number: str | None = Field(default=None, description="in full; null in events")
    callback_line: str | None = Field(default=None, description="null in events")
    taken_by: UserRef | None = None
    taken_at: datetime | None = None
    training: bool = False
    # What became of the dispatch it was asked for: the one phoning 112 for a colleague hears that the
    # agency has it after all (a call then gives the incident number, or is not needed) or that it was
    # withdrawn, instead of dialling for something already handled.
    dispatch_acknowledged_at: datetime | None = Field(
        default=None, description="when the agency acknowledged the linked dispatch (or units set off)"
    )
    incident_number: str | None = Field(default=None, description="the agency's, with the acknowledgement")
    dispatch_withdrawn_at: datetime | None = Field(
        default=None, description="when the linked dispatch was withdrawn (요청 취소)"
    )
    dispatch_failed_at: datetime | None = Field(
        default=None, description="when the agency reported the linked dispatch failed: 112 is needed again"
    )


class RelayList(WireModel):
    items: list[Relay]


# Named only in annotations here, and imported after this module's classes so that modules naming each
# other can both load; console/wire/__init__.py resolves the annotations once all are loaded.
from annyeong.console.wire.cases import District, LongText, UserRef  # noqa: E402
