"""A small fault-injecting HTTP proxy in front of the real server, for "the history is slow / fails" tests.

Everything is forwarded and streamed through (the console's event stream included); requests whose path
contains a configured fragment are delayed or answered with an error instead. Stdlib server in a thread,
httpx upstream; close-delimited responses so a streamed body needs no re-chunking.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from tests.support import web

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.delays: dict[str, float] = {}
        self.failures: dict[str, int] = {}
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:
                pass

            def _forward(self) -> None:
                proxy.seen.append(self.path)
                for fragment, seconds in list(proxy.delays.items()):
                    if fragment in self.path:
                        time.sleep(seconds)
                for fragment, status in list(proxy.failures.items()):
                    if fragment in self.path:
                        body = b'{"type":"about:blank","title":"injected","status":%d}' % status
                        self.send_response(status)
                        self.send_header("Content-Type", "application/problem+json")
                        self.send_header("Content-Length", str(len(body)))
                        self.end_headers()
                        self.wfile.write(body)
                        return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", *HOP_HEADERS)}
                try:
                    with web.stream(
                        self.command, proxy.upstream + self.path, headers=headers, content=body, timeout=None
                    ) as upstream:
                        self.send_response(upstream.status_code)
                        for key, value in upstream.headers.items():
                            if key.lower() not in HOP_HEADERS:
                                self.send_header(key, value)
                        self.send_header("Connection", "close")
                        self.end_headers()
                        for chunk in upstream.iter_raw():
                            self.wfile.write(chunk)
                            self.wfile.flush()
                except (httpx.HTTPError, OSError):
                    return

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
