"""Closing while the demo server is still starting (outside review of issue 17).

The demo server can be slow to come up: a cold disk, a loaded machine, or another Selfcheck
setting up the same database (the setup lock). The window closing then, or the app being killed,
must neither keep the process alive waiting for a server nobody needs any more nor leave that
server running behind it. The tests hold the database's setup lock, as a second app seeding it
would, so the server is reliably "still starting".
"""

from __future__ import annotations

import contextlib
import subprocess
import sys

import pytest

from selfcheck.core.backend import Backend
from selfcheck.mockapi.child import command as demo_server

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the setup lock is POSIX flock")


@contextlib.contextmanager
def setup_lock_held(db):
    """Another app is setting up the demo database: its server waits for this lock."""
    import fcntl

    with open(str(db) + ".lock", "a+b") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _stopped_within(child: subprocess.Popen, seconds: float) -> bool:
    try:
        child.wait(seconds)
        return True
    except subprocess.TimeoutExpired:
        return False
    finally:
        if child.poll() is None:  # do not leave it behind ourselves
            child.kill()
            child.wait()


def test_a_starting_demo_server_stops_as_soon_as_its_app_is_gone(tmp_path):
    db = tmp_path / "demo" / "mock-api.sqlite3"
    db.parent.mkdir()
    with setup_lock_held(db):
        child = subprocess.Popen(demo_server(db), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)
        child.stdin.close()  # the app quit, or was killed, before its server was up
        stopped = _stopped_within(child, 10)
        child.stdout.close()
    assert stopped, "the demo server outlived its app (it was still starting)"


def test_stop_starting_ends_the_wait_for_a_demo_server_that_is_not_up(tmp_path):
    import threading

    from selfcheck.core.backend import DemoServerFailed

    db = tmp_path / "demo" / "mock-api.sqlite3"
    db.parent.mkdir()
    with setup_lock_held(db):
        backend = Backend(demo=True, demo_db=db, demo_server=demo_server)
        backend.start()
        child = backend._child
        outcome: list[BaseException | None] = []
        waiting = threading.Thread(target=lambda: outcome.append(_error_of(backend.client)))
        waiting.start()  # a worker waits for the server, as the window's sign-in does
        backend.stop_starting()  # the window closes
        waiting.join(10)
        stopped = _stopped_within(child, 10)
        backend.start()  # nothing starts another one for an app that is closing
        assert backend._child is child
        backend.close()
    assert not waiting.is_alive(), "the worker still waits for the demo server"
    assert isinstance(outcome[0], DemoServerFailed)
    assert stopped


def _error_of(fn) -> BaseException | None:
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - the test looks at it
        return e
    return None


@pytest.mark.gui
def test_closing_while_the_demo_server_starts_neither_waits_for_it_nor_leaves_it_running(qtbot, make_window,
                                                                                          tmp_path):
    db = tmp_path / "demo" / "mock-api.sqlite3"
    db.parent.mkdir()
    with setup_lock_held(db):
        backend = Backend(demo=True, demo_db=db, demo_server=demo_server)
        w = make_window(backend)  # the window asks for the demo service on a worker, which waits for it
        qtbot.waitUntil(lambda: backend._child is not None and w.runner.busy)
        child = backend._child
        w.close()
        closed = w.runner.wait_finished(timeout=10)  # what the process waits for before it exits
        stopped = _stopped_within(child, 10)
        child.stdout.close()
    assert closed, "the app waited for a demo server nobody needs any more"
    assert stopped, "the demo server kept running after the window closed"
