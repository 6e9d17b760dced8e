"""What the contact itself shows was done, for 마무리 to tick on the counselor's behalf: a checklist asked
is ③ 고립정도 확인, a dispatch or a recorded crisis decision (a safety plan agreed is a crisis response
too) is ⑤ 위기 시 긴급 대응, a dispatch or referral made by someone other than
the person is ④ 고립 신고·발굴, and a referral sent makes 처리 결과 연계함. The counselor can undo each
(the form ticks a source once), so these are suggestions made from facts, never a rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from annyeong.console.dispatches.local import LocalDispatch
from annyeong.console.store.referrals import LocalReferral

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore

Source = Literal["checklist", "dispatch", "decision", "report", "referral"]
CRISIS_SCREEN: str = "crisis_safety_screen"  # the crisis screen is ⑤'s, not an isolation check
# A press withdrawn as a mistake was no emergency response.
MISTAKEN: frozenset[str] = frozenset({"pressed_by_mistake", "wrong_service", "duplicate"})
# Who made the call, when that is not the person at risk: a report about someone else.
NOT_SELF: frozenset[str] = frozenset(
    {"family", "partner", "friend", "neighbour", "colleague", "professional", "other"}
)


@dataclass(frozen=True)
class DoneMark:
    key: str  # the thing done (one checklist, dispatch or referral): each is applied once
    source: Source
    service_type: str | None = None  # console.wire ServiceType
    disposition: str | None = None  # console.wire Disposition


def done_marks(
    checklists: Iterable[tuple[str, str, dict[str, Any] | None]],
    dispatches: Iterable[LocalDispatch],
    referrals: Iterable[LocalReferral],
    crisis_decided: str | None = None,
) -> list[DoneMark]:
    """`checklists`: (checklist id, instrument id, result payload or None) of the open contact;
    `crisis_decided`: the contact's id when a crisis decision is recorded for it."""
    marks: list[DoneMark] = []
    for checklist_id, instrument_id, payload in checklists:
        if instrument_id != CRISIS_SCREEN and payload and payload.get("answers"):
            marks.append(DoneMark(f"checklist:{checklist_id}", "checklist", service_type="isolation_check"))
    for dispatch in dispatches:
        if dispatch.cancel_reason in MISTAKEN:
            continue
        marks.append(DoneMark(f"dispatch:{dispatch.client_id}", "dispatch", service_type="crisis"))
        if dispatch.fields.caller_relation in NOT_SELF:
            marks.append(DoneMark(f"report:{dispatch.client_id}", "report", service_type="isolation_report"))
    if crisis_decided is not None:
        marks.append(DoneMark(f"decision:{crisis_decided}", "decision", service_type="crisis"))
    for referral in referrals:
        marks.append(DoneMark(f"referral:{referral.client_id}", "referral", disposition="referred"))
        if referral.consent is not None and referral.consent.by == "other":
            marks.append(DoneMark(f"report:{referral.client_id}", "report", service_type="isolation_report"))
    return marks


def done_in_contact(core: ConsoleCore) -> list[DoneMark]:
    """The marks of the open contact (none without one)."""
    contact = core.active_contact
    if contact is None:
        return []
    checklists = [(run.checklist_id, run.instrument_id, run.payload()) for run in core.checklists.runs()]
    referrals = [r for r in core.referrals.for_contact() if r.contact_id == contact.contact_id and r.mine]
    decided = contact.contact_id if core.checklists.crisis_decision is not None else None
    return done_marks(checklists, core.dispatches.contact_dispatches(), referrals, decided)
