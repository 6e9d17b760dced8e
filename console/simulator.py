"""Training simulator: rings the counselor now and then, as the telephony bridge would, and now and then
a person asks for a chat (as on the web chat page).

Only for training mode: it posts calls with the public training key to the embedded server; a chat is
`annyeong-sim person` in a process of its own (the person's side is the public web chat, no key), which
answers the counselor's messages from a script and leaves when the script is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import Callable, Sequence

from annyeong.console.api import calls as api_calls
from annyeong.console.api.client import ApiClient
from annyeong.console.embedded import TRAINING_TELEPHONY_KEY
from annyeong.console.errors import ConsoleError
from annyeong.console.sync.waiting import cancel_and_wait
from annyeong.console.wire import Call, CallCreate

log = logging.getLogger(__name__)

# The demo seed's returning callers (with history), some new numbers, and None for a withheld number.
RETURNING_NUMBERS = ("010-2345-6789", "010-9876-5432", "02-2133-7878")
NEW_NUMBERS = (
    "010-3141-5926", "010-2718-2818", "010-4821-7730", "010-5512-0847", "010-7734-1290",
    "02-3707-9400", "02-2290-6114", "031-8008-2120", "010-6604-3382", "010-8890-1475",
)
DEFAULT_POOL: tuple[str | None, ...] = (*RETURNING_NUMBERS, *NEW_NUMBERS, None, None)
# A newcomer's first call comes soon after the sign-in (within 15 s even with the interval's jitter and a
# busy PC), not after a full interval of staring at an idle screen; then the usual rhythm.
FIRST_RING_S = 5.0
CHAT_SHARE = 0.3  # of the rings after the first, about this many are a person asking for a chat


class TrainingSimulator:
    """Posts a call every ~interval seconds (±30 % jitter) while enabled; the first one sooner
    (`first_ring_s`, ±30 %, never later than a normal interval).

    Guarantees:
      - at most one loop task; `stop()` cancels it and returns when it has ended;
      - a failed post is logged (code only) and the loop carries on;
      - when `should_ring` returns False (e.g. the counselor is busy), the tick is skipped rather than
        piling up queued calls.
    """

    def __init__(
        self,
        *,
        client: ApiClient,
        interval_s: float = 45.0,
        telephony_key: str = TRAINING_TELEPHONY_KEY,
        pool: Sequence[str | None] = DEFAULT_POOL,
        rng: random.Random | None = None,
        should_ring: Callable[[], bool] | None = None,
        on_call: Callable[[Call], None] | None = None,
        first_ring_s: float = FIRST_RING_S,
        person_command: Sequence[str] | None = None,
        chat_share: float = CHAT_SHARE,
    ) -> None:
        self._client = client
        self.interval_s = interval_s
        self._key = telephony_key
        self._pool = tuple(pool)
        self._rng = rng or random.Random()
        self._should_ring = should_ring
        self._on_call = on_call
        self._first_ring_s = first_ring_s
        self._task: asyncio.Task[None] | None = None
        self.calls_posted = 0
        # The command that plays one person of a chat (None: calls only); its processes, to stop them.
        self._person_command = tuple(person_command) if person_command else None
        self._chat_share = chat_share
        self._people: list[asyncio.subprocess.Process] = []
        self.chats_started = 0

    @property
    def enabled(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if not self.enabled:
            self._task = asyncio.create_task(self._run(), name="training-simulator")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)
        people, self._people = self._people, []
        for person in people:
            if person.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    person.terminate()
        for person in people:
            with contextlib.suppress(TimeoutError, ProcessLookupError):
                await asyncio.wait_for(person.wait(), 5)

    async def set_enabled(self, enabled: bool) -> None:
        if enabled:
            self.start()
        else:
            await self.stop()

    def next_interval(self) -> float:
        return self.interval_s * self._rng.uniform(0.7, 1.3)

    async def ring_once(self, number: str | None = None, *, random_number: bool = True) -> Call:
        """Post one call now (from `number`, or a random one from the pool when `random_number`)."""
        if number is None and random_number:
            number = self._rng.choice(self._pool)
        call = await api_calls.create_call(
            self._client, CallCreate(from_number=number, channel="phone"), api_key=self._key,
            idempotency_key=str(uuid.uuid4()),
        )
        self.calls_posted += 1
        if self._on_call is not None:
            self._on_call(call)
        return call

    async def hang_up(self, call_id: str) -> None:
        """The caller of a call this simulator rang gives up (declined and left waiting, say)."""
        await api_calls.hang_up(self._client, call_id, api_key=self._key)

    async def chat_once(self) -> bool:
        """A person asks for a chat now (their own process). False when this simulator plays no people."""
        if self._person_command is None:
            return False
        self._people = [p for p in self._people if p.returncode is None]
        person = await asyncio.create_subprocess_exec(
            *self._person_command, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        self._people.append(person)
        self.chats_started += 1
        return True

    def first_interval(self) -> float:
        return min(self._first_ring_s, self.interval_s) * self._rng.uniform(0.7, 1.3)

    async def _run(self) -> None:
        wait = self.first_interval()
        while True:
            await asyncio.sleep(wait)
            wait = self.next_interval()
            if self._should_ring is not None and not self._should_ring():
                continue
            try:
                # The very first ring is a call: a newcomer meets the phone first, then chats.
                chat = self.calls_posted > 0 and self._rng.random() < self._chat_share
                if not (chat and await self.chat_once()):
                    await self.ring_once()
            except ConsoleError as exc:
                log.info("simulated call not posted: %s", exc.code)
            except OSError as exc:
                log.info("simulated chat person not started: %s", type(exc).__name__)
