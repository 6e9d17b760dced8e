"""The case API's live chat routes for the counselor, over the console's one ApiClient, and the outbox
deliverers for the rows console/chats/store.py writes (console.sync.engine.DELIVERERS names them)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel

from annyeong.console.wire import (
    ChatEnd,
    ChatRead,
    ChatTyping,
    LiveChatMessage,
    LiveChatMessageCreate,
    LiveChatMessageList,
)

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient
    from annyeong.console.store.local import LocalStore
    from annyeong.console.store.outbox import OutboxRow


async def _post(client: ApiClient, path: str, body: BaseModel, *, idempotency_key: str | None = None) -> None:
    """A POST whose answer body the console does not need (read, typing, end): 2xx is enough."""
    await client.request("POST", path, None, body=body, idempotency_key=idempotency_key)


async def post_message(client: ApiClient, contact_id: str, body: LiveChatMessageCreate) -> LiveChatMessage:
    # The message's own id is the Idempotency-Key; the server also returns the stored one for a known id.
    return await client.request("POST", f"/v1/contacts/{contact_id}/messages", LiveChatMessage, body=body,
                              idempotency_key=str(body.id))


async def list_messages(client: ApiClient, contact_id: str, *, after_seq: int = 0) -> LiveChatMessageList:
    return await client.request("GET", f"/v1/contacts/{contact_id}/messages", LiveChatMessageList,
                              params={"after_seq": str(after_seq)})


async def post_read(client: ApiClient, contact_id: str, body: ChatRead) -> None:
    await _post(client, f"/v1/contacts/{contact_id}/messages/read", body)


async def post_typing(client: ApiClient, contact_id: str, typing: bool) -> None:
    await _post(client, f"/v1/contacts/{contact_id}/typing", ChatTyping(typing=typing))


async def post_end(client: ApiClient, contact_id: str, body: ChatEnd, *, idempotency_key: str) -> None:
    await _post(client, f"/v1/contacts/{contact_id}/chat-end", body, idempotency_key=idempotency_key)


# --- outbox deliverers -----------------------------------------------------------------------------


async def deliver_message(client: ApiClient, row: OutboxRow, store: LocalStore) -> object:
    from annyeong.console.chats.store import ChatStore
    from annyeong.console.store.outbox import Outbox

    contact_id = row.payload["contact_id"]
    body = LiveChatMessageCreate.model_validate(row.payload["message"])
    message = await post_message(client, contact_id, body)
    # Recorded before the row is acknowledged: a crash in between posts it again, same answer.
    ChatStore(store.db, Outbox(store.db), now=lambda: datetime.now(UTC)).merge([message])
    return message


async def deliver_read(client: ApiClient, row: OutboxRow, _store: LocalStore) -> None:
    await post_read(client, row.payload["contact_id"], ChatRead.model_validate(row.payload["read"]))


async def deliver_end(client: ApiClient, row: OutboxRow, _store: LocalStore) -> None:
    end = ChatEnd.model_validate(row.payload["end"])
    await post_end(client, row.payload["contact_id"], end, idempotency_key=row.idempotency_key)
