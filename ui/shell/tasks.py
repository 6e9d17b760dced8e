"""Background tasks of the UI, kept alive and cancellable.

Guarantees:
- every spawned task is strongly referenced until it finishes (asyncio itself only keeps weak refs);
- ``latest(name, coro)`` cancels the previous task of that name, so a slow answer for an old call can
  never overwrite the card of a newer one;
- an exception that escapes a task goes to ``on_error`` (the error banner), once; cancellation does not.

Hazard: ``cancel_all`` must be awaited before the loop closes, or cancelled tasks never run their
``finally`` blocks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskRegistry:
    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._on_error = on_error
        self._closed = False

    def set_error_handler(self, on_error: Callable[[BaseException], None]) -> None:
        self._on_error = on_error

    def spawn(
        self, coro: Coroutine[Any, Any, T], *, name: str | None = None
    ) -> asyncio.Task[T] | None:
        if self._closed:
            # Shutting down: Qt still delivers signals queued before the window closed (a sync change,
            # a timer). Starting work now would outlive the core it talks to, so it is dropped quietly.
            coro.close()
            log.debug("dropped %s: the console is shutting down", name or "task")
            return None
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def latest(self, name: str, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T] | None:
        """Run ``coro`` as the only live task called ``name`` (latest wins)."""
        previous = self._named.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = self.spawn(coro, name=name)
        if task is not None:
            self._named[name] = task
        return task

    def cancel(self, name: str) -> None:
        task = self._named.pop(name, None)
        if task is not None and not task.done():
            task.cancel()

    async def cancel_all(self) -> None:
        self._closed = True
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._named.clear()

    def __len__(self) -> int:
        return sum(1 for t in self._tasks if not t.done())

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        name = task.get_name()
        if self._named.get(name) is task:
            del self._named[name]
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("background task %s failed: %s", name, type(exc).__name__)
