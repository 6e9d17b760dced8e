"""Note drafts the disk had no room for: kept in memory and written as soon as space returns.

A full disk (console/store/db.py raises StorageFull) must not cost the counselor what they type while it
lasts. The draft that could not be written stays here, keyed by contact; a background task tries again
every RETRY_S and, once a write goes through, the draft is on disk and in the outbox like any other (so it
reaches the server once, under its revision's Idempotency-Key). Everything committed before the disk
filled up is untouched: SQLite rolls back only the write that did not fit.

Hazard: memory does not survive a crash or a quit; the UI says so while anything is held.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from annyeong.console.errors import StorageFull
from annyeong.console.sync.waiting import cancel_and_wait

log = logging.getLogger(__name__)

RETRY_S = 1.0


class HeldNotes:
    """Drafts waiting for disk space, newest per contact, and the task that writes them.

    Guarantees:
      - `hold` keeps the newest text per contact; a later successful save of that contact drops it (the
        newer text is on disk then);
      - the retry task writes held drafts oldest contact first with `write`, drops each only after its
        write returned, and calls `on_written` once nothing is held any more; it never raises.
    """

    def __init__(self, *, retry_s: float = RETRY_S) -> None:
        self.retry_s = retry_s
        self._texts: dict[str, str] = {}
        self._task: asyncio.Task[None] | None = None

    @property
    def full(self) -> bool:
        """True while a draft waits for space (the disk was full at its last write)."""
        return bool(self._texts)

    def text(self, contact_id: str) -> str | None:
        return self._texts.get(contact_id)

    def hold(self, contact_id: str, text: str) -> None:
        self._texts.pop(contact_id, None)
        self._texts[contact_id] = text  # re-inserted: dict order is the order drafts were last held

    def drop(self, contact_id: str) -> None:
        self._texts.pop(contact_id, None)

    def start(self, write: Callable[[str, str], None], on_written: Callable[[], None]) -> None:
        """Keep trying to write what is held (no-op outside a running loop: the next save tries then)."""
        if self._task is not None and not self._task.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._task = loop.create_task(self._retry(write, on_written), name="held-notes")

    async def _retry(self, write: Callable[[str, str], None], on_written: Callable[[], None]) -> None:
        while self._texts:
            await asyncio.sleep(self.retry_s)
            for contact_id, text in list(self._texts.items()):
                try:
                    write(contact_id, text)
                except StorageFull:
                    break  # still no room; the rest would not fit either
                except Exception:  # a contact gone meanwhile, a closed store: keep it, log, go on
                    log.exception("held note not written")
                    break
                if self._texts.get(contact_id) is text:
                    del self._texts[contact_id]
        try:
            on_written()
        except Exception:
            log.exception("held notes: listener failed")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)
