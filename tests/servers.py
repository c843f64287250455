"""Misbehaving servers on loopback, for the client's and the GUI's failure paths."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Scripted(ThreadingHTTPServer):
    """Answers each request from a script: (status, content type, body) or a callable."""

    daemon_threads = True

    def __init__(self, answer) -> None:
        self.answer = answer
        self.hits: list[tuple[str, str, dict]] = []
        self.release = threading.Event()  # a "slow" answer waits for this (or its timeout)

        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                server: Scripted = self.server  # type: ignore[assignment]
                server.hits.append((self.command, self.path, dict(self.headers)))
                status, ctype, body = server.answer(self) if callable(server.answer) else server.answer
                if status is None:
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = _reply

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, name="selfcheck-test-server", daemon=True)

    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up (timeout test) is expected here

    def __enter__(self) -> "Scripted":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
        self._thread.join(5)


def closed_port_url() -> str:
    """A loopback URL where nothing listens (connection refused)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"
