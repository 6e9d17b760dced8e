"""Which parts of the console state changed, so each widget can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    session: bool = False
    presence: bool = False
    sync: bool = False
    call: bool = False
    contact: bool = False
    notes: bool = False
    details: bool = False  # the open contact's details (service types, summary, parties, follow-up)
    dispatch: bool = False  # emergency dispatches: a press, a step, a fallback, a delivery (issue 5)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


ALL = Changes(
    session=True, presence=True, sync=True, call=True, contact=True, notes=True, details=True, dispatch=True
)
