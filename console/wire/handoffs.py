"""Handoffs, escalations, messages, the shift lead's board and the shift report."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from annyeong.console.wire._base import CallStatus, Channel, Presence, Role, WireModel

# --- Handoffs, escalations, messages, the shift lead's board, the shift report ------------------
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
    open_chats: int = Field(default=0, description="live chats the person holds now (besides a phone call)")


class BoardCall(WireModel):
    """A call nobody has accepted yet. No number: the board is read from across the room. Also the data
    of queue.crisis (to shift leads and admins): a waiting chat whose person just wrote a crisis
    expression, before any counselor has it (crisis.raised follows once one accepts it)."""

    id: str
    status: CallStatus
    channel: Channel
    created_at: datetime
    waited_s: int
    offered_to: UserRef | None = None
    crisis: bool = Field(
        default=False, description="a chat whose person wrote a crisis expression: offered before the rest"
    )


class PendingHandoff(WireModel):
    handoff: Handoff
    age_s: int


class Board(WireModel):
    """GET /v1/board. Refetch (debounced) on any event a shift lead receives: call.*, presence.changed,
    contact.*, case.updated, dispatch.updated, handoff.*, escalation.updated, crisis.raised,
    queue.crisis, follow_up.updated, referral.updated."""

    generated_at: datetime
    counselors: list[BoardCounselor] = Field(default_factory=list)
    waiting_calls: list[BoardCall] = Field(
        default_factory=list, description="in the order they are offered: crisis chats, then oldest"
    )
    longest_wait_s: int | None = None
    open_dispatches: list[Dispatch] = Field(
        default_factory=list, description="not yet contact_confirmed or failed; numbers left out"
    )
    pending_handoffs: list[PendingHandoff] = Field(default_factory=list, description="oldest first")
    overdue_follow_ups: list[FollowUp] = Field(default_factory=list)
    escalations: list[Escalation] = Field(default_factory=list, description="not acknowledged yet")
    crises: list[CrisisAlert] = Field(
        default_factory=list, description="contacts with a crisis answer and no crisis decision yet"
    )


class ShiftReportCase(WireModel):
    case: CaseBrief
    risk_tier: RiskTier | None = None
    risk_assessed_at: datetime | None = None
    number_masked: str | None = Field(
        default=None, description="the person's number, masked (010-****-5678); none for a case without one"
    )


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


# Named only in annotations here, and imported after this module's classes so that modules naming each
# other can both load; console/wire/__init__.py resolves the annotations once all are loaded.
from annyeong.console.wire.cases import CaseBrief, FollowUp, RiskTier, UserRef  # noqa: E402
from annyeong.console.wire.checklists import CrisisAlert  # noqa: E402
from annyeong.console.wire.dispatch import Dispatch  # noqa: E402
