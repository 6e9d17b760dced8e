"""Unexpected errors: log them without personal data, show the non-modal banner, keep the console running.

Covers three paths by which an exception escapes our code: ``sys.excepthook`` (Qt slots, and qasync's
asyncSlot, which reports through it), the asyncio loop's exception handler (callbacks and tasks nobody
awaited), and TaskRegistry's ``on_error``.

Log lines carry the exception type and the stack frames (file, line, function) but never the exception
message or local values: a message can contain a phone number or a note a caller dictated.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

log = logging.getLogger("annyeong.errors")

Report = Callable[[BaseException], None]


def scrubbed_trace(exc: BaseException) -> str:
    """The traceback of ``exc`` with frames only: no message, no values."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join([f"{type(exc).__module__}.{type(exc).__qualname__}", *lines])


def log_exception(exc: BaseException, *, where: str) -> None:
    log.error("unexpected %s in %s\n%s", type(exc).__name__, where, scrubbed_trace(exc))


class ErrorGuard:
    """Installs the hooks; ``uninstall()`` puts the previous ones back (tests, shutdown)."""

    def __init__(self, report: Report) -> None:
        self._report = report
        self._previous_hook: Callable[..., Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous_handler: Any = None
        self._reporting = False

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> ErrorGuard:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        if loop is not None:
            self._loop = loop
            self._previous_handler = loop.get_exception_handler()
            loop.set_exception_handler(self._loop_handler)
        return self

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        if self._loop is not None:
            self._loop.set_exception_handler(self._previous_handler)
            self._loop = None

    def handle(self, exc: BaseException, *, where: str = "task") -> None:
        """Log and report one exception (also the TaskRegistry's error handler)."""
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            return
        log_exception(exc, where=where)
        if self._reporting:
            return  # an error while showing an error: logging it is all we can safely do
        self._reporting = True
        try:
            self._report(exc)
        except Exception as inner:
            log_exception(inner, where="error report")
        finally:
            self._reporting = False

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            if self._previous_hook is not None:
                self._previous_hook(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.handle(exc, where="slot")

    def _loop_handler(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException) and not isinstance(exc, asyncio.CancelledError):
            self.handle(exc, where="event loop")
        else:
            # No exception object: the message is asyncio's own text (no personal data).
            log.error("event loop: %s", context.get("message", "unknown error"))
