"""Seoul's 12-item 외로움·고립 자가진단 (서울시 고립예방센터, portal "똑똑"), as data.

Item texts are verbatim from the public page (shared/reference/instruments.md §1.2). The page asks the
person to tick each statement that is true of them, so the one scale is 그렇다 (1) / 그렇지 않다 (0), the
same in the console's checklist, the chatbot's self-test and the server. Items 4-12 are worded
positively (agreement is protective), so they count toward isolation when NOT ticked. The page
publishes no cut-offs, so no level is invented: the result is the number of answers on the isolated
side, out of 12, and per section. `score` is the one scoring of this test: the console, the server and
the chatbot simulator all call it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal, get_args

from annyeong.console.wire import SELFTEST_INSTRUMENT_ID, SelfTestItemId

INSTRUMENT_ID: Final = SELFTEST_INSTRUMENT_ID
SOURCE: Final = "https://sihsc.welfare.seoul.kr/knockseoul/030201/selfdgnss/selftest.do"
TIME_FRAME: Final = "지난 4주간(한달)"


@dataclass(frozen=True)
class SelfTestItem:
    id: SelfTestItemId
    section: Literal["relationship", "daily_life"]  # 관계 단절 상황 / 일상생활관리상황
    text: str
    positive: bool  # agreement is protective (worded positively)


ITEMS: Final[tuple[SelfTestItem, ...]] = (
    SelfTestItem("q1", "relationship", "나는 같이 있어 줄 사람이 부족하다고 자주 느낀다.", False),
    SelfTestItem("q2", "relationship", "나는 혼자 남겨진 것 같다고 자주 느낀다.", False),
    SelfTestItem("q3", "relationship", "나는 사람들 사이에서 고립되어 있다고 자주 느낀다.", False),
    SelfTestItem("q4", "relationship", "나는 몸이 아파서 도움이 필요할 때 도움 줄 사람이 있다.", True),
    SelfTestItem(
        "q5", "relationship", "나는 낙심하거나 우울해서 이야기 상대가 필요할 때 들어줄 사람이 있다.", True
    ),
    SelfTestItem("q6", "daily_life", "개인위생과 집안 청소 등 관리가 되고 있다.", True),
    SelfTestItem("q7", "daily_life", "끼니를 거르거나 폭식하지 않고 꾸준히 식사관리를 한다.", True),
    SelfTestItem(
        "q8", "daily_life", "생활비, 용돈을 계획하여 지출하며 공과금 등의 납부를 잘하고 있다.", True
    ),
    SelfTestItem(
        "q9", "daily_life", "건강(신체적,정신적)문제가 있을 때 병원에 방문하고, 약을 잘 챙겨 먹는다.", True
    ),
    SelfTestItem("q10", "daily_life", "여가 시간에 혼자, 또는 누군가를 만나기 위해 외출한다.", True),
    SelfTestItem("q11", "daily_life", "다른 사람과 직접 만나서 대화하는 등 교류에 어려움이 없다", True),
    SelfTestItem("q12", "daily_life", "일상생활이나 수면 패턴이 규칙적이다.", True),
)

ITEM_IDS: Final[tuple[str, ...]] = get_args(SelfTestItemId)
BY_ID: Final[dict[str, SelfTestItem]] = {item.id: item for item in ITEMS}

assert tuple(item.id for item in ITEMS) == ITEM_IDS, "item list and wire ids must agree"

YES: Final = 1
NO: Final = 0
LABELS: Final[dict[int, str]] = {YES: "그렇다", NO: "그렇지 않다"}


@dataclass(frozen=True)
class SelfTestScore:
    total: int  # answers on the isolated side (0-12)
    relationship: int  # of q1-q5
    daily_life: int  # of q6-q12
    answered: int

    @property
    def complete(self) -> bool:
        return self.answered == len(ITEMS)


def at_risk(item: SelfTestItem, value: int) -> bool:
    """Whether an answer lies on the isolated side: 그렇다 to a negative statement, 그렇지 않다 to a
    positive one."""
    return (value == NO) if item.positive else (value == YES)


def score(answers: Mapping[str, int]) -> SelfTestScore:
    """The count of answers on the isolated side; an unknown item id or a value other than 0/1 is
    ignored (the wire and the checklist never produce one)."""
    counts = {"relationship": 0, "daily_life": 0}
    answered = 0
    for item in ITEMS:
        value = answers.get(item.id)
        if value not in LABELS:
            continue
        answered += 1
        if at_risk(item, value):
            counts[item.section] += 1
    total = counts["relationship"] + counts["daily_life"]
    return SelfTestScore(total, counts["relationship"], counts["daily_life"], answered)


def result_text(result: SelfTestScore) -> str:
    """The result in the counselor's words (Korean: it also goes to partners and the chatbot's record)."""
    head = f"12문항 중 {result.total}문항이 외로움·고립 쪽 응답"
    parts = f"관계 단절 {result.relationship}/5 · 일상생활 {result.daily_life}/7"
    if not result.complete:
        return f"{head} ({parts}; {result.answered}문항만 답함)"
    return f"{head} ({parts})"
