"""CoreBridge: the one place where the Qt-free core's change notifications become Qt signals.

The core calls its listeners on the asyncio loop thread, which under qasync is the Qt thread, so signals
are emitted directly. Widgets connect to the narrow signals and decide for themselves what to refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from annyeong.console.changes import Changes
    from annyeong.console.core import ConsoleCore


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
            self.sync_changed.emit(status)
        if changes.call:
            self._emit_call()
        if changes.contact:
            self.contact_changed.emit(core.active_contact)
        if changes.notes:
            self.notes_changed.emit()
        if changes.dispatch:
            self.dispatch_changed.emit()

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
