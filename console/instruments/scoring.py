"""Scores and tiers from answers. Pure functions: the session and the tests call the same code."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from annyeong.console.instruments.model import Instrument, Item, Scoring, Tier, score_range


@dataclass(frozen=True)
class ScaleScore:
    score: float | None  # None: too many items missing (or none answered)
    tier: Tier | None
    asked: int  # items of the scale that were shown (hidden by show_if: not asked, not missing)
    answered: int


def visible_items(
    instrument: Instrument, answers: Mapping[str, int], skipped: Mapping[str, str]
) -> list[Item]:
    """Items in order whose show_if holds.

    A condition on a skipped item counts as holding: when the gate question could not be answered it is
    safer to ask the follow-up (the counselor can skip it too) than to hide it.
    """
    shown: list[Item] = []
    for item in instrument.items:
        if all(_holds(c.item, c.any_of, answers, skipped) for c in item.show_if):
            shown.append(item)
    return shown


def _holds(
    item_id: str, any_of: Sequence[int], answers: Mapping[str, int], skipped: Mapping[str, str]
) -> bool:
    if item_id in skipped:
        return True
    return item_id in answers and answers[item_id] in any_of


def score_scale(
    scoring: Scoring, tiers: Sequence[Tier], instrument: Instrument, visible: Sequence[Item],
    answers: Mapping[str, int],
) -> ScaleScore:
    shown = {i.id: i for i in visible}
    asked = [shown[i] for i in scoring.items if i in shown]
    given = [(item, answers[item.id]) for item in asked if item.id in answers]
    if not given or len(asked) - len(given) > scoring.max_missing:
        return ScaleScore(None, None, len(asked), len(given))
    keyed = [item.keyed(value) for item, value in given]
    if scoring.method == "mean":
        score = sum(keyed) / len(keyed)
    else:
        if scoring.method == "sum":
            raw = float(sum(keyed))
        else:
            assert scoring.threshold is not None  # the model guarantees it for this method
            raw = float(sum(1 for v in keyed if v >= scoring.threshold))
        if scoring.missing == "prorate" and len(given) < len(asked):
            low, high = score_range(scoring, instrument.items)
            raw = min(max(raw * len(asked) / len(given), low), high)
        score = raw
    score = round(score, 4)  # so 2/3 + 1/3 style float noise never moves a score across a cut-off
    return ScaleScore(score, tier_for(tiers, score), len(asked), len(given))


def tier_for(tiers: Sequence[Tier], score: float) -> Tier | None:
    """The tier whose range holds the score: the last one starting at or below it."""
    found: Tier | None = None
    for tier in tiers:
        if score >= tier.at_least:
            found = tier
    return found


def running_total(
    instrument: Instrument, visible: Sequence[Item], answers: Mapping[str, int]
) -> float | None:
    """The total so far, ignoring missing-data rules: what the counselor sees while asking."""
    if instrument.scoring is None:
        return None
    partial = instrument.scoring.model_copy(update={"max_missing": len(instrument.scoring.items) - 1,
                                                      "missing": "score_answered"})
    return score_scale(partial, [], instrument, visible, answers).score
