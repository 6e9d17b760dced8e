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
    "call.offered",
    "call.updated",
    "contact.entry_added",
    "contact.updated",
    "presence.changed",
    "case.updated",
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
    id: str
    case_id: str
    contact_id: str | None = None
    due_at: datetime
    assignee: UserRef
    status: FollowUpStatus
    version: int = 1


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


# The models above that name models defined later in this file.
for _model in (Call, Contact, CallerHistory):
    _model.model_rebuild()
