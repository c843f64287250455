"""A fault-injecting reverse proxy on loopback, between the app and the mock API.

Built on the standard library's HTTP server (``http.server``) and client (``http.client``):
every request goes to the real service unless a fault says otherwise. A fault has a *kind*
and a *place*:

- places: ``post_before`` (the correction POST, spoiled before the service sees it),
  ``post_after`` (the service handled the POST, its answer is spoiled), ``follow_up`` (the read
  of one request after it was created), ``list`` (the list of requests), ``poll`` (the
  notifications read that the app polls with the list);
- kinds: ``drop`` (the connection closes without an answer), ``500``, ``503``, ``garbage``,
  ``truncated`` (the answer stops half-way), ``html`` (a 200 web page), ``wrong_type`` (valid
  JSON of the wrong shape), ``slow`` (the answer comes after the client stopped waiting).

A fault stays on until ``heal()``. ``log`` records (method, path, fault or None).
"""

from __future__ import annotations

import http.client
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

KINDS = ("drop", "500", "503", "garbage", "truncated", "html", "wrong_type", "slow")
PLACES = ("post_before", "post_after", "follow_up", "list", "poll")
_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "host", "content-length"}


def place_of(method: str, path: str) -> set[str]:
    path = path.split("?")[0]
    if method == "POST" and path == "/v1/me/correction-requests":
        return {"post_before", "post_after"}
    if method == "GET" and re.fullmatch(r"/v1/me/correction-requests/[^/]+", path):
        return {"follow_up"}
    if method == "GET" and path == "/v1/me/correction-requests":
        return {"list"}
    if method == "GET" and path == "/v1/me/notifications":
        return {"poll"}
    return set()


class FaultProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream: str, slow_seconds: float = 0.6) -> None:
        up = urlsplit(upstream)
        self.upstream = (up.hostname, up.port)
        self.slow_seconds = slow_seconds
        self.fault: tuple[str, str] | None = None  # (kind, place)
        self.log: list[tuple[str, str, tuple[str, str] | None]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection: a drop ends just that one

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with proxy._lock:
                    fault = proxy.fault if proxy.fault and proxy.fault[1] in place_of(self.command, self.path) else None
                    proxy.log.append((self.command, self.path, fault))
                if fault is None:
                    self._answer(*proxy._forward(self.command, self.path, self.headers, body))
                    return
                kind, place = fault
                answer = None if place == "post_before" else proxy._forward(self.command, self.path, self.headers, body)
                self._spoil(kind, answer)

            do_GET = do_POST = do_DELETE = _handle

            def _answer(self, status: int, ctype: str, data: bytes, declared: int | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data) if declared is None else declared))
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()

            def _spoil(self, kind: str, answer) -> None:
                status, ctype, data = answer or (201, "application/json", json.dumps(
                    {"id": "R-fake", "reference": "SC-2026-0000-0000", "status": "received"}).encode())
                if kind == "drop":
                    return  # the connection closes without a byte
                if kind == "slow":
                    proxy._stop.wait(proxy.slow_seconds)  # longer than the client waits
                    return
                if kind == "500":
                    self._answer(500, "text/html", b"<html><body>Internal Server Error</body></html>")
                elif kind == "503":
                    self._answer(503, "application/problem+json",
                                 b'{"title": "Service Unavailable", "status": 503, "code": "unavailable"}')
                elif kind == "garbage":
                    self._answer(status, "application/json", b"\x00\xff{{not json" + data[:7])
                elif kind == "truncated":
                    self._answer(status, ctype, data[: max(1, len(data) // 2)], declared=len(data))
                elif kind == "html":
                    self._answer(200, "text/html; charset=utf-8", b"<!doctype html><title>Maintenance</title>")
                elif kind == "wrong_type":
                    self._answer(status, "application/json", b'{"id": 17, "reference": ["x"], "items": "none"}')
                else:
                    raise ValueError(kind)

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, name="fault-proxy", daemon=True)

    def _forward(self, method: str, path: str, headers, body: bytes) -> tuple[int, str, bytes]:
        conn = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            conn.request(method, path, body=body or None,
                         headers={k: v for k, v in headers.items() if k.lower() not in _HOP})
            resp = conn.getresponse()
            return resp.status, resp.getheader("Content-Type", "application/octet-stream"), resp.read()
        finally:
            conn.close()

    def inject(self, kind: str, place: str) -> None:
        assert kind in KINDS and place in PLACES
        with self._lock:
            self.fault = (kind, place)

    def heal(self) -> None:
        with self._lock:
            self.fault = None

    def handle_error(self, request, client_address) -> None:
        pass  # a client that stopped waiting (slow) closed its end

    def __enter__(self) -> "FaultProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.shutdown()
        self.server_close()
        self._thread.join(5)
