"""Counting role-level refusals per account, endpoint and minute (server.denials writes the rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annyeong.server.audited import Who

Row = tuple["Who", str, str]


@dataclass
class _Window:
    minute: datetime
    code: str
    who: Who
    more: int = 0


def _minute(at: datetime) -> datetime:
    return at.replace(second=0, microsecond=0)


def _summary(endpoint: str, window: _Window) -> Row:
    reason = f"{window.code}: {window.more} more in the minute from {window.minute:%Y-%m-%dT%H:%MZ}"
    return window.who, endpoint, reason


class DenialLog:
    def __init__(self) -> None:
        self._windows: dict[tuple[str, str], _Window] = {}

    def note(self, w: Who, endpoint: str, code: str, now: datetime) -> list[Row]:
        """The rows (who, endpoint, reason) this refusal must write: none while its minute's first row
        was written already."""
        key = (w.principal.id, endpoint)
        minute = _minute(now)
        window = self._windows.get(key)
        if window is not None and window.minute == minute:
            window.more += 1
            return []
        rows = [_summary(endpoint, window)] if window is not None and window.more else []
        self._windows[key] = _Window(minute, code, w)
        rows.append((w, endpoint, code))
        return rows

    def closed(self, now: datetime) -> list[Row]:
        """The count rows of the minutes that are over; their windows are forgotten."""
        minute = _minute(now)
        rows: list[Row] = []
        for key, window in list(self._windows.items()):
            if window.minute < minute:
                del self._windows[key]
                if window.more:
                    rows.append(_summary(key[1], window))
        return rows

    def pending(self) -> int:
        return len(self._windows)
