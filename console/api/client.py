"""Typed client of the central case API over ONE httpx.AsyncClient for the app's life.

Every answer is validated with console.wire models; failures become console.errors:
connect errors and timeouts → Offline; 401 → AuthRequired (AuthFailed on the sign-in endpoints) after one
silent refresh; other 4xx/5xx → ApiError with the server's problem; JSON that breaks the contract →
ApiError code "bad_response". Nothing personal (numbers, names, note text) is logged.
"""

from __future__ import annotations

import asyncio
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
from annyeong.console.wire import (
    Call,
    CallCreate,
    CallCreated,
    CallDecline,
    CallerHistory,
    CallerLookup,
    CaseTimeline,
    Contact,
    ContactEnd,
    ContactUpdate,
    Entry,
    EntryCreate,
    EntryList,
    EventList,
    Health,
    Me,
    Presence,
    PresenceInfo,
    PresenceUpdate,
    Problem,
    RefreshRequest,
    SearchRequest,
    SearchResults,
    TokenRequest,
    TokenResponse,
    UnmaskedNumber,
    UnmaskRequest,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
AuthMode = Literal["bearer", "none"] | tuple[Literal["api_key"], str]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
# The event stream sends a heartbeat every 15 s; three missed heartbeats mean the connection is dead.
STREAM_TIMEOUT = httpx.Timeout(10.0, connect=5.0, read=45.0)
_PRESENCE_LIST = TypeAdapter(list[PresenceInfo])


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
            timeout=timeout, transport=transport, follow_redirects=False, verify=tls or True
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
    ) -> httpx.Response:
        # exclude_unset: a PATCH sends only the fields it means; an explicit null there clears a field.
        content = None if body is None else body.model_dump_json(exclude_unset=exclude_unset).encode()
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
                response = await self._http.request(
                    method, self._url(path), content=content, headers=headers, params=params,
                    timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
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

    async def request(self, method: str, path: str, shape: type[M] | TypeAdapter[T], **kwargs: Any) -> M | T:
        """The one way to the case API: send (refreshing the session once on 401), turn a failure into
        Offline / AuthRequired / AuthFailed / ApiError, and validate the answer against the contract.
        `shape`: a wire model, or a TypeAdapter for a bare list. kwargs: body, params, auth,
        idempotency_key, timeout, if_match, exclude_unset."""
        response = await self._send(method, path, **kwargs)
        self._raise_for(response, machine=isinstance(kwargs.get("auth"), tuple))
        return self._parse(response, shape)

    # --- auth -------------------------------------------------------------------------------------

    def _took(self, tokens: TokenResponse) -> TokenResponse:
        self.set_tokens(access_token=tokens.access_token, refresh_token=tokens.refresh_token)
        if self.on_tokens is not None:
            self.on_tokens(tokens)
        return tokens

    async def health(self) -> Health:
        return await self.request("GET", "/v1/health", Health, auth="none")

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

    async def me(self) -> Me:
        return await self.request("GET", "/v1/auth/me", Me)

    # --- presence ---------------------------------------------------------------------------------

    async def set_presence(self, status: Presence) -> PresenceInfo:
        return await self.request("PUT", "/v1/me/presence", PresenceInfo, body=PresenceUpdate(status=status))

    async def list_presence(self) -> list[PresenceInfo]:
        response = await self._send("GET", "/v1/presence")
        self._raise_for(response)
        try:
            return _PRESENCE_LIST.validate_json(response.content)
        except ValidationError:
            raise bad_response(response.status_code) from None

    # --- calls, contacts, entries -----------------------------------------------------------------

    async def create_call(self, call: CallCreate, *, api_key: str, idempotency_key: str) -> CallCreated:
        """As the telephony bridge (machine role): announce an incoming call. The answer is the call and
        what was wrong with what was delivered (it rings anyway)."""
        return await self.request(
            "POST", "/v1/calls", CallCreated, body=call, auth=("api_key", api_key),
            idempotency_key=idempotency_key,
        )

    async def get_call(self, call_id: str) -> Call:
        return await self.request("GET", f"/v1/calls/{call_id}", Call)

    async def accept_call(self, call_id: str) -> Contact:
        return await self.request("POST", f"/v1/calls/{call_id}/accept", Contact)

    async def decline_call(self, call_id: str, *, reason: str = "") -> Call:
        body = CallDecline(reason=reason)
        return await self.request("POST", f"/v1/calls/{call_id}/decline", Call, body=body)

    async def end_call(self, call_id: str) -> Call:
        return await self.request("POST", f"/v1/calls/{call_id}/end", Call)

    async def get_contact(self, contact_id: str) -> Contact:
        return await self.request("GET", f"/v1/contacts/{contact_id}", Contact)

    async def end_contact(
        self, contact_id: str, end: ContactEnd, *, idempotency_key: str | None = None
    ) -> Contact:
        return await self.request(
            "POST", f"/v1/contacts/{contact_id}/end", Contact, body=end, idempotency_key=idempotency_key
        )

    async def add_entry(self, contact_id: str, entry: EntryCreate, *, idempotency_key: str) -> Entry:
        return await self.request(
            "POST", f"/v1/contacts/{contact_id}/entries", Entry, body=entry, idempotency_key=idempotency_key
        )

    async def list_entries(self, contact_id: str) -> EntryList:
        return await self.request("GET", f"/v1/contacts/{contact_id}/entries", EntryList)

    async def lookup_caller(self, number: str) -> CallerHistory:
        # POST so the number never appears in a URL or an access log.
        body = CallerLookup(number=number)
        return await self.request("POST", "/v1/callers/lookup", CallerHistory, body=body)

    # --- Contact details, wrap-up, case timeline, unmask, search --------------------------

    async def update_contact(self, contact_id: str, update: ContactUpdate, *, version: int) -> Contact:
        """PATCH only the fields set in `update`, If-Match `version` (412 version_mismatch when stale)."""
        return await self.request(
            "PATCH", f"/v1/contacts/{contact_id}", Contact, body=update, if_match=version, exclude_unset=True
        )

    async def wrap_up_contact(self, contact_id: str) -> Contact:
        """Idempotent. 422 wrap_up_incomplete names every missing field in the problem's errors[].field."""
        return await self.request("POST", f"/v1/contacts/{contact_id}/wrap-up", Contact)

    async def case_timeline(self, case_id: str) -> CaseTimeline:
        return await self.request("GET", f"/v1/cases/{case_id}/timeline", CaseTimeline)

    async def unmask(self, request: UnmaskRequest) -> UnmaskedNumber:
        return await self.request("POST", "/v1/callers/unmask", UnmaskedNumber, body=request)

    async def search(self, request: SearchRequest) -> SearchResults:
        # POST: the query may be a phone number, which must never land in a URL or an access log.
        return await self.request("POST", "/v1/search", SearchResults, body=request)

    # --- events -----------------------------------------------------------------------------------

    async def poll_events(self, *, after: int, limit: int = 100) -> EventList:
        params = {"after": after, "limit": limit}
        return await self.request("GET", "/v1/events/poll", EventList, params=params)

    async def stream_events(
        self, *, after: int, on_open: Callable[[], None] | None = None
    ) -> AsyncGenerator[ServerSentEvent, None]:
        """Follow GET /v1/events from seq `after` (Last-Event-ID). Yields raw events: the caller validates
        them, so one malformed event can be skipped without dropping the stream.

        Raises Offline when the connection fails or drops, AuthRequired, or ApiError; returns when the
        server closes the stream cleanly.
        """
        for attempt in (1, 2):
            if self._access_token is None and not await self._refresh_after(None):
                raise AuthRequired()
            used_token = self._access_token
            headers = self._headers("bearer", None)
            headers["Last-Event-ID"] = str(after)
            try:
                async with aconnect_sse(
                    self._http, "GET", self._url("/v1/events"), headers=headers, timeout=STREAM_TIMEOUT
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
                log.info("event stream: %s", type(exc).__name__)
                raise Offline(transport_code(exc)) from exc
