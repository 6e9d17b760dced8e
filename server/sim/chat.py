"""`annyeong-sim chat`: a chat hand-off exactly as the chatbot posts it (POST /v1/chats).

The self-test answers use the test's one scale (1 그렇다 / 0 그렇지 않다, console.domain.selftest) and its
result is scored by the same function the console and the server use; result_category "simulated" says
it comes from the simulator so no one mistakes it for a real chatbot's.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from annyeong.console.domain import selftest
from annyeong.console.domain.selftest import ITEM_IDS, LABELS

OPENERS = (
    "요즘 밤에 잠이 안 와요. 말할 사람도 없고요.",
    "하루 종일 아무하고도 말을 안 했어요.",
    "이사 온 뒤로 아는 사람이 하나도 없어요.",
    "그냥 누가 제 얘기 좀 들어줬으면 좋겠어요.",
)


class BadAnswers(ValueError):
    pass


def parse_answers(text: str) -> list[int]:
    """ "1,0,1,…" → 12 values, each 1 (그렇다) or 0 (그렇지 않다)."""
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise BadAnswers("answers must be numbers separated by commas") from exc
    if len(values) != len(ITEM_IDS):
        raise BadAnswers(f"give {len(ITEM_IDS)} answers, one per item (got {len(values)})")
    if any(v not in LABELS for v in values):
        raise BadAnswers("each answer is 1 (그렇다) or 0 (그렇지 않다)")
    return values


def payload(
    number: str | None, answers: list[int] | None, rng: random.Random | None = None
) -> dict[str, Any]:
    rng = rng or random.Random()
    # Plausible for someone the chatbot hands over: lonely more often than not.
    values = answers or [int(rng.random() < (0.7 if i < 3 else 0.4)) for i in range(len(ITEM_IDS))]
    result = selftest.score(dict(zip(ITEM_IDS, values, strict=True)))
    start = datetime.now(UTC) - timedelta(minutes=6)
    lines = [
        ("bot", "안녕하세요, 외로움안녕 챗봇이에요. 오늘 마음은 좀 어떠세요?"),
        ("person", rng.choice(OPENERS)),
        ("bot", "많이 힘드셨겠어요. 간단한 외로움·고립 자가진단을 해 보시겠어요?"),
        ("person", "네 해볼게요"),
        (
            "bot",
            "답해 주셔서 고마워요. 상담 선생님과 직접 이야기 나눠 보시면 좋겠어요. 지금 연결해 드릴게요.",
        ),
    ]
    return {
        "from_number": number,
        "self_test": {
            "instrument_id": "seoul_isolation_selftest_12",
            "answers": [
                {"item_id": item, "value": v, "label": LABELS[v]}
                for item, v in zip(ITEM_IDS, values, strict=True)
            ],
            "result_category": "simulated",
            "result_text": selftest.result_text(result),
        },
        "transcript": [
            {"sender": who, "text": text, "at": (start + timedelta(minutes=i)).isoformat()}
            for i, (who, text) in enumerate(lines)
        ],
    }


def post_chat(url: str, key: str, body: dict[str, Any], timeout: float) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/chats",
        json=body,
        # One key per invocation, as the chatbot does per hand-off.
        headers={"X-API-Key": key, "Idempotency-Key": f"sim-chat:{uuid.uuid4()}"},
        timeout=timeout,
    )
