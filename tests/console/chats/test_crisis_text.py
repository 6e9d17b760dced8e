"""The crisis-expression rule on what a person writes in a chat: the shipped list, spacing and punctuation
variants, the everyday intensifiers it must leave alone, and a broken list file never silencing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annyeong.console.domain.crisis_text import (
    CATEGORY_RULE,
    CrisisExpressions,
    load,
    normalise,
    person_crisis,
)

LIST = load()

NOISE = st.text(alphabet=" \t\u200b.,!?~…ㅠㅜ-_·'\"", max_size=3)
SAFE_TEXT = st.text(alphabet="abc xyz 0123456789 가나다라마바사아 오늘 날씨 밥", max_size=30)


def test_the_shipped_list_loads_and_every_category_raises_a_crisis_rule() -> None:
    assert LIST.problem is None, LIST.detail
    assert {e.category for e in LIST.expressions} == set(CATEGORY_RULE)
    assert all(CATEGORY_RULE[e.category] for e in LIST.expressions)


@pytest.mark.parametrize(("text", "expression"), [
    ("요즘 그냥 죽고 싶어요", "want_to_die"),
    ("죽고싶다 진짜", "want_to_die"),
    ("자살 생각을 자주 해요", "suicide_word"),
    ("더 이상 살기 싫어요", "not_want_to_live"),
    ("그냥 사라지고 싶어", "want_to_disappear"),
    ("유서를 써 놨어요", "plan"),
    ("뛰어내리고 싶어요", "plan"),
    # A bridge or a rail is where, not pills or tools: the panel says "a specific plan", not "means".
    ("지금 한강 다리 위에 있어요", "plan"),
    ("마포대교 위에 서 있어요", "plan"),
    ("번개탄을 사 왔어요", "means"),
    ("수면제를 모아 뒀어요", "means"),
    ("아까 약을 다 먹었어요", "attempt_now"),
    ("수면제를 한 통 다 먹었어요", "attempt_now"),
    ("방금 약을 털어 넣었어요", "attempt_now"),
    ("번개탄 피웠어요", "attempt_now"),
    ("그동안 고마웠어요 다들 잘 지내요", "farewell"),
    # Written in English (a foreign resident, a counselor on the English console): the same rules.
    ("I want to die. I took a whole bottle of sleeping pills", "attempt_now"),
    ("i want to die", "want_to_die"),
    ("I'm going to KILL MYSELF tonight", "suicide_word"),
    ("I lit charcoal in my room", "means"),
    ("I wrote a suicide note", "plan"),
])
def test_what_a_person_in_crisis_writes_matches(text: str, expression: str) -> None:
    found = person_crisis("person", text, LIST)
    assert expression in {m.expression_id for m in found}
    for match in found:
        assert text[match.start:match.end] == match.matched


@pytest.mark.parametrize("text", [
    "배고파 죽겠다",
    "힘들어 죽을 것 같아요",
    "웃겨 죽겠어 ㅋㅋ",
    "보고 싶어 죽겠어요",
    "어제 축구에서 자살골 넣었대요",
    "오늘은 일을 빨리 끝내고 싶어요",
    "연탄 나눔 봉사를 다녀왔어요",
    "약 먹고 좀 나아졌어요",
    "안녕히 계세요 감사합니다",
    "I need charcoal for the barbecue",
    "I took my pills this morning",
])
def test_everyday_korean_does_not_match(text: str) -> None:
    assert person_crisis("person", text, LIST) == []


def test_negation_does_not_cancel_a_match() -> None:
    # Talking about it at all is when the counselor asks directly: the rule never guesses intent.
    assert person_crisis("person", "죽고 싶은 건 아니에요", LIST)


def test_only_the_persons_lines_are_checked() -> None:
    assert person_crisis("counselor", "혹시 죽고 싶다는 생각이 드세요?", LIST) == []
    assert person_crisis("system", "자살예방상담전화 109", LIST) == []


@settings(max_examples=150, deadline=None)
@given(
    before=SAFE_TEXT, after=SAFE_TEXT, pick=st.integers(min_value=0, max_value=10_000),
    gaps=st.lists(NOISE, min_size=40, max_size=40),
)
def test_spacing_punctuation_and_surroundings_never_hide_a_form(
    before: str, after: str, pick: int, gaps: list[str]
) -> None:
    forms = [f for e in LIST.expressions for f in e.forms]
    form = forms[pick % len(forms)]
    spaced = "".join(ch + gaps[i % len(gaps)] for i, ch in enumerate(form))
    text = f"{before} {spaced} {after}"
    found = person_crisis("person", text, LIST)
    assert found, text
    assert all(text[m.start:m.end] == m.matched for m in found)
    assert all(normalise(m.matched) for m in found)


@settings(max_examples=100, deadline=None)
@given(text=SAFE_TEXT)
def test_text_without_any_form_never_matches(text: str) -> None:
    assert person_crisis("person", text, LIST) == []


@settings(max_examples=60, deadline=None)
@given(pick=st.integers(min_value=0, max_value=10_000), wide=st.booleans())
def test_full_width_and_decomposed_hangul_match_too(pick: int, wide: bool) -> None:
    import unicodedata
    forms = [f for e in LIST.expressions for f in e.forms]
    form = forms[pick % len(forms)]
    text = unicodedata.normalize("NFD", form)
    if wide:
        text = "！" + text + "？"
    assert person_crisis("person", text, LIST)


def test_a_broken_list_file_falls_back_to_the_built_in_forms(tmp_path: Path) -> None:
    bad = tmp_path / "crisis_expressions.json"
    bad.write_text("{not json", encoding="utf-8")
    loaded = load(bad)
    assert loaded.problem == "not_json"
    assert person_crisis("person", "죽고 싶어요", loaded)

    bad.write_text(json.dumps({"expressions": [{"id": "x", "category": "mood", "forms": ["a"]}]}),
                   encoding="utf-8")
    loaded = load(bad)
    assert loaded.problem == "invalid" and loaded.detail is not None and "expressions[0] (x)" in loaded.detail
    assert person_crisis("person", "유서를 썼어", loaded)

    assert load(tmp_path / "missing.json").problem == "file_missing"


def test_a_centre_list_is_used_as_written(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps({
        "review": {"status": "reviewed"},
        "expressions": [{"id": "custom", "category": "plan", "forms": ["계획 을 세웠"]}],
    }, ensure_ascii=False), encoding="utf-8")
    loaded = load(path)
    assert isinstance(loaded, CrisisExpressions) and loaded.reviewed and loaded.problem is None
    [match] = person_crisis("person", "이미 계획을세웠어요", loaded)
    assert match.rule == "suicide_plan" and match.matched == "계획을세웠어요"  # to the end of the word
