"""The chatbot hand-off, the caller card, the case timeline, unmask and search."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field

from annyeong.console.wire._base import Channel, PhoneInput, WireModel

if TYPE_CHECKING:
    # Named only in annotations: the models of one API name each other, so console/wire/__init__.py
    # resolves these annotations once every module is loaded (no import cycle at run time).
    from annyeong.console.wire.calls import CallerSummary
    from annyeong.console.wire.cases import (
        CaseBrief,
        CaseFlag,
        Disposition,
        FollowUp,
        RiskAssessment,
        SelfTestItemId,
        ServiceType,
    )
    from annyeong.console.wire.checklists import LastChecklist


# --- chat hand-off from the chatbot -----------------------------------------------------------------

ChatText = Annotated[str, Field(max_length=2000)]


class SelfTestAnswer(WireModel):
    item_id: SelfTestItemId
    value: Annotated[int, Field(ge=0, le=1)] = Field(
        description="1 그렇다 (the statement is true of me), 0 그렇지 않다: the scale of Seoul's page"
    )
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
    source: Literal["web", "kakao"] | None = Field(
        default=None,
        description="where the person writes from: web (the centre's chat page), kakao (the KakaoTalk "
        "channel, continued in the page); null for a hand-off posted without a conversation",
    )


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
    last_checklist: LastChecklist | None = Field(
        default=None, description="the newest complete checklist result of the person"
    )
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
    chat: ChatHandoff | None = Field(default=None, description="a chat contact: the chatbot's hand-off")


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
    # "chat": found in a live chat's transcript (either side's words); `excerpt` is the matching line.
    matched: Literal["number", "name", "summary", "note", "chat"]
    excerpt: str | None = Field(
        default=None, max_length=200,
        description="for a match in a chat's transcript: the matching line, plain text, cut around the match",
    )


class SearchResults(WireModel):
    contacts: list[SearchHit] = Field(default_factory=list)
    cases: list[CaseBrief] = Field(default_factory=list)

