"""Where the app's data comes from, and the signed-in resident's session. No Qt.

``Backend`` is either a remote API URL or the embedded demo server (the same mock API code
on loopback). Starting it imports requests, pydantic and, for the demo, FastAPI: all of
that happens on first use in a worker, never before the first window.
``Session`` holds what the signed-in resident sees; every method blocks on the network and
must run in a worker.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import schema as s
from .resources import user_data_dir

if TYPE_CHECKING:
    from .client import ApiClient


class Backend:
    def __init__(self, *, api_url: str | None = None, demo: bool = False, demo_db: Path | None = None) -> None:
        if bool(api_url) == demo:
            raise ValueError("give either an API URL or demo mode")
        self.api_url = api_url
        self.demo = demo
        self.demo_db = demo_db
        self._lock = threading.Lock()
        self._server = None
        self._client: ApiClient | None = None

    def client(self) -> "ApiClient":
        """Start the backend on first use (blocking) and return the client."""
        with self._lock:
            if self._client is None:
                url = self.api_url
                if self.demo:
                    from ..mockapi.server import EmbeddedServer

                    db = self.demo_db or (user_data_dir() / "demo" / "mock-api.sqlite3")
                    db.parent.mkdir(parents=True, exist_ok=True)
                    self._server = EmbeddedServer(db).start()
                    url = self._server.url
                from .client import ApiClient

                self._client = ApiClient(url)
            return self._client

    def reset_demo(self) -> None:
        if not self.demo:
            raise RuntimeError("only the demo's data can be reset")
        self.client()
        self._server.store.reset()

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
            if self._server is not None:
                self._server.stop()
                self._server = None
            self._client = None


@dataclass
class Overview:
    profile: s.Profile
    links: list[s.Link]
    requests: list[s.CorrectionRequest]
    notifications: list[s.Notification]


@dataclass
class Session:
    """The signed-in resident. The full number stays in memory only, for "show number"."""

    backend: Backend
    number: str | None = None
    profile: s.Profile | None = None
    links: list[s.Link] = field(default_factory=list)

    def sign_in(self, number: str, pin: str) -> s.Profile:
        client = self.backend.client()
        client.sign_in(number, pin)
        self.profile = client.profile()
        self.number = number
        return self.profile

    def overview(self, progress: Callable[[int, int], None] | None = None) -> Overview:
        c = self.backend.client()
        profile = c.profile()
        links = c.links(progress)
        self.profile, self.links = profile, links
        return Overview(profile, links, c.correction_requests(), c.notifications())

    def access_log(self, progress: Callable[[int, int], None] | None = None) -> list[s.AccessLogEntry]:
        return self.backend.client().access_log(progress)

    def requests(self) -> list[s.CorrectionRequest]:
        return self.backend.client().correction_requests()

    def submit(self, body: s.CorrectionCreate, key: str) -> s.CorrectionRequest:
        return self.backend.client().submit_correction(body, key)

    def sign_out(self) -> None:
        try:
            self.backend.client().sign_out()
        finally:
            self.forget()

    def forget(self) -> None:
        self.number = None
        self.profile = None
        self.links = []
