"""One way for a widget to run a core operation, after Anki's CollectionOp: say what to do, what to show
when it worked and where the words go when it did not, then run it.

    CoreOp(handoffs.accept_handoff(handoff_id)).failure(show_error).run_in_background(tasks)
    outcome = await CoreOp(calls.decline_call(call_id, reason=reason)).failure(show).run()
    outcome = CoreOp.now(lambda: referrals.submit_referral(draft, values, consent=consent)).failure(show)…

Failure handling lives here and only here: a ConsoleError (every error the core raises on purpose) becomes
a sentence through `text` (default ui/text/messages.py: error_text, which never shows a code, key or path) and
goes to the failure callback; nothing else is caught, so a bug still reaches the crash guard and the error
banner through the task registry (ui/shell/tasks.py) instead of being worded as a refusal.

Background runs go on the window's TaskRegistry: held until done, cancelled with the window, and
`latest=name` cancels the previous run of that name (a slower answer never overwrites a newer one).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from annyeong.console.errors import ConsoleError
from annyeong.ui.shell.tasks import TaskRegistry
from annyeong.ui.text.messages import error_text

log = logging.getLogger(__name__)

T = TypeVar("T")
E = TypeVar("E", bound=ConsoleError)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a run came to: `ok` with the operation's value, or the error and the sentence shown for it."""

    ok: bool
    value: T | None = None
    error: ConsoleError | None = None
    message: str = ""


class CoreOp(Generic[T]):
    """A core operation as a widget starts it. Build with the awaitable (or `CoreOp.now` for the core's
    synchronous steps, which commit before they return), chain `success` / `failure` / `always`, then
    `run()` (await it in a slot), `run_now()` (synchronous) or `run_in_background(tasks)`."""

    def __init__(self, work: Awaitable[T] | None = None, *, call: Callable[[], T] | None = None) -> None:
        if (work is None) == (call is None):
            raise TypeError("CoreOp needs exactly one of an awaitable or a callable")
        self._work = work
        self._call = call
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[str], object] | None = None
        self._text: Callable[[ConsoleError], str] = error_text
        self._always: Callable[[], object] | None = None
        self._handlers: list[tuple[type[ConsoleError], Callable[[Any], object]]] = []
        self._owner: QObject | None = None

    @classmethod
    def now(cls, call: Callable[[], T]) -> CoreOp[T]:
        """A synchronous core step (the core commits it locally before returning)."""
        return cls(call=call)

    def success(self, on_success: Callable[[T], object]) -> CoreOp[T]:
        self._on_success = on_success
        return self

    def failure(
        self, on_failure: Callable[[str], object] | None = None, *,
        text: Callable[[ConsoleError], str] | None = None,
    ) -> CoreOp[T]:
        """Where the sentence goes when the core refuses; `text` words the error (default error_text).
        Without a callback the sentence is only returned (Outcome.message)."""
        self._on_failure = on_failure
        if text is not None:
            self._text = text
        return self

    def on(self, kind: type[E], handler: Callable[[E], object]) -> CoreOp[T]:
        """A refusal that is not only a sentence (a conflict showing both values, a field to mark):
        `handler` gets the error itself, and the failure callback is not called for it."""
        self._handlers.append((kind, handler))
        return self

    def within(self, owner: QObject) -> CoreOp[T]:
        """The callbacks belong to `owner`: when it is gone by the time the work ends (its window closed
        while the request was on the wire), none of them runs; the outcome is still returned."""
        self._owner = owner
        return self

    def always(self, after: Callable[[], object]) -> CoreOp[T]:
        """Runs after success and failure alike (re-enable a button, restore a combo box)."""
        self._always = after
        return self

    async def run(self) -> Outcome[T]:
        try:
            value = await self._work if self._work is not None else self._invoke()
        except ConsoleError as exc:
            if self._orphaned():
                return Outcome(ok=False, error=exc, message=self._text(exc))
            outcome = self._failed(exc)
        else:
            if self._orphaned():
                return Outcome(ok=True, value=value)
            outcome = self._succeeded(value)
        finally:
            if self._always is not None and not self._orphaned():
                self._always()
        return outcome

    def _orphaned(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def run_now(self) -> Outcome[T]:
        """For `CoreOp.now`: run the synchronous step here and handle its outcome."""
        if self._call is None:
            raise TypeError("run_now needs CoreOp.now(callable)")
        try:
            value = self._invoke()
        except ConsoleError as exc:
            outcome = self._failed(exc)
        else:
            outcome = self._succeeded(value)
        finally:
            if self._always is not None:
                self._always()
        return outcome

    def _invoke(self) -> T:
        assert self._call is not None
        return self._call()

    def run_in_background(
        self, tasks: TaskRegistry, *, name: str | None = None, latest: str | None = None
    ) -> asyncio.Task[Outcome[T]] | None:
        """On the registry: held until done and cancelled with the window. `latest`: the only live run of
        that name (a newer one cancels it). None when it could not start (no loop, or shutting down)."""
        run = self.run()
        try:
            task = tasks.latest(latest, run) if latest is not None else tasks.spawn(run, name=name)
        except RuntimeError:  # no running loop (a synchronous caller): nothing is started
            run.close()
            self.close()
            return None
        if task is None:
            self.close()  # the registry is shutting down and dropped it
        else:
            # Cancelled before it began (a newer `latest`): its work never ran and is closed unawaited.
            task.add_done_callback(lambda done: self.close() if done.cancelled() else None)
        return task

    def close(self) -> None:
        """Drop an operation that will not run (its coroutine is closed, so nothing warns about it)."""
        if asyncio.iscoroutine(self._work):
            self._work.close()

    def _failed(self, exc: ConsoleError) -> Outcome[T]:
        log.info("core operation refused: %s", exc.code)
        message = self._text(exc)
        for kind, handler in self._handlers:
            if isinstance(exc, kind):
                handler(exc)
                return Outcome(ok=False, error=exc, message=message)
        if self._on_failure is not None:
            self._on_failure(message)
        return Outcome(ok=False, error=exc, message=message)

    def _succeeded(self, value: T) -> Outcome[T]:
        if self._on_success is not None:
            self._on_success(value)
        return Outcome(ok=True, value=value)
