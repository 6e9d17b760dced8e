"""The rules of console/domain/risk.py, on plain values: what a contact's risk pill shows, the floor the
case's knowledge sets on a checklist's recommendation, the crisis screen first, and when ending asks."""

from __future__ import annotations

import pytest

from annyeong.console.domain.risk import (
    STEP_ORDER,
    ContactResult,
    caller_risk,
    crisis_screen_first,
    end_concerns,
    higher_risk,
    recommend,
)


def test_higher_risk_ignores_the_unknown() -> None:
    assert higher_risk(None, "low", "high", "moderate") == "high"
    assert higher_risk(None, "bogus") is None
    assert higher_risk("imminent", "none") == "imminent"


def test_the_pill_follows_the_newest_result_of_the_contact_else_the_case() -> None:
    assert caller_risk("high", []).tier == "high"
    assert caller_risk("high", []).source == "case"
    assert caller_risk(None, []).tier is None and caller_risk(None, []).source is None
    calmer = caller_risk("high", [ContactResult("moderate")])
    assert (calmer.tier, calmer.source, calmer.case_tier) == ("moderate", "contact", "high")
    raised = caller_risk(None, [ContactResult("low"), ContactResult("imminent", crisis=True)])
    assert raised.tier == "imminent"
    # Nothing scored yet in this contact: the case's tier still speaks.
    assert caller_risk("high", [ContactResult(None)]).tier == "high"


def test_a_crisis_answer_of_the_contact_stays_on_the_pill() -> None:
    later_calm = caller_risk("low", [ContactResult("imminent", crisis=True), ContactResult("moderate")])
    assert later_calm.tier == "imminent"


@pytest.mark.parametrize(
    ("result_step", "case_tier", "flags", "step", "raised"),
    [
        # The defect seen: a flagged, high-risk caller got 돌봄동행단 from a loneliness checklist.
        ("refer_care_companion", "high", ["suicide_risk"], "refer_mental_health", True),
        ("refer_care_companion", "high", [], "refer_prevention_center", True),
        ("none", "moderate", [], "refer_care_companion", True),
        ("further_conversation", "imminent", [], "refer_mental_health", True),
        ("none", "low", ["self_harm_history"], "refer_mental_health", True),
        # Never lower than the result, and a case that knows nothing changes nothing.
        ("emergency", "high", ["suicide_risk"], "emergency", False),
        ("refer_prevention_center", "moderate", [], "refer_prevention_center", False),
        ("refer_care_companion", None, [], "refer_care_companion", False),
        ("none", "low", ["abusive_caller"], "none", False),
    ],
)
def test_a_result_never_recommends_less_than_the_case_knows(
    result_step: str, case_tier: str | None, flags: list[str], step: str, raised: bool
) -> None:
    advice = recommend(result_step, case_tier, flags)
    assert (advice.step, advice.raised, advice.result_step) == (step, raised, result_step)
    assert STEP_ORDER.index(advice.step) >= STEP_ORDER.index(result_step)
    assert advice.case_tier == case_tier
    assert set(advice.flags) <= {"suicide_risk", "self_harm_history"}


def test_a_step_this_code_does_not_rank_is_kept_unless_a_floor_applies() -> None:
    assert recommend("call_the_guardian", None).step == "call_the_guardian"
    assert recommend("call_the_guardian", "high").step == "refer_prevention_center"


def test_the_crisis_screen_comes_first_for_suicide_flags_or_when_a_flag_says_so() -> None:
    assert crisis_screen_first([("suicide_risk", "")])
    assert crisis_screen_first([("self_harm_history", "자해 이력 있음")])
    assert crisis_screen_first([("vulnerable_elderly", "재연락 시 위기 선별 먼저 할 것")])
    assert crisis_screen_first([("safeguarding", "Run the crisis screen first")])
    assert not crisis_screen_first([("vulnerable_elderly", "주민센터 방문 확인 결과부터 물어볼 것")])
    assert not crisis_screen_first([])


def test_ending_asks_for_each_concern_most_serious_first() -> None:
    assert end_concerns(crisis=False, dispatch_open=False, note_unsaved=False) == ()
    assert end_concerns(crisis=True, dispatch_open=True, note_unsaved=True) == (
        "crisis", "dispatch_open", "note_unsaved")
    assert end_concerns(crisis=False, dispatch_open=False, note_unsaved=True) == ("note_unsaved",)
