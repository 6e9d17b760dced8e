"""The sync engine: pushes the outbox to the server and follows the server's event stream.

Two asyncio tasks on the app's loop (no threads):
  - push: drains the outbox row by row (emergency lane first, commit order per record); wakes when a row
    is added; backs off on connect errors, timeouts, 429 and 5xx (honouring Retry-After); on 401 pauses
    everything and reports auth_required once; any other 4xx parks the row as failed with the code.
    The emergency lane has its own short backoff (0.5-2 s) and is never held back by the normal lane's;
  - pull: follows GET /v1/events as SSE from the stored seq (Last-Event-ID), applies each event and stores
    its seq in one transaction, reconnects with backoff; a malformed event is logged and skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable

from httpx_sse import ServerSentEvent
from pydantic import ValidationError

from annyeong.console.api import events as api_events
from annyeong.console.api.client import ApiClient
from annyeong.console.errors import ApiError, AuthRequired, ConsoleError, Offline, StorageFull
from annyeong.console.state import SyncState, SyncStatus
from annyeong.console.store.local import LocalStore
from annyeong.console.store.outbox import Outbox, OutboxRow
from annyeong.console.sync.backoff import DEFAULT_BASE_S, DEFAULT_CAP_S, emergency_delay, next_delay
from annyeong.console.sync.deliverers import DELIVERERS
from annyeong.console.sync.waiting import wait_event
from annyeong.console.wire import Contact, Event, Problem

log = logging.getLogger(__name__)

# How often a full disk is tried again (each try is one small write that fails fast).
STORAGE_RETRY_S = 1.0

class SyncEngine:
    """Push and pull for one signed-in account.

    Guarantees:
      - a row leaves the outbox only after the server answered 2xx for it; a refused row is kept as failed;
      - events are applied in seq order, each at most once across restarts (LocalStore.consume_event);
      - `on_status` gets every distinct status, and the state enters auth_required once per pause
        (until `resume()`);
      - `stop()` cancels both tasks and returns when they have finished; nothing is lost by cancelling
        (an interrupted row is sent again with the same Idempotency-Key).
    Hazards: callbacks run on the loop inside the engine's tasks and must not block. `apply_event` runs
    inside the transaction that stores the event's seq (it may write to the store, and an exception from it
    only skips that event); `after_event` runs after that commit, the place to notify listeners.
    """

    def __init__(
        self,
        *,
        client: ApiClient,
        outbox: Outbox,
        store: LocalStore,
        apply_event: Callable[[Event], object],
        after_event: Callable[[], None] | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_row_done: Callable[[OutboxRow], None] | None = None,
        push: bool = True,
        pull: bool = True,
        rng: Callable[[], float] = random.random,
        base_delay_s: float = DEFAULT_BASE_S,
        cap_delay_s: float = DEFAULT_CAP_S,
    ) -> None:
        self._client = client
        self._outbox = outbox
        self._store = store
        self._apply_event = apply_event
        self._after_event = after_event
        self._on_status = on_status
        self._on_row_done = on_row_done
        self._push_enabled = push
        self._pull_enabled = pull
        self._rng = rng
        self._base = base_delay_s
        self._cap = cap_delay_s
        self._tasks: list[asyncio.Task[None]] = []
        self._wake = asyncio.Event()
        self._running = asyncio.Event()  # cleared while paused for sign-in
        self._running.set()
        self._progress = asyncio.Event()  # replaced after each delivered/failed row (a broadcast)
        self._hold_until = 0.0  # push waits until then after a server-wide failure
        self._state: SyncState = "stopped"
        self._last_error: str | None = None
        pending, failed = outbox.counts()
        self.status = SyncStatus("stopped", pending, failed, None)

    # --- control ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    def start(self) -> None:
        if self._tasks:
            return
        self._outbox.make_all_due()
        self._set_state("connecting")
        if self._push_enabled:
            self._tasks.append(asyncio.create_task(self._push_loop(), name="sync-push"))
        if self._pull_enabled:
            self._tasks.append(asyncio.create_task(self._pull_loop(), name="sync-pull"))

    def wake(self) -> None:
        """A row was added (or counts changed): re-check the outbox now and report the new counts."""
        self._emit()
        self._wake.set()

    def resume(self) -> None:
        """After a new sign-in: leave auth_required and retry at once."""
        if not self._running.is_set():
            self._running.set()
            self._hold_until = 0.0
            self._set_state("connecting" if self._tasks else "stopped")
            self._wake.set()

    async def stop(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._set_state("stopped")

    async def wait_delivered(
        self, idempotency_key: str | None = None, *, record_id: str | None = None, timeout: float
    ) -> bool:
        """Wait until the row with this key (or every row of this record) is no longer pending
        (delivered or failed). False on timeout."""
        deadline = time.monotonic() + timeout
        while self._outbox.has_pending(idempotency_key=idempotency_key, record_id=record_id):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._wake.set()
            await wait_event(self._progress, remaining)
        return True

    # --- status -----------------------------------------------------------------------------------

    def _set_state(self, state: SyncState, error: str | None = None) -> None:
        if not self._running.is_set() and state not in ("auth_required", "stopped"):
            return  # paused for sign-in: only a new sign-in (resume) leaves auth_required
        self._state = state
        if error is not None or state == "online":
            self._last_error = error
        self._emit()

    def _emit(self) -> None:
        pending, failed = self._outbox.counts()
        oldest = self._outbox.oldest_pending_at() if pending else None
        status = SyncStatus(self._state, pending, failed, self._last_error, oldest)
        if status != self.status:
            self.status = status
            if self._on_status is not None:
                self._on_status(status)

    def _pause_for_auth(self) -> None:
        if self._running.is_set():
            self._running.clear()
            self._set_state("auth_required", "auth_required")

    def _progressed(self) -> None:
        self._progress.set()
        self._progress = asyncio.Event()

    async def _sleep(self, seconds: float | None) -> None:
        """Sleep up to `seconds` (None: until woken); a wake() ends it early."""
        await wait_event(self._wake, seconds)

    def _delay(self, failures: int, retry_after: float | None = None) -> float:
        return next_delay(failures, base=self._base, cap=self._cap, rng=self._rng, retry_after=retry_after)

    # --- push -------------------------------------------------------------------------------------

    async def _push_loop(self) -> None:
        failures = 0  # consecutive server-wide failures of the normal lane, for its backoff
        emergency_failures = 0  # the same for the emergency lane, whose backoff is short and capped low
        while True:
            await self._running.wait()
            try:
                self._wake.clear()
                # While the normal lane is held back, emergency rows still go (never behind a 30 s backoff).
                hold = self._hold_until - time.time()
                # The attempt must be on disk before the row is sent (Outbox guarantees); the fsync runs in a
                # Worker thread, so the window never waits for the disk (ui_stall).
                row = self._outbox.claim_next(emergency_only=hold > 0, durable=False)
                if row is not None:
                    await asyncio.to_thread(self._outbox.make_durable)
                if row is None:
                    self._emit()
                    due = self._outbox.next_due_at(emergency_only=hold > 0)
                    waits = [w for w in (None if due is None else due - time.time(),
                                         hold if hold > 0 else None) if w is not None]
                    await self._sleep(max(0.0, min(waits)) if waits else None)
                    continue
                emergency = row.lane == "emergency"
                try:
                    result = await self._deliver(row)
                except (Offline, ApiError) as exc:
                    if isinstance(exc, ApiError) and not exc.retryable:
                        log.warning("outbox row %d (%s) refused: %s", row.id, row.kind, exc.code)
                        self._park(row, exc.code)
                    elif emergency:
                        emergency_failures += 1
                        self._back_off_emergency(row, emergency_failures, exc)
                    else:
                        failures += 1
                        self._back_off(row, failures, exc)
                except AuthRequired:
                    self._outbox.retry_later(row.id, delay_s=0.0, error="auth_required")
                    self._pause_for_auth()
                except StorageFull:
                    raise  # a deliverer's local write: not the row's fault, never park it for that
                except Exception as exc:  # a bug in a deliverer must not stop the outbox
                    log.exception("outbox row %d (%s) crashed: %s", row.id, row.kind, type(exc).__name__)
                    self._park(row, "client_error")
                else:
                    if emergency:
                        emergency_failures = 0
                    else:
                        failures = 0
                    if isinstance(result, Contact):
                        self._store.details.record_server_contact(result)  # the next If-Match
                    self._outbox.ack(row.id)
                    self._progressed()
                    self._set_state("online")
                    self._row_done(row)
            except StorageFull:
                # No room on this PC's disk to count the attempt (or to drop a delivered row): send
                # nothing until there is; a delivered row left in the outbox goes again under its key.
                self._set_state(self._state, StorageFull.default_code)
                await self._sleep(STORAGE_RETRY_S)

    def _row_done(self, row: OutboxRow) -> None:
        if self._on_row_done is not None:
            try:
                self._on_row_done(row)
            except Exception:  # a listener's bug must not stop the outbox
                log.exception("on_row_done failed for row %d (%s)", row.id, row.kind)

    def _park(self, row: OutboxRow, code: str) -> None:
        self._outbox.fail(row.id, error=code)
        self._progressed()
        self._emit()
        self._row_done(row)

    def _back_off(self, row: OutboxRow, failures: int, exc: Offline | ApiError) -> None:
        """Server-wide trouble: retry this row later and hold the whole queue back until then."""
        retry_after = exc.retry_after if isinstance(exc, ApiError) else None
        delay = self._delay(failures, retry_after)
        self._outbox.retry_later(row.id, delay_s=delay, error=exc.code)
        self._hold_until = time.time() + delay
        self._set_state("offline" if isinstance(exc, Offline) else self._state, exc.code)

    def _back_off_emergency(self, row: OutboxRow, failures: int, exc: Offline | ApiError) -> None:
        """Retry the emergency row soon; the normal lane waits anyway while an emergency row is pending."""
        retry_after = exc.retry_after if isinstance(exc, ApiError) else None
        delay = emergency_delay(failures, rng=self._rng, retry_after=retry_after)
        self._outbox.retry_later(row.id, delay_s=delay, error=exc.code)
        self._set_state("offline" if isinstance(exc, Offline) else self._state, exc.code)
        self._row_done(row)  # the dispatch shows why it is not through yet

    async def _deliver(self, row: OutboxRow) -> object:
        deliver = DELIVERERS.get(row.kind)
        try:
            if deliver is None:
                raise ApiError(0, _local_problem("unknown_kind"))
            return await deliver(self._client, row, self._store)
        except (ValidationError, KeyError, TypeError) as exc:
            # A row we cannot even build a request from: park it, a person must see it.
            log.warning("outbox row %d (%s) unreadable: %s", row.id, row.kind, type(exc).__name__)
            raise ApiError(0, _local_problem("bad_payload")) from None

    # --- pull -------------------------------------------------------------------------------------

    def _on_stream_open(self) -> None:
        # The server is reachable again: stop holding the outbox back, and send waiting emergency rows now
        # rather than at the end of their (short) backoff.
        self._hold_until = 0.0
        self._outbox.make_all_due(lane="emergency")
        self._set_state("online")
        self._wake.set()

    async def _pull_loop(self) -> None:
        failures = 0
        while True:
            await self._running.wait()
            retry_after: float | None = None
            try:
                after = self._store.last_seq()
                stream = api_events.stream_events(self._client, after=after, on_open=self._on_stream_open)
                # aclosing: the connection is released at once if handling an event raises.
                async with contextlib.aclosing(stream):
                    async for sse in stream:
                        failures = 0
                        self._handle(sse)
            except AuthRequired:
                self._pause_for_auth()
                continue
            except StorageFull:
                # The event could not be recorded: read it again from the stored seq once there is room.
                self._set_state(self._state, StorageFull.default_code)
                await asyncio.sleep(STORAGE_RETRY_S)
                continue
            except ConsoleError as exc:
                retry_after = exc.retry_after if isinstance(exc, ApiError) else None
                if isinstance(exc, Offline):
                    self._set_state("offline", exc.code)
                else:
                    log.warning("event stream refused: %s", exc.code)
            except Exception as exc:  # never let the stream task die; try again later
                log.exception("event stream failed: %s", type(exc).__name__)
            failures += 1
            await asyncio.sleep(self._delay(failures, retry_after))

    def _handle(self, sse: ServerSentEvent) -> None:
        try:
            self._consume(sse)
        finally:
            # After the commit, so listeners never run inside the event's transaction.
            if self._after_event is not None:
                self._after_event()

    def _consume(self, sse: ServerSentEvent) -> None:
        if not sse.data:
            return  # keep-alive or retry-only message
        try:
            event = Event.model_validate_json(sse.data)
        except ValidationError:
            seq = _int_or_none(sse.id)
            # The type is the server's, not personal; the data is never logged.
            log.warning("skipping malformed event seq=%s type=%.40s", seq, sse.event)
            if seq is not None:
                self._store.consume_event(seq)
            return
        try:
            self._store.consume_event(event.seq, lambda: self._apply_event(event))
        except StorageFull:
            raise  # not the event's fault: never skip it for want of disk space
        except Exception as exc:  # one bad event must never stop the stream
            log.warning("skipping event seq=%d type=%.40s: %s", event.seq, event.type, type(exc).__name__)
            self._store.consume_event(event.seq)


def _int_or_none(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _local_problem(code: str) -> Problem:
    return Problem(title=code, status=0, code=code)
