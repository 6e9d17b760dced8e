"""Configuration of one server instance. Built by the CLI or by tests; never a module-level global."""

from __future__ import annotations

from dataclasses import dataclass


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

    @property
    def seed_demo(self) -> bool:
        return self.training or self.demo
