"""Returning callers of the demo and training data, written the way a Seoul counselor would.

010-2345-6789: an open case (박상담) with an active suicide_risk flag, tier high from the 자가진단, three
contacts and a pending follow-up. 010-9876-5432: a neighbour's report (④ 고립 신고) of an older person,
vulnerable_elderly, tier moderate. 02-2133-7878: a closed case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annyeong.console.wire import SELFTEST_INSTRUMENT_ID


@dataclass(frozen=True)
class PastContact:
    days_ago: int
    counselor: str  # username
    minutes: int
    notes: tuple[str, ...]  # revisions of one note
    service_types: tuple[str, ...]
    summary: str
    disposition: str
    reporter: dict[str, Any] | None = None
    subject: dict[str, Any] | None = None


@dataclass(frozen=True)
class DemoFlag:
    kind: str
    instruction: str
    set_by: str
    days_ago: int
    expires_in_days: int | None


@dataclass(frozen=True)
class DemoCase:
    owner: str
    status: str
    opened_days_ago: int
    flags: tuple[DemoFlag, ...] = ()
    risk: tuple[str, str, int] | None = None  # tier, instrument id, days ago
    follow_ups: tuple[tuple[int, str], ...] = ()  # (due in days, assignee username)
    closed_days_ago: int | None = None


@dataclass(frozen=True)
class DemoCaller:
    number: str
    contacts: tuple[PastContact, ...]
    case: DemoCase | None = field(default=None)


CALLERS: tuple[DemoCaller, ...] = (
    DemoCaller(
        "010-2345-6789",
        (
            PastContact(
                21,
                "kim",
                35,
                (
                    "혼자 지낸 지 3년째. 주말이 특히 길게 느껴진다고 함.",
                    "혼자 지낸 지 3년째. 주말이 특히 길게 느껴진다고 함. 서울마음편의점(관악) 안내함.",
                ),
                ("conversation", "info"),
                "3년째 1인 가구. 주말 외로움 호소. 서울마음편의점(관악) 위치·운영시간 안내.",
                "completed",
            ),
            PastContact(
                9,
                "park",
                22,
                ("지난 통화 후 마음편의점 한 번 방문. 다시 가볼 생각 있음.",),
                ("conversation", "isolation_check", "crisis"),
                "챗봇 자가진단 후 연결. 불면·무기력, '없어지고 싶다'는 생각이 가끔 든다고 함. 위기 선별 "
                "결과 구체적 계획·수단 없음, 안전계획 함께 세움. 사례 개설, 담당 박상담.",
                "completed",
            ),
            PastContact(
                2,
                "kim",
                41,
                ("밤에 잠이 안 온다고 전화. 고립예방센터 심층상담 연계 동의함.",),
                ("conversation", "info"),
                "새벽 2시 불면으로 전화. 위기 선별 재확인(변화 없음). 고립예방센터 심층상담 연계 동의, "
                "보호자(여동생) 연락처는 사례 메모에 기록.",
                "referred",
            ),
        ),
        DemoCase(
            owner="park",
            status="open",
            opened_days_ago=9,
            flags=(
                DemoFlag(
                    "suicide_risk",
                    "야간에는 반드시 위기 선별 먼저. 보호자 연락처 사례 메모 참조",
                    "park",
                    9,
                    30,
                ),
            ),
            risk=("high", SELFTEST_INSTRUMENT_ID, 9),
            follow_ups=((1, "park"),),
        ),
    ),
    DemoCaller(
        "010-9876-5432",
        (
            PastContact(
                5,
                "choi",
                18,
                ("이웃 어르신이 며칠째 보이지 않는다는 신고성 전화. 주민센터 연락처 안내.",),
                ("isolation_report", "info"),
                "옆집 80대 어르신이 일주일째 보이지 않는다는 이웃 신고. 우편물 쌓여 있음. 상계동 주민센터에 "
                "방문 확인 요청 전달, 신고자에게 주민센터 연락처 안내.",
                "referred",
                reporter={"district": "노원구", "age_band": "50s"},
                subject={"name": "박말순", "district": "노원구", "address": "상계동", "age_band": "80_plus"},
            ),
        ),
        DemoCase(
            owner="choi",
            status="open",
            opened_days_ago=5,
            flags=(
                DemoFlag(
                    "vulnerable_elderly",
                    "80대 독거 어르신(이웃 신고로 발굴). 재연락 시 주민센터 방문 확인 결과부터 물어볼 것",
                    "choi",
                    5,
                    None,
                ),
            ),
            risk=("moderate", "isolation_risk_checklist", 5),
        ),
    ),
    DemoCaller(
        "02-2133-7878",
        (
            PastContact(
                30,
                "park",
                27,
                ("퇴직 후 대화할 사람이 없다고 함. 365서울챌린지 안내.",),
                ("conversation", "info"),
                "60대 남성, 퇴직 후 하루 종일 대화 상대 없음. 365서울챌린지 안내, 참여 의사 있음.",
                "completed",
            ),
            PastContact(
                12,
                "choi",
                15,
                ("챌린지 참여 중. 기분이 조금 나아졌다고 함.",),
                ("conversation",),
                "챌린지 2주째 참여, 동네 걷기 모임에서 이웃과 인사 나눔. 본인 원해 사례 종결.",
                "completed",
            ),
        ),
        DemoCase(
            owner="park",
            status="closed",
            opened_days_ago=30,
            risk=("low", SELFTEST_INSTRUMENT_ID, 30),
            closed_days_ago=12,
        ),
    ),
)
