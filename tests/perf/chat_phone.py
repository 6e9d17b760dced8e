"""The person's side of chat_fanout's load: one keep-alive HTTP/1.1 connection per person, the message
POST written by hand.

Why not httpx: 300 people writing once a second cost the load generator about 4 ms of CPU a message in
httpx's request path (URL merging, the connection pool's bookkeeping, the response model), as much as
the server spent storing and delivering the message. With the generator on the same 2-core machine as
the server, that CPU was taken from the server and the figure measured the client. A phone's browser
sends the same bytes: the request line, Host, Authorization, a JSON body.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from urllib.parse import urlsplit

PATH = "/v1/webchat/conversation/messages"
TIMEOUT_S = 30.0


class PhoneError(Exception):
    """The request failed (connection dropped, timed out, or the server said no): send it again."""


class Phone:
    def __init__(self, url: str, token: str) -> None:
        parts = urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.token = token
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def send_message(self, message_id: str, text: str) -> None:
        """POST the message; returns once the server answered 2xx, else raises PhoneError."""
        try:
            async with asyncio.timeout(TIMEOUT_S):
                status = await self._post(json.dumps({"id": message_id, "text": text}).encode())
        except (OSError, EOFError, TimeoutError, ValueError, asyncio.IncompleteReadError) as exc:
            await self.close()
            raise PhoneError(type(exc).__name__) from exc
        if not 200 <= status < 300:
            raise PhoneError(f"HTTP {status}")

    async def _post(self, body: bytes) -> int:
        if self._writer is None or self._writer.is_closing():
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._reader, self._writer
        assert reader is not None
        head = (
            f"POST {PATH} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Authorization: Bearer {self.token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        writer.write(head.encode("ascii") + body)
        await writer.drain()
        status_line = await reader.readline()
        if not status_line:
            raise EOFError("the server closed the connection")
        status = int(status_line.split()[1])
        length, close = 0, False
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
            elif name.strip().lower() == "connection" and value.strip().lower() == "close":
                close = True
        await reader.readexactly(length)
        if close:
            await self.close()
        return status

    async def close(self) -> None:
        writer, self._reader, self._writer = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
