"""One-shot HTTP requests for the tests: httpx's top-level functions (a new client and connection per
request, as before), but on one TLS context built once per process.

Each httpx client builds its TLS context from the CA bundle even for a plain-http URL: about 35 ms of CPU
here, more than most requests to a test server take. The tests make thousands of such requests (every
poll of a wait-until loop is one), so that alone was minutes of CPU in a run. The context is the one
httpx would build (`httpx.create_ssl_context()`: certifi's CAs, verification on); a caller's own
`verify=` still wins.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import httpx


@cache
def tls() -> ssl.SSLContext:
    return httpx.create_ssl_context()


def request(method: str, url: str, **kw: Any) -> httpx.Response:
    kw.setdefault("verify", tls())
    return httpx.request(method, url, **kw)


def get(url: str, **kw: Any) -> httpx.Response:
    return request("GET", url, **kw)


def post(url: str, **kw: Any) -> httpx.Response:
    return request("POST", url, **kw)


def put(url: str, **kw: Any) -> httpx.Response:
    return request("PUT", url, **kw)


def patch(url: str, **kw: Any) -> httpx.Response:
    return request("PATCH", url, **kw)


def delete(url: str, **kw: Any) -> httpx.Response:
    return request("DELETE", url, **kw)


@contextmanager
def stream(method: str, url: str, **kw: Any) -> Iterator[httpx.Response]:
    kw.setdefault("verify", tls())
    with httpx.stream(method, url, **kw) as response:
        yield response


def client(**kw: Any) -> httpx.Client:
    """A client of the caller's own (kept open across requests), on the shared TLS context."""
    kw.setdefault("verify", tls())
    return httpx.Client(**kw)
