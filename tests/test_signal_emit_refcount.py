"""Every signal the app emits from Python must leave Python's objects as it found them.
PySide6 6.12 returns True from ``SignalInstance.emit`` without a reference of its own: on Python
3.11, where True is an ordinary counted object, each emit took one of True's references, and
after a few thousand (the app holds about 5,000; each background result and progress report is
one emit, a minute's poll a few more) the process aborted with "Fatal Python error:
bool_dealloc". A day at a counter, or a window left open overnight, got there."""

from __future__ import annotations

import gc
import sys
import threading
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from selfcheck.gui.operations import Operations


@contextmanager
def _no_collection():
    """True's count, undisturbed by Python's garbage collector: a collection during the
    measurement frees what earlier tests left in cycles (a stopped server's objects hold
    thousands of references to True), and the count fell by 5,000 with nothing wrong."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object, int)


def test_emitting_takes_no_reference_from_true(qapp):
    import selfcheck.gui  # noqa: F401 - what every screen of the app imports first

    emitter = _Emitter()
    seen = []
    emitter.carrying.connect(lambda obj, n: seen.append(n))
    with _no_collection():
        before = sys.getrefcount(True)
        for n in range(2000):
            emitter.plain.emit()
            emitter.carrying.emit(None, n)
        drift = sys.getrefcount(True) - before
    assert len(seen) == 2000
    assert abs(drift) < 50  # each emit took one: 4,000 fewer


def test_results_of_background_work_take_no_reference_from_true(qtbot):
    shown = []
    ops = Operations(render=lambda events: shown.extend(events), on_failure=lambda what, e: None)
    gate = threading.Event()
    with _no_collection():
        before = sys.getrefcount(True)
        for n in range(500):
            ops.call(lambda n=n: (gate.wait(10), n)[1], shown.append)
        gate.set()
        qtbot.waitUntil(lambda: len(shown) == 500 and not ops.busy, timeout=20_000)
        ops.shutdown()
        drift = sys.getrefcount(True) - before
    assert sorted(shown) == list(range(500))  # each once
    assert abs(drift) < 50
