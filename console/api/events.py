"""The case API's event log, over the console's one ApiClient: the stream the sync engine follows
(GET /v1/events, Server-Sent Events) and the paged read the shift report's statistics use."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING

from httpx_sse import ServerSentEvent

from annyeong.console.wire import EventList

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


async def poll_events(client: ApiClient, *, after: int, limit: int = 100) -> EventList:
    return await client.request("GET", "/v1/events/poll", EventList, params={"after": after, "limit": limit})


def stream_events(
    client: ApiClient, *, after: int, on_open: Callable[[], None] | None = None
) -> AsyncGenerator[ServerSentEvent, None]:
    """Follow the event log from seq `after` (Last-Event-ID), raw events as ApiClient.stream yields them;
    close the generator (contextlib.aclosing) to let the connection go."""
    return client.stream("/v1/events", headers={"Last-Event-ID": str(after)}, on_open=on_open)
