"""The dispatch fallback timers: one task per signed-in account that sets `fallback_due` on an open
dispatch when its deadline passes (not received by the server, or not acknowledged by the agency, within
Settings.dispatch_receive_timeout_s / dispatch_ack_timeout_s of the press). Measured from the stored press
time, so they survive a restart; the task sleeps until the nearest deadline or until a press wakes it.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from annyeong.console.changes import Changes
from annyeong.console.context import Account, CoreContext
from annyeong.console.dispatches.local import fallback_reason_at, next_fallback_check
from annyeong.console.sync.waiting import cancel_and_wait, wait_event

log = logging.getLogger("annyeong.console.dispatches.local")


class FallbackTimers:
    def __init__(self, ctx: CoreContext) -> None:
        self._ctx = ctx
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    def ensure(self) -> None:
        """Arm the timers (a press, or dispatches from before a restart at sign-in)."""
        account = self._ctx.account
        if account is None:
            return
        self._wake.set()
        if self._task is not None and not self._task.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a synchronous tool): nothing can time out here anyway
        self._task = loop.create_task(self._watch(account), name="dispatch-watch")

    async def stop(self) -> None:
        """The account closed: its timers stop."""
        task, self._task = self._task, None
        await cancel_and_wait(task)
        self._wake = asyncio.Event()

    async def _watch(self, account: Account) -> None:
        """Set fallback_due when a deadline passes; sleeps until the next deadline or a new press."""
        receive_s = self._ctx.settings.dispatch_receive_timeout_s
        ack_s = self._ctx.settings.dispatch_ack_timeout_s
        while True:
            self._wake.clear()
            now = self._ctx.server_now()
            upcoming: list[datetime] = []
            changed = False
            try:
                for dispatch in account.store.dispatches.open_dispatches():
                    reason = fallback_reason_at(
                        dispatch, now, receive_timeout_s=receive_s, ack_timeout_s=ack_s
                    )
                    if reason is not None and reason != dispatch.fallback_reason:
                        account.store.dispatches.show_fallback(dispatch.client_id, reason)
                        log.warning("dispatch fallback due: %s", reason)
                        changed = True
                    at = next_fallback_check(dispatch, now, receive_timeout_s=receive_s, ack_timeout_s=ack_s)
                    if at is not None:
                        upcoming.append(at)
            except Exception:  # the timers must outlive a bad row; try again shortly
                log.exception("dispatch watch failed")
                upcoming.append(now)
                await asyncio.sleep(1.0)
            if changed:
                self._ctx.notify(Changes(dispatch=True))
            nearest = min(upcoming) if upcoming else None
            now = self._ctx.server_now()
            timeout = None if nearest is None else max(0.0, (nearest - now).total_seconds())
            await wait_event(self._wake, timeout)
