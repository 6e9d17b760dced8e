"""Emergency dispatch (112 / 119), the console's side: codes, the local view of a dispatch and its rules.

Pure: no I/O, no clock of its own (callers pass `now`). The codes are the wire's (console.wire
DispatchService, RiskNature, CallerRelation, DispatchLocation); the UI turns them into words.

The life of a dispatch as this console sees it:

    requested (local, at the press) → received (the server has it) → acknowledged (liaison, incident
    number) → en_route → contact_confirmed | failed (reason) → closed

or, for a mistaken press, requested → … → cancel_requested (the counselor withdrew it, with a reason)
→ cancelled (the liaison says the agency stood down) → closed: a step of the same dispatch, never an
erasure, and one that cannot be taken back.

plus two side steps: fallback_shown (this console told the counselor to phone 112/119 directly, with the
reason code) and fallback_called (the counselor says they did). Timestamps are kept per step; the first
one known wins, so a late or repeated event never moves a step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from annyeong.console.wire import (
    CallerRelation,
    Dispatch,
    DispatchCancelReason,
    DispatchLocation,
    DispatchService,
    RiskNature,
)

Service = DispatchService
SERVICES: Final[tuple[Service, ...]] = get_args(DispatchService)
RISK_NATURES: Final[tuple[RiskNature, ...]] = get_args(RiskNature)
CALLER_RELATIONS: Final[tuple[CallerRelation, ...]] = get_args(CallerRelation)
CANCEL_REASONS: Final[tuple[DispatchCancelReason, ...]] = get_args(DispatchCancelReason)

LocalStatus = Literal[
    "requested", "received", "acknowledged", "en_route", "contact_confirmed", "failed", "cancel_requested",
    "cancelled", "closed",
]
Outcome = Literal["contact_confirmed", "failed"]
OUTCOMES: Final[tuple[Outcome, ...]] = ("contact_confirmed", "failed")
FallbackReason = Literal["not_received", "not_acknowledged"]

# The wire's limits (console.wire DispatchCreate / DispatchStatusUpdate). Free text longer than this is
# cut, never refused: no form field may block a dispatch.
MAX_SUMMARY: Final = 4000
MAX_NUMBER: Final = 32
MAX_ADDRESS: Final = 300
MAX_LANDMARK: Final = 200
MAX_REASON: Final = 500

# Defaults of the fallback timers (Settings.dispatch_receive_timeout_s / dispatch_ack_timeout_s).
RECEIVE_TIMEOUT_S: Final = 5.0
ACK_TIMEOUT_S: Final = 60.0


class DispatchFields(BaseModel):
    """What a dispatch says about the person and the situation (everything but the service).

    All optional: the server fills the person's number from the contact when none is given.
    `counselor_name` is for the read-out summary only (the server knows who pressed)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    person_number: str | None = None
    location: DispatchLocation = Field(default_factory=DispatchLocation)
    risk: tuple[RiskNature, ...] = ()
    caller_relation: CallerRelation | None = None
    counselor_name: str | None = None
    callback_line: str | None = None
    summary: str = ""


@dataclass(frozen=True)
class LocalDispatch:
    """One press (an intent) as this console knows it.

    `client_id` is made at the press and is the dispatch id and Idempotency-Key on the server; when the
    server joined this press to another console's dispatch for the same contact and service, `server_id`
    is that dispatch's id (events carry it) and `deduplicated` is True.

    `server` is the server's latest view (the full step record, who pressed, both paths) or None while it
    has not answered. `delivery_error` is the problem code of a refused or retried send (never a sentence).
    """

    client_id: str
    contact_id: str | None
    service: Service
    fields: DispatchFields
    pressed_at: datetime
    server_id: str | None = None
    deduplicated: bool = False
    received_at: datetime | None = None
    acknowledged_at: datetime | None = None
    incident_number: str | None = None
    en_route_at: datetime | None = None
    contact_confirmed_at: datetime | None = None
    failed_at: datetime | None = None
    failed_reason: str | None = None
    closed_at: datetime | None = None
    fallback_reason: FallbackReason | None = None
    fallback_shown_at: datetime | None = None
    fallback_called_at: datetime | None = None
    server: Dispatch | None = None
    delivery_error: str | None = None
    unsent_steps: int = 0  # the counselor's steps (fallback_called, outcome, close) not yet on the server
    cancel_requested_at: datetime | None = None
    cancel_acknowledged_at: datetime | None = None
    cancel_reason: DispatchCancelReason | None = None
    cancel_note: str | None = None

    @property
    def status(self) -> LocalStatus:
        """The furthest step reached (closed > cancel > outcome > en_route > acknowledged > received >
        requested)."""
        if self.closed_at is not None:
            return "closed"
        if self.cancel_acknowledged_at is not None:
            return "cancelled"
        if self.cancel_requested_at is not None:
            return "cancel_requested"
        if self.failed_at is not None:
            return "failed"
        if self.contact_confirmed_at is not None:
            return "contact_confirmed"
        if self.en_route_at is not None:
            return "en_route"
        if self.acknowledged_at is not None:
            return "acknowledged"
        if self.received_at is not None:
            return "received"
        return "requested"

    @property
    def outcome(self) -> Outcome | None:
        if self.failed_at is not None:
            return "failed"
        if self.contact_confirmed_at is not None:
            return "contact_confirmed"
        return None

    @property
    def open(self) -> bool:
        """Not closed by the counselor: its panel stays on screen."""
        return self.closed_at is None

    @property
    def cancelled(self) -> bool:
        """Withdrawn (cancel requested, whether or not the agency confirmed it stood down)."""
        return self.cancel_requested_at is not None

    @property
    def cancellable(self) -> bool:
        """요청 취소 is still possible: open, no outcome and not withdrawn already."""
        return self.open and self.outcome is None and not self.cancelled

    @property
    def joinable(self) -> bool:
        """A new press for the same contact and service returns this intent instead of making another
        (the server's rule too: a failed, withdrawn or closed dispatch is finished, a new press is a new
        one)."""
        return self.closed_at is None and self.failed_at is None and not self.cancelled

    @property
    def needs_reminder(self) -> bool:
        """True until contact_confirmed or failed is recorded (by the liaison or the counselor): the
        988-style rule that the centre confirms emergency services actually reached the person. A
        withdrawn dispatch sent nobody to reach."""
        return self.closed_at is None and self.outcome is None and not self.cancelled

    @property
    def reminds(self) -> bool:
        """The header's chip stands for it: until its outcome is recorded, and a failure the agency
        reported until the counselor closes it (the person was not reached)."""
        return self.needs_reminder or (self.failed_at is not None and self.closed_at is None)

    @property
    def fallback_due(self) -> FallbackReason | None:
        """The reason to tell the counselor to phone 112/119 directly NOW, or None.

        Set by the core's timers (fallback_reason: the latest reason shown); it stays due until
        someone is known to be on it: the liaison acknowledged, the counselor recorded fallback_called, an
        outcome, or the close. A dispatch that arrived late but is not acknowledged is not_acknowledged."""
        if self.fallback_reason is None or self.fallback_called_at is not None or self.cancelled:
            return None
        if self.acknowledged_at is not None or self.outcome is not None or self.closed_at is not None:
            return None
        return "not_acknowledged" if self.received_at is not None else self.fallback_reason


def fallback_reason_at(
    dispatch: LocalDispatch, now: datetime, *, receive_timeout_s: float, ack_timeout_s: float
) -> FallbackReason | None:
    """Which fallback applies at `now` (measured from the press), regardless of what was shown before.

    not_received: the server has not confirmed it within receive_timeout_s; not_acknowledged: it did, but
    no liaison acknowledged within ack_timeout_s. None once acknowledged, with an outcome, withdrawn or
    closed."""
    if dispatch.acknowledged_at is not None or dispatch.outcome is not None or not dispatch.open \
            or dispatch.cancelled:
        return None
    elapsed = (now - dispatch.pressed_at).total_seconds()
    if dispatch.received_at is None and elapsed >= receive_timeout_s:
        return "not_received"
    if elapsed >= ack_timeout_s:
        return "not_acknowledged"
    return None


def next_fallback_check(
    dispatch: LocalDispatch, now: datetime, *, receive_timeout_s: float, ack_timeout_s: float
) -> datetime | None:
    """When `fallback_reason_at` may next give a different answer (None: never, for this dispatch)."""
    if dispatch.acknowledged_at is not None or dispatch.outcome is not None or not dispatch.open \
            or dispatch.cancelled:
        return None
    deadlines = []
    if dispatch.received_at is None:
        deadlines.append(dispatch.pressed_at + timedelta(seconds=receive_timeout_s))
    deadlines.append(dispatch.pressed_at + timedelta(seconds=ack_timeout_s))
    upcoming = [d for d in deadlines if d > now]
    return min(upcoming) if upcoming else None


def clip(text: str | None, limit: int) -> str | None:
    """Free text cut to the wire's limit (stripped; empty → None). Cutting beats refusing here."""
    if text is None:
        return None
    text = text.strip()
    return text[:limit] or None
