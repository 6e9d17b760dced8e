"""Demo and training data: counselors, a shift lead, an admin, bridge keys, and returning callers.

Seeded once into an empty database (`--demo`, and always in `--training`). Everyone starts offline; a
console that signs in sets its own presence.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from console.domain.phone import normalize
from server import schema
from server.security import secret_hash

DEMO_PASSWORD = "annyeong120"
TELEPHONY_KEY = "training-telephony-key"
CHATBOT_KEY = "training-chatbot-key"

USERS = (
    ("kim", "김상담", "counselor"),
    ("park", "박상담", "counselor"),
    ("choi", "최상담", "counselor"),
    ("lee", "이팀장", "shift_lead"),
    ("admin", "관리자", "admin"),
)

# (number, [(days ago, counselor username, minutes, [note revisions])])
HISTORY: tuple[tuple[str, list[tuple[int, str, int, list[str]]]], ...] = (
    (
        "010-2345-6789",
        [
            (
                21,
                "kim",
                35,
                [
                    "혼자 지낸 지 3년째. 주말이 특히 길게 느껴진다고 함.",
                    "혼자 지낸 지 3년째. 주말이 특히 길게 느껴진다고 함. 서울마음편의점(관악) 안내함.",
                ],
            ),
            (9, "park", 22, ["지난 통화 후 마음편의점 한 번 방문. 다시 가볼 생각 있음."]),
            (2, "kim", 41, ["밤에 잠이 안 온다고 전화. 고립예방센터 심층상담 연계 동의함."]),
        ],
    ),
    (
        "010-9876-5432",
        [
            (5, "choi", 18, ["이웃 어르신이 며칠째 보이지 않는다는 신고성 전화. 주민센터 연락처 안내."]),
        ],
    ),
    (
        "02-2133-7878",
        [
            (30, "park", 27, ["퇴직 후 대화할 사람이 없다고 함. 365서울챌린지 안내."]),
            (12, "choi", 15, ["챌린지 참여 중. 기분이 조금 나아졌다고 함."]),
        ],
    ),
)


def seed(conn: Connection, hasher: PasswordHasher, now: datetime) -> bool:
    """Insert the demo data unless there are users already. Returns whether it seeded."""
    if conn.execute(select(func.count()).select_from(schema.users)).scalar_one() > 0:
        return False
    # One hash for all demo users: they share the password anyway, and each argon2 hash costs ~50 ms.
    password_hash = hasher.hash(DEMO_PASSWORD)
    ids: dict[str, str] = {}
    for username, display_name, role in USERS:
        ids[username] = str(uuid.uuid4())
        conn.execute(
            insert(schema.users).values(
                id=ids[username],
                username=username,
                password_hash=password_hash,
                role=role,
                display_name=display_name,
                presence="offline",
                presence_since=now,
                idle_since=None,
                failed_logins=0,
                created_at=now,
            )
        )
    for name, key, role in (("telephony", TELEPHONY_KEY, "telephony"), ("chatbot", CHATBOT_KEY, "chatbot")):
        conn.execute(
            insert(schema.api_keys).values(
                id=str(uuid.uuid4()), name=name, key_hash=secret_hash(key), role=role, created_at=now
            )
        )
    for number, contacts in HISTORY:
        caller_id = str(uuid.uuid4())
        conn.execute(insert(schema.callers).values(id=caller_id, e164=normalize(number), created_at=now))
        for days_ago, counselor, minutes, revisions in contacts:
            _past_contact(conn, caller_id, ids[counselor], now - timedelta(days=days_ago), minutes, revisions)
    return True


def _past_contact(
    conn: Connection, caller_id: str, counselor_id: str, started: datetime, minutes: int, revisions: list[str]
) -> None:
    call_id, contact_id, note_id = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    ended = started + timedelta(minutes=minutes)
    conn.execute(
        insert(schema.calls).values(
            id=call_id,
            status="ended",
            channel="phone",
            caller_id=caller_id,
            created_by="seed",
            created_at=started - timedelta(seconds=20),
            offered_to=counselor_id,
            offered_at=started - timedelta(seconds=10),
            accepted_at=started,
            ended_at=ended,
            contact_id=contact_id,
        )
    )
    conn.execute(
        insert(schema.contacts).values(
            id=contact_id,
            call_id=call_id,
            counselor_id=counselor_id,
            caller_id=caller_id,
            channel="phone",
            started_at=started,
            ended_at=ended,
        )
    )
    for revision, body in enumerate(revisions, start=1):
        conn.execute(
            insert(schema.contact_entries).values(
                id=note_id,
                revision=revision,
                contact_id=contact_id,
                kind="note",
                body=body,
                author_id=counselor_id,
                created_at=started + timedelta(minutes=revision * 3),
            )
        )
