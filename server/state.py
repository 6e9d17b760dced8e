"""What one running server holds: its config, database and password hasher. Lives on app.state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from argon2 import PasswordHasher
from fastapi import Request

from annyeong.server.config import ServerConfig
from annyeong.server.db import Database
from annyeong.server.denial_window import DenialLog


@dataclass
class AppState:
    config: ServerConfig
    db: Database
    hasher: PasswordHasher
    denials: DenialLog = field(default_factory=DenialLog)


def get_state(request: Request) -> AppState:
    state = request.app.state.annyeong
    assert isinstance(state, AppState)
    return state


def utcnow() -> datetime:
    return datetime.now(UTC)
