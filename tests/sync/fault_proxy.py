"""A fault-injecting TCP/HTTP proxy between a console and the real server (real TCP on 127.0.0.1).

asyncio streams on a loop in a daemon thread. Every client connection carries one HTTP/1.1 request: the
proxy reads it, asks `Faults` what to do, talks to the server over a fresh connection (`Connection: close`)
and relays the answer with `Connection: close`, so no keep-alive connection can hide a fault. Faults:

  drop       close the client connection before anything reaches the server (the request never happened)
  lose       forward it, let the server answer, then close without a byte (the effect happened, the answer
             is lost: the client MUST retry with the same Idempotency-Key)
  reset      forward it and reset the connection (RST) in the middle of the answer
  delay      wait `seconds` before forwarding
  status     answer `status` (503, 429 ...) with `Retry-After: retry_after` without forwarding
  duplicate  send the request to the server twice at once; the client gets one of the answers
  drip       relay the answer a few bytes at a time
  cut        (the event stream) relay for `seconds`, then close it

A fault is scripted per test (`proxy.faults.script(...)`: the next N matching requests), or drawn at random
from a seeded generator (`proxy.faults.randomise(seed, rate)`) for the soak. `down = True` refuses every
connection (a server outage), recording each attempt's time in `attempts`.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

FaultKind = str  # one of KINDS
KINDS = ("drop", "lose", "reset", "delay", "status", "duplicate", "drip", "cut")
# What random mode draws from for ordinary requests; the event stream gets "cut" / "drop" instead.
RANDOM_KINDS = ("drop", "lose", "reset", "delay", "status", "duplicate", "drip")


@dataclass
class Fault:
    kind: FaultKind
    seconds: float = 0.2
    status: int = 503
    retry_after: float | None = None


@dataclass
class _Rule:
    fault: Fault
    method: str | None
    path: str | None
    times: int


@dataclass
class Faults:
    """What to do with each request. Thread-safe: tests change it while the proxy's loop runs."""

    rules: list[_Rule] = field(default_factory=list)
    rng: random.Random | None = None
    rate: float = 0.0
    injected: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def script(
        self, fault: Fault, *, method: str | None = None, path: str | None = None, times: int = 1
    ) -> None:
        """The next `times` requests whose method matches and whose path contains `path` get `fault`."""
        with self._lock:
            self.rules.append(_Rule(fault, method, path, times))

    def randomise(self, seed: int, rate: float) -> None:
        """From now on about `rate` of the requests get a random fault (reproducible from `seed`)."""
        with self._lock:
            self.rng = random.Random(seed)
            self.rate = rate

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.rng = None
            self.rate = 0.0

    def total(self) -> int:
        with self._lock:
            return sum(self.injected.values())

    def pick(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for rule in self.rules:
                if rule.method in (None, method) and (rule.path is None or rule.path in path):
                    rule.times -= 1
                    if rule.times <= 0:
                        self.rules.remove(rule)
                    self.injected[rule.fault.kind] += 1
                    return rule.fault
            if self.rng is None or self.rng.random() >= self.rate:
                return None
            fault = self._random(path)
            self.injected[fault.kind] += 1
            return fault

    def _random(self, path: str) -> Fault:
        assert self.rng is not None
        if path.startswith("/v1/events") and "poll" not in path:
            if self.rng.random() < 0.7:
                return Fault("cut", seconds=self.rng.uniform(0.2, 3.0))
            return Fault("drop")
        kind = self.rng.choice(RANDOM_KINDS)
        if kind == "status":
            status = self.rng.choice((429, 502, 503, 504))
            return Fault("status", status=status, retry_after=self.rng.choice((None, 0, 1)))
        return Fault(kind, seconds=self.rng.uniform(0.05, 0.5))


@dataclass(frozen=True)
class _Request:
    method: str
    path: str
    head: bytes  # the request line and headers, rewritten for upstream, ending with the blank line
    body: bytes


class FaultProxy:
    """Start with `FaultProxy(upstream_url)`; point the console at `proxy.url`; `stop()` at the end."""

    url: str
    port: int

    def __init__(self, upstream: str, *, port: int = 0) -> None:
        host_port = upstream.rstrip("/").split("://", 1)[-1]
        host, _, up_port = host_port.partition(":")
        self.upstream = (host, int(up_port or 80))
        self.faults = Faults()
        self.down = False
        self.attempts: list[float] = []  # time.monotonic() of every connection accepted
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request read
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._conns: set[asyncio.Task[None]] = set()
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(port, ready), daemon=True, name="fault-proxy")
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fault proxy did not start")
        assert self._server is not None
        bound = self._server.sockets[0].getsockname()
        self.port = int(bound[1])
        self.url = f"http://127.0.0.1:{self.port}"

    # --- control (any thread) -----------------------------------------------------------------------

    def stop(self) -> None:
        if not self._loop.is_running():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def cut_streams(self) -> None:
        """Close every open connection now (the event streams included)."""
        self._loop.call_soon_threadsafe(lambda: [t.cancel() for t in list(self._conns)])

    # --- loop thread --------------------------------------------------------------------------------

    def _run(self, port: int, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)

        async def start() -> None:
            self._server = await asyncio.start_server(self._accept, "127.0.0.1", port, reuse_address=True)

        self._loop.run_until_complete(start())
        ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._conns):
            task.cancel()
        for task in list(self._conns):
            with contextlib.suppress(BaseException):
                await task

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._conns.add(task)
        self.attempts.append(time.monotonic())
        try:
            if self.down:
                _reset(writer)
                return
            request = await _read_request(reader)
            if request is None:
                return
            self.requests.append((request.method, request.path))
            await self._serve(request, writer)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            pass
        except asyncio.CancelledError:
            _reset(writer)
        finally:
            self._conns.discard(task)
            with contextlib.suppress(Exception):
                writer.close()

    async def _serve(self, request: _Request, writer: asyncio.StreamWriter) -> None:
        fault = self.faults.pick(request.method, request.path)
        kind = fault.kind if fault else None
        if fault is not None and kind == "drop":
            _reset(writer)
            return
        if fault is not None and kind == "status":
            await _answer_status(writer, fault)
            return
        if fault is not None and kind == "delay":
            await asyncio.sleep(fault.seconds)
        if kind == "duplicate":
            twin = asyncio.ensure_future(self._exchange(request, None, None))
            await self._exchange(request, writer, None)
            with contextlib.suppress(Exception):
                await twin
            return
        await self._exchange(request, writer, fault)

    async def _exchange(
        self, request: _Request, writer: asyncio.StreamWriter | None, fault: Fault | None
    ) -> None:
        """Send `request` upstream and relay the answer to `writer` (None: read and discard it)."""
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        try:
            up_writer.write(request.head + request.body)
            await up_writer.drain()
            kind = fault.kind if fault else None
            if writer is None or kind == "lose":
                while await up_reader.read(65536):
                    pass
                if writer is not None:
                    _reset(writer)
                return
            deadline = time.monotonic() + fault.seconds if fault is not None and kind == "cut" else None
            sent = 0
            rewrote = False
            buffer = b""
            while True:
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        _reset(writer)
                        return
                    try:
                        chunk = await asyncio.wait_for(up_reader.read(65536), remaining)
                    except TimeoutError:
                        _reset(writer)
                        return
                else:
                    chunk = await up_reader.read(65536)
                if not chunk:
                    if buffer:
                        writer.write(buffer)
                    await writer.drain()
                    return
                if not rewrote:
                    buffer += chunk
                    if b"\r\n\r\n" not in buffer:
                        continue
                    head, _, rest = buffer.partition(b"\r\n\r\n")
                    chunk = _close_delimited(head) + rest
                    buffer = b""
                    rewrote = True
                if kind == "reset" and sent + len(chunk) > 40:
                    writer.write(chunk[: max(1, len(chunk) // 2)])
                    await writer.drain()
                    _reset(writer)
                    return
                if kind == "drip":
                    for i in range(0, len(chunk), 64):
                        writer.write(chunk[i : i + 64])
                        await writer.drain()
                        await asyncio.sleep(0.01)
                else:
                    writer.write(chunk)
                    await writer.drain()
                sent += len(chunk)
        finally:
            with contextlib.suppress(Exception):
                up_writer.close()


async def _read_request(reader: asyncio.StreamReader) -> _Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: list[tuple[str, str]] = []
    length = 0
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        lower = name.strip().lower()
        if lower == "content-length":
            length = int(value.strip())
        if lower in ("connection", "keep-alive"):
            continue
        headers.append((name.strip(), value.strip()))
    if any(n.lower() == "transfer-encoding" for n, _ in headers):
        raise ValueError("chunked requests are not supported by this proxy")
    body = await reader.readexactly(length) if length else b""
    rebuilt = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{n}: {v}\r\n" for n, v in headers)
    rebuilt += "Connection: close\r\n\r\n"
    return _Request(method, target, rebuilt.encode("latin-1"), body)


def _close_delimited(head: bytes) -> bytes:
    """The response head with `Connection: close` (the proxy closes after each answer)."""
    hop = (b"connection:", b"keep-alive:")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(hop)]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n"


async def _answer_status(writer: asyncio.StreamWriter, fault: Fault) -> None:
    status = fault.status
    body = b'{"type":"about:blank","title":"injected","status":%d,"code":"http_%d"}' % (status, status)
    head = [f"HTTP/1.1 {fault.status} Injected", "Content-Type: application/problem+json",
            f"Content-Length: {len(body)}", "Connection: close"]
    if fault.retry_after is not None:
        head.append(f"Retry-After: {int(fault.retry_after)}")
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    await writer.drain()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0), the way a crashed peer or a middlebox drops a connection."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()

