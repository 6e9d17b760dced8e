"""The event stream, problems (RFC 9457) and health."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from annyeong.console.wire._base import WireModel

# --- events ---------------------------------------------------------------------------------------

EventType = Literal[
    "call.offered",
    "call.updated",
    "contact.entry_added",
    "contact.updated",
    "presence.changed",
    "case.updated",
    # Dispatches, handoffs and the board (additive)
    "dispatch.updated",
    "handoff.created",
    "handoff.updated",
    "handoff.escalated",
    "contact.taken_over",
    "escalation.updated",
    "message.received",
    "board.changed",
    # Crisis, referrals and follow-ups (additive)
    "crisis.raised",
    # a waiting chat's person wrote a crisis expression, before any counselor has it (additive)
    "queue.crisis",
    "referral.updated",
    "follow_up.updated",
    # a colleague is asked to phone 112 for a counselor on the line (additive)
    "relay.updated",
    # live chat (additive): a message either way, read receipts, typing, the end of a conversation
    "chat.message",
    "chat.read",
    "chat.typing",
    "chat.ended",
]


class Event(WireModel):
    """One row of the server's append-only event log; seq is global and strictly increasing."""

    seq: int
    type: str
    created_at: datetime
    data: dict[str, Any]


class EventList(WireModel):
    items: list[Event]
    last_seq: int


# --- errors ---------------------------------------------------------------------------------------


class Problem(BaseModel):
    """RFC 9457 problem details. Extra members are allowed by the RFC."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str | None = Field(default=None, description="stable machine-readable code for the console")
    errors: list[dict[str, Any]] | None = None
    # On a 412 (version_mismatch): what is stored now and its ETag, so both values can be shown at once.
    current: dict[str, Any] | None = None
    etag: str | None = None


class Health(WireModel):
    status: Literal["ok"] = "ok"
    training: bool = False
    version: str
