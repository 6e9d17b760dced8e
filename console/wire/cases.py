"""Cases, flags, risk, the details written at wrap-up, follow-up plans."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from annyeong.console.wire._base import PhoneInput, WireModel

if TYPE_CHECKING:
    # Named only in annotations: the models of one API name each other, so console/wire/__init__.py
    # resolves these annotations once every module is loaded (no import cycle at run time).
    from annyeong.console.wire.calls import CallerSummary


# --- Cases, contact details (wrap-up), the caller card, chat hand-off, unmask, search ---------
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
# A follow-up for whoever in the pool takes it, and where a follow-up came from.
FollowUpPool = Literal["counselors"]
FollowUpSource = Literal["wrap_up", "referral", "checklist_result", "manual"]
# Seoul's 12-item 외로움·고립 자가진단 (서울시 고립예방센터): q1-q5 관계 단절, q6-q12 일상생활관리.
# Item texts, the one answer scale (1 그렇다 / 0 그렇지 않다) and the one scoring: console.domain.selftest.
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
    # Additive: when the person would like to be called back ("평일 오후 2–5시"), as said.
    callback_time: Annotated[str, Field(max_length=100)] | None = None


class FollowUpPlan(WireModel):
    """Additive: pool instead of assignee_id for the counselors' pool; reason for the list."""

    needed: bool = False
    due_at: datetime | None = None
    assignee_id: Annotated[str, Field(max_length=64)] | None = None
    pool: FollowUpPool | None = None
    reason: Annotated[str, Field(max_length=500)] | None = None


class FollowUp(WireModel):
    """ETag = version. A pool follow-up (pool set) has assignee id "pool:<pool>" and an empty name."""

    id: str
    case_id: str
    contact_id: str | None = None
    due_at: datetime
    assignee: UserRef
    status: FollowUpStatus
    version: int = 1
    # Additive.
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

