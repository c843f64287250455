"""Closing the window never waits on the GUI thread: the workers still running, the sign-out
and the backend finish in a closing thread that the process waits for before it exits, and the
demo server stops by itself once its pipe is closed. (How long closing takes is measured by
``./dev bench``, not asserted here.)"""

from __future__ import annotations

import threading

import pytest

from selfcheck.core.backend import Backend
from selfcheck.mockapi.child import command as demo_server

pytestmark = pytest.mark.gui


def test_closing_the_window_does_not_wait_for_a_running_worker(qtbot, make_window, api):
    w = make_window(Backend(api_url=api.url))
    release, started = threading.Event(), threading.Event()

    def slow_job():  # e.g. a page of the access log still on its way
        started.set()
        release.wait(30)

    w.runner.call(slow_job, lambda _r: None)
    qtbot.waitUntil(started.is_set)
    w.close()  # returns while the worker is still busy
    assert not w.isVisible() and w.runner.closed
    assert not w.runner.wait_finished(timeout=0) and not release.is_set()  # the closing thread waits for it
    release.set()  # the worker finishes; then the closing thread closes the backend
    assert w.runner.wait_finished(timeout=15)


def test_the_demo_server_stops_by_itself_after_close(qtbot):
    backend = Backend(demo=True, demo_server=demo_server)
    backend.client()  # the demo server is up
    child = backend._child
    backend.close()  # returns without waiting for the server process
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)  # it stops on its own
    assert child.returncode == 0
