"""Run the mock API with uvicorn: as a program, or embedded on loopback for the demo and tests."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import uvicorn

from .app import create_app
from .store import Store


def uvicorn_config(app, **options) -> uvicorn.Config:
    """How the mock API runs under uvicorn. ``proxy_headers=False``: the server answers clients
    directly, so X-Forwarded-For / Forwarded are whatever a client wrote; trusting them (uvicorn
    does by default for clients on 127.0.0.1) would let each try pass for a new address and
    escape the per-address sign-in throttle."""
    return uvicorn.Config(app, proxy_headers=False, server_header=False, **options)


def loopback_socket() -> socket.socket:
    """A listening socket's start on 127.0.0.1, a port the OS picks. Made as a TCP socket by name
    (``IPPROTO_TCP``, not 0): asyncio turns Nagle's algorithm off only on connections whose socket
    says so, and with it on, the body of every answer after a connection's first waited 40 ms for
    the client's delayed acknowledgement of its head."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    return sock


class EmbeddedServer:
    """The mock API on 127.0.0.1 in a daemon thread, on a port the OS picks.

    ``start()`` returns once the server accepts connections. Loopback only: nothing leaves
    the machine.
    """

    def __init__(self, db_path: str | Path, *, admin_token: str | None = None, **store_options) -> None:
        """``store_options`` go to :class:`Store` (tests pass a clock)."""
        self.store = Store(db_path, **store_options)
        self.app = create_app(self.store, admin_token=admin_token)
        self._sock = loopback_socket()
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn_config(self.app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]},
                                        name="mock-api", daemon=True)

    def start(self, timeout: float = 10.0) -> "EmbeddedServer":
        self._thread.start()
        ready = threading.Event()

        def wait() -> None:
            while not self._server.started and self._thread.is_alive():
                if ready.wait(0.01):
                    return
            ready.set()

        wait()
        if not self._server.started:
            raise RuntimeError("the embedded mock API did not start")
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(5)
        self._sock.close()
        self.store.close()


def serve(host: str, port: int, db: str, admin_token: str | None = None) -> None:
    uvicorn.Server(uvicorn_config(create_app(Store(db), admin_token=admin_token), host=host, port=port,
                           log_level="info")).run()
