"""Seoul's 12-item self-test: one scale (그렇다 1 / 그렇지 않다 0) and one scoring, the same in the
console's checklist, the chatbot hand-off (server and simulator) and the referral prefill."""

from __future__ import annotations

import itertools
import random

from annyeong.console.domain import selftest
from annyeong.console.referrals.ops import checklist_text
from annyeong.server.sim import chat as sim_chat
from tests.console.instruments.support import run, shipped, shipped_data


def test_the_checklist_asks_the_same_two_point_scale_as_the_chatbot() -> None:
    data = shipped_data(selftest.INSTRUMENT_ID)
    assert [item["id"] for item in data["items"]] == list(selftest.ITEM_IDS)
    for item in data["items"]:
        options = {o["value"]: o["label"]["ko"] for o in item["options"]}
        assert options == selftest.LABELS, item["id"]
        assert item.get("reverse", False) == selftest.BY_ID[item["id"]].positive, item["id"]
    body = sim_chat.payload("010-1234-5678", None, random.Random(3))
    for answer in body["self_test"]["answers"]:
        assert answer["value"] in selftest.LABELS and answer["label"] == selftest.LABELS[answer["value"]]


def test_the_checklist_engine_scores_as_the_one_scoring_function() -> None:
    instrument = shipped(selftest.INSTRUMENT_ID)
    rng = random.Random(7)
    patterns = [[rng.randint(0, 1) for _ in range(12)] for _ in range(60)]
    patterns += [[v] * 12 for v in (0, 1)]
    for values in patterns:
        answers = dict(zip(selftest.ITEM_IDS, values, strict=True))
        result = run(instrument, dict(answers)).result()
        assert result is not None and result.complete
        assert result.total == selftest.score(answers).total, values


def test_all_twelve_answered_is_complete_and_worded() -> None:
    answers = dict(zip(selftest.ITEM_IDS, [1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1], strict=True))
    result = selftest.score(answers)
    # 그렇다 to q1, q2 (negative statements); 그렇지 않다 to q4, q7, q11 (positive ones).
    assert (result.total, result.relationship, result.daily_life) == (5, 3, 2)
    assert result.complete and result.answered == 12
    expected = "12문항 중 5문항이 외로움·고립 쪽 응답 (관계 단절 3/5 · 일상생활 2/7)"
    assert selftest.result_text(result) == expected
    partial = selftest.score({"q1": 1, "q2": 0})
    assert not partial.complete and "2문항만 답함" in selftest.result_text(partial)


def test_the_referral_prefill_says_the_result_not_a_partial_answer() -> None:
    answers = dict(zip(selftest.ITEM_IDS, [1] * 3 + [0] * 9, strict=True))
    session = run(shipped(selftest.INSTRUMENT_ID), dict(answers))
    result = session.result()
    assert result is not None and result.provisional and result.complete
    payload = {"instrument_id": selftest.INSTRUMENT_ID, "answers": result.answers, "total": result.total,
               "tier": result.tier, "risk": result.risk, "provisional": result.provisional,
               "complete": result.complete}
    text = checklist_text(payload)
    assert text == ("외로움·고립 자가진단 (서울시 12문항): "
                    "12문항 중 12문항이 외로움·고립 쪽 응답 (관계 단절 5/5 · 일상생활 7/7)")
    assert "일부만 답함" not in text
    other = {"instrument_id": "ucla3_loneliness", "total": 7, "provisional": True, "complete": True}
    assert "일부만 답함" not in checklist_text(other)
    assert "일부만 답함" in checklist_text({**other, "complete": False})


def test_every_answer_pattern_counts_within_its_sections() -> None:
    for values in itertools.islice(itertools.product((0, 1), repeat=12), 0, 4096, 97):
        result = selftest.score(dict(zip(selftest.ITEM_IDS, values, strict=True)))
        assert 0 <= result.relationship <= 5 and 0 <= result.daily_life <= 7
        assert result.total == result.relationship + result.daily_life
