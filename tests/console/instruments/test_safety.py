"""Safety rules fire from every crisis item, with every file, and a data file cannot switch them off."""

from __future__ import annotations

from pathlib import Path

import pytest

from annyeong.console.instruments import (
    Instrument,
    InstrumentRun,
    Unavailable,
    crisis_from_saved,
    load_file,
    safety,
    to_entry,
)

from .support import SHIPPED, run, shipped, shipped_data, synthetic, write

SCREEN_RULES = {
    "crisis_plan": "suicide_plan", "crisis_means": "suicide_means",
    "crisis_attempt_now": "attempt_in_progress", "crisis_other_danger": "other_in_danger",
}


def test_the_built_in_rules_cover_every_crisis_item_of_the_issue() -> None:
    assert dict(safety.BUILT_IN_RULES) == {**SCREEN_RULES, "phq9_item9": "phq9_item9_positive"}


@pytest.mark.parametrize("item_id", sorted(SCREEN_RULES))
def test_each_crisis_screen_item_raises_the_emergency_path(item_id: str) -> None:
    screen = shipped("crisis_safety_screen")
    answers: dict[str, int | str] = {i.id: 0 for i in screen.items}
    answers["crisis_thoughts"] = 1  # opens plan and means
    answers["crisis_timeframe"] = 1
    answers[item_id] = 1
    if item_id == "crisis_plan":
        answers["crisis_timeframe"] = 3
    session = InstrumentRun(screen)
    raised = []
    while session.current is not None:
        value = answers[session.current.id]
        assert isinstance(value, int)
        found = session.answer(value)
        if found is not None:
            raised.append(found)
    assert [(r.item_id, r.rule) for r in raised] == [(item_id, SCREEN_RULES[item_id])]
    result = session.result()
    assert result.next_step == "emergency" and result.risk == "imminent"
    assert to_entry(result)["crisis"] == [{"instrument_id": "crisis_safety_screen", "item_id": item_id,
                                           "rule": SCREEN_RULES[item_id], "value": 1}]


def test_thoughts_alone_refer_to_mental_health_not_emergency() -> None:
    result = run(shipped("crisis_safety_screen"), {
        "crisis_thoughts": 1, "crisis_plan": 0, "crisis_means": 0, "crisis_attempt_now": 0,
        "crisis_other_danger": 0,
    }).result()
    assert result.crisis == () and result.tier == "risk_reported"
    assert result.next_step == "refer_mental_health"


@pytest.mark.parametrize("value", [1, 2, 3])
def test_phq9_item9_any_positive_answer_raises(value: int) -> None:
    session = InstrumentRun(shipped("phq9_item9"))
    raised = session.answer(value)
    assert raised is not None and raised.rule == "phq9_item9_positive" and raised.value == value


def test_a_file_that_downgrades_the_tiers_cannot_stop_the_rule(tmp_path: Path) -> None:
    data = shipped_data("phq9_item9")
    for tier in data["tiers"]:
        tier["risk"], tier["next_step"] = "none", "none"
    entry = load_file(write(tmp_path, "phq9_item9.json", data))
    assert not isinstance(entry, Unavailable), entry
    result = run(entry.instrument, {"phq9_item9": 1}).result()
    assert result.tier == "positive" and result.next_step == "emergency" and result.risk == "high"


@pytest.mark.parametrize("item_id", sorted(SCREEN_RULES))
def test_a_file_that_hides_or_gates_a_crisis_item_on_no_is_rejected(tmp_path: Path, item_id: str) -> None:
    data = shipped_data("crisis_safety_screen")
    item = next(i for i in data["items"] if i["id"] == item_id)
    item["show_if"] = [{"item": "crisis_thoughts", "any_of": [0]}]
    entry = load_file(write(tmp_path, "crisis_safety_screen.json", data))
    assert getattr(entry, "code", None) == "crisis_items"
    assert item_id in entry.reason  # type: ignore[union-attr]


@pytest.mark.parametrize("item_id", sorted(safety.REQUIRED_ITEMS["crisis_safety_screen"]))
def test_renaming_or_removing_a_crisis_item_makes_the_file_unavailable(tmp_path: Path, item_id: str) -> None:
    data = shipped_data("crisis_safety_screen")
    renamed = next(i for i in data["items"] if i["id"] == item_id)
    renamed["id"] = item_id + "_renamed"
    for other in data["items"]:
        for cond in other.get("show_if", []):
            if cond["item"] == item_id:
                cond["item"] = renamed["id"]
    if data.get("scoring") and item_id in data["scoring"]["items"]:
        data["scoring"]["items"] = [renamed["id"] if i == item_id else i for i in data["scoring"]["items"]]
    entry = load_file(write(tmp_path, "crisis_safety_screen.json", data))
    assert getattr(entry, "code", None) in {"crisis_items", "invalid_instrument"}
    assert item_id in entry.reason  # type: ignore[union-attr]
    # ... and the rule still fires on the ids it knows, with no file at all.
    if item_id in safety.BUILT_IN_RULES:
        assert safety.check_answers({item_id: 1}, instrument_id="crisis_safety_screen")


def test_recoding_a_yes_no_crisis_item_is_rejected(tmp_path: Path) -> None:
    data = shipped_data("crisis_safety_screen")
    plan = next(i for i in data["items"] if i["id"] == "crisis_plan")
    plan["options"].append({"value": 2, "label": {"ko": "모름", "en": "Unsure"}, "key": 3})
    entry = load_file(write(tmp_path, "crisis_safety_screen.json", data))
    assert getattr(entry, "code", None) == "crisis_items" and "crisis_plan" in entry.reason  # type: ignore[union-attr]


def test_phq9_removed_item_is_unavailable(tmp_path: Path) -> None:
    data = shipped_data("phq9_item9")
    data["items"][0]["id"] = "item9"
    data["scoring"]["items"] = ["item9"]
    entry = load_file(write(tmp_path, "phq9_item9.json", data))
    assert getattr(entry, "code", None) == "crisis_items" and "phq9_item9" in entry.reason  # type: ignore[union-attr]


def test_built_in_ids_fire_in_any_instrument_and_files_can_add_flags() -> None:
    data = synthetic()
    data["items"][0]["id"] = "crisis_other_danger"
    data["items"][0]["options"] = [
        {"value": v, "label": {"ko": str(v), "en": str(v)}, "key": v + 1} for v in (0, 1)
    ]
    data["scoring"]["items"][0] = "crisis_other_danger"
    data["items"][1]["crisis"] = {"at_or_above": 3}
    inst = Instrument.model_validate(data)
    session = InstrumentRun(inst)
    first = session.answer(1)
    assert first is not None and first.rule == "other_in_danger"
    assert session.answer(2) is None
    session.back()
    flagged = session.answer(3)
    assert flagged is not None and flagged.rule == "instrument_flag" and flagged.item_id == "i2"


def test_a_crisis_stays_raised_when_the_answer_is_changed() -> None:
    session = InstrumentRun(shipped("crisis_safety_screen"))
    session.answer(1)  # thoughts
    assert session.answer(1) is not None  # plan
    session.back()
    session.answer(0)  # plan changed to no: the emergency path has already started
    assert [r.item_id for r in session.crisis] == ["crisis_plan"]
    assert session.result().next_step == "emergency"


def test_skipped_crisis_items_are_reported() -> None:
    result = run(shipped("crisis_safety_screen"), {"crisis_thoughts": 0, "crisis_other_danger": 0}).result()
    assert result.crisis_unanswered == ("crisis_attempt_now",)


def test_crises_are_found_in_a_saved_session_without_its_file() -> None:
    saved = {"instrument_id": "crisis_safety_screen", "answers": {"crisis_thoughts": 1, "crisis_means": 1},
             "crisis": [{"bad": "record"}]}
    found = crisis_from_saved(saved)
    assert [(r.item_id, r.rule) for r in found] == [("crisis_means", "suicide_means")]
    assert crisis_from_saved({"answers": "garbage"}) == ()


def test_every_shipped_file_passes_the_safety_check() -> None:
    for path in SHIPPED.glob("*.json"):
        if path.name != "schema.json":
            entry = load_file(path)
            assert not isinstance(entry, Unavailable), entry


@pytest.mark.parametrize("item_id", ["crisis_other_danger", "crisis_attempt_now"])
def test_a_positive_that_is_not_about_suicidal_thoughts_is_not_described_as_one(item_id: str) -> None:
    """P2: the crisis screen's tier meaning is neutral (the result card puts the crisis line first)."""
    screen = shipped("crisis_safety_screen")
    answers: dict[str, int | str] = {"crisis_thoughts": 0, "crisis_attempt_now": 0, "crisis_other_danger": 0}
    answers[item_id] = 1
    result = run(screen, answers).result()
    assert result.risk == "imminent" and result.next_step == "emergency"
    tier = next(t for t in screen.tiers if t.id == result.tier)
    assert "자살에 관한 생각" not in tier.meaning.ko and "thoughts of suicide" not in tier.meaning.en.lower()
    assert "생각이 있다고 답" not in tier.meaning.ko, "it must not say what was not answered"
    assert "위험하다는 답" in tier.meaning.ko
