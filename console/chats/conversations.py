"""Conversations: the console's live chats as one self-contained feature (no Qt, not part of ConsoleCore).

It is built with the account's context (database, outbox, the ApiClient, the server's clock, a way to
wake the outbox) and follows the features' small protocol: `on_event` inside an event's transaction,
`on_row_done` after the outbox delivered or parked a row, `reset` when the account closes, `close` to
stop its tasks. Codes and data only; ui/chat/ words them.

Guarantees:
  - `send` commits the message and its outbox row before returning (the Idempotency-Key is the message
    id): it survives a kill of the console and goes once, in order;
  - the transcript merges stream events, fetched pages and our own posts by id and seq, without
    duplicates; a seq gap seen on the stream (a dropped event, a console offline) is refetched from the
    last contiguous seq;
  - a crisis expression in a PERSON's message (console/domain/crisis_text.py) is latched on the chat and
    raised as console.instruments.safety.CrisisRaised, the value the crisis screen's answers raise;
  - an end by the person (or by the service for silence) is recorded and reported as "left", never
    silently dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from annyeong.console.api.client import ApiClient
from annyeong.console.changes import Changes
from annyeong.console.chats.api import list_messages, post_typing
from annyeong.console.chats.silence import Silence, SilencePolicy, silence, waiting_since
from annyeong.console.chats.store import CHAT_KINDS, ChatLine, ChatStore
from annyeong.console.domain.crisis_text import CATEGORY_RULE, CrisisExpressions, CrisisMatch, person_crisis
from annyeong.console.domain.crisis_text import load as load_expressions
from annyeong.console.errors import ConsoleError, NotSignedIn
from annyeong.console.instruments.safety import CrisisRaised
from annyeong.console.store.db import Database
from annyeong.console.store.outbox import Outbox, OutboxRow
from annyeong.console.wire import Event, LiveChatMessage, LiveChatMessageCreate

log = logging.getLogger("annyeong.console.chats")

CHAT_INSTRUMENT = "live_chat"  # CrisisRaised.instrument_id of a crisis found in a chat message
TYPING_SHOWN_S = 8.0  # the person's "typing" lapses this long after its last sign (a dropped page)
MAX_TEXT = 2000


class ChatRefused(ConsoleError):
    """A message that cannot be sent as it is. Codes: empty, too_long, chat_ended. The text is kept."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class ChatCrisis:
    """A crisis expression found in one of the person's messages."""

    message_id: str
    seq: int
    match: CrisisMatch

    def raised(self) -> CrisisRaised:
        rule = CATEGORY_RULE[self.match.category]
        return CrisisRaised(CHAT_INSTRUMENT, f"chat:{self.match.expression_id}", rule, 1)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ChatSummary:
    """What the switcher shows for one chat."""

    contact_id: str
    unread: int
    waiting_since: datetime | None  # the person's oldest message not answered yet
    typing: bool
    silence: Silence
    ended_by: str | None
    ended_at: datetime | None
    crisis: bool
    pending: int  # counselor messages not yet stored by the server


class Conversations:
    def __init__(
        self, *, client: ApiClient, now: Callable[[], datetime], db: Database | None = None,
        outbox: Outbox | None = None, wake: Callable[[], None] = lambda: None,
        expressions: CrisisExpressions | None = None, policy: SilencePolicy | None = None,
        changed: Callable[[Changes], None] = lambda _changes: None,
    ) -> None:
        # The open account's conversations: attached at sign-in (the core), or at once (tools, tests).
        self._store: ChatStore | None = None
        if db is not None and outbox is not None:
            self.attach(db, outbox)
        self._client = client
        self._now = now
        self._wake = wake
        # Told what a fetch outside any event brought (a transcript fetched at sign-in on another PC):
        # the screen shows it without waiting for the next event.
        self._changed = changed
        self.expressions = expressions if expressions is not None else load_expressions()
        self.policy = policy or SilencePolicy()
        self._typing: dict[str, datetime] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._refetching: set[str] = set()

    def attach(self, db: Database, outbox: Outbox) -> None:
        """The account opened: its database keeps the conversations."""
        self._store = ChatStore(db, outbox, now=self._now_of_store)

    @property
    def attached(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> ChatStore:
        if self._store is None:
            raise NotSignedIn()
        return self._store

    def _now_of_store(self) -> datetime:
        return self._now()

    # --- what the UI reads ------------------------------------------------------------------------

    def chats(self) -> list[str]:
        """The chat contacts this PC holds that are still open (not ended), oldest first."""
        states = [self.store.state(c) for c in self.store.contacts()]
        return [s.contact_id for s in states if s is not None and s.ended_at is None]

    def is_open(self, contact_id: str) -> bool:
        """The chat has not ended (nobody left, ended it or let it lapse), as this PC knows it."""
        if self._store is None:
            return False
        state = self.store.state(contact_id)
        return state is not None and state.ended_at is None

    def lines(self, contact_id: str) -> list[ChatLine]:
        return self.store.lines(contact_id)

    def crises(self, contact_id: str) -> list[ChatCrisis]:
        state = self.store.state(contact_id)
        found: list[ChatCrisis] = []
        for d in state.crises if state is not None else ():
            match = CrisisMatch(d["expression_id"], d["category"], d["start"], d["end"], d["matched"])
            found.append(ChatCrisis(d["message_id"], d["seq"], match))
        return found

    def crisis_raised(self, contact_id: str) -> tuple[CrisisRaised, ...]:
        """For the core's crisis list: the same values the crisis screen's answers raise."""
        raised: list[CrisisRaised] = []
        for crisis in self.crises(contact_id):
            if (r := crisis.raised()) not in raised:
                raised.append(r)
        return tuple(raised)

    def crisis_messages(self, contact_id: str) -> tuple[str, ...]:
        """The person's messages that carried a crisis expression, in the order written, each once: the
        words a dispatch read-out quotes so 112/119 hear what was written."""
        ids = {c.message_id for c in self.crises(contact_id)}
        if not ids:
            return ()
        return tuple(line.text for line in self.store.lines(contact_id) if line.id in ids)

    def draft(self, contact_id: str) -> str:
        """What was typed in this chat's composer and not sent (kept through a restart)."""
        return self.store.draft(contact_id)

    def save_draft(self, contact_id: str, text: str) -> None:
        self.store.save_draft(contact_id, text)

    def typing(self, contact_id: str) -> bool:
        since = self._typing.get(contact_id)
        return since is not None and self._now() - since < timedelta(seconds=TYPING_SHOWN_S)

    def summary(self, contact_id: str) -> ChatSummary:
        lines = self.store.lines(contact_id)
        state = self.store.state(contact_id)
        read_up_to = state.read_up_to if state is not None else 0
        unread = sum(1 for line in lines if line.sender == "person" and (line.seq or 0) > read_up_to)
        stamped = [(line.sender, line.sent_at or line.created_at) for line in lines]
        last_person = max((at for s, at in stamped if s == "person"), default=None)
        last_counselor = max((at for s, at in stamped if s == "counselor"), default=None)
        ended_by = state.ended_by if state is not None else None
        return ChatSummary(
            contact_id=contact_id, unread=unread, waiting_since=None if ended_by else waiting_since(stamped),
            typing=self.typing(contact_id) and ended_by is None,
            silence=silence(now=self._now(), last_person_at=last_person, last_counselor_at=last_counselor,
                            ended_by=ended_by, policy=self.policy),
            ended_by=ended_by, ended_at=state.ended_at if state is not None else None,
            crisis=bool(state and state.crises),
            pending=sum(1 for line in lines if line.seq is None and line.sender == "counselor"),
        )

    # --- the counselor's steps --------------------------------------------------------------------

    def open(self, contact_id: str) -> None:
        """A chat contact was taken (or reopened after a restart): keep it and fetch its transcript."""
        self.store.ensure(contact_id)
        self._refetch_soon(contact_id)

    def send(self, contact_id: str, text: str) -> ChatLine:
        """Commit and queue a message. Raises ChatRefused (the composer keeps the text)."""
        body = text.strip()
        if not body:
            raise ChatRefused("empty")
        if len(body) > MAX_TEXT:
            raise ChatRefused("too_long")
        state = self.store.state(contact_id)
        if state is not None and state.ended_at is not None:
            raise ChatRefused("chat_ended")
        message = LiveChatMessageCreate(id=uuid.uuid4(), text=body)
        self.store.queue_message(contact_id, message)
        self._wake()
        return next(line for line in self.store.lines(contact_id) if line.id == str(message.id))

    def mark_read(self, contact_id: str) -> Changes:
        """The conversation is on screen: everything the person wrote so far counts as read."""
        person = [line.seq for line in self.store.lines(contact_id) if line.sender == "person" and line.seq]
        if person and self.store.queue_read(contact_id, max(person)):
            self._wake()
            return Changes(chat=True, sync=True)
        return Changes()

    def end(self, contact_id: str, *, farewell: str | None = None) -> None:
        """End from the console: the farewell goes first as a message, then the end, in that order."""
        if farewell and farewell.strip():
            self.send(contact_id, farewell)
        if self.store.queue_end(contact_id):
            self._wake()

    async def set_typing(self, contact_id: str, typing: bool) -> None:
        """Best effort: a sign that is lost or late harms nobody, so it never enters the outbox."""
        try:
            await post_typing(self._client, contact_id, typing)
        except ConsoleError as exc:
            log.info("typing sign not sent: %s", exc.code)

    async def refetch(self, contact_id: str) -> bool:
        """Fetch what this PC lacks (from the last contiguous seq). False when the server was not reached."""
        self._refetching.add(contact_id)
        try:
            after = self.store.contiguous_seq(contact_id)
            page = await list_messages(self._client, contact_id, after_seq=after)
        except ConsoleError as exc:
            log.info("chat transcript not fetched: %s", exc.code)
            return False
        finally:
            self._refetching.discard(contact_id)
        crisis = self._took(page.items)
        # Shown already on another console of this counselor (another PC, a store set aside): read here
        # too, so the switcher does not count them again as unread.
        shown = [m.seq for m in page.items if m.sender == "person" and m.read_at is not None]
        if shown:
            self.store.mark_read_here(contact_id, max(shown))
        ended = False
        if page.ended_at is not None and page.ended_by is not None:
            ended = self.store.mark_ended(contact_id, page.ended_by, page.ended_at)
        if page.items or ended:
            self._changed(Changes(chat=True, crisis=crisis, contact=ended))
        return True

    # --- the feature protocol ---------------------------------------------------------------------

    def on_event(self, event: Event) -> Changes:
        """Runs inside the event's transaction (console.sync.engine)."""
        if not event.type.startswith("chat.") or self._store is None:
            return Changes()
        contact_id = str(event.data.get("contact_id", ""))
        if event.type == "chat.message":
            message = LiveChatMessage.model_validate(event.data["message"])
            before = self.store.contiguous_seq(str(message.contact_id))
            crisis = self._took([message])
            if message.seq > before + 1:
                self._refetch_soon(str(message.contact_id))  # a gap: something was missed
            if message.sender == "person":
                self._typing.pop(str(message.contact_id), None)
            return Changes(chat=True, crisis=crisis)
        if event.type == "chat.read":
            up_to = int(event.data["up_to_seq"])
            if event.data.get("reader") == "person":
                self.store.mark_read_by_person(contact_id, up_to)
            else:
                self.store.mark_read_here(contact_id, up_to)
            return Changes(chat=True)
        if event.type == "chat.typing":
            if event.data.get("typing"):
                self._typing[contact_id] = self._now()
            else:
                self._typing.pop(contact_id, None)
            return Changes(chat=True)
        if event.type == "chat.ended":
            at = datetime.fromisoformat(str(event.data["at"]))
            self.store.mark_ended(contact_id, str(event.data["ended_by"]), at)
            self._typing.pop(contact_id, None)
            return Changes(chat=True, contact=True)
        return Changes()

    def on_row_done(self, row: OutboxRow) -> Changes:
        return Changes(chat=True, sync=True) if row.kind in CHAT_KINDS else Changes()

    async def reset(self) -> None:
        """The account closed: stop fetching, forget typing signs, let go of its database."""
        await self.close()
        self._typing.clear()
        self._store = None

    async def close(self) -> None:
        # A copy: each task's done callback discards it from the set it was added to.
        tasks, self._tasks = list(self._tasks), set()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def wait_idle(self) -> None:
        """Until every refetch started so far has finished (tests, sign-out)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- inside -----------------------------------------------------------------------------------

    def _took(self, messages: list[LiveChatMessage]) -> bool:
        """Merge; check the person's new messages for crisis expressions. True: a new crisis latched."""
        raised = False
        for message in self.store.merge(messages):
            found = person_crisis(message.sender, message.text, self.expressions)
            if found:
                names = ",".join(m.expression_id for m in found)  # ids only: the words stay in the store
                log.warning("crisis expression in a chat message: %s", names)
                raised |= self.store.add_crises(str(message.contact_id), [
                    {"message_id": str(message.id), "seq": message.seq, "expression_id": m.expression_id,
                     "category": m.category, "start": m.start, "end": m.end, "matched": m.matched}
                    for m in found
                ])
        return raised

    async def _refetch_task(self, contact_id: str) -> None:
        await self.refetch(contact_id)

    def _refetch_soon(self, contact_id: str) -> None:
        if contact_id in self._refetching:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a tool): the next open refetches
        self._refetching.add(contact_id)
        task = loop.create_task(self._refetch_task(contact_id), name="chat-refetch")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
