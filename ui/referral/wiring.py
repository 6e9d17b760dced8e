"""Referrals and follow-ups in the main window: keeps the 연계 tab, the status chips, the
timeline, the follow-up list and the header's count in step with the core, and fetches the
follow-up list from the server at sign-in, whenever the connection comes back, and every few
minutes (events keep it live in between) — everyone's too while a shift lead has 전체 chosen.
Also opens the 인계 panel for the history column's case.

A QObject owned by the window, so the window itself only composes widgets and connects this once.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from annyeong.console.errors import ConsoleError
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.follow_up.count import FollowUpCount
from annyeong.ui.follow_up.due_list import FollowUpDueList
from annyeong.ui.handoff.labels import handoff_error_text

if TYPE_CHECKING:
    from annyeong.console.changes import Changes
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import SyncStatus
    from annyeong.ui.contact.view import ContactView
    from annyeong.ui.history.panel import HistoryPanel
    from annyeong.ui.shell.bridge import CoreBridge
    from annyeong.ui.shell.tasks import TaskRegistry

REFRESH_MS = 180_000  # the server's list is read again this often (events cover the time between)


class ReferralWiring(QObject):
    def __init__(
        self, core: ConsoleCore, bridge: CoreBridge, tasks: TaskRegistry, *, contact: ContactView,
        history: HistoryPanel, follow_ups: FollowUpDueList, count: FollowUpCount, parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralWiring")
        self._core = core
        self._tasks = tasks
        self._contact = contact
        self._history = history
        self._follow_ups = follow_ups
        self._count = count
        self._online = False
        bridge.changed.connect(self.on_changes)
        bridge.session_changed.connect(self.reload_follow_ups)
        bridge.sync_changed.connect(self._on_sync_changed)
        follow_ups.changed.connect(count.refresh)
        count.clicked.connect(follow_ups.focus_list)
        follow_ups.scope_changed.connect(lambda _scope: self.reload_follow_ups())
        # 이 사례 인계 from the history column: the same SBAR panel as the contact's 인계.
        history.case_handoff_requested.connect(self.open_case_handoff)
        contact.referral.submitted.connect(lambda _id: self.refresh_referrals())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload_follow_ups)
        self._timer.start()

    def open_referral(self, target: str, result: object = None) -> bool:
        """A checklist result's next step (or any caller): the 연계 tab with `target`'s form open."""
        checklist = result if isinstance(result, dict) else None
        if not self._contact.referral.open_target(target, checklist):
            return False
        self._contact.show_page("referral")
        self._contact.referral.submit_button.setFocus()
        return True

    def on_changes(self, changes: Changes) -> None:
        if changes.referral or changes.contact:
            self.refresh_referrals(reload_timeline=changes.referral)
        if changes.follow_ups or changes.session:
            self._follow_ups.refresh()
        if changes.contact and self._core.active_contact is None:
            self._contact.referral.reset()

    def refresh_referrals(self, *, reload_timeline: bool = False) -> None:
        self._contact.referral_chips.refresh()
        if self._contact.referral.page() == "picker":
            self._contact.referral.refresh()
        active = self._core.active_contact
        if reload_timeline and active is not None:
            self._history.reload(active.contact_id)  # the case timeline lists referrals with their status

    def reload_follow_ups(self) -> None:
        if self._core.me is None:
            self._follow_ups.refresh()
            return

        everyone = self._follow_ups.scope() == "all"

        async def read() -> None:
            with contextlib.suppress(ConsoleError):  # offline: the cached list and count stay
                await self._core.follow_ups.refresh_follow_ups()
            if everyone:
                with contextlib.suppress(ConsoleError):
                    await self._core.follow_ups.refresh_all_follow_ups()

        coro = read()
        try:
            self._tasks.latest("follow-ups", coro)
        except RuntimeError:  # the window is closing: its task registry takes no more work
            coro.close()

    def open_case_handoff(self, case_id: str) -> None:
        """The SBAR panel for a case (not the live contact), prefilled from the case on the server."""
        window = self.parent()
        wiring = getattr(window, "shift_lead", None)  # made after this object, in the same window
        if wiring is None:
            return

        def show(text: str) -> None:
            show_error = getattr(window, "show_error", None)
            if show_error is not None:
                show_error(text)

        CoreOp(self._core.handoffs.case_handoff_draft(case_id)).success(wiring.panel.open_for).failure(
            show, text=handoff_error_text).run_in_background(self._tasks, latest="case-handoff")

    def _on_sync_changed(self, status: SyncStatus) -> None:
        online = status.state == "online"
        if online and not self._online:
            self.reload_follow_ups()  # back online: what happened meanwhile
        self._online = online
