"""Scoring of each shipped instrument against hand-computed vectors, every cut-off at and just below."""

from __future__ import annotations

import pytest

from annyeong.console.instruments import Instrument, InstrumentRun

from .support import run, shipped

UCLA = ["ucla_companionship", "ucla_left_out", "ucla_isolated"]
LSNS = ["lsns_family_contact", "lsns_family_private", "lsns_family_help",
        "lsns_friends_contact", "lsns_friends_private", "lsns_friends_help"]
# DJG values: 3 = yes, 2 = more or less, 1 = no. Emotional items lonely on 3/2; social (reversed) on 2/1.
DJG_ORDER = ["djg_emptiness", "djg_rely", "djg_trust", "djg_miss_people", "djg_close", "djg_rejected"]


def answers(ids: list[str], values: list[int]) -> dict[str, int | str]:
    return dict(zip(ids, values, strict=True))


@pytest.mark.parametrize(("values", "total", "tier"), [
    ([1, 1, 1], 3, "not_lonely"),
    ([2, 2, 1], 5, "not_lonely"),  # just below the 6 convention
    ([2, 2, 2], 6, "lonely"),       # at it
    ([3, 3, 3], 9, "lonely"),
])
def test_ucla3_sum_and_convention_cut_off(values: list[int], total: int, tier: str) -> None:
    ucla = shipped("ucla3_loneliness")
    result = run(ucla, {**answers(UCLA, values), "ons_direct_lonely": 5}).result()
    assert (result.total, result.tier) == (total, tier)
    assert result.provisional is True  # the cut-off is a convention, not official
    assert result.answers["ons_direct_lonely"] == 5  # recorded, never added to the total


def test_ucla3_any_missing_item_leaves_no_score() -> None:
    result = run(shipped("ucla3_loneliness"), {"ucla_companionship": 3, "ucla_left_out": 3}).result()
    assert result.total is None and result.tier is None
    assert result.next_step == "further_conversation"
    assert result.skipped == {"ucla_isolated": "other", "ons_direct_lonely": "other"}


@pytest.mark.parametrize(("values", "total", "tier", "step"), [
    ([0, 0, 0, 0, 0, 0], 0, "at_risk", "refer_prevention_center"),
    ([2, 2, 2, 2, 2, 1], 11, "at_risk", "refer_prevention_center"),  # just below 12
    ([2, 2, 2, 2, 2, 2], 12, "not_at_risk", "none"),                 # at 12
    ([5, 5, 5, 5, 5, 5], 30, "not_at_risk", "none"),
])
def test_lsns6_total_below_12_is_at_risk(values: list[int], total: int, tier: str, step: str) -> None:
    result = run(shipped("lsns6"), answers(LSNS, values)).result()
    assert (result.total, result.tier, result.next_step) == (total, tier, step)


@pytest.mark.parametrize(("family", "friends", "family_tier", "friends_tier"), [
    ([2, 2, 1], [2, 2, 2], "limited", "not_limited"),   # 5 vs 6: just below and at the subscale cut-off
    ([0, 0, 0], [5, 0, 0], "limited", "limited"),
    ([5, 1, 0], [0, 1, 5], "not_limited", "not_limited"),
])
def test_lsns6_subscales(family: list[int], friends: list[int], family_tier: str, friends_tier: str) -> None:
    result = run(shipped("lsns6"), answers(LSNS, family + friends)).result()
    assert result.subscales["family"].score == sum(family)
    assert result.subscales["friends"].score == sum(friends)
    assert (result.subscales["family"].tier, result.subscales["friends"].tier) == (family_tier, friends_tier)


def test_lsns6_a_skip_leaves_the_total_and_that_subscale_empty() -> None:
    result = run(shipped("lsns6"), answers(LSNS[:5], [5, 5, 5, 5, 5])).result()
    assert result.total is None
    assert result.subscales["family"].score == 15 and result.subscales["friends"].score is None


@pytest.mark.parametrize(("values", "total", "tier", "emotional", "social"), [
    # not lonely: emotional "no", social "yes"
    ([1, 3, 3, 1, 3, 1], 0, "not_lonely", 0, 0),
    ([2, 3, 3, 1, 3, 1], 1, "not_lonely", 1, 0),        # just below 2; "more or less" counts as lonely
    ([1, 2, 3, 1, 3, 2], 2, "moderately_lonely", 1, 1),  # at 2; social "more or less" counts too
    ([3, 1, 1, 3, 3, 1], 4, "moderately_lonely", 2, 2),  # just below 5
    ([3, 1, 1, 3, 1, 1], 5, "severely_lonely", 2, 3),   # at 5
    ([3, 1, 1, 3, 1, 3], 6, "severely_lonely", 3, 3),
])
def test_djg6_dichotomised_reverse_keyed(
    values: list[int], total: int, tier: str, emotional: int, social: int
) -> None:
    result = run(shipped("djg6_loneliness"), answers(DJG_ORDER, values)).result()
    assert (result.total, result.tier) == (total, tier)
    assert result.subscales["emotional"].score == emotional
    assert result.subscales["social"].score == social
    assert result.subscales["emotional"].tier == ("lonely" if emotional >= 1 else "not_lonely")
    assert result.provisional is False


def test_djg6_missing_data_rules() -> None:
    djg = shipped("djg6_loneliness")
    one_missing = run(djg, answers(DJG_ORDER[:5], [3, 1, 1, 3, 1])).result()  # rejected skipped
    assert one_missing.total == 5 and one_missing.tier == "severely_lonely"  # total kept with 1 missing
    assert one_missing.subscales["emotional"].score is None  # a subscale needs all of its items
    assert one_missing.subscales["social"].score == 3
    two_missing = run(djg, answers(DJG_ORDER[:4], [3, 1, 1, 3])).result()
    assert two_missing.total is None and two_missing.tier is None


@pytest.mark.parametrize(
    ("value", "tier"), [(0, "not_at_all"), (1, "positive"), (2, "positive"), (3, "positive")]
)
def test_phq9_item9(value: int, tier: str) -> None:
    result = run(shipped("phq9_item9"), {"phq9_item9": value}).result()
    assert (result.total, result.tier) == (value, tier)
    assert bool(result.crisis) is (value >= 1)
    assert result.next_step == ("emergency" if value >= 1 else "none")


def test_seoul_selftest_counts_risk_answers_provisionally_without_a_tier() -> None:
    seoul = shipped("seoul_isolation_selftest_12")
    # q1-q3 "그렇다" (1) = risk; q4-q12 are reversed, so "그렇지 않다" (0) = risk.
    values = {f"q{n}": 1 for n in range(1, 13)}
    result = run(seoul, dict(values)).result()
    assert result.total == 3 and result.subscales["relationship"].score == 3
    assert result.subscales["daily_life"].score == 0
    assert result.tier is None and result.risk is None  # cut-offs are not public: never invented
    assert result.next_step == "further_conversation" and result.provisional is True
    worst = run(seoul, {**{f"q{n}": 0 for n in range(1, 13)}, "q1": 1, "q2": 1, "q3": 1}).result()
    assert worst.total == 12


def test_seoul_items_are_verbatim_from_the_public_page() -> None:
    from annyeong.console.domain import selftest

    seoul = shipped("seoul_isolation_selftest_12")
    assert [(i.id, i.script.ko) for i in seoul.items] == [(i.id, i.text) for i in selftest.ITEMS]
    assert [i.reverse for i in seoul.items] == [i.positive for i in selftest.ITEMS]


def test_prorating_and_running_total_on_a_synthetic_instrument() -> None:
    from .support import synthetic

    inst = Instrument.model_validate(synthetic())
    session = InstrumentRun(inst)
    session.answer(3)
    session.answer(3)
    assert session.running_total == 6
    session.skip("declined")
    session.answer(1)
    result = session.result()
    assert result.total == round(7 * 4 / 3, 4) and result.tier == "high"  # 9.3333 prorated from 3 of 4
    reverse = run(inst, {"i1": 0, "i2": 0, "i3": 0, "i4": 0}).result()
    assert reverse.total == 3 and reverse.tier == "low"  # i3 reversed: 0 scores 3


CRISIS_SCORED = [
    "crisis_thoughts", "crisis_plan", "crisis_means", "crisis_attempt_now", "crisis_other_danger",
]


def test_crisis_screen_all_no_scores_zero_and_asks_only_the_always_asked() -> None:
    screen = shipped("crisis_safety_screen")
    session = run(screen, {"crisis_thoughts": 0, "crisis_attempt_now": 0, "crisis_other_danger": 0})
    result = session.result()
    assert (result.total, result.tier, result.risk) == (0, "no_risk_reported", "none")
    assert result.next_step == "further_conversation" and not result.crisis
    assert sorted(result.answers) == ["crisis_attempt_now", "crisis_other_danger", "crisis_thoughts"]
    assert result.skipped == {}, "plan, means and timeframe stay hidden after thoughts = no"


def test_crisis_screen_a_skipped_gate_still_asks_plan_and_means() -> None:
    screen = shipped("crisis_safety_screen")
    # thoughts skipped: the follow-ups are asked (safer than hiding them); everything else "no".
    result = run(screen, {"crisis_thoughts": "declined", "crisis_plan": 0, "crisis_means": 0,
                          "crisis_attempt_now": 0, "crisis_other_danger": 0}).result()
    assert result.skipped == {"crisis_thoughts": "declined"}
    assert {"crisis_plan", "crisis_means"} <= set(result.answers)
    assert "crisis_timeframe" not in result.answers and "crisis_timeframe" not in result.skipped
    assert (result.total, result.tier) == (0, "no_risk_reported")
    assert result.crisis_unanswered == ("crisis_thoughts",)


@pytest.mark.parametrize(("answered", "total", "tier"), [
    ({"crisis_other_danger": 0}, 0, "no_risk_reported"),   # 4 of 5 scored items missing: still scored
    ({"crisis_thoughts": 1}, 1, "risk_reported"),          # the 1 boundary, plan and means skipped
    ({}, None, None),                                      # 5 of 5 missing: more than max_missing 4
])
def test_crisis_screen_max_missing_is_four(answered: dict[str, int | str], total: int | None,
                                           tier: str | None) -> None:
    screen = shipped("crisis_safety_screen")
    assert screen.scoring is not None and screen.scoring.max_missing == 4
    assert screen.scoring.items == CRISIS_SCORED
    result = run(screen, dict(answered)).result()
    assert (result.total, result.tier) == (total, tier)
    assert result.next_step == ("refer_mental_health" if tier == "risk_reported" else "further_conversation")
