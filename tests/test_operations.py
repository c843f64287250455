"""The GUI's one helper for background work (``gui.operations``), and what it guarantees."""

from __future__ import annotations

import threading

import pytest

from selfcheck.core.jobs import Event, Failed, Job

pytestmark = pytest.mark.gui


class Seen(Event):
    def __init__(self, what):
        self.what = what


@pytest.fixture
def ops(qtbot):
    from PySide6.QtWidgets import QWidget

    from selfcheck.gui.operations import Operations

    host = QWidget()
    qtbot.addWidget(host)
    seen: list = []
    failures: list = []

    def render(events):
        for e in events:
            if isinstance(e, Failed):
                o.failed(e)
            else:
                seen.append(e.what)

    o = Operations(host, render=render, on_failure=lambda what, e: failures.append((what, e)))
    o.seen, o.failures = seen, failures
    yield o
    if not o.closed:
        o.shutdown()


def test_progress_from_a_task_started_before_invalidate_is_dropped(qtbot, ops):
    """A task for one resident must not paint on the next one's screen, not even its progress."""
    started, go = threading.Event(), threading.Event()

    def work(report):
        started.set()
        go.wait(10)
        report(5, 10)  # reported after invalidate(), by a task started before it
        return "old"

    ops.run(Job("old resident's log", work, lambda r: [Seen(r)], progress=lambda d, t: [Seen(f"{d}/{t}")]))
    assert started.wait(10)
    ops.invalidate()  # the resident leaves
    go.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10000)  # delivered after the progress report
    assert ops.seen == [], "neither the progress nor the result of the old task reached the screen"

    def fresh(report):
        report(1, 2)
        return "new"

    ops.run(Job("new resident's log", fresh, lambda r: [Seen(r)], progress=lambda d, t: [Seen(f"{d}/{t}")]))
    qtbot.waitUntil(lambda: ops.seen == ["1/2", "new"], timeout=5000)


def test_a_failure_without_a_handler_is_logged_and_shown(qtbot, ops, caplog):
    def work():
        raise OSError("disk gone")

    ops.run(Job("saving", work, lambda r: []))
    qtbot.waitUntil(lambda: bool(ops.failures), timeout=5000)
    assert ops.failures[0][0] == "saving" and isinstance(ops.failures[0][1], OSError)
    assert "saving failed: OSError" in caplog.text
    ops.call(work, lambda r: None, what="reading")
    qtbot.waitUntil(lambda: len(ops.failures) == 2, timeout=5000)


def test_work_that_must_finish_survives_shutdown(qtbot, ops):
    """Close-time revocation: the pool's shutdown cancels what has not started, never this."""
    release, done = threading.Event(), threading.Event()
    blockers = [threading.Event() for _ in range(4)]
    for b in blockers:  # every worker busy, so anything queued behind them would be cancelled
        ops.run(Job("busy", lambda b=b: b.wait(10), lambda r: []))
    ops.run(Job("revoke", lambda: (release.wait(10), done.set()), lambda r: [], must_finish=True))
    for b in blockers:
        b.set()
    ops.shutdown()
    release.set()
    assert ops.wait_finished(10) and done.is_set()


def test_the_app_takes_the_interpreter_lock_back_from_a_busy_worker_within_a_millisecond():
    """The GUI thread runs Python for many events in each frame (the session's activity filter,
    the models' data); each time a worker computes, the GUI thread waits for the lock up to the
    switch interval. The app's set-up makes that interval 1 ms (Python's default: 5 ms)."""
    import subprocess
    import sys

    code = ("import os, sys\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "assert sys.getswitchinterval() == 0.005\n"
            "from selfcheck.gui.app import create_app\ncreate_app()\n"
            "assert sys.getswitchinterval() <= 0.001, sys.getswitchinterval()\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_results_that_arrive_together_are_shown_with_the_event_loop_running_between_them(qtbot, ops):
    """Ten results that finished while the GUI thread was busy, each taking 15 ms to show: shown
    a few at a time, with timers (and painting) running between them, not as one 150 ms stop
    of the window."""
    import time

    from PySide6.QtCore import Qt, QTimer

    n = 10
    go, all_in = threading.Event(), threading.Event()
    arrived: list = []
    order: list = []

    def count(*_args):  # in the worker, as each result is posted to the GUI thread
        arrived.append(1)
        if len(arrived) == n:
            all_in.set()

    ops._finished.connect(count, Qt.ConnectionType.DirectConnection)

    def show(i):
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 0.015:  # the window's own work for one result
            pass
        order.append(("result", i))
        return [Seen(i)]

    for i in range(n):
        ops.run(Job(f"r{i}", lambda: go.wait(10), lambda _r, i=i: show(i)))
    go.set()
    assert all_in.wait(10), "all ten have finished before the event loop runs again"
    assert ops.seen == [] and ops.busy
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: order.append(("tick", None)))
    ticker.start(1)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10000)
    ticker.stop()
    assert sorted(ops.seen) == list(range(n)), "each shown once"
    runs, run = [], 0  # results shown one after another with no timer between them
    for kind, _x in order:
        run = run + 1 if kind == "result" else 0
        runs.append(run)
    assert max(runs) <= 4, order  # a slice is 20 ms: two results, and the event loop's turn may wait one more


def test_work_started_first_runs_alone_before_any_other(qtbot, ops):
    """``call_first``: the first imports of the libraries the workers share (pydantic, requests)
    are made by one thread: under PySide's import hook, which inspects each module as it is
    imported, two threads importing pydantic at once failed now and then with ImportError (the
    demo then said its service could not start). Work submitted after it waits until it is done."""
    release = threading.Event()
    order: list = []

    def first():
        order.append("first starts")
        release.wait(10)
        order.append("first ends")

    ops.call_first(first, lambda _r: None, what="imports")
    for i in range(3):
        ops.call(lambda i=i: order.append(f"after {i}"), lambda _r: None, what=f"after {i}")
    qtbot.waitUntil(lambda: "first starts" in order, timeout=5000)
    assert order == ["first starts"], "nothing else runs while it does"
    release.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert order[:2] == ["first starts", "first ends"] and sorted(order[2:]) == ["after 0", "after 1", "after 2"]
