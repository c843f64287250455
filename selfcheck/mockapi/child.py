"""The demo's mock API as a child process of the app.

    python -m selfcheck.mockapi.child --db PATH      (admin token in SELFCHECK_ADMIN_TOKEN)

Binds 127.0.0.1 on a port the OS picks, prints ``listening PORT`` once it accepts requests,
and exits when its standard input closes (Ctrl+D at a terminal): when the app quits, or dies.
That is watched from the first moment, so a server still importing or waiting for the
database's setup lock ends at once rather than coming up for an app that is gone. A terminal's
Ctrl+C or hang-up does not end it: those are for the app, which signs out through this server
first. A child process keeps FastAPI's import (about half a second) off the app's first window
and its GIL.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from pathlib import Path


# The argument with which a frozen app (PyInstaller: ``sys.executable`` is the app itself, not
# Python) runs as this server; ``selfcheck.__main__.main`` dispatches it.
DEMO_SERVER_CHILD = "--demo-server-child"


def command(db: Path) -> list[str]:
    """How the app starts this server for the demo (``Backend(demo=True, demo_server=command)``),
    from a venv or from the frozen app."""
    if getattr(sys, "frozen", False):
        return [sys.executable, DEMO_SERVER_CHILD, "--db", str(db)]
    return [sys.executable, "-m", __name__, "--db", str(db)]


@contextlib.contextmanager
def _setup_lock(db: str):
    """Hold an exclusive lock on ``DB.lock`` while the database is opened and seeded."""
    if db == ":memory:":
        yield
        return
    import fcntl

    with open(db + ".lock", "a+b") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _stamp(name: str) -> None:
    """For the start-up benchmark's breakdown: ``NAME MONOTONIC`` on standard error."""
    if os.environ.get("SELFCHECK_BENCH_PRINT"):
        import time

        print(name, time.monotonic(), file=sys.stderr, flush=True)


def _all_the_files_allowed() -> None:
    """Raise this process's open-file limit to its hard limit. A desktop session starts programs
    with a soft limit of 1,024; another local program holding that many connections open (it
    needs send nothing) used up the server's files, and Python 3.11's asyncio then retried its
    accept in a storm and answered nobody, the app's own connection included. The hard limit is
    usually hundreds of thousands: holding that many costs the other program far more."""
    try:
        import resource
    except ImportError:  # Windows: no such limit
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
    for limit in (want, 10240):  # macOS: an unlimited hard limit, but no more than OPEN_MAX per process
        if soft == resource.RLIM_INFINITY or soft >= limit:
            return
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))
            return
        except (ValueError, OSError):  # not allowed here (a sandbox): the server works as it is
            continue


def main(argv: list[str] | None = None) -> int:
    _stamp("python-started")
    _all_the_files_allowed()
    p = argparse.ArgumentParser(prog="selfcheck-demo-server")
    p.add_argument("--db", required=True)
    args = p.parse_args(argv)
    # the terminal's Ctrl+C and hang-up go to the whole process group, but they are for the app:
    # it signs the resident out through this server, then closes the pipe that ends it
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    serving: list = []  # the server, once there is one to stop gracefully
    guard = threading.Lock()

    def exit_with_parent() -> None:
        sys.stdin.buffer.read()  # returns at EOF: the app closed the pipe or is gone
        with guard:
            if not serving:  # still importing, or waiting for the setup lock: nothing is served yet,
                os._exit(0)  # and a seeding transaction not committed is rolled back by SQLite
            serving[0].should_exit = True

    # first of all: an app that is gone before its server is up must not leave the server behind
    threading.Thread(target=exit_with_parent, daemon=True).start()
    from .server import loopback_socket, uvicorn_config

    sock = loopback_socket()
    port = sock.getsockname()[1]

    import uvicorn

    from .app import create_app
    from .store import Store

    from datetime import timedelta

    _stamp("imported")
    # the demo moves each request one step forward every two minutes, so residents see it move;
    # two apps starting at once on a fresh folder must not both set up (and seed) the database
    with _setup_lock(args.db):
        store = Store(args.db, advance_after=timedelta(minutes=2))
    _stamp("store-open")
    app = create_app(store, admin_token=os.environ.get("SELFCHECK_ADMIN_TOKEN") or None)
    _stamp("app-built")

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            if sig != signal.SIGINT:  # uvicorn listens for Ctrl+C again while it runs: not ours (above)
                super().handle_exit(sig, frame)

        async def startup(self, sockets=None) -> None:
            await super().startup(sockets)
            if self.started:  # accepting requests: say so at once (the app waits on this line)
                sys.stdout.write(f"listening {port}\n")
                sys.stdout.flush()

    server = Server(uvicorn_config(app, log_level="warning", access_log=False, lifespan="off"))
    with guard:
        serving.append(server)
    server.run(sockets=[sock])
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
