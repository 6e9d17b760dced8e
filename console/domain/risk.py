"""What the case already knows about a person's risk, and how it bounds what a contact shows and suggests.

Safety rules, so code and not data (ARCHITECTURE.md §5):
  - the caller's risk pill follows the newest result of the open contact; a crisis answer of the same
    contact stays on it (a later, calmer checklist never hides it); without a result of this contact, the
    case's last risk;
  - a checklist result never recommends less than the case knows: the case's risk tier and its active
    flags set a floor on the next step (`recommend`);
  - a flag about suicide or self-harm, or one whose instruction asks for the crisis screen, puts the crisis
    screen first in the checklist picker;
  - ending a call asks first while a crisis is raised, a dispatch is open or the note is not saved; ending
    a chat the person is still in asks too (they may be typing: a chat has no voice to hear that).
Codes only: the UI words them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

RISK_ORDER: Final[dict[str, int]] = {"none": 0, "low": 1, "moderate": 2, "high": 3, "imminent": 4}
# The next steps from the least to the most: 돌봄동행단 is continuing company, 고립예방센터 in-depth
# counselling and linkage (the instruments' own tiers order them so), 정신건강복지센터·109 the mental-health
# crisis services, emergency a dispatch now.
STEP_ORDER: Final[tuple[str, ...]] = (
    "none", "further_conversation", "refer_care_companion", "refer_prevention_center",
    "refer_mental_health", "emergency",
)
# What a case's known risk asks for at least. "imminent" on the case is an earlier crisis, not danger
# now: it asks for the mental-health path (and the crisis screen first), never a dispatch by itself.
TIER_FLOOR: Final[dict[str, str]] = {
    "moderate": "refer_care_companion",
    "high": "refer_prevention_center",
    "imminent": "refer_mental_health",
}
SUICIDE_FLAGS: Final = frozenset({"suicide_risk", "self_harm_history"})
FLAG_FLOOR: Final[dict[str, str]] = {kind: "refer_mental_health" for kind in SUICIDE_FLAGS}
# Words of a flag's instruction that ask for the crisis screen before anything else.
CRISIS_SCREEN_WORDS: Final = ("위기 선별", "위기선별", "위기 안전 확인", "crisis screen")
CRISIS_SCREEN_ID: Final = "crisis_safety_screen"  # console.instruments.safety.CRISIS_SCREEN_ID


def higher_risk(*tiers: str | None) -> str | None:
    """The highest known tier (unknown codes and None ignored); None when none is known."""
    known = [t for t in tiers if t in RISK_ORDER]
    return max(known, key=RISK_ORDER.__getitem__) if known else None


def higher_step(*steps: str) -> str:
    known = [s for s in steps if s in STEP_ORDER]
    return max(known, key=STEP_ORDER.index) if known else "none"


@dataclass(frozen=True)
class Recommendation:
    step: str  # what to recommend: the higher of the result's step and the case's floor
    result_step: str  # what the checklist alone recommends
    case_tier: str | None  # the case's known risk, shown beside the result
    flags: tuple[str, ...]  # active flag kinds of the case that set the floor
    raised: bool  # the case's knowledge raised the step above the result's


def recommend(
    result_step: str, case_tier: str | None, flag_kinds: Iterable[str] = ()
) -> Recommendation:
    """The next step for a checklist result, never below what the case already knows."""
    kinds = tuple(dict.fromkeys(k for k in flag_kinds if k in FLAG_FLOOR))
    floors = [TIER_FLOOR.get(case_tier or "", "none"), *(FLAG_FLOOR[k] for k in kinds)]
    floor = higher_step(*floors)
    if result_step not in STEP_ORDER:  # a step this code does not rank is kept unless a floor applies
        step = result_step if floor == "none" else floor
    else:
        step = higher_step(result_step, floor)
    raised = step != result_step
    return Recommendation(step=step, result_step=result_step, case_tier=case_tier,
                          flags=kinds, raised=raised)


def crisis_screen_first(flags: Iterable[tuple[str, str]]) -> bool:
    """(kind, instruction) of the active flags: does one of them put the crisis screen first?"""
    for kind, instruction in flags:
        text = instruction.casefold()
        if kind in SUICIDE_FLAGS or any(word in text for word in CRISIS_SCREEN_WORDS):
            return True
    return False


@dataclass(frozen=True)
class ContactResult:
    """One checklist result of the open contact: its risk tier and whether it carried a crisis answer."""

    risk: str | None
    crisis: bool = False


@dataclass(frozen=True)
class CallerRisk:
    tier: str | None  # what the pill shows
    source: str | None  # "contact": this contact's results; "case": the case's last risk; None: unknown
    case_tier: str | None  # the case's last risk (the card's), for "이전 평가" when it is higher


def caller_risk(case_tier: str | None, results: Sequence[ContactResult]) -> CallerRisk:
    """`results`: this contact's results, oldest first (by when each was last answered)."""
    assessed = [r for r in results if r.risk in RISK_ORDER]
    if not assessed:
        return CallerRisk(case_tier if case_tier in RISK_ORDER else None,
                          "case" if case_tier in RISK_ORDER else None, case_tier)
    crisis = [r.risk for r in assessed if r.crisis]
    return CallerRisk(higher_risk(assessed[-1].risk, *crisis), "contact", case_tier)


EndConcern = str  # "crisis" | "dispatch_open" | "note_unsaved" | "chat_open"


def end_concerns(
    *, crisis: bool, dispatch_open: bool, note_unsaved: bool, chat_open: bool = False
) -> tuple[EndConcern, ...]:
    """Why ending the call now must be asked first (empty: end at once), most serious first."""
    found: list[EndConcern] = []
    if crisis:
        found.append("crisis")
    if dispatch_open:
        found.append("dispatch_open")
    if note_unsaved:
        found.append("note_unsaved")
    if chat_open:
        found.append("chat_open")
    return tuple(found)
