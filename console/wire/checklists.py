"""Checklist results and the crisis decision."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from annyeong.console.wire._base import WireModel

if TYPE_CHECKING:
    # Named only in annotations: the models of one API name each other, so console/wire/__init__.py
    # resolves these annotations once every module is loaded (no import cycle at run time).
    from annyeong.console.wire.cases import RiskTier, UserRef


# --- Checklist results and the crisis decision ------------------------------------------------
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


class LastChecklist(WireModel):
    """The person's newest complete checklist result (computed from the stored entries at lookup time).

    Codes only: the console turns instrument_id and tier into the title and tier label of its own
    instrument files, in the counselor's language."""

    entry_id: str
    contact_id: str
    instrument_id: ChecklistId
    version: InstrumentVersion
    total: Score | None = None
    tier: ChecklistTierId | None = None
    risk: RiskTier | None = None
    provisional: bool = False
    assessed_at: datetime


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

