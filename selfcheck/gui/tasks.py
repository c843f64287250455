"""One way to run blocking work off the GUI thread.

``runner.run(fn, on_ok, on_error)`` runs ``fn`` on a small thread pool; the callbacks come
back on the GUI thread through a queued signal. ``fn`` must never touch a widget.
Results that arrive after ``invalidate()`` (sign-out, a new resident) are dropped, so a
slow answer for one resident can never land on the next resident's screen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)


class Runner(QObject):
    busyChanged = Signal(bool)
    _finished = Signal(object, object, object, int)
    _call = Signal(object, object, int)

    def __init__(self, parent: QObject | None = None, workers: int = 4) -> None:
        super().__init__(parent)
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None  # made on first use, after the first window
        self._pending = 0
        self._generation = 0
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._call.connect(self._called, Qt.ConnectionType.QueuedConnection)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def invalidate(self) -> None:
        """Drop the results of everything started so far."""
        self._generation += 1

    def run(self, fn: Callable[[], Any], on_ok: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> Future:
        if self._closed:
            raise RuntimeError("runner is shut down")
        gen = self._generation
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="selfcheck-worker")
        fut = self._pool.submit(fn)
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        fut.add_done_callback(lambda f: self._finished.emit(f, on_ok, on_error, gen))
        return fut

    def call_in_gui(self, fn: Callable[..., None], *args: Any) -> None:
        """From a worker: run ``fn(*args)`` on the GUI thread (progress reports)."""
        self._call.emit(fn, args, self._generation)

    def _called(self, fn, args, gen: int) -> None:
        if gen == self._generation and not self._closed:
            fn(*args)

    def _deliver(self, fut: Future, on_ok, on_error, gen: int) -> None:
        self._pending -= 1
        try:
            if gen != self._generation or self._closed:
                return
            exc = fut.exception()
            if exc is None:
                on_ok(fut.result())
            elif on_error is not None:
                on_error(exc)
            else:
                raise exc
        finally:
            if self._pending == 0:
                self.busyChanged.emit(False)

    def shutdown(self, wait: bool = True) -> None:
        """No more work: what has not started is cancelled. ``wait=False`` (closing the
        window) returns at once; ``wait_done()`` then waits from another thread."""
        self._closed = True
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)

    def wait_done(self) -> None:
        """Block until the work already running has ended (never on the GUI thread)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
