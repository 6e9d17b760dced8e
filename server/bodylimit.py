"""Refuse request bodies over the configured size with a 413 problem, before they are buffered.

Two checks: a declared Content-Length over the limit is refused before reading anything; a body sent
without (or lying about) its length is counted as it streams, and refused as soon as it passes the limit.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from annyeong.server.problems import problem_response


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=413, detail="the request body is larger than the server accepts")


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body_bytes
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0:
                    await problem_response(400, "bad_content_length")(scope, receive, send)
                    return
                if declared > limit:
                    await self._refuse(scope, receive, send)
                    return
                # A declared length within the limit is the body's length: the HTTP parser reads that
                # many bytes and no more (more is the next request; a length beside chunked encoding is
                # refused before the app), so nothing needs counting, and each request saves wrapping
                # its receive and send.
                await self.app(scope, receive, send)
                return

        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # An HTTPException travels through FastAPI's body parsing untouched, so the app's
                    # problem handler answers it like any other error.
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            413, "body_too_large", "the request body is larger than the server accepts"
        )
        # The client may still be sending; closing the connection spares us reading the rest.
        response.headers["Connection"] = "close"
        await response(scope, receive, send)
