"""Crisis safety rules, as code on purpose.

Instrument files are data an organisation can edit; the rules that keep a person alive must not depend
on them. These rules fire on stable item ids whatever a file says (a file may ADD a crisis flag to its own
items, never remove one of these), and they work on bare answers, so they still fire for a saved session
whose instrument file has since become unavailable. There is no switch to turn them off.

Built-in rules (shared/reference/instruments.md §2.6, §3.7 "Safety rules"): a positive answer on
suicide plan, suicide means, an attempt in progress, someone else in danger, or PHQ-9 item 9 >= 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from annyeong.console.instruments.model import Instrument

CrisisRule = Literal[
    "suicide_plan", "suicide_means", "attempt_in_progress", "other_in_danger", "phq9_item9_positive",
    "instrument_flag",
]

# Stable ids. Renaming one in a data file cannot rename it here: the file is rejected instead.
THOUGHTS: Final = "crisis_thoughts"
PLAN: Final = "crisis_plan"
TIMEFRAME: Final = "crisis_timeframe"
MEANS: Final = "crisis_means"
ATTEMPT_NOW: Final = "crisis_attempt_now"
OTHER_IN_DANGER: Final = "crisis_other_danger"
PHQ9_ITEM9: Final = "phq9_item9"

CRISIS_SCREEN_ID: Final = "crisis_safety_screen"
PHQ9_ITEM9_INSTRUMENT_ID: Final = "phq9_item9"

# Positive = any answer value >= 1. Files must code "no" / "not at all" as 0 for these ids (checked on load),
# so the rule never depends on a label.
BUILT_IN_RULES: Final[Mapping[str, CrisisRule]] = {
    PLAN: "suicide_plan",
    MEANS: "suicide_means",
    ATTEMPT_NOW: "attempt_in_progress",
    OTHER_IN_DANGER: "other_in_danger",
    PHQ9_ITEM9: "phq9_item9_positive",
}
YES_NO_IDS: Final = frozenset({THOUGHTS, PLAN, MEANS, ATTEMPT_NOW, OTHER_IN_DANGER})
# Items that must never be hidden behind a show_if: the question has to be asked of everyone screened.
ALWAYS_ASKED: Final = frozenset({THOUGHTS, ATTEMPT_NOW, OTHER_IN_DANGER, PHQ9_ITEM9})
# Items whose only allowed gate is the one given (plan/means only after thoughts of suicide, and so on).
ALLOWED_GATES: Final[Mapping[str, frozenset[str]]] = {
    PLAN: frozenset({THOUGHTS}),
    MEANS: frozenset({THOUGHTS, PLAN}),
    TIMEFRAME: frozenset({THOUGHTS, PLAN}),
}
REQUIRED_ITEMS: Final[Mapping[str, tuple[str, ...]]] = {
    CRISIS_SCREEN_ID: (THOUGHTS, PLAN, TIMEFRAME, MEANS, ATTEMPT_NOW, OTHER_IN_DANGER),
    PHQ9_ITEM9_INSTRUMENT_ID: (PHQ9_ITEM9,),
}
KNOWN_IDS: Final = frozenset(BUILT_IN_RULES) | YES_NO_IDS | {TIMEFRAME}
# The risk a raised rule implies at least. PHQ-9 item 9 alone calls for a structured assessment, not
# dispatch, so it is "high"; the others mean danger now.
RULE_RISK: Final[Mapping[CrisisRule, str]] = {
    "suicide_plan": "imminent", "suicide_means": "imminent", "attempt_in_progress": "imminent",
    "other_in_danger": "imminent", "phq9_item9_positive": "high", "instrument_flag": "high",
}


@dataclass(frozen=True)
class CrisisRaised:
    """A crisis answer: which item, which rule. The core opens the emergency path on it."""

    instrument_id: str
    item_id: str
    rule: CrisisRule
    value: int

    def to_dict(self) -> dict[str, str | int]:
        return {"instrument_id": self.instrument_id, "item_id": self.item_id, "rule": self.rule,
                "value": self.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CrisisRaised:
        keys = ("instrument_id", "item_id", "rule", "value")
        instrument_id, item_id, rule, value = (data.get(k) for k in keys)
        if not (isinstance(instrument_id, str) and isinstance(item_id, str) and isinstance(value, int)):
            raise ValueError("crisis record: bad field")
        if rule not in (*BUILT_IN_RULES.values(), "instrument_flag"):
            raise ValueError("crisis record: unknown rule")
        return cls(instrument_id, item_id, rule, value)


def check_answer(
    item_id: str, value: int, *, instrument_id: str, instrument: Instrument | None = None
) -> CrisisRaised | None:
    """The crisis raised by one answer, if any. Built-in rules first; `instrument` only adds its flags."""
    rule = BUILT_IN_RULES.get(item_id)
    if rule is not None and value >= 1:
        return CrisisRaised(instrument_id, item_id, rule, value)
    if instrument is not None:
        item = instrument.item(item_id)
        if item is not None and item.crisis is not None and value >= item.crisis.at_or_above:
            return CrisisRaised(instrument_id, item_id, "instrument_flag", value)
    return None


def check_answers(
    answers: Mapping[str, int], *, instrument_id: str, instrument: Instrument | None = None
) -> tuple[CrisisRaised, ...]:
    """Every crisis in a set of answers; works without the instrument file (built-in rules only)."""
    raised = (
        check_answer(i, v, instrument_id=instrument_id, instrument=instrument) for i, v in answers.items()
    )
    return tuple(r for r in raised if r is not None)


def verify(instrument: Instrument) -> str | None:
    """Why this instrument may not be used for safety reasons, or None. Names the item and the problem."""
    ids = {item.id for item in instrument.items}
    for required in REQUIRED_ITEMS.get(instrument.id, ()):
        if required not in ids:
            return f"item {required!r}: required crisis item is missing (renamed or removed)"
    for item in instrument.items:
        if item.id not in KNOWN_IDS:
            continue
        values = {o.value for o in item.options}
        if item.id in YES_NO_IDS and values != {0, 1}:
            return f"item {item.id!r}: crisis item must offer exactly the values 0 (no) and 1 (yes)"
        if item.id == PHQ9_ITEM9 and values != {0, 1, 2, 3}:
            return f"item {item.id!r}: PHQ-9 item 9 must offer the values 0-3"
        if item.id in ALWAYS_ASKED and item.show_if:
            return f"item {item.id!r}: crisis item must always be asked (no show_if)"
        gates = {cond.item for cond in item.show_if}
        allowed = ALLOWED_GATES.get(item.id)
        if allowed is not None and not gates <= allowed:
            return f"item {item.id!r}: show_if may only depend on {sorted(allowed)}"
        for cond in item.show_if:
            # Gating on "no" would hide the follow-up from exactly the people who need it.
            if cond.item in YES_NO_IDS and cond.any_of != [1]:
                return f"item {item.id!r}: show_if on {cond.item!r} must be any_of [1] (yes)"
    return None
