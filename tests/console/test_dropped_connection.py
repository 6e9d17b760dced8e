"""A kept-alive connection that the far end closes just as the console reuses it.

The far end here is a few lines of asyncio that speak just enough HTTP/1.1: what it stands for (a server
or a proxy whose keep-alive ran out at the moment the console sent on the connection) is a race that a
real server only loses now and then. The first request on a connection is answered and the connection kept
open; the next request on it is read and then the connection is closed without an answer.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from annyeong.console.api.client import ApiClient
from annyeong.console.errors import Offline

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}"


class DroppingServer:
    def __init__(self) -> None:
        self.arrivals: list[str] = []  # "METHOD /path" per request read, in order
        self.connections = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> str | None:
        head = await reader.readuntil(b"\r\n\r\n") if not reader.at_eof() else b""
        if not head:
            return None
        lines = head.decode("latin-1").split("\r\n")
        length = next((int(v) for k, _, v in (line.partition(": ") for line in lines[1:])
                       if k.lower() == "content-length"), 0)
        if length:
            await reader.readexactly(length)
        method, path, _ = lines[0].split(" ", 2)
        self.arrivals.append(f"{method} {path}")
        return method

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            if await self._read_request(reader) is None:
                return
            writer.write(OK)
            await writer.drain()
            await self._read_request(reader)  # the reused connection's next request: no answer
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def _twice(url: str, method: str, **kwargs: Any) -> None:
    client = ApiClient(server_url=url)
    try:
        await client.request(method, "/first", None, auth="none", **kwargs)
        await client.request(method, "/second", None, auth="none", **kwargs)
    finally:
        await client.aclose()


def test_a_safe_request_goes_once_more_on_a_new_connection() -> None:
    async def go() -> None:
        server = DroppingServer()
        async with server as url:
            await _twice(url, "GET")
        assert server.arrivals == ["GET /first", "GET /second", "GET /second"]
        assert server.connections == 2

    asyncio.run(go())


def test_a_keyed_post_goes_once_more_and_an_unkeyed_one_does_not() -> None:
    async def go() -> None:
        keyed = DroppingServer()
        async with keyed as url:
            await _twice(url, "POST", idempotency_key="the-same-key")
        assert keyed.arrivals == ["POST /first", "POST /second", "POST /second"]

        # A POST the server may not take twice is reported, not repeated: the person decides.
        bare = DroppingServer()
        async with bare as url:
            with pytest.raises(Offline):
                await _twice(url, "POST")
        assert bare.arrivals == ["POST /first", "POST /second"]

    asyncio.run(go())


def test_a_post_its_caller_calls_repeatable_goes_once_more() -> None:
    async def go() -> None:
        server = DroppingServer()
        async with server as url:
            await _twice(url, "POST", repeatable=True)
        assert server.arrivals == ["POST /first", "POST /second", "POST /second"]

    asyncio.run(go())
