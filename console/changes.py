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
    dispatch: bool = False  # Emergency dispatches: a press, a step, a fallback, a delivery
    checklist: bool = False  # The open contact's checklists: started, answered, moved, closed
    crisis: bool = False  # A crisis rule fired, or the crisis decision was recorded
    referral: bool = False  # A referral: submitted, delivered, its status moved on
    follow_ups: bool = False  # The follow-up list or its overdue count
    handoffs: bool = False  # A handoff sent, received, answered; a contact taken over
    board: bool = False  # The shift lead's board, shift report or statistics
    messages: bool = False  # A message from a shift lead arrived or was dismissed
    chat: bool = False  # a live chat: a message, a receipt, typing, its end (console/chats/)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


ALL = Changes(
    session=True, presence=True, sync=True, call=True, contact=True, notes=True, details=True, dispatch=True,
    checklist=True, crisis=True, referral=True, follow_ups=True, handoffs=True, board=True, messages=True,
    chat=True,
)
