"""Configuration of one server instance. Built by the CLI or by tests; never a module-level global."""

from __future__ import annotations

from dataclasses import dataclass

from annyeong.server.passwords import PROFILES, TEST

# Where Database.write hands the centre's chat limit to routing (Connection.info of the transaction).
MAX_CHATS_KEY = "annyeong_max_chats"
DEFAULT_MAX_CHATS = 3
# Where Database.write hands each write its own dictionary of what it read before the write lock
# (server.services.prepared).
PREPARED_KEY = "annyeong_prepared"
# Where Database.write lets the access log carry its chain's head from one entry to the next within a
# transaction (None until the first entry read it; server.services.audit).
AUDIT_HEAD_KEY = "annyeong_audit_head"
# Where a write transaction holds the access-log entries of its grouped writes (Database.write_grouped)
# until they are inserted together (server.services.audit.append).
AUDIT_HELD_KEY = "annyeong_audit_held"


@dataclass(frozen=True)
class ServerConfig:
    database_url: str
    # Training mode: demo data is always seeded and /v1/health says so, so no console mistakes it for
    # the live line.
    training: bool = False
    demo: bool = False
    # Ring-no-answer: after this long an offer counts as missed and the call moves on.
    offer_timeout_s: float = 20.0
    access_token_ttl_s: int = 900
    refresh_token_ttl_s: int = 43_200
    max_body_bytes: int = 1_048_576
    heartbeat_s: float = 15.0
    # Training mode only: the simulated liaison acknowledges a dispatch this long after it arrives (and
    # reports units en route as long again). 0 turns it off (annyeong-sim dispatch plays the liaison).
    training_auto_ack_s: float = 4.0
    # A handoff not accepted within this long is escalated to the shift lead; the shorter time applies
    # when the last risk tier is high or imminent (console.domain.handoff).
    handoff_escalate_s: float = 15 * 60.0
    handoff_escalate_urgent_s: float = 2 * 60.0
    # Sign-in: after this many failures in a row the account is locked (423) until an admin
    # unlocks it (POST /v1/admin/users/{id}/unlock, audited), or, if lockout_s is set, until that passes.
    max_failed_logins: int = 5
    lockout_s: float | None = None
    # The access log (개인정보 접속기록) is kept this many years, then purged by a sweeper.
    audit_retention_years: int = 2
    audit_purge_interval_s: float = 3600.0
    # The chain's head is written outside the database this often (server.auditanchor); None: the
    # default place (env ANNYEONG_AUDIT_ANCHOR, or beside an SQLite file).
    audit_anchor_path: str | None = None
    audit_anchor_interval_s: float = 60.0
    # argon2 parameters (server.passwords): "production", or "test" for a training or demo server only.
    password_hashing: str = "production"
    # Live chat: how many chats one counselor holds at once (besides at most one phone call), and how
    # many new web chat conversations one address may start per minute.
    max_chats_per_counselor: int = DEFAULT_MAX_CHATS
    webchat_starts_per_minute: int = 10
    # What one conversation may send a minute (messages, the self-test, connect, end): a person types
    # far less; a script flooding the counselor is cut off.
    webchat_messages_per_minute: int = 60
    # The KakaoTalk skill: when set, Open Builder must send it in the X-Annyeong-Skill-Key header
    # (configured on the skill), so nobody else can post as the chatbot.
    kakao_skill_key: str | None = None

    def __post_init__(self) -> None:
        if self.password_hashing not in PROFILES:
            raise ValueError(f"password_hashing must be one of {', '.join(PROFILES)}")
        if self.password_hashing == TEST and not self.seed_demo:
            # Cheap hashes on a server holding real accounts would make stolen hashes cheap to crack.
            raise ValueError("the test password hashing profile is for training and demo servers only")

    @property
    def seed_demo(self) -> bool:
        return self.training or self.demo
