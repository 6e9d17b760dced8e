"""Plain values the core exposes to the UI: sync status and the open contact (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from console.wire import CallerSummary

SyncState = Literal["online", "offline", "connecting", "auth_required", "stopped"]


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    pending: int
    failed: int
    last_error: str | None  # a code, not a sentence


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
