"""Plain values the core exposes to the UI: sync status and the open contact (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from annyeong.console.domain.contact_details import ContactDetails
from annyeong.console.wire import CallerSummary

SyncState = Literal["online", "offline", "connecting", "auth_required", "stopped"]


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    pending: int
    failed: int
    last_error: str | None  # a code, not a sentence
    # When the oldest row still waiting was committed (the UI shows its age); None: nothing waits.
    oldest_pending_at: datetime | None = None


@dataclass(frozen=True)
class ActiveContact:
    contact_id: str
    call_id: str
    channel: str
    caller: CallerSummary
    started_at: datetime
    ended_at: datetime | None
    note_text: str
    note_saved_at: datetime | None  # when the local draft was last committed; the draft is always durable
    # Contact details and wrap-up (all with defaults, so older constructors keep working):
    # Service types, summary, disposition, reporter, subject, follow-up (console.domain.contact_details).
    details: ContactDetails = field(default_factory=ContactDetails)
    details_saved_at: datetime | None = None
    case_id: str | None = None  # the server's case of this person, when it has one
    note_issue: str | None = None  # "note_too_long": kept locally, not sent until shortened
