"""What a shift lead must hear about at once besides dispatches (console/dispatches/floor.py): a crisis a
counselor's checklist raised, a chat waiting in the queue whose person wrote a crisis expression, and a
handoff nobody accepted in time (escalated). Pure: no I/O, no Qt; ConsoleCore feeds it the crisis.raised,
queue.crisis, call.updated and handoff.* events the server sends leads, so the lead's console alerts while
the board is not on screen, or the window is minimised.

The board lists them too; this keeps only what is still open: a crisis until its decision is recorded, a
waiting crisis chat until it leaves the queue (a counselor took it: crisis.raised follows; or the person
left), an escalated handoff until someone takes it, it is assigned, or it ends.
"""

from __future__ import annotations

import contextlib

from pydantic import ValidationError

from annyeong.console.wire import BoardCall, CrisisAlert, Event, Handoff

WAITING = ("queued", "offered")


class FloorAlerts:
    def __init__(self) -> None:
        self.crises: dict[str, CrisisAlert] = {}  # by contact id
        self.escalated: dict[str, Handoff] = {}  # by handoff id
        self.waiting: dict[str, BoardCall] = {}  # crisis chats still in the queue, by call id

    def seen(self, event: Event, my_id: str | None) -> bool:
        """Record `event`; True if what is open changed. `my_id`: the lead's own crisis is theirs to act
        on already, never an alert."""
        if event.type == "crisis.raised":
            with contextlib.suppress(ValidationError):
                alert = CrisisAlert.model_validate(event.data)
                if alert.decided or alert.counselor.id == my_id:
                    return self.crises.pop(alert.contact_id, None) is not None
                known = self.crises.get(alert.contact_id)
                self.crises[alert.contact_id] = alert
                return known is None or known != alert
        elif event.type == "queue.crisis":
            with contextlib.suppress(ValidationError):
                call = BoardCall.model_validate(event.data)
                if call.status not in WAITING:
                    return self.waiting.pop(call.id, None) is not None
                new = call.id not in self.waiting
                self.waiting[call.id] = call
                return new
        elif event.type == "call.updated":
            # Out of the queue (accepted, or the person left): the waiting notice has done its work.
            call_id, status = str(event.data.get("id", "")), event.data.get("status")
            if call_id in self.waiting and status not in WAITING:
                del self.waiting[call_id]
                return True
        elif event.type in ("handoff.escalated", "handoff.updated"):
            with contextlib.suppress(ValidationError):
                handoff = Handoff.model_validate(event.data)
                still_open = handoff.status == "pending" and handoff.escalated_at is not None
                if not still_open or handoff.from_user.id == my_id:
                    return self.escalated.pop(handoff.id, None) is not None
                new = handoff.id not in self.escalated
                self.escalated[handoff.id] = handoff
                return new
        elif event.type == "contact.entry_added" and event.data.get("kind") == "crisis_decision":
            return self.crises.pop(str(event.data.get("contact_id", "")), None) is not None
        elif event.type == "contact.updated" and event.data.get("wrapped_up_at"):
            # Wrapped up: its crisis was decided (a wrap-up requires it) or is over.
            return self.crises.pop(str(event.data.get("id", "")), None) is not None
        return False

    def open_crises(self) -> list[CrisisAlert]:
        return sorted(self.crises.values(), key=lambda c: c.raised_at)

    def board_seen(self, waiting_calls: list[BoardCall]) -> None:
        """A board just read: its waiting crisis chats are the ones open, whatever events this console
        missed (it was closed when queue.crisis came, or resumed after it)."""
        self.waiting = {c.id: c for c in waiting_calls if c.crisis and c.status in WAITING}

    def waiting_crises(self) -> list[BoardCall]:
        return sorted(self.waiting.values(), key=lambda c: (c.created_at, c.id))

    def open_escalations(self) -> list[Handoff]:
        return sorted(self.escalated.values(), key=lambda h: (h.escalated_at or h.created_at, h.id))
