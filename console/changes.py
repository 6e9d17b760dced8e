"""Which parts of the console state changed, so each widget can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass


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

    # The core combines one of these per feature for every event and every delivered row (a dozen each,
    # nearly all empty), on the GUI thread: read the instance dict, and let an empty side cost nothing.
    def __or__(self, other: Changes) -> Changes:
        if not other:
            return self
        if not self:
            return other
        theirs = other.__dict__
        return Changes(**{name: mine or theirs[name] for name, mine in self.__dict__.items()})

    def __bool__(self) -> bool:
        return any(self.__dict__.values())


ALL = Changes(
    session=True, presence=True, sync=True, call=True, contact=True, notes=True, details=True, dispatch=True,
    checklist=True, crisis=True, referral=True, follow_ups=True, handoffs=True, board=True, messages=True,
    chat=True,
)
