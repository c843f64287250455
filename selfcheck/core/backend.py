"""Where the app's data comes from, and the signed-in resident's session. No Qt.

``Backend`` is either a remote API URL or the embedded demo server (the same mock API code
on loopback). Starting it imports requests, pydantic and, for the demo, FastAPI: all of
that happens on first use in a worker, never before the first window.
``Session`` holds what the signed-in resident sees; every method blocks on the network and
must run in a worker.
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .resources import user_data_dir

if TYPE_CHECKING:  # pydantic and requests load in the worker that first talks to the API
    from . import schema as s
    from .accesslog import AccessLog
    from .client import ApiClient


log = logging.getLogger(__name__)

def _token() -> str:
    """``secrets.token_urlsafe(24)`` without importing ``secrets`` (and with it hashlib, hmac and
    random) before the first window: the same 24 bytes from the OS, URL-safe base64."""
    import base64

    return base64.urlsafe_b64encode(os.urandom(24)).rstrip(b"=").decode("ascii")


class DemoServerFailed(RuntimeError):
    pass


DEMO_START_DEADLINE = 60.0  # seconds: a demo server that says nothing by then is not coming


def _first_line(pipe, deadline: float) -> str | None:
    """The child's first line, or None if it says nothing within ``deadline`` seconds (a hung child
    must not hold a worker, and the sign-in waiting on it, for ever). Windows pipes cannot be
    waited on: there the line is read as it comes."""
    if os.name == "posix":
        import select

        ready, _, _ = select.select([pipe], [], [], deadline)
        if not ready:
            return None
    return pipe.readline().decode("ascii", "replace")


class Backend:
    """Either a remote API URL, or the demo: the mock API as a child process on loopback.

    ``start()`` only spawns the demo server (a few milliseconds, no waiting); ``client()``
    waits until it answers, so call it from a worker. ``demo_server(db)`` is the command that
    runs the demo's server (the mock API's ``child.command``): the caller knows which server
    that is, the core does not.
    """

    def __init__(self, *, api_url: str | None = None, demo: bool = False, demo_db: Path | None = None,
                 demo_server: Callable[[Path], list[str]] | None = None) -> None:
        if bool(api_url) == demo:
            raise ValueError("give either an API URL or demo mode")
        if demo and demo_server is None:
            raise ValueError("the demo needs the command that starts its server (demo_server)")
        self._demo_server = demo_server
        self.api_url = api_url
        self.demo = demo
        self.demo_db = demo_db
        self._lock = threading.Lock()  # the client, and the demo server it may wait up to a minute for
        # the outbox's own: opening it may wait for the OS keyring's unlock prompt, which must not
        # hold up the client (the sign-in), nor the outbox the demo server's start
        self._outbox_lock = threading.Lock()
        # start() and stop_starting() only (never held while waiting): the closing window stops a
        # server that is still starting while a worker waits for it under ``_lock``
        self._spawn_lock = threading.Lock()
        self._closing = False
        self._listening = False  # the demo server said it is up
        self._child: subprocess.Popen | None = None
        self._admin_token = _token()
        self._client: ApiClient | None = None
        self._outbox = None
        self._storage_problem: str | None = None

    @property
    def admin_token(self) -> str:
        """The demo server's admin token (the demo issues its personas' software cards with it)."""
        return self._admin_token

    @property
    def url(self) -> str | None:
        return self.api_url

    def start(self) -> None:
        """Spawn the demo server now, so it gets ready while the window comes up."""
        if not self.demo or self._child is not None:
            return
        db = self.demo_db or (user_data_dir() / "demo" / "mock-api.sqlite3")
        if self.storage_problem(db.parent) is not None:
            db = Path(":memory:")  # the demo still opens: its data lives as long as the app
        env = {**os.environ, "SELFCHECK_ADMIN_TOKEN": self._admin_token}
        with self._spawn_lock:
            if self._child is not None or self._closing:  # the app is closing: no server for it now
                return
            self._child = subprocess.Popen(self._demo_server(db), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=subprocess.DEVNULL, env=env)

    def stop_starting(self) -> None:
        """The app is closing (any thread, returns at once): a demo server that has not said it is
        up is not needed any more, so it is stopped now, and a worker waiting for it gives up at
        once (its pipe ends) instead of holding the closing app for up to ``DEMO_START_DEADLINE``.
        None is started after this. A server that is up stays, for the work still to finish
        (a send, the sign-out); ``close()`` then ends it."""
        with self._spawn_lock:
            self._closing = True
            child = None if self._listening else self._child
        if child is not None and child.poll() is None:
            child.kill()  # nothing was served: a seeding transaction not committed is rolled back

    def client(self) -> "ApiClient":
        """Start the backend on first use (blocking) and return the client."""
        with self._lock:
            if self._client is None:
                url = self.api_url
                if self.demo:
                    self.start()
                    child = self._child
                    if child is None:
                        raise DemoServerFailed("the app is closing")
                    line = _first_line(child.stdout, DEMO_START_DEADLINE)  # "listening PORT"
                    if line is None or not line.startswith("listening "):
                        raise DemoServerFailed(f"demo server exited with {child.poll()}" if line is not None
                                               else f"demo server did not start within {DEMO_START_DEADLINE:.0f} s")
                    with self._spawn_lock:
                        self._listening = not self._closing
                    if self._closing:
                        raise DemoServerFailed("the app is closing")
                    url = self.api_url = f"http://127.0.0.1:{int(line.split()[1])}"
                from .client import ApiClient

                self._client = ApiClient(url)
            return self._client

    def storage_problem(self, folder: Path | None = None) -> str | None:
        """Why the data folder cannot keep anything ("not_writable", "full"), or None.
        Checked once (a few file operations); call it from a worker, or before the window."""
        if folder is not None:
            from .storage import problem

            return problem(folder)
        if self._storage_problem is None:
            from .storage import problem

            self._storage_problem = problem(user_data_dir()) or ""
        return self._storage_problem or None

    def open_local(self) -> str | None:
        """After the first paint, in a worker: check the data folder (``storage_problem``, returned)
        and open the outbox, so that finding the OS keyring (0.1 s of Python) does not compete with
        a resident's loading overview."""
        problem = self.storage_problem()
        self.outbox()
        return problem

    def outbox_problem(self) -> str | None:
        """Why the outbox lives in memory ("not_writable", "full"), if it does; no I/O."""
        box = self._outbox
        return box.problem if box is not None else None

    def outbox(self):
        """The correction outbox (opened on first use, in a worker); the demo keeps its own."""
        with self._outbox_lock:
            if self._outbox is None:
                from .outbox import Outbox

                name = "demo-outbox.sqlite3" if self.demo else "outbox.sqlite3"
                self._outbox = Outbox(user_data_dir() / name)  # in memory if the folder cannot keep it
            return self._outbox

    def reset_demo(self) -> None:
        if not self.demo:
            raise RuntimeError("only the demo's data can be reset")
        self.client()._request("POST", "/admin/reset", auth=False, headers={"X-Admin-Token": self._admin_token})

    def close(self) -> None:
        with self._lock, self._outbox_lock:
            if self._client is not None:
                self._client.close()
            child, self._child = self._child, None
            self._client = None
            if self._outbox is not None:
                self._outbox.close()
                self._outbox = None
        if child is not None:
            child.stdin.close()  # the server exits when its input closes: nobody needs to wait for it
            threading.Thread(target=_reap, args=(child,), name="demo-server-reaper", daemon=True).start()


def _reap(child: subprocess.Popen) -> None:
    """Collect the demo server's exit status (it stops in a few hundred milliseconds, off the
    closing app's path); one that does not stop is killed."""
    try:
        child.wait(5)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    child.stdout.close()


@dataclass
class Overview:
    profile: s.Profile
    links: list[s.Link]


@dataclass
class Mailbox:
    requests: list[s.CorrectionRequest]
    notifications: list[s.Notification]


@dataclass
class Session:
    """The signed-in resident (signed in by their card, which never tells the number). The full
    number is fetched only when the resident asks to see it, and stays in memory only."""

    backend: Backend
    number: str | None = field(default=None, repr=False)  # never in a repr, log line or exception text
    profile: s.Profile | None = None
    links: list[s.Link] = field(default_factory=list)
    counter_staff: str | None = None  # at a municipal counter: the staff member assisting
    confirmed: bool = True  # at a counter: the resident has said "this is me"
    idle_seconds: int = 900  # the service ends the session after this long without activity
    ends_at: datetime | None = None  # ... and at this time at the latest

    def reveal_number(self) -> str:
        """Blocking: the full number from the service (asked once per session, then kept here)."""
        if self.number is None:
            self.number = self.backend.client().my_number()
        return self.number

    def overview(self, progress: Callable[[int, int], None] | None = None, *, reload: bool = False) -> Overview:
        """The profile (fetched at sign-in; again on reload) and every link."""
        c = self.backend.client()
        profile = c.profile() if reload or self.profile is None else self.profile
        links = c.links(progress)
        self.profile, self.links = profile, links
        return Overview(profile, links)

    def mailbox(self, *, background: bool = False) -> Mailbox:
        """Correction requests and notifications: shown after the links, off the critical path.
        ``background``: a poll the resident did not cause, which must not keep the session alive."""
        c = self.backend.client()
        return Mailbox(c.correction_requests(background=background), c.notifications(background=background))

    def access_log(self, progress: Callable[[int, int], None] | None = None) -> AccessLog:
        """The whole access log, kept compactly page by page (see ``core.accesslog``)."""
        from .accesslog import AccessLog

        log = AccessLog()
        for page in self.backend.client().access_log_pages(progress):
            log.add_page(page)
        log.prepare()  # sorted and its days found here, not on the GUI thread
        return log

    def requests(self) -> list[s.CorrectionRequest]:
        return self.backend.client().correction_requests()

    def submit(self, body: s.CorrectionCreate, key: str) -> s.CorrectionRequest:
        return self.backend.client().submit_correction(body, key)

    def send_through_outbox(self, body: s.CorrectionCreate, key: str | None = None, resident_id: str | None = None):
        """Queue the request (it is safe from here on), then try to send it. ``key``: the
        idempotency key of these answers; sending the same answers again reuses the request
        already queued with it. ``resident_id``: whose it is, fixed when Send was pressed (a
        sign-out meanwhile forgets the session's resident). Returns (outbox item, the service's
        request or None): the request as soon as the service's answer to the POST is known (the
        follow-up read of the full request is only a refinement and may fail), None when it
        waits or was refused."""
        from .errors import ApiError, ErrorKind
        from .outbox import RECEIVED

        owner = resident_id or self.profile.resident_id
        box = self.backend.outbox()
        item = box.enqueue(owner, body, key=key)
        if not self._signed_in_as(owner):  # the client's token is someone else's now, or nobody's:
            raise ApiError(ErrorKind.SESSION_EXPIRED)  # it waits for its resident's next sign-in
        fresh = item.attempts == 0
        try:
            item, req = box.send_with_answer(self.backend.client(), item)
        except ApiError as e:
            # it never reached the service: the answers go back to the resident, if they are still
            # here; signed out meanwhile (their answers gone with them), it waits for their next sign-in
            if e.refused_who and fresh and self._signed_in_as(owner):
                box.discard_unsent(item.id)
            raise
        if item.state == RECEIVED and req is not None:
            try:
                req = self.backend.client().correction_request(item.request_id)
            except ApiError as e:  # the POST's answer is the confirmation; the list catches up later
                log.info("the follow-up read of a confirmed request failed: %s", e.kind.value)
        return item, req

    def _signed_in_as(self, resident_id: str) -> bool:
        profile = self.profile
        return profile is not None and profile.resident_id == resident_id

    def send_waiting(self) -> list:
        """Send whatever waits in the outbox for this resident (after sign-in, and now and then)."""
        if self.profile is None:
            return []
        box = self.backend.outbox()
        if not box.pending(self.profile.resident_id):
            return []
        return box.send_pending(self.backend.client(), self.profile.resident_id)

    def outbox_items(self) -> list:
        if self.profile is None:
            return []
        return self.backend.outbox().items(self.profile.resident_id)

    def outbox_persistent(self) -> bool:
        return self.backend.outbox().persistent

    def sign_out(self) -> None:
        """Blocking: forget here, then end the session on the server."""
        self.revoke(self.take_token())

    def take_token(self) -> str | None:
        """Forget the resident on this computer at once (no network); returns their token so a
        worker can revoke it on the server."""
        signed_in = self.profile is not None
        token = self.backend.client().take_token() if signed_in else None
        self.forget()
        return token

    def drop_token(self) -> None:
        """The server ended the session (it expired): forget the token, keep what is shown."""
        if self.profile is not None:
            self.backend.client().forget_token()

    def revoke(self, token: str | None, quick: bool = False) -> None:
        """Blocking: end a session on the server (the token from ``take_token``); ``quick``
        (the app is closing): one short try of about 3 s at most."""
        if token:
            self.backend.client().revoke(token, quick=quick)

    def masked_number(self) -> str:
        """``•••• •••• 1234``: the last 4 digits from the profile."""
        from . import mynumber

        last4 = self.profile.number_last4 if self.profile is not None else ""
        return mynumber.mask(self.number or last4)

    def forget(self) -> None:
        self.number = None
        self.profile = None
        self.links = []
        self.counter_staff = None
        self.confirmed = True

    def forget_received(self) -> None:
        """At a shared counter: drop this resident's confirmed references from the outbox."""
        if self.profile is not None:
            self.backend.outbox().forget_received(self.profile.resident_id)
