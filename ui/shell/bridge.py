"""CoreBridge: the one place where the Qt-free core's change notifications become Qt signals.

The core calls its listeners on the asyncio loop thread, which under qasync is the Qt thread, so signals
are emitted directly. Widgets connect to the narrow signals and decide for themselves what to refresh.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from annyeong.console.changes import Changes
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import SyncStatus

# While the outbox drains, the pending count changes with every delivered row (hundreds a second after a
# night offline): each sync_changed relays out the header, the notes pane and the idle view. A count-only
# change is shown at most this often; a change of state, failures or error is shown at once.
SYNC_COUNT_EVERY_S = 0.1


class CoreBridge(QObject):
    changed = Signal(object)  # Changes
    session_changed = Signal()
    presence_changed = Signal(str)  # the new Presence code
    sync_changed = Signal(object)  # SyncStatus
    call_changed = Signal(object)  # Call | None (the offered call, also when withdrawn)
    call_offered = Signal(object)  # Call, once per newly ringing call id
    call_withdrawn = Signal(str)  # call id that stopped ringing here (accepted, declined, missed, taken)
    contact_changed = Signal(object)  # ActiveContact | None
    notes_changed = Signal()
    dispatch_changed = Signal()  # an emergency dispatch: press, step, event, fallback timer, delivery
    session_expired = Signal()  # sync state went to auth_required (once per transition)

    def __init__(self, core: ConsoleCore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._attached = True
        self._ringing_id: str | None = None
        self._sync_state: str | None = None
        self._sync_shown: SyncStatus | None = None
        self._sync_shown_at = 0.0
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.timeout.connect(self._emit_sync)
        core.add_listener(self._on_core_changes)

    @property
    def core(self) -> ConsoleCore:
        return self._core

    def detach(self) -> None:
        """Stop re-emitting (the core has no remove_listener; the bridge simply goes quiet)."""
        self._attached = False

    def _on_core_changes(self, changes: Changes) -> None:
        if not self._attached:
            return
        core = self._core
        # `changed` listeners refresh from the core's state (the red button's glow, the crisis columns):
        # nothing for an event that changed nothing shown (a note added elsewhere) or for the outbox's
        # counts alone, which arrive with every delivered row while it drains.
        if replace(changes, sync=False):
            self.changed.emit(changes)
        if changes.session:
            self.session_changed.emit()
        if changes.presence:
            self.presence_changed.emit(str(core.presence))
        if changes.sync:
            status = core.sync_status
            if status.state == "auth_required" and self._sync_state != "auth_required":
                self.session_expired.emit()
            self._sync_state = status.state
            shown = self._sync_shown
            at_once = shown is None or (status.state, status.failed, status.last_error) != (
                shown.state, shown.failed, shown.last_error)
            wait = SYNC_COUNT_EVERY_S - (time.monotonic() - self._sync_shown_at)
            if at_once or wait <= 0:
                self._emit_sync()
            elif not self._sync_timer.isActive():
                self._sync_timer.start(max(1, round(wait * 1000)))
        if changes.call:
            self._emit_call()
        if changes.contact:
            self.contact_changed.emit(core.active_contact)
        if changes.notes:
            self.notes_changed.emit()
        if changes.dispatch:
            self.dispatch_changed.emit()

    def _emit_sync(self) -> None:
        self._sync_timer.stop()
        if not self._attached:
            return
        status = self._core.sync_status
        self._sync_shown, self._sync_shown_at = status, time.monotonic()
        self.sync_changed.emit(status)

    def _emit_call(self) -> None:
        call = self._core.offered_call
        ringing = call is not None and call.status == "offered"
        new_id = call.id if (call is not None and ringing) else None
        if self._ringing_id is not None and new_id != self._ringing_id:
            self.call_withdrawn.emit(self._ringing_id)
        if new_id is not None and new_id != self._ringing_id:
            self.call_offered.emit(call)
        self._ringing_id = new_id
        self.call_changed.emit(call)
