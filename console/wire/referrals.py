"""Referrals to partner services, and follow-ups."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from annyeong.console.wire._base import Role, WireModel

# --- Referrals to partner services, and follow-ups ---------------------------------------------
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


# Named only in annotations here, and imported after this module's classes so that modules naming each
# other can both load; console/wire/__init__.py resolves the annotations once all are loaded.
from annyeong.console.wire.cases import (  # noqa: E402
    FollowUp,
    FollowUpPool,
    FollowUpSource,
    FollowUpStatus,
    UserRef,
)
from annyeong.console.wire.checklists import ChecklistId, InstrumentVersion  # noqa: E402
