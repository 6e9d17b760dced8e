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
    checklist: bool = False  # the open contact's checklists: started, answered, moved, closed (issue 4)
    crisis: bool = False  # a crisis rule fired, or the crisis decision was recorded (issue 4)
    referral: bool = False  # a referral: submitted, delivered, its status moved on (issue 6)
    follow_ups: bool = False  # the follow-up list or its overdue count (issue 6)
    handoffs: bool = False  # a handoff sent, received, answered; a contact taken over (issue 7)
    board: bool = False  # the shift lead's board, shift report or statistics (issue 7)
    messages: bool = False  # a message from a shift lead arrived or was dismissed (issue 7)
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
