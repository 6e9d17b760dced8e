"""The case timeline lists a dispatch with its outcome: when one of the open contact's dispatches is
closed here, the history column reads the timeline again, once the close has reached the server (read at
once, the server still held it open, or not yet listed, and the column kept the old list all call long).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import SyncStatus
    from annyeong.ui.history.panel import HistoryPanel
    from annyeong.ui.shell.bridge import CoreBridge


class DispatchesOnTimeline(QObject):
    def __init__(self, history: HistoryPanel, core: ConsoleCore, bridge: CoreBridge, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchesOnTimeline")
        self._history = history
        self._core = core
        self._open: set[str] = set()  # client ids of the open contact's open dispatches
        self._due: str | None = None  # a contact whose timeline is read again once everything is sent
        bridge.dispatch_changed.connect(self._on_dispatch_changed)
        bridge.sync_changed.connect(self._on_sync_changed)

    def _on_dispatch_changed(self) -> None:
        contact = self._core.active_contact
        if contact is None:
            self._open = set()
            return
        now_open = {
            d.client_id for d in self._core.dispatches.open_dispatches if d.contact_id == contact.contact_id
        }
        if self._open - now_open:
            self._due = contact.contact_id
            self._on_sync_changed(self._core.sync_status)
        self._open = now_open

    def _on_sync_changed(self, status: SyncStatus) -> None:
        contact = self._core.active_contact
        if self._due is None or status.state != "online" or status.pending:
            return
        due, self._due = self._due, None
        if contact is not None and contact.contact_id == due:
            self._history.reload(due)
