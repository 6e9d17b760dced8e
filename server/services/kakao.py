"""The KakaoTalk chatbot as an Open Builder skill: the 12-item self-test with quick replies, 서울복지정보,
서울마음편의점 by 구, 365서울챌린지 from the directory, and 상담사 연결 into the live chat.

Kakao posts every utterance to one skill URL and shows the JSON reply (skill response 2.0: simpleText,
basicCard, quickReplies). A live relay inside KakaoTalk needs Kakao's partner consultation API, which is
not public, so 상담사 연결 answers with a link that continues the same conversation in the web chat.

Nothing is stored before the person agrees: the notice's quick reply carries the agreement in its own
words ("자가진단 시작 (동의)"), so the first stored row is made by the consenting utterance itself. Then
only the bot-scoped user key's hash, the step and the answers are kept. The one exception is a crisis
expression, checked in every utterance before anything else (services/kakao_crisis.py says what is kept
then, and why).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from annyeong.console.domain import selftest
from annyeong.console.domain.contact_details import SEOUL_DISTRICTS
from annyeong.console.wire import SelfTest
from annyeong.server import schema
from annyeong.server.services import kakao_crisis, livechat, webchat
from annyeong.server.services.kakao_shape import card, quick, reply, text

MENU = ("자가진단", "상담사 연결", "서울복지정보", "서울마음편의점", "365서울챌린지")
HOME = "처음으로"
AGREE_TEST = "자가진단 시작 (동의)"
AGREE_CONNECT = "연결 요청 (동의)"
NOTICE = (
    "시작하기 전에 알려 드립니다. 자가진단 응답과 상담 중 나눈 대화는 상담과 필요한 지원 연계에만 쓰이고, "
    "상담 기록으로 법령이 정한 기간 동안 보관됩니다. 생명이 위험한 경우에는 112·119에 알릴 수 있습니다. "
    "이름이나 전화번호는 묻지 않습니다."
)
d = schema.kakao_dialogues
DIRECTORY = Path(__file__).resolve().parents[2] / "resources" / "directory" / "services.json"


def user_hash(user_id: str) -> str:
    return hashlib.sha256(f"kakao:{user_id}".encode()).hexdigest()


def menu(greeting: str = "외로움안녕120입니다. 무엇을 도와드릴까요?") -> dict[str, Any]:
    return reply(
        [
            card(
                "외로움안녕120",
                greeting + " 아래에서 골라 주세요. 지금 위험하다면 112·119, 자살예방상담 109.",
            )
        ],
        quick(*MENU),
    )


@dataclass(frozen=True)
class Entry:
    """What the chatbot shows of a directory entry (resources/directory/services.json, which the console's
    directory module checks against its schema; the server reads the same file, not that module)."""

    name: str
    offers: str
    districts: tuple[str, ...]
    hours: str | None
    phone: str | None
    url: str | None


@cache
def _entries() -> dict[str, Entry]:
    try:
        data = json.loads(DIRECTORY.read_text(encoding="utf-8"))
        found = {}
        for raw in data["entries"]:
            contact = raw.get("contact") or {}
            found[raw["id"]] = Entry(
                name=raw["name"]["ko"],
                offers=raw["offers"]["ko"],
                districts=tuple(raw.get("districts") or ()),
                hours=(raw.get("hours") or {}).get("ko"),
                phone=contact.get("phone"),
                url=contact.get("url"),
            )
        return found
    except (OSError, ValueError, KeyError, TypeError):
        # A broken file never breaks the chatbot: it says it cannot show the entry.
        return {}


def _entry(entry_id: str) -> Entry | None:
    return _entries().get(entry_id)


def _entry_card(entry: Entry, extra: str = "") -> dict[str, Any]:
    lines = [entry.offers]
    if entry.hours:
        lines.append(f"운영: {entry.hours}")
    if entry.phone:
        lines.append(f"전화: {entry.phone}")
    if extra:
        lines.append(extra)
    buttons = []
    if entry.url:
        buttons.append({"label": "자세히 보기", "action": "webLink", "webLinkUrl": entry.url})
    if entry.phone:
        buttons.append({"label": "전화하기", "action": "phone", "phoneNumber": entry.phone})
    return card(entry.name, "\n".join(lines), buttons)


def welfare() -> dict[str, Any]:
    outputs = [_entry_card(e) for e in filter(None, (_entry(i) for i in ("seoul-welfare-info", "line-129")))]
    welfare_desk = _entry("community-center-welfare")
    if welfare_desk:
        outputs.append(_entry_card(welfare_desk))
    return reply(
        outputs or [text("복지 정보를 지금 불러오지 못했습니다. 120으로 전화해 주세요.")],
        quick(*MENU[:2], HOME),
    )


def challenge() -> dict[str, Any]:
    entry = _entry("365-seoul-challenge")
    outputs = [_entry_card(entry)] if entry else [text("지금 안내를 불러오지 못했습니다.")]
    return reply(outputs, quick("자가진단", "상담사 연결", HOME))


def store_districts() -> list[str]:
    entry = _entry("seoul-maeum-store")
    return list(entry.districts) if entry else []


def maeum_ask() -> dict[str, Any]:
    districts = store_districts()
    return reply(
        [
            text(
                "어느 구에 사세요? 서울마음편의점은 지금 "
                + "·".join(districts)
                + "에 있습니다. 구 이름을 눌러 "
                "주시거나 적어 주세요."
            )
        ],
        quick(*districts, HOME),
    )


def maeum_in(district: str) -> dict[str, Any]:
    entry = _entry("seoul-maeum-store")
    if entry is None:
        return reply([text("지금 안내를 불러오지 못했습니다.")], quick(*MENU))
    if district in entry.districts:
        return reply(
            [_entry_card(entry, f"{district}에 있습니다. 상담사와 연결하시면 가까운 곳을 안내해 드립니다.")],
            quick("상담사 연결", HOME),
        )
    return reply(
        [
            text(
                f"{district}에는 아직 서울마음편의점이 없습니다. 상담사와 이야기하시면 가까운 다른 모임이나 "
                "지원을 찾아 드릴게요."
            )
        ],
        quick("상담사 연결", "서울복지정보", HOME),
    )


def question(index: int) -> dict[str, Any]:
    item = selftest.ITEMS[index]
    head = f"{selftest.TIME_FRAME} 나에게 해당하나요?\n\n" if index == 0 else ""
    return reply([text(f"{head}{index + 1}/12. {item.text}")], quick(*selftest.LABELS.values(), "그만하기"))


def _save(
    conn: Connection, key: str, step: str, answers: dict[str, int], crisis: dict[str, str], now: datetime
) -> None:
    stored = kakao_crisis.join(answers, crisis)
    if conn.execute(select(d.c.user_hash).where(d.c.user_hash == key)).first() is None:
        conn.execute(insert(d).values(user_hash=key, step=step, answers=stored, updated_at=now))
    else:
        conn.execute(update(d).where(d.c.user_hash == key).values(step=step, answers=stored, updated_at=now))


def answer(
    conn: Connection, user_id: str, utterance: str, base_url: str, now: datetime, timeout_s: float
) -> dict[str, Any]:
    """One turn: the reply to what the person just said (or pressed)."""
    said = " ".join(utterance.split())[:200]
    key = user_hash(user_id)
    row = conn.execute(select(d).where(d.c.user_hash == key)).first()
    step = row.step if row else "menu"
    answers, crisis = kakao_crisis.split(row.answers if row else None)
    # Before anything else, at any step: a crisis expression is never "not understood" and never a
    # self-test answer.
    told = kakao_crisis.found(utterance)
    if told:
        step, crisis = kakao_crisis.crisis_step(step), crisis | told
        _save(conn, key, step, answers, crisis, now)
        return kakao_crisis.crisis_reply(step, crisis)
    if said in (HOME, "메뉴", "그만하기"):
        if row is not None:
            _save(conn, key, "menu", answers, crisis, now)
        return menu("처음 메뉴입니다.")
    if said == "자가진단":
        return reply(
            [text(NOTICE + "\n\n외로움·고립 자가진단 12문항을 시작할까요?")], quick(AGREE_TEST, HOME)
        )
    if said == AGREE_TEST:
        _save(conn, key, "test:0", {}, crisis, now)
        return question(0)
    test_step = step.removeprefix("crisis:")  # the self-test goes on from where a crisis reply paused it
    if test_step.startswith("test:") and said == kakao_crisis.RESUME_TEST:
        _save(conn, key, test_step, answers, crisis, now)
        return question(int(test_step[5:]))
    if test_step.startswith("test:") and said in selftest.LABELS.values():
        index = int(test_step.split(":")[1])
        value = next(v for v, label in selftest.LABELS.items() if label == said)
        answers[selftest.ITEMS[index].id] = value
        if index + 1 < len(selftest.ITEMS):
            _save(conn, key, f"test:{index + 1}", answers, crisis, now)
            return question(index + 1)
        _save(conn, key, "tested", answers, crisis, now)
        result = selftest.result_text(selftest.score(answers))
        return reply(
            [text(f"자가진단 결과: {result}\n\n혼자 견디지 않으셔도 됩니다. 상담사와 이야기해 보시겠어요?")],
            quick("상담사 연결", "서울마음편의점", HOME),
        )
    if said == "상담사 연결" and kakao_crisis.in_crisis(step):
        # The crisis reply said what 상담사 연결 does with the conversation: no second notice to wade through.
        return _connect(conn, key, answers, crisis, base_url, now, timeout_s)
    if said == "상담사 연결":
        return reply(
            [text(NOTICE + "\n\n상담사 연결을 요청할까요? 채팅 창에서 이어서 이야기하게 됩니다.")],
            quick(AGREE_CONNECT, HOME),
        )
    if said == AGREE_CONNECT:
        return _connect(conn, key, answers, crisis, base_url, now, timeout_s)
    if said == "서울복지정보":
        return welfare()
    if said == "365서울챌린지":
        return challenge()
    if said == "서울마음편의점":
        return maeum_ask()
    district = said if said in SEOUL_DISTRICTS else (said + "구" if said + "구" in SEOUL_DISTRICTS else None)
    if district:
        return maeum_in(district)
    if kakao_crisis.in_crisis(step):
        return kakao_crisis.crisis_reply(step, crisis, understood=False)
    if step.startswith("test:"):
        return reply(
            [text("버튼의 '그렇다' 또는 '그렇지 않다'로 답해 주세요.")]
            + question(int(step[5:]))["template"]["outputs"],
            quick(*selftest.LABELS.values(), "그만하기"),
        )
    return menu("말씀을 잘 알아듣지 못했어요.")


def _connect(
    conn: Connection,
    key: str,
    answers: dict[str, int],
    crisis: dict[str, str],
    base_url: str,
    now: datetime,
    timeout_s: float,
) -> dict[str, Any]:
    session_id, token = webchat.start(conn, "kakao", now)
    session = livechat.reload(conn, session_id)
    if answers:
        test = SelfTest.model_validate(
            {"answers": [{"item_id": i, "value": v, "label": selftest.LABELS[v]} for i, v in answers.items()]}
        )
        webchat.save_self_test(conn, session, test, now)
    # Before the chat joins the queue, so it is routed as crisis-flagged from its first offer.
    kakao_crisis.record(conn, session_id, crisis, now)
    webchat.connect(conn, livechat.reload(conn, session_id), now, timeout_s)
    kakao_crisis.announce(conn, session_id, crisis, now)
    # The answers and what was told went with the chat: the chatbot keeps nothing more of them.
    conn.execute(delete(d).where(d.c.user_hash == key))
    view = webchat.view(conn, livechat.reload(conn, session_id), 0, now)
    place = f"대기 순서 {view.queue_position}번째입니다. " if view.queue_position else ""
    link = f"{base_url.rstrip('/')}/chat#t={token}"
    if crisis:
        return kakao_crisis.connected(place, link)
    return reply(
        [
            card(
                "상담사 연결을 요청했습니다",
                f"{place}아래 '대화 이어가기'를 누르면 채팅 창에서 상담사와 이야기할 수 있습니다. "
                "이 링크는 나만 쓰는 것이니 다른 사람에게 보내지 마세요.",
                [{"label": "대화 이어가기", "action": "webLink", "webLinkUrl": link}],
            )
        ],
        quick(HOME),
    )
