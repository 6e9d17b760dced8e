"""Crisis expressions told to the KakaoTalk chatbot, before any counselor is on the line.

Every utterance is checked against the centre's crisis expression list, with the rule the live chat uses
(console.domain.crisis_text, the list loaded once by services/chat_crisis.py), before the chatbot reads it
as a menu choice or a self-test answer. A match is answered at once, in the same short turn (Kakao waits
five seconds): a few caring words, the numbers to call now, and 상담사 연결 first among the quick replies.

What is kept, and why before the notice's agreement: the chatbot otherwise stores nothing until the person
agrees, but a person who says they want to die must be put first in line when they ask for a counselor,
and be raised to the shift leads once a counselor takes the chat. So the bot-scoped key's hash keeps the
step ("crisis", or "crisis:test:N" in the middle of the self-test) and the ids and categories of the
expressions found, never the words (the processing a danger to life allows without consent). The crisis
reply carries the notice's essentials, so pressing 상담사 연결 right after it connects at once.

When the conversation is created, the expressions are stored against it as chat_crisis stores a chat
message's (one system line in the conversation says why it went first, since chat_crises names the message
that carried them): the chat waits before every other call and chat (services/routing.py), the leads are
told it waits (queue.crisis), and accepting it raises crisis.raised to the leads, ids and rules only.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection

from annyeong.console.domain import crisis_text
from annyeong.server.services import chat_crisis, livechat
from annyeong.server.services.kakao_shape import card, phone_button, quick, reply, text

CONNECT = "상담사 연결"
RESUME_TEST = "자가진단 계속"
HOME = "처음으로"
# Beside the self-test's item ids in kakao_dialogues.answers: expression id -> category.
STORED_KEY = "_crisis"

CONSENT = (
    "나눈 대화는 상담에만 쓰이고 상담 기록으로 보관돼요. 생명이 위험하다고 판단되면 112·119에 알려 함께 "
    "도울 수 있어요."
)
CARING = (
    "말씀해 주셔서 고마워요. 그런 마음이 들 만큼 많이 힘드셨군요. 지금 혼자 견디지 않으셔도 돼요.\n\n"
    "'상담사 연결'을 누르시면 상담사에게 먼저 이어 드릴게요. " + CONSENT
)
# An attempt already made (pills taken, bleeding): the body comes first, so 119 before any talk.
URGENT = (
    "말씀해 주셔서 고마워요. 지금 몸이 위험할 수 있어요. 바로 119에 전화해 주세요.\n\n"
    "전화하기 어려우시면 '상담사 연결'을 눌러 주세요. 상담사에게 먼저 이어 드릴게요. " + CONSENT
)
NOT_UNDERSTOOD = (
    "저는 챗봇이라 말씀을 다 알아듣지 못해요. 상담사는 끝까지 들을 수 있어요.\n\n"
    "'상담사 연결'을 누르시면 먼저 이어 드릴게요."
)
CALL_NOW_TITLE = "지금 바로 전화할 수 있어요"
CALL_NOW = "자살예방상담전화 109 (24시간)\n위급하면 112·119\n외로움안녕120: 02-120 연결 후 5번"
CONNECTED_TITLE = "상담사에게 먼저 연결하고 있어요"
CONNECTED = (
    "아래 '대화 이어가기'를 누르면 채팅 창에서 상담사와 이야기할 수 있어요. 기다리는 동안 위험하다고 "
    "느껴지면 109나 112·119에 바로 전화해 주세요. 이 링크는 나만 쓰는 것이니 다른 사람에게 보내지 마세요."
)
# Shown to the person on the chat page and to the counselor as the conversation's first line ("안내").
SYSTEM_LINE = "카카오톡 챗봇에서 많이 힘든 마음을 이야기해 주셔서 상담사에게 먼저 연결하고 있어요."


def found(utterance: str) -> dict[str, str]:
    """The list's expressions in what the person typed: expression id -> category (empty: none)."""
    matches = crisis_text.person_crisis("person", utterance, chat_crisis.expressions())
    return {m.expression_id[:64]: m.category for m in matches}


def split(stored: Mapping[str, Any] | None) -> tuple[dict[str, int], dict[str, str]]:
    """kakao_dialogues.answers as (the self-test's answers, the expressions told so far)."""
    answers = {k: int(v) for k, v in (stored or {}).items() if k != STORED_KEY}
    told = (stored or {}).get(STORED_KEY)
    crisis = {str(k): str(v) for k, v in told.items()} if isinstance(told, dict) else {}
    return answers, crisis


def join(answers: Mapping[str, int], crisis: Mapping[str, str]) -> dict[str, Any]:
    return {**answers, STORED_KEY: dict(crisis)} if crisis else dict(answers)


def in_crisis(step: str) -> bool:
    return step == "crisis" or step.startswith("crisis:")


def crisis_step(step: str) -> str:
    """The step after a crisis expression: the self-test's place is kept so it can go on from there."""
    if in_crisis(step):
        return step
    return f"crisis:{step}" if step.startswith("test:") else "crisis"


def crisis_reply(step: str, crisis: Mapping[str, str], understood: bool = True) -> dict[str, Any]:
    """The answer to a crisis expression (understood), or to what the chatbot cannot read after one;
    `crisis`: everything told so far (expression id -> category)."""
    attempt = "attempt" in crisis.values()
    words = (URGENT if attempt else CARING) if understood else NOT_UNDERSTOOD
    buttons = [
        phone_button("109 전화하기", "109"),
        phone_button("119 전화하기", "119"),
        phone_button("120 전화하기", "02-120"),
    ]
    if attempt:
        buttons.insert(0, buttons.pop(1))
    replies = [CONNECT, RESUME_TEST, HOME] if step.startswith("crisis:test:") else [CONNECT, HOME]
    return reply([text(words), card(CALL_NOW_TITLE, CALL_NOW, buttons)], quick(*replies))


def connected(place: str, link: str) -> dict[str, Any]:
    """상담사 연결 done for a person who told the chatbot a crisis expression."""
    buttons = [
        {"label": "대화 이어가기", "action": "webLink", "webLinkUrl": link},
        phone_button("109 전화하기", "109"),
    ]
    return reply([card(CONNECTED_TITLE, place + CONNECTED, buttons)], quick(HOME))


def record(conn: Connection, session_id: str, crisis: Mapping[str, str], now: datetime) -> None:
    """The conversation now exists: keep the expressions told to the chatbot as the chat's own, so the
    chat goes first in the queue and its contact is raised to the leads."""
    if not crisis:
        return
    message_id = str(uuid.uuid4())
    session = livechat.reload(conn, session_id)
    livechat.add_message(conn, session, message_id, "system", SYSTEM_LINE, None, now)
    chat_crisis.record(conn, session_id, message_id, dict(crisis), now)


def announce(conn: Connection, session_id: str, crisis: Mapping[str, str], now: datetime) -> None:
    """The chat has joined the queue: the leads hear at once that a chat with crisis words waits."""
    if crisis:
        chat_crisis.announce_waiting(conn, session_id, now)
