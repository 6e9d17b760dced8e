"""The floor's emergency dispatches as a shift lead's console knows them (the lead is alerted at
once). Pure: no I/O, no Qt; ConsoleCore (console/dispatches/ops.py) feeds it dispatch.updated events and
one GET /v1/dispatches?open=true at sign-in.

The server sends every shift lead each dispatch's steps, as full views without the numbers. This keeps the
newest view of each, so the lead's header can count those still awaiting their outcome and the notices can
name who pressed, for which service, and when.
"""

from __future__ import annotations

from typing import Final

from annyeong.console.wire import Dispatch

# Not yet contact confirmed / failed (nor closed): the same set as the board's "출동 확인 대기".
AWAITING: Final = frozenset({"received", "acknowledged", "en_route"})
CANCEL_KEPT: Final = 50  # the lead's notices of withdrawn dispatches: a shift's worth, never a log


class FloorDispatches:
    def __init__(self) -> None:
        # One sign-in's worth: Dispatches.reset starts afresh for the next person.
        self._by_id: dict[str, Dispatch] = {}
        # Ids known to be finished: a view read earlier but answered later (the sign-in GET racing the
        # event stream) must not bring one back. Ids only, a few dozen bytes per dispatch.
        self._finished: set[str] = set()
        # Withdrawn dispatches (요청 취소), newest view of each: the lead is told of each one.
        self._cancels: dict[str, Dispatch] = {}

    def cancellations(self) -> list[Dispatch]:
        """Dispatches withdrawn this sign-in (cancel requested, maybe acknowledged), oldest first."""
        return sorted(self._cancels.values(), key=lambda d: (d.cancel_requested_at or d.received_at, d.id))

    def _record_cancel(self, dispatch: Dispatch) -> bool:
        if dispatch.cancel_requested_at is None:
            return False
        known = self._cancels.get(dispatch.id)
        if known is not None and (len(known.steps) >= len(dispatch.steps)):
            return False
        self._cancels[dispatch.id] = dispatch
        while len(self._cancels) > CANCEL_KEPT:
            self._cancels.pop(self.cancellations()[0].id)
        return True

    def record(self, dispatch: Dispatch) -> bool:
        """Keep the newer of the known view and `dispatch` (more steps recorded). True if the set of
        awaiting dispatches, or what one of them says, or the withdrawn ones changed."""
        cancel_changed = self._record_cancel(dispatch)
        return self._record(dispatch) or cancel_changed

    def _record(self, dispatch: Dispatch) -> bool:
        if dispatch.id in self._finished:
            return False
        if dispatch.status not in AWAITING:
            self._finished.add(dispatch.id)
            return self._by_id.pop(dispatch.id, None) is not None
        known = self._by_id.get(dispatch.id)
        if known is not None and (len(known.steps) > len(dispatch.steps) or known == dispatch):
            return False  # an older view (or the same one) after a newer one
        self._by_id[dispatch.id] = dispatch
        return True

    def awaiting(self) -> list[Dispatch]:
        """Dispatches still awaiting their outcome, oldest first."""
        return sorted(self._by_id.values(), key=lambda d: (d.received_at, d.id))


def pressed_by(dispatch: Dispatch) -> set[str]:
    """Everyone who pressed for it: the first counselor and anyone whose press joined it."""
    return {dispatch.counselor.id, *(r.by.id for r in dispatch.requests)}
