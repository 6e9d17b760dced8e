"""Waiting for an asyncio.Event with a timeout, without losing a cancellation; and stopping a task.

On Python 3.11, `asyncio.wait_for(event.wait(), t)` returns normally when the event is set in the same
loop iteration as the task is cancelled: the cancellation is swallowed, and a background loop built on it
keeps running after `task.cancel()` (its owner's `await task` then never returns). `asyncio.wait` never
swallows the outer task's cancellation.
"""

from __future__ import annotations

import asyncio
import contextlib


async def wait_event(event: asyncio.Event, timeout: float | None) -> bool:
    """Wait until `event` is set or `timeout` seconds pass (None: no limit). True if it was set."""
    if event.is_set():
        return True
    waiter = asyncio.ensure_future(event.wait())
    try:
        await asyncio.wait({waiter}, timeout=timeout)
    finally:
        waiter.cancel()
    return event.is_set()


async def cancel_and_wait(task: asyncio.Task[object] | asyncio.Task[None] | None) -> None:
    """Cancel a background task (None: nothing to stop) and return once it has finished."""
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
