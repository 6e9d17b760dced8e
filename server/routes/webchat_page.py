"""The person's web chat page: static files from resources/webchat, and the self-test as data.

Strict Content-Security-Policy: only this server's own script, style and API; no inline code, no frames,
nothing from elsewhere (no third-party scripts, fonts or trackers)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

from annyeong.console.domain import selftest

router = APIRouter(include_in_schema=False)
ROOT = Path(__file__).resolve().parent.parent.parent / "resources" / "webchat"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-cache",
}
TYPES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}


@cache
def _file(name: str) -> bytes:
    return (ROOT / name).read_bytes()


@cache
def _selftest() -> bytes:
    data = {
        "instrument_id": selftest.INSTRUMENT_ID,
        "time_frame": selftest.TIME_FRAME,
        "items": [{"id": item.id, "text": item.text} for item in selftest.ITEMS],
        "scale": [{"value": v, "label": label} for v, label in selftest.LABELS.items()],
    }
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _answer(body: bytes, media_type: str) -> Response:
    return Response(body, media_type=media_type, headers=HEADERS)


@router.get("/chat")
async def page() -> Response:
    return _answer(_file("index.html"), TYPES["index.html"])


@router.get("/chat/app.js")
async def script() -> Response:
    return _answer(_file("app.js"), TYPES["app.js"])


@router.get("/chat/app.css")
async def style() -> Response:
    return _answer(_file("app.css"), TYPES["app.css"])


@router.get("/chat/selftest.json")
async def selftest_items() -> Response:
    return _answer(_selftest(), "application/json")
