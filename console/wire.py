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

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

Presence = Literal["available", "on_call", "wrap_up", "break", "offline"]
Role = Literal[
    "counselor", "shift_lead", "admin", "telephony", "chatbot", "dispatch_liaison", "referral_partner"
]
Channel = Literal["phone", "chat"]
# queued: nobody available yet; offered: ringing at one counselor; accepted: a contact is open;
# ended: the call finished; abandoned: the caller hung up before anyone accepted.
CallStatus = Literal["queued", "offered", "accepted", "ended", "abandoned"]
# issue 4: a checklist result (one entry, re-sent as revisions while it is answered) and the crisis
# decision a crisis answer requires before wrap-up.
EntryKind = Literal["note", "checklist_result", "crisis_decision"]

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
    # Issue 8: the contact this user holds and has not wrapped up (the newest, if several). A console
    # whose local copy is gone (a corrupt store set aside, another workstation) reopens it from here.
    open_contact_id: str | None = None


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
    # Issue 3: the incoming-call card (built by the server; present on call.offered), and for a chat
    # hand-off what the chatbot passed on.
    card: CallerCard | None = None
    chat: ChatHandoff | None = None


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
    # Issue 3: the details written during and at the end of the contact. ETag = version.
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
    # Issue 4: exactly the member named by `kind` is set (none for a note); body may then be "".
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


# --- events ---------------------------------------------------------------------------------------

EventType = Literal[
    "call.offered",
    "call.updated",
    "contact.entry_added",
    "contact.updated",
    "presence.changed",
    "case.updated",
    # issue 5 and issue 7 (additive)
    "dispatch.updated",
    "handoff.created",
    "handoff.updated",
    "handoff.escalated",
    "contact.taken_over",
    "escalation.updated",
    "message.received",
    "board.changed",
    # issue 4 and issue 6 (additive)
    "crisis.raised",
    "referral.updated",
    "follow_up.updated",
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


# --- issue 3: cases, contact details (wrap-up), the caller card, chat hand-off, unmask, search ---------
# Everything below is additive: existing models only gained optional fields with defaults (Call.card,
# Call.chat, Contact.* details, CallerHistory.card).

CaseStatus = Literal["open", "closed"]
FlagKind = Literal[
    "suicide_risk",
    "self_harm_history",
    "abusive_caller",
    "do_not_call_back",
    "vulnerable_elderly",
    "safeguarding",
]
RiskTier = Literal["none", "low", "moderate", "high", "imminent"]
# ① 단순정보 ② 외로움 대화 ③ 고립정도 확인 ④ 고립 신고·발굴 ⑤ 긴급 대응 (more than one per contact).
ServiceType = Literal["info", "conversation", "isolation_check", "isolation_report", "crisis"]
Disposition = Literal[
    "completed", "silent", "hang_up", "abusive", "prank", "wrong_number", "test", "referred", "transferred"
]
# The 25 autonomous districts (자치구) of Seoul, by their official names: the names are the codes.
District = Literal[
    "종로구",
    "중구",
    "용산구",
    "성동구",
    "광진구",
    "동대문구",
    "중랑구",
    "성북구",
    "강북구",
    "도봉구",
    "노원구",
    "은평구",
    "서대문구",
    "마포구",
    "양천구",
    "강서구",
    "구로구",
    "금천구",
    "영등포구",
    "동작구",
    "관악구",
    "서초구",
    "강남구",
    "송파구",
    "강동구",
]
AgeBand = Literal["under_20", "20s", "30s", "40s", "50s", "60s", "70s", "80_plus", "unknown"]
FollowUpStatus = Literal["scheduled", "done", "missed", "cancelled"]
# Issue 6: a follow-up for whoever in the pool takes it, and where a follow-up came from.
FollowUpPool = Literal["counselors"]
FollowUpSource = Literal["wrap_up", "referral", "checklist_result", "manual"]
# Seoul's 12-item 외로움·고립 자가진단 (서울시 고립예방센터): q1-q5 관계 단절, q6-q12 일상생활관리.
# Item texts: console.domain.selftest. Its answer scale and scoring are not public, so answers are
# carried as the chatbot sent them and never scored here.
SelfTestItemId = Literal["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q12"]
SELFTEST_INSTRUMENT_ID = "seoul_isolation_selftest_12"

LongText = Annotated[str, Field(max_length=4000)]
Instruction = Annotated[str, Field(min_length=1, max_length=500)]


class UserRef(WireModel):
    id: str
    name: str


class RiskAssessment(WireModel):
    """The last risk tier a checklist (or the chatbot's self-test) produced for the person."""

    tier: RiskTier
    instrument_id: str
    assessed_at: datetime


class CaseFlag(WireModel):
    id: str
    kind: FlagKind
    instruction: str
    set_by: UserRef
    created_at: datetime
    expires_at: datetime | None = None
    active: bool = Field(description="not expired at the time of the response (server clock)")


class CaseFlagCreate(WireModel):
    kind: FlagKind
    instruction: Instruction
    expires_at: datetime | None = Field(default=None, description="null: until removed")


class Case(WireModel):
    """The person across contacts. A caller number links to at most one open case. ETag = version."""

    id: str
    status: CaseStatus
    owner: UserRef
    version: int
    caller: CallerSummary
    flags: list[CaseFlag] = Field(default_factory=list)
    last_risk: RiskAssessment | None = None
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None = None


class CaseCreate(WireModel):
    contact_id: Annotated[str, Field(min_length=1, max_length=64)]
    owner_id: Annotated[str, Field(min_length=1, max_length=64)] | None = Field(
        default=None, description="default: the person opening it"
    )


class CaseUpdate(WireModel):
    """Single-valued fields, sent with If-Match. Omitted fields are left as they are."""

    owner_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    status: CaseStatus | None = None


class CaseBrief(WireModel):
    id: str
    status: CaseStatus
    owner: UserRef
    version: int


class Party(WireModel):
    """Reporter or subject of a contact (④ 고립 신고: a neighbour reports someone). All optional."""

    name: Annotated[str, Field(max_length=100)] | None = None
    number: PhoneInput | None = Field(default=None, description="normalised to E.164 by the server")
    district: District | None = None
    address: Annotated[str, Field(max_length=300)] | None = None
    age_band: AgeBand | None = None


class FollowUpPlan(WireModel):
    needed: bool = False
    due_at: datetime | None = None
    assignee_id: Annotated[str, Field(max_length=64)] | None = None


class FollowUp(WireModel):
    """ETag = version. A pool follow-up (pool set) has assignee id "pool:<pool>" and an empty name."""

    id: str
    case_id: str
    contact_id: str | None = None
    due_at: datetime
    assignee: UserRef
    status: FollowUpStatus
    version: int = 1
    # Issue 6 (additive).
    pool: FollowUpPool | None = Field(default=None, description="set: anyone in the pool may take it")
    reason: str | None = None
    source: FollowUpSource | None = None
    source_id: str | None = Field(default=None, description="the referral or checklist entry it came from")
    overdue: bool = Field(default=False, description="scheduled and due before the response (server clock)")
    outcome: str | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None


class ContactUpdate(WireModel):
    """PATCH /v1/contacts/{id} with If-Match. Only the fields sent are changed; null clears a field."""

    service_types: Annotated[list[ServiceType], Field(max_length=5)] | None = None
    summary: LongText | None = None
    disposition: Disposition | None = None
    reporter: Party | None = None
    subject: Party | None = None
    follow_up: FollowUpPlan | None = None


# --- chat hand-off from the chatbot -----------------------------------------------------------------

ChatText = Annotated[str, Field(max_length=2000)]


class SelfTestAnswer(WireModel):
    item_id: SelfTestItemId
    value: Annotated[int, Field(ge=0, le=10)] = Field(description="the chatbot's answer code, as sent")
    label: Annotated[str, Field(max_length=40)] | None = Field(
        default=None, description="the answer as the person saw it, e.g. 그렇다"
    )


class SelfTest(WireModel):
    instrument_id: Literal["seoul_isolation_selftest_12"] = "seoul_isolation_selftest_12"
    answers: Annotated[list[SelfTestAnswer], Field(max_length=12)] = Field(default_factory=list)
    result_category: Annotated[str, Field(max_length=40)] | None = None
    result_text: Annotated[str, Field(max_length=1000)] | None = None


class ChatMessage(WireModel):
    sender: Literal["person", "bot"]
    text: ChatText
    at: datetime


class ChatCreate(WireModel):
    from_number: PhoneInput | None = Field(default=None, description="the person's number, when they gave it")
    self_test: SelfTest | None = None
    transcript: Annotated[list[ChatMessage], Field(max_length=200)] = Field(default_factory=list)
    bridge_ref: Annotated[str, Field(max_length=64)] | None = None


class ChatHandoff(WireModel):
    """What the chatbot handed over with a chat: the self-test and the conversation so far."""

    self_test: SelfTest | None = None
    transcript: list[ChatMessage] = Field(default_factory=list)
    received_at: datetime


# --- the caller card --------------------------------------------------------------------------------


class ContactBrief(WireModel):
    id: str
    started_at: datetime
    channel: Channel
    counselor_name: str
    service_types: list[ServiceType] = Field(default_factory=list)
    disposition: Disposition | None = None
    summary: str | None = None


class CallerCard(WireModel):
    """Everything the incoming-call card shows, built on the server in one read."""

    caller: CallerSummary
    recent_contacts: list[ContactBrief] = Field(default_factory=list, description="the last 3, newest first")
    open_case: CaseBrief | None = None
    active_flags: list[CaseFlag] = Field(default_factory=list)
    last_risk: RiskAssessment | None = None
    last_handoff_note: str | None = Field(default=None, description="filled once handoffs exist")
    pending_referrals: int = 0
    pending_follow_ups: list[FollowUp] = Field(default_factory=list)


# --- case timeline ----------------------------------------------------------------------------------

TimelineKind = Literal["contact", "flag", "follow_up", "checklist_result", "referral", "dispatch", "handoff"]


class TimelineContact(WireModel):
    id: str
    channel: Channel
    started_at: datetime
    ended_at: datetime | None = None
    counselor_name: str
    service_types: list[ServiceType] = Field(default_factory=list)
    disposition: Disposition | None = None
    summary: str | None = None
    notes: list[str] = Field(default_factory=list, description="the latest revision of each note")


class TimelineItem(WireModel):
    """One thing that happened in a case. Exactly the member named by `kind` is set."""

    kind: TimelineKind
    at: datetime
    contact: TimelineContact | None = None
    flag: CaseFlag | None = None
    follow_up: FollowUp | None = None
    data: dict[str, Any] | None = Field(default=None, description="kinds added by later issues")


class CaseTimeline(WireModel):
    case_id: str
    items: list[TimelineItem]
    next_cursor: str | None = None


# --- unmask and search ------------------------------------------------------------------------------


class UnmaskRequest(WireModel):
    """Exactly one of call_id / contact_id."""

    call_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    contact_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    reason: Annotated[str, Field(min_length=1, max_length=200)]


class UnmaskedNumber(WireModel):
    number_e164: str
    number_display: str


SearchKind = Literal["phone", "name", "text"]


class SearchRequest(WireModel):
    query: Annotated[str, Field(min_length=1, max_length=200)]
    kind: SearchKind
    limit: Annotated[int, Field(ge=1, le=50)] = 20


class SearchHit(WireModel):
    contact: ContactBrief
    caller: CallerSummary
    case_id: str | None = None
    matched: Literal["number", "name", "summary", "note"]


class SearchResults(WireModel):
    contacts: list[SearchHit] = Field(default_factory=list)
    cases: list[CaseBrief] = Field(default_factory=list)


# --- issue 5: emergency dispatch (112 / 119) ----------------------------------------------------------
# Additive only. The dispatch id is made by the console when the button is pressed; the same id is the
# Idempotency-Key of the create, so a retried or doubled press is one dispatch.

DispatchService = Literal["police_112", "fire_ems_119"]
# The status is the furthest step reached on the main path. contact_confirmed and failed are outcomes
# (one or the other); closed only follows an outcome.
DispatchStatus = Literal["received", "acknowledged", "en_route", "contact_confirmed", "failed", "closed"]
# Every recorded step. requested carries the console's clock (client_pressed_at); the others the server's.
# fallback_called is a side path: the counselor phoned 112/119 directly; the record keeps both paths.
DispatchStep = Literal[
    "requested",
    "received",
    "acknowledged",
    "en_route",
    "contact_confirmed",
    "failed",
    "fallback_called",
    "closed",
]
# What POST /v1/dispatches/{id}/status accepts (acknowledge has its own route, with the incident number).
DispatchStatusStep = Literal["en_route", "contact_confirmed", "failed", "fallback_called", "closed"]
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


class DispatchAcknowledge(WireModel):
    incident_number: Annotated[str, Field(min_length=1, max_length=64)]


class DispatchStatusUpdate(WireModel):
    step: DispatchStatusStep
    reason: Annotated[str, Field(max_length=500)] | None = Field(
        default=None, description="required (non-blank) for failed"
    )


class DispatchStepRecord(WireModel):
    step: DispatchStep
    at: datetime
    clock: Literal["client", "server"] = "server"
    by: str | None = Field(default=None, description="user id, or key:<name> for the liaison")
    by_role: Role | None = None
    incident_number: str | None = None
    reason: str | None = None


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
    steps: list[DispatchStepRecord] = Field(default_factory=list, description="oldest first")
    requests: list[DispatchRequest] = Field(default_factory=list)
    training: bool = False
    deduplicated: bool = Field(
        default=False,
        description="only in a create's answer: this press joined an open dispatch for the same contact "
        "and service made moments before (one dispatch per intent); no new dispatch was made",
    )


class DispatchList(WireModel):
    items: list[Dispatch]


# --- issue 7: handoffs, escalations, messages, the shift lead's board, the shift report ------------------
# Additive only.

# counselor: a named counselor (to_user_id); next_shift: the next shift's pool (any counselor or shift
# lead may accept); isolation_center: 고립예방센터; care_companion: 외로움돌봄동행단 (the two partners accept
# through their own key, or a shift lead records their answer).
HandoffTarget = Literal["counselor", "next_shift", "isolation_center", "care_companion"]
HandoffStatus = Literal["pending", "accepted", "rejected"]
# handoff: someone handed it on; take_over: a shift lead took a contact over (accepted at once).
HandoffKind = Literal["handoff", "take_over"]
SbarText = Annotated[str, Field(max_length=2000)]


class Sbar(WireModel):
    """상황 Situation, 배경 Background, 평가 Assessment (with the last risk tier), 권고 Recommendation."""

    situation: SbarText = Field(description="required (non-blank) in a handoff; empty for a take-over")
    background: SbarText = ""
    assessment: SbarText = ""
    recommendation: SbarText = ""
    risk_tier: RiskTier | None = Field(default=None, description="default: the case's last risk tier")


class HandoffCreate(WireModel):
    """From a live or ended contact (contact_id) or from a case (case_id); at least one."""

    contact_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    case_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    target: HandoffTarget
    to_user_id: Annotated[str, Field(min_length=1, max_length=64)] | None = Field(
        default=None, description="required when target is counselor"
    )
    sbar: Sbar


class HandoffReject(WireModel):
    reason: Annotated[str, Field(min_length=1, max_length=500)]


class HandoffAssign(WireModel):
    """A shift lead gives a pending (e.g. escalated) handoff to a named counselor."""

    to_user_id: Annotated[str, Field(min_length=1, max_length=64)]


class Handoff(WireModel):
    id: str
    kind: HandoffKind = "handoff"
    status: HandoffStatus
    target: HandoffTarget
    to_user: UserRef | None = None
    from_user: UserRef
    contact_id: str | None = None
    case_id: str | None = None
    live: bool = Field(default=False, description="the contact was still open when it was handed off")
    sbar: Sbar
    created_at: datetime
    escalate_at: datetime | None = Field(
        default=None, description="escalated to the shift lead if pending then"
    )
    escalated_at: datetime | None = None
    escalation_id: str | None = None
    decided_at: datetime | None = None
    decided_by: str | None = Field(default=None, description="user id, or key:<name> of a partner")
    reject_reason: str | None = None


class HandoffList(WireModel):
    items: list[Handoff]


class ContactTakenOver(WireModel):
    """Data of contact.taken_over: sent to the counselor whose contact someone else now holds."""

    contact_id: str
    from_user_id: str
    to_user: UserRef
    handoff_id: str
    kind: HandoffKind
    at: datetime


EscalationKind = Literal["handoff_not_accepted"]


class Escalation(WireModel):
    id: str
    kind: EscalationKind
    handoff_id: str | None = None
    case_id: str | None = None
    contact_id: str | None = None
    created_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by: UserRef | None = None


class MessageCreate(WireModel):
    to_user_id: Annotated[str, Field(min_length=1, max_length=64)]
    text: Annotated[str, Field(min_length=1, max_length=1000)]


class Message(WireModel):
    id: str
    from_user: UserRef
    to_user: UserRef
    text: str
    created_at: datetime


class BoardCounselor(WireModel):
    user: UserRef
    role: Role
    presence: Presence
    presence_since: datetime
    contact_id: str | None = Field(default=None, description="the open contact, if on one")
    channel: Channel | None = None
    contact_started_at: datetime | None = None
    contact_seconds: int | None = Field(default=None, description="at generated_at")
    case_id: str | None = None
    risk_tier: RiskTier | None = Field(default=None, description="the last risk tier of the contact's case")


class BoardCall(WireModel):
    """A call nobody has accepted yet. No number: the board is read from across the room."""

    id: str
    status: CallStatus
    channel: Channel
    created_at: datetime
    waited_s: int
    offered_to: UserRef | None = None


class PendingHandoff(WireModel):
    handoff: Handoff
    age_s: int


class Board(WireModel):
    """GET /v1/board. Refetch (debounced) on any event a shift lead receives: call.*, presence.changed,
    contact.*, case.updated, dispatch.updated, handoff.*, escalation.updated, crisis.raised,
    follow_up.updated, referral.updated."""

    generated_at: datetime
    counselors: list[BoardCounselor] = Field(default_factory=list)
    waiting_calls: list[BoardCall] = Field(default_factory=list, description="oldest first")
    longest_wait_s: int | None = None
    open_dispatches: list[Dispatch] = Field(
        default_factory=list, description="not yet contact_confirmed or failed; numbers left out"
    )
    pending_handoffs: list[PendingHandoff] = Field(default_factory=list, description="oldest first")
    overdue_follow_ups: list[FollowUp] = Field(default_factory=list)
    escalations: list[Escalation] = Field(default_factory=list, description="not acknowledged yet")
    crises: list[CrisisAlert] = Field(
        default_factory=list, description="contacts with a crisis answer and no crisis decision yet (issue 4)"
    )


class ShiftReportCase(WireModel):
    case: CaseBrief
    risk_tier: RiskTier | None = None
    risk_assessed_at: datetime | None = None


class ShiftReport(WireModel):
    """교대 인계 보고서: what the outgoing shift leaves to the incoming one (GET /v1/shift-report)."""

    generated_at: datetime
    next_shift_until: datetime
    open_contacts: list[BoardCounselor] = Field(default_factory=list)
    open_cases: list[ShiftReportCase] = Field(
        default_factory=list, description="highest risk first (imminent … none, then unassessed)"
    )
    pending_handoffs: list[PendingHandoff] = Field(default_factory=list)
    follow_ups_due: list[FollowUp] = Field(
        default_factory=list, description="scheduled, due before next_shift_until (overdue included)"
    )
    dispatches_awaiting: list[Dispatch] = Field(default_factory=list)


# --- issue 4: checklist results and the crisis decision ------------------------------------------------
# Additive only. A checklist result is a contact entry (kind checklist_result) whose `checklist` member
# is console.instruments.entry.to_entry's dict; a partial result is re-sent as revisions of the same
# entry while it is answered. Limits here are what the server refuses (422), never what it trims.

ChecklistId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
InstrumentVersion = Annotated[str, Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}$")]
ChecklistTierId = Annotated[str, Field(max_length=64)]
Score = Annotated[float, Field(ge=-1_000_000, le=1_000_000)]
SkipReason = Literal["declined", "does_not_know", "not_appropriate", "interrupted", "other"]
NextStep = Literal[
    "none",
    "further_conversation",
    "refer_prevention_center",
    "refer_care_companion",
    "refer_mental_health",
    "emergency",
]
CrisisRule = Literal[
    "suicide_plan",
    "suicide_means",
    "attempt_in_progress",
    "other_in_danger",
    "phq9_item9_positive",
    "instrument_flag",
]
CrisisDecisionKind = Literal["dispatched", "safety_plan_agreed", "other"]


class SubscaleScore(WireModel):
    score: Score | None = None
    tier: ChecklistTierId | None = None
    risk: RiskTier | None = None


class CrisisItem(WireModel):
    """One crisis answer: which item of which instrument fired which safety rule."""

    instrument_id: ChecklistId
    item_id: ChecklistId
    rule: CrisisRule
    value: Annotated[int, Field(ge=-1000, le=1000)]


class ChecklistResult(WireModel):
    instrument_id: ChecklistId
    version: InstrumentVersion
    answers: Annotated[dict[ChecklistId, Annotated[int, Field(ge=-1000, le=1000)]], Field(max_length=200)]
    skipped: Annotated[dict[ChecklistId, SkipReason], Field(max_length=200)] = Field(default_factory=dict)
    subscales: Annotated[dict[ChecklistId, SubscaleScore], Field(max_length=20)] = Field(default_factory=dict)
    total: Score | None = None
    tier: ChecklistTierId | None = None
    risk: RiskTier | None = None
    next_step: NextStep = "none"
    provisional: bool = False
    complete: bool = False
    crisis: Annotated[list[CrisisItem], Field(max_length=50)] = Field(default_factory=list)
    crisis_unanswered: Annotated[list[ChecklistId], Field(max_length=50)] = Field(default_factory=list)


class CrisisDecision(WireModel):
    """What was done about a crisis answer; required before a contact with one is wrapped up."""

    decision: CrisisDecisionKind
    reason: Annotated[str, Field(max_length=500)] | None = Field(
        default=None, description="required (non-blank) for other"
    )
    dispatch_id: Annotated[str, Field(max_length=64)] | None = Field(
        default=None, description="the dispatch, when dispatched"
    )


class CrisisAlert(WireModel):
    """Data of crisis.raised (to shift leads and admins) and an item of Board.crises."""

    contact_id: str
    case_id: str | None = None
    counselor: UserRef
    entry_id: str
    instrument_id: str
    items: list[CrisisItem] = Field(default_factory=list, description="the crisis answers raised so far")
    raised_at: datetime
    decided: bool = False


# --- issue 6: referrals to partner services, and follow-ups ---------------------------------------------
# Additive only. Targets use the ids of resources/directory/services.json where the service is listed.

ReferralTarget = Literal[
    "isolation-prevention-center",  # 서울시고립예방센터
    "loneliness-care-companions",  # 외로움돌봄동행단
    "community-center-welfare",  # 동주민센터 복지
    "mental-health-welfare-center",  # 정신건강복지센터
    "line-109",  # 자살예방상담전화 109
    "medical-housing-support",  # 의료·주거 지원
    "seoul-maeum-store",  # 서울마음편의점
]
# submitted → received → assigned → contacted → closed; declined (with a reason) from any open status.
ReferralStatus = Literal["submitted", "received", "assigned", "contacted", "closed", "declined"]
ReferralStep = Literal["received", "assigned", "contacted", "closed", "declined"]
ConsentGiver = Literal["person", "guardian", "other"]
ConsentMethod = Literal["verbal_phone", "chat", "written"]
# 개인정보 보호법: 제15조 제1항 제5호 (급박한 생명·신체·재산의 이익), 제17조 제1항 제2호 (그 범위에서의
# 제3자 제공), 제18조 제2항 제3호 (목적 외 제공, 같은 사유).
LawfulBasis = Literal["pipa_15_1_5", "pipa_17_1_2", "pipa_18_2_3"]
FormFieldName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
FormFieldValue = (
    Annotated[str, Field(max_length=4000)]
    | bool
    | int
    | float
    | Annotated[list[Annotated[str, Field(max_length=200)]], Field(max_length=50)]
    | None
)


class Consent(WireModel):
    """PIPA consent as recorded on the call. Without consent (given false) only the fields in scope go
    out; with consent and an empty scope, all of them; with consent and a scope, only those."""

    given: bool
    by: ConsentGiver
    how: ConsentMethod
    scope: Annotated[list[FormFieldName], Field(max_length=100)] = Field(default_factory=list)


class ReferralCreate(WireModel):
    """Send `id` (made by the console) as the Idempotency-Key too. Exactly one of consent / lawful_basis."""

    id: UUID
    target: ReferralTarget
    form_id: ChecklistId
    form_version: InstrumentVersion
    contact_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    case_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    fields: Annotated[dict[FormFieldName, FormFieldValue], Field(max_length=100)] = Field(
        default_factory=dict
    )
    consent: Consent | None = None
    lawful_basis: LawfulBasis | None = Field(
        default=None, description="an emergency referral, instead of consent"
    )
    lawful_basis_note: Annotated[str, Field(max_length=500)] | None = None


class ReferralStatusUpdate(WireModel):
    step: ReferralStep
    reason: Annotated[str, Field(max_length=500)] | None = Field(
        default=None, description="required (non-blank) for declined"
    )
    note: Annotated[str, Field(max_length=500)] | None = Field(
        default=None, description="e.g. who at the partner took it"
    )


class ReferralStepRecord(WireModel):
    status: ReferralStatus
    at: datetime
    by: str | None = Field(default=None, description="user id, or key:<name> for a partner")
    by_role: Role | None = None
    reason: str | None = None
    note: str | None = None


class Referral(WireModel):
    id: str
    target: ReferralTarget
    form_id: str
    form_version: str
    status: ReferralStatus
    contact_id: str | None = None
    case_id: str | None = None
    counselor: UserRef
    fields: dict[str, Any] = Field(
        default_factory=dict, description="what was stored (consented); empty in events"
    )
    withheld_fields: list[str] = Field(
        default_factory=list, description="names of the fields dropped for lack of consent (never stored)"
    )
    consent: Consent | None = None
    lawful_basis: LawfulBasis | None = None
    lawful_basis_note: str | None = None
    decline_reason: str | None = None
    submitted_at: datetime
    received_at: datetime | None = None
    assigned_at: datetime | None = None
    contacted_at: datetime | None = None
    closed_at: datetime | None = None
    declined_at: datetime | None = None
    updated_at: datetime
    steps: list[ReferralStepRecord] = Field(default_factory=list, description="oldest first")


class ReferralList(WireModel):
    items: list[Referral]


class FollowUpCreate(WireModel):
    """Send `id` (made by the console) as the Idempotency-Key too. case_id or contact_id (or both);
    assignee_id or pool (neither: the person creating it)."""

    id: UUID
    case_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    contact_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    due_at: AwareDatetime
    assignee_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    pool: FollowUpPool | None = None
    reason: Annotated[str, Field(max_length=500)] | None = None
    source: FollowUpSource = "manual"
    source_id: Annotated[str, Field(max_length=64)] | None = None


class FollowUpUpdate(WireModel):
    """PATCH /v1/follow-ups/{id} with If-Match. Complete (status done/missed/cancelled, outcome),
    reschedule (due_at) or hand over (assignee_id, or pool). Only the fields sent change."""

    status: FollowUpStatus | None = None
    due_at: AwareDatetime | None = None
    assignee_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    pool: FollowUpPool | None = None
    outcome: Annotated[str, Field(max_length=1000)] | None = None


class FollowUpList(WireModel):
    items: list[FollowUp]
    overdue_count: int = 0
    generated_at: datetime


# The models above that name models defined later in this file.
for _model in (Call, Contact, CallerHistory, EntryCreate, Entry, EntryList, Board):
    _model.model_rebuild()


# --- issue 9: security and privacy -------------------------------------------------------------------

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
