"""When a dispatch's panel comes back by itself, and when it stays on screen.

The panel steps aside (접기, or for the next contact) without closing the dispatch, and the header chip
reminds. Two things cannot wait behind a chip: a fallback that fell due ("phone 112 now") and a failure the
agency reported (the person was not reached; the counselor must act again). Each brings the panel back,
over the next call if need be, once per reason, and keeps it on screen when the next contact opens.
Otherwise an open dispatch comes back on its own only for the contact it belongs to, and not once it was
put away. Plain Python: the panel asks, and shows or hides.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annyeong.console.dispatches.local import LocalDispatch


def alarm(dispatch: LocalDispatch) -> str | None:
    """What about this dispatch cannot wait: "failed", the fallback's reason, or None."""
    return "failed" if dispatch.status == "failed" else dispatch.fallback_due


class Recall:
    def __init__(self) -> None:
        self._put_away: set[str] = set()  # open dispatches whose panel was put away (the chip reminds)
        self._raised: dict[str, str] = {}  # client id → the alarm already raised for it

    def newly_due(self, dispatches: Iterable[LocalDispatch], on_screen: str | None) -> list[str]:
        """The dispatches whose alarm is new (or changed reason) since the last look. A failure shown on
        screen is not raised again: the counselor there just saw, or recorded, it."""
        raised: list[str] = []
        for d in dispatches:
            due = alarm(d)
            if due is not None and self._raised.get(d.client_id) != due:
                if not (due == "failed" and on_screen == d.client_id):
                    raised.append(d.client_id)
                self._raised[d.client_id] = due
        return raised

    def put_away(self, client_id: str) -> None:
        self._put_away.add(client_id)

    def brought_back(self, client_id: str) -> None:
        self._put_away.discard(client_id)

    def comes_back(self, dispatch: LocalDispatch, contact_id: str | None) -> bool:
        """An open dispatch (from before a restart, or after its contact ended) shows again by itself,
        unless it was put away, or it belongs to another contact than the open one."""
        return dispatch.client_id not in self._put_away and (
            contact_id is None or dispatch.contact_id == contact_id)

    @staticmethod
    def stays_for_next_contact(dispatch: LocalDispatch) -> bool:
        return alarm(dispatch) is not None
