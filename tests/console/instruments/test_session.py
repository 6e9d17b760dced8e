"""The guided session: branching, navigation, skip with a reason, progress, save and resume."""

from __future__ import annotations

import json

import pytest

from annyeong.console.instruments import InstrumentRun, InstrumentRunError, to_entry

from .support import shipped


def test_plan_and_means_are_only_asked_after_thoughts_of_suicide() -> None:
    screen = shipped("crisis_safety_screen")
    no = InstrumentRun(screen)
    no.answer(0)
    assert no.current is not None and no.current.id == "crisis_attempt_now"
    assert no.progress.total == 3
    yes = InstrumentRun(screen)
    yes.answer(1)
    assert yes.current is not None and yes.current.id == "crisis_plan"
    yes.answer(0)  # no plan: no timeframe question
    assert yes.current is not None and yes.current.id == "crisis_means"
    assert yes.progress.total == 5


def test_a_skipped_gate_question_asks_the_follow_up() -> None:
    session = InstrumentRun(shipped("crisis_safety_screen"))
    session.skip("declined")
    assert session.current is not None and session.current.id == "crisis_plan"


def test_navigation_back_forward_and_answer_by_key() -> None:
    session = InstrumentRun(shipped("ucla3_loneliness"))
    assert session.back() is False and session.forward() is False  # nothing answered yet
    session.answer_key(3)  # "자주 있다" = 3
    assert session.answer_for("ucla_companionship") == 3
    assert session.progress.position == 2 and session.progress.done == 1 and session.progress.total == 4
    assert session.back() is True
    assert session.current is not None and session.current.id == "ucla_companionship"
    assert session.forward() is True and session.forward() is False  # never past an unasked item
    with pytest.raises(InstrumentRunError) as excinfo:
        session.answer_key(9)
    assert excinfo.value.code == "invalid_key"
    with pytest.raises(InstrumentRunError):
        session.answer(7)
    with pytest.raises(InstrumentRunError):
        session.skip("because")  # type: ignore[arg-type]


def test_skip_with_reason_is_recorded_and_answering_clears_it() -> None:
    session = InstrumentRun(shipped("ucla3_loneliness"))
    session.skip("does_not_know")
    assert session.skip_reason_for("ucla_companionship") == "does_not_know"
    session.back()
    session.answer(2)
    assert session.skip_reason_for("ucla_companionship") is None
    assert session.answer_for("ucla_companionship") == 2


def test_changing_an_answer_reopens_new_branches_then_the_result() -> None:
    session = InstrumentRun(shipped("crisis_safety_screen"))
    for value in (0, 0, 0):  # thoughts no, attempt no, other no
        session.answer(value)
    assert session.current is None and session.complete
    session.back()
    session.back()
    session.back()
    session.answer(1)  # thoughts yes -> plan and means now need answers
    assert session.current is not None and session.current.id == "crisis_plan"
    assert not session.complete
    session.answer(0)
    session.answer(0)  # means
    assert session.current is not None and session.current.id == "crisis_attempt_now"  # already answered
    assert session.forward() and session.forward()
    assert session.current is None and session.complete


def test_hidden_answers_stay_out_of_the_result() -> None:
    session = InstrumentRun(shipped("crisis_safety_screen"))
    session.answer(1)
    session.answer(0)  # plan no
    session.back()
    session.back()
    session.answer(0)  # thoughts changed to no: plan is hidden again
    assert "crisis_plan" not in session.result().answers
    assert session.answer_for("crisis_plan") == 0  # kept as given


def test_save_and_resume_round_trip_through_json() -> None:
    djg = shipped("djg6_loneliness")
    session = InstrumentRun(djg)
    session.answer(3)
    session.skip("declined")
    session.answer(1)
    saved = json.loads(json.dumps(session.to_dict()))
    resumed = InstrumentRun.from_dict(djg, saved)
    assert resumed.to_dict() == session.to_dict()
    assert resumed.current == session.current and resumed.progress == session.progress
    for s in (session, resumed):
        s.answer(3)
        s.answer(1)
        s.answer(3)
    assert to_entry(resumed.result()) == to_entry(session.result())


def test_resume_at_the_result_with_open_questions_goes_to_the_first_open_one() -> None:
    ucla = shipped("ucla3_loneliness")
    saved = {**InstrumentRun(ucla).to_dict(), "answers": {"ucla_companionship": 2}, "position": None}
    resumed = InstrumentRun.from_dict(ucla, saved)
    assert resumed.current is not None and resumed.current.id == "ucla_left_out"


def test_resume_recomputes_a_crisis_lost_in_a_crash() -> None:
    screen = shipped("crisis_safety_screen")
    saved = {"format": 1, "instrument_id": "crisis_safety_screen", "version": screen.version,
             "answers": {"crisis_thoughts": 1, "crisis_plan": 1}, "skipped": {},
             "position": "crisis_timeframe", "crisis": []}
    resumed = InstrumentRun.from_dict(screen, saved)
    assert [r.rule for r in resumed.crisis] == ["suicide_plan"]


@pytest.mark.parametrize(("patch", "code"), [
    ({"version": "0.0.1"}, "instrument_mismatch"),
    ({"format": 9}, "unknown_format"),
    ({"answers": {"nope": 1}}, "bad_answer"),
    ({"answers": {"ucla_left_out": 9}}, "bad_answer"),
    ({"answers": {"ucla_left_out": True}}, "bad_answer"),
    ({"skipped": {"ucla_left_out": "bored"}}, "bad_skip"),
    ({"position": "nope"}, "bad_position"),
    ({"answers": []}, "bad_session"),
    ({"crisis": [{"instrument_id": "x", "item_id": "y", "rule": "made_up", "value": 1}]}, "bad_crisis"),
])
def test_a_saved_session_that_does_not_fit_is_refused(patch: dict[str, object], code: str) -> None:
    ucla = shipped("ucla3_loneliness")
    saved = {**InstrumentRun(ucla).to_dict(), **patch}
    with pytest.raises(InstrumentRunError) as excinfo:
        InstrumentRun.from_dict(ucla, saved)
    assert excinfo.value.code == code


def test_entry_payload_shape() -> None:
    session = InstrumentRun(shipped("lsns6"))
    for value in (1, 1, 1, 3, 3):
        session.answer(value)
    session.skip("interrupted")
    payload = to_entry(session.result())
    assert set(payload) >= {"instrument_id", "version", "answers", "skipped", "subscales", "total", "tier",
                            "next_step", "provisional", "crisis"}
    assert payload["skipped"] == {"lsns_friends_help": "interrupted"}
    assert payload["total"] is None and payload["subscales"]["family"] == {"score": 3, "tier": "limited",
                                                                           "risk": "moderate"}
    assert json.loads(json.dumps(payload)) == payload
