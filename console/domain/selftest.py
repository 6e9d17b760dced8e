"""Seoul's 12-item 외로움·고립 자가진단 (서울시 고립예방센터, portal "똑똑"), as data.

Item texts are verbatim from the public page (shared/reference/instruments.md §1.2). The answer scale,
scoring and result levels are NOT public, so nothing here scores: the chatbot's own result travels with
its answers, and the console shows what was answered. Items 4-12 are worded positively (agreement is
protective), which a display may want to know; that direction is read from the wording, not published.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, get_args

from console.wire import SELFTEST_INSTRUMENT_ID, SelfTestItemId

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
