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
    # Training mode only: the simulated liaison acknowledges a dispatch this long after it arrives (and
    # reports units en route as long again). 0 turns it off (annyeong-sim dispatch plays the liaison).
    training_auto_ack_s: float = 4.0
    # One dispatch per intent: a press for the same contact and service within this window joins the open
    # dispatch instead of making a second one.
    dispatch_dedupe_window_s: float = 120.0
    # A handoff not accepted within this long is escalated to the shift lead; the shorter time applies
    # when the last risk tier is high or imminent (console.domain.handoff).
    handoff_escalate_s: float = 15 * 60.0
    handoff_escalate_urgent_s: float = 2 * 60.0

    @property
    def seed_demo(self) -> bool:
        return self.training or self.demo
