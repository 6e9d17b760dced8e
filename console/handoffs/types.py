"""The value types of handoffs: what the SBAR panel is prefilled from, what came to this
console through a handoff, and why a handoff was refused. Data only; console/handoffs/ops.py acts on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from annyeong.console.errors import ConsoleError
from annyeong.console.wire import Handoff, RiskTier, ServiceType


class HandoffRefused(ConsoleError):
    """busy_with_contact (accepting a live contact while one is open here), handoff_not_found,
    nothing_to_hand_off (no contact or case given)."""


@dataclass(frozen=True)
class HandoffDraft:
    """What the SBAR panel is prefilled from (data only; ui/handoff/panel.py words it)."""

    contact_id: str | None
    case_id: str | None
    live: bool
    channel: str | None
    started_at: datetime | None
    summary: str
    notes_excerpt: str
    service_types: tuple[ServiceType, ...]
    risk_tier: RiskTier | None
    risk_instrument: str | None
    risk_assessed_at: datetime | None
    flags: tuple[tuple[str, str], ...]  # (kind, instruction) of the case's active flags


@dataclass
class ReceivedContact:
    """A live contact that came to this console through a handoff."""

    handoff: Handoff
    # The previous holders' notes: entry id → (revision, body). Only the latest revision of each is kept.
    notes: dict[str, tuple[int, str]] = field(default_factory=dict)

    def notes_text(self) -> str:
        return "\n\n".join(body for _rev, body in self.notes.values() if body.strip())
