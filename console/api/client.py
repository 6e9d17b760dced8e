"""The transport to the central case API: ONE httpx.AsyncClient for the app's life and the one request path.

The endpoints live in this package's per-area modules (calls, contacts, cases, lookups, events, account,
handoffs, board, referrals, users), each a few functions over `ApiClient.request` or `ApiClient.stream`; this
module keeps only what every request shares: the session's tokens (sign-in, refresh, sign-out), the
retry after one refresh, Idempotency-Key and If-Match headers, error mapping and learning the server's clock.

Every answer is validated with console.wire models; failures become console.errors:
connect errors and timeouts → Offline; 401 → AuthRequired (AuthFailed on the sign-in endpoints) after one
silent refresh; other 4xx/5xx → ApiError with the server's problem; JSON that breaks the contract →
ApiError code "bad_response". Nothing personal (numbers, names, note text) is logged.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import ssl
from collections.abc import AsyncGenerator, Callable
from typing import Any, Literal, TypeVar, overload

import httpx
from httpx_sse import ServerSentEvent, aconnect_sse
from httpx_sse import SSEError as _SSEError
from pydantic import BaseModel, TypeAdapter, ValidationError

from annyeong.console.clock import ServerClock
from annyeong.console.errors import ApiError, AuthFailed, AuthRequired, Offline
from annyeong.console.paths import check_server_url, normalize_server_url
from annyeong.console.sync.backoff import parse_retry_after
from annyeong.console.tls import certificate_failure
from annyeong.console.wire import Problem, RefreshRequest, TokenRequest, TokenResponse

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
AuthMode = Literal["bearer", "none"] | tuple[Literal["api_key"], str]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
# An idle pooled connection is dropped before the server may close it (ours keeps one 75 s, uvicorn's own
# default is 5 s): reusing a connection the server is closing loses the request with no answer.
POOL = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=4.0)
# Requests that may be sent once more when the connection dropped without an answer: they change nothing
# twice (the rest carry an Idempotency-Key, or their caller says so).
_REPEATABLE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# The event stream sends a heartbeat every 15 s; two missed heartbeats mean the connection is dead. With
# three (45 s), a server that froze rather than refused left "서버 연결됨" on screen for up to 45 s; one
# heartbeat late on a busy server (up to 15 s) still does not count.
STREAM_TIMEOUT = httpx.Timeout(10.0, connect=5.0, read=30.0)


def _problem_of(response: httpx.Response) -> Problem:
    try:
        return Problem.model_validate_json(response.content)
    except ValidationError:
        return Problem(title=response.reason_phrase or "error", status=response.status_code,
                       code=f"http_{response.status_code}")


def transport_code(exc: BaseException) -> str:
    """Offline's code: a refused certificate is not an outage, and the person must be told which."""
    return certificate_failure(exc) or Offline.default_code


def bad_response(status: int) -> ApiError:
    return ApiError(status, Problem(title="bad response", status=status, code="bad_response"))


@functools.cache
def default_tls() -> ssl.SSLContext:
    """httpx's own default check (certifi's CA bundle, certificates always verified), made once per process:
    loading the bundle is ~30 ms of CPU, which every client paid again (the sign-in, each unlock)."""
    return httpx.create_ssl_context()


class ApiClient:
    """The console's only HTTP client.

    Guarantees:
      - one httpx.AsyncClient from construction to `aclose()`; the server URL may change between sessions;
      - concurrent requests that hit 401 share ONE refresh (a lock), and each is retried at most once;
      - `on_tokens` is called (on the loop thread) whenever new tokens arrive, so the refresh token can be
        kept in the keyring.
    """

    def __init__(
        self,
        *,
        server_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        on_tokens: Callable[[TokenResponse], None] | None = None,
        tls: ssl.SSLContext | None = None,
        clock: ServerClock | None = None,
    ) -> None:
        # Certificate checks are always on: httpx's default, or console.tls's context (a private CA, pins).
        # Never switch them off here (tests/console/test_insecure_url.py scans for it).
        self.tls = tls
        self._http = httpx.AsyncClient(
            timeout=timeout, transport=transport, follow_redirects=False, verify=tls or default_tls(),
            limits=POOL,
        )
        self._server_url = normalize_server_url(server_url) if server_url else None
        self._access_token: str | None = None
        self._refresh_token: str | None = None
        self._refresh_lock = asyncio.Lock()
        self.on_tokens = on_tokens
        # Every answer's Date header teaches it the server's time (console/clock.py).
        self.clock = clock or ServerClock()

    # --- state ------------------------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        return self._server_url

    def set_server_url(self, url: str) -> None:
        self._server_url = normalize_server_url(url)

    @property
    def refresh_token(self) -> str | None:
        return self._refresh_token

    @property
    def has_session(self) -> bool:
        return self._access_token is not None or self._refresh_token is not None

    def set_tokens(self, *, access_token: str | None, refresh_token: str | None) -> None:
        self._access_token = access_token
        self._refresh_token = refresh_token

    def clear_tokens(self) -> None:
        self.set_tokens(access_token=None, refresh_token=None)

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- plumbing ---------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        if not self._server_url:
            raise Offline("no_server")
        # Every request, not only sign-in: no token or note ever goes over plain http to another host.
        return check_server_url(self._server_url) + path

    def _headers(self, auth: AuthMode, idempotency_key: str | None) -> dict[str, str]:
        headers: dict[str, str] = {}
        if auth == "bearer" and self._access_token:
            headers["Authorization"] = f"Bearer {self._access_token}"
        elif isinstance(auth, tuple):
            headers["X-API-Key"] = auth[1]
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    async def _refresh_after(self, failed_token: str | None) -> bool:
        """Refresh once for everyone whose request failed with `failed_token`. True → retry."""
        async with self._refresh_lock:
            if self._access_token is not None and self._access_token != failed_token:
                return True  # another request refreshed while we waited
            if self._refresh_token is None:
                return False
            try:
                await self.refresh()
            except AuthRequired:
                return False
            return True

    async def _send(
        self, method: str, path: str, *, body: BaseModel | None = None, auth: AuthMode = "bearer",
        idempotency_key: str | None = None, params: dict[str, Any] | None = None,
        timeout: httpx.Timeout | None = None, if_match: int | None = None, exclude_unset: bool = False,
        repeatable: bool = False,
    ) -> httpx.Response:
        # exclude_unset: a PATCH sends only the fields it means; an explicit null there clears a field.
        content = None if body is None else body.model_dump_json(exclude_unset=exclude_unset).encode()
        repeatable = repeatable or idempotency_key is not None or method in _REPEATABLE_METHODS
        for attempt in (1, 2):
            if auth == "bearer" and self._access_token is None and not await self._refresh_after(None):
                raise AuthRequired()
            used_token = self._access_token
            headers = self._headers(auth, idempotency_key)
            if content is not None:
                headers["Content-Type"] = "application/json"
            if if_match is not None:
                headers["If-Match"] = f'"{if_match}"'  # the server's ETag is the quoted version
            sent = self.clock.monotonic()
            try:
                response = await self._request_http(
                    method, self._url(path), repeatable=repeatable, content=content, headers=headers,
                    params=params, timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
                )
            except httpx.UnsupportedProtocol as exc:
                raise ApiError(0, Problem(title="bad server url", status=0, code="bad_server_url")) from exc
            except httpx.TransportError as exc:
                log.info("%s %s: %s", method, path.split("?")[0], type(exc).__name__)
                raise Offline(transport_code(exc)) from exc
            self.clock.observe_date(response.headers.get("date"), sent_mono=sent,
                                    received_mono=self.clock.monotonic())
            if (
                response.status_code == 401 and auth == "bearer" and attempt == 1
                and await self._refresh_after(used_token)
            ):
                continue
            return response
        raise AssertionError("unreachable")

    async def _request_http(
        self, method: str, url: str, *, repeatable: bool, **kwargs: Any
    ) -> httpx.Response:
        try:
            return await self._http.request(method, url, **kwargs)
        except httpx.RemoteProtocolError:
            if not repeatable:
                raise
            # Most often a pooled connection the server (or a proxy) closed as it was reused, so the request
            # never reached the case API; one more try goes out on a new connection.
            log.info("%s %s: connection dropped without an answer, sending once more",
                     method, httpx.URL(url).path)
            return await self._http.request(method, url, **kwargs)

    @staticmethod
    def _raise_for(response: httpx.Response, *, auth_endpoint: bool = False, machine: bool = False) -> None:
        """Raise the console error for a failed response. `machine`: the request used an API key, whose
        refusal is a wrong credential (AuthFailed), not an expired session."""
        status = response.status_code
        if status < 400:
            return
        problem = _problem_of(response)
        if status == 401 or (auth_endpoint and status in (400, 403, 423)):
            if auth_endpoint or machine:
                raise AuthFailed(problem.code or "invalid_credentials")
            raise AuthRequired()
        raise ApiError(status, problem, retry_after=parse_retry_after(response.headers.get("Retry-After")))

    @staticmethod
    def _parse(response: httpx.Response, shape: type[M] | TypeAdapter[T]) -> M | T:
        try:
            if isinstance(shape, TypeAdapter):
                return shape.validate_json(response.content)
            return shape.model_validate_json(response.content)
        except ValidationError:
            log.warning("response of %s does not match the contract", response.request.url.path)
            raise bad_response(response.status_code) from None

    @overload
    async def request(self, method: str, path: str, shape: type[M], **kwargs: Any) -> M: ...

    @overload
    async def request(self, method: str, path: str, shape: TypeAdapter[T], **kwargs: Any) -> T: ...

    @overload
    async def request(self, method: str, path: str, shape: None, **kwargs: Any) -> None: ...

    async def request(
        self, method: str, path: str, shape: type[M] | TypeAdapter[T] | None, **kwargs: Any
    ) -> M | T | None:
        """The one way to the case API: send (refreshing the session once on 401), turn a failure into
        Offline / AuthRequired / AuthFailed / ApiError, and validate the answer against the contract.
        `shape`: a wire model, a TypeAdapter for a bare list, or None when a 2xx is all the console needs.
        kwargs: body, params, auth, idempotency_key, timeout, if_match, exclude_unset, and repeatable (the
        server makes a second identical request harmless, so a dropped connection may be retried once)."""
        response = await self._send(method, path, **kwargs)
        self._raise_for(response, machine=isinstance(kwargs.get("auth"), tuple))
        return None if shape is None else self._parse(response, shape)

    async def stream(
        self, path: str, *, headers: dict[str, str] | None = None, on_open: Callable[[], None] | None = None
    ) -> AsyncGenerator[ServerSentEvent, None]:
        """The request path for a Server-Sent Events stream: GET `path` with the bearer (refreshing the
        session once on 401), then yield raw events; the caller validates them, so one malformed event can
        be skipped without dropping the stream. `on_open` runs once the server has answered 2xx.

        Raises Offline when the connection fails or drops, AuthRequired, or ApiError; returns when the
        server closes the stream cleanly.
        """
        for attempt in (1, 2):
            if self._access_token is None and not await self._refresh_after(None):
                raise AuthRequired()
            used_token = self._access_token
            sent = self._headers("bearer", None) | (headers or {})
            try:
                async with aconnect_sse(
                    self._http, "GET", self._url(path), headers=sent, timeout=STREAM_TIMEOUT
                ) as source:
                    response = source.response
                    if (
                        response.status_code == 401 and attempt == 1
                        and await self._refresh_after(used_token)
                    ):
                        continue
                    if response.status_code >= 400:
                        await response.aread()
                        self._raise_for(response)
                    if on_open is not None:
                        on_open()
                    async for sse in source.aiter_sse():
                        yield sse
                    return
            except _SSEError:
                raise bad_response(0) from None
            except httpx.TransportError as exc:
                log.info("stream %s: %s", path, type(exc).__name__)
                raise Offline(transport_code(exc)) from exc

    # --- the session's tokens: sign-in, the refresh every request may need, sign-out -----------

    def _took(self, tokens: TokenResponse) -> TokenResponse:
        self.set_tokens(access_token=tokens.access_token, refresh_token=tokens.refresh_token)
        if self.on_tokens is not None:
            self.on_tokens(tokens)
        return tokens

    async def login(self, *, username: str, password: str) -> TokenResponse:
        response = await self._send(
            "POST", "/v1/auth/token", body=TokenRequest(username=username, password=password), auth="none"
        )
        self._raise_for(response, auth_endpoint=True)
        return self._took(self._parse(response, TokenResponse))

    async def refresh(self) -> TokenResponse:
        """New tokens from the refresh token. AuthRequired when it is missing, expired or revoked."""
        if self._refresh_token is None:
            raise AuthRequired()
        response = await self._send(
            "POST", "/v1/auth/refresh", body=RefreshRequest(refresh_token=self._refresh_token), auth="none"
        )
        if response.status_code in (400, 401, 403, 422):
            self.clear_tokens()
            raise AuthRequired(_problem_of(response).code or "auth_required")
        self._raise_for(response)
        return self._took(self._parse(response, TokenResponse))

    async def logout(self) -> None:
        """Revoke the session on the server (best effort by the caller) and forget the tokens here."""
        try:
            if self._access_token is not None:
                # The server revokes the whole token family (access and refresh) of this bearer.
                response = await self._send("POST", "/v1/auth/logout")
                if response.status_code != 401:
                    self._raise_for(response)
        finally:
            self.clear_tokens()
