"""The one way the GUI runs blocking work: off the GUI thread, results back on it.

- ``run(job)`` runs a core ``Job`` (see ``core.jobs``) on a small thread pool and renders the
  events its outcome makes. ``call(fn, on_ok, on_error=None)`` does the same for the GUI's own
  blocking calls (files, printing, imports).
- Failure policy: an error nobody handles is never dropped. It is logged (its type only, never
  personal data) and handed to ``on_failure`` (the window says it on screen).
- Generations: ``invalidate()`` (sign-out, a new resident) drops the results *and the progress
  reports* of everything started before it. The generation is fixed when the work starts, so a
  slow task for one resident can never paint on the next resident's screen.
- Pacing: results and progress are shown in the order they arrive, but only for ``RENDER_SLICE``
  at a time; then the event loop gets a turn (timers, painting, the user's keys) before the rest.
  Results that finished together, each shown in a few milliseconds, held the window 100 ms
  and more as one stop.
- Close: ``shutdown()`` cancels what has not started. Work marked ``must_finish`` (revoking a
  session on the server) runs on its own thread that is never cancelled; the process waits for
  it before it exits, and ``wait_finished`` lets a caller wait too.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core.jobs import Event, Failed, Job

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)


def _one_malloc_arena() -> None:
    """Before the first worker thread: let every thread share one glibc malloc arena. By default
    each thread that allocates gets an arena of its own (up to 8 per core), and the memory a
    worker frees there (a page of 1,000 log entries parsed) is not reused by the others: with
    100,000 log entries the peak went from 254 MB to 235 MB. The workers run Python under the
    GIL, so they hardly ever contend for the one arena. Elsewhere (musl, macOS, Windows) there is
    nothing to set."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").mallopt(-8, 1)  # M_ARENA_MAX = 1
    except (OSError, AttributeError) as e:  # not glibc
        log.debug("malloc arenas left as they are: %s", e)


RENDER_SLICE = 0.02  # seconds of showing results before the event loop gets a turn


class Operations(QObject):
    busyChanged = Signal(bool)
    _finished = Signal(object, object, object, int)
    _progress = Signal(object, object, int)

    def __init__(self, parent: QObject | None = None, *, render: Callable[[list[Event]], None],
                 on_failure: Callable[[str, BaseException], None], workers: int = 4) -> None:
        super().__init__(parent)
        self._render = render
        self._on_failure = on_failure
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None  # made on first use, after the first window
        self._pending = 0
        self._held: list[object] = []  # run_after: jobs waiting for their moment (busy meanwhile)
        self._generation = 0
        self._closed = False
        self._finishing: list[threading.Thread] = []
        self._kept: list[tuple[Future, Job, Callable[[], Any]]] = []  # Job.kept_on_close, submitted
        self._first_done = threading.Event()  # see call_first; set: nothing to wait for
        self._first_done.set()
        self._inbox: deque[tuple[Callable[..., None], tuple]] = deque()  # arrived, not shown yet
        self._draining = False
        self._finished.connect(lambda *a: self._arrived(self._deliver, a), Qt.ConnectionType.QueuedConnection)
        self._progress.connect(lambda *a: self._arrived(self._reported, a), Qt.ConnectionType.QueuedConnection)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def invalidate(self) -> None:
        """Drop the results and progress of everything started so far, and the jobs held by
        ``run_after`` (their moment may never come: the page that was to paint is gone)."""
        self._generation += 1
        held, self._held = self._held, []
        self._pending -= len(held)
        if held and self._pending == 0:
            self.busyChanged.emit(False)

    # -- starting work ---------------------------------------------------------------------------
    def run(self, job: Job) -> None:
        """Run a core job; its outcome comes back as events to render."""
        if job.must_finish:
            self.finish(job.what, job.work)
            return
        gen = self._generation  # fixed now: what this job reports later belongs to this moment
        if job.progress is not None:
            progress = job.progress

            def work():
                return job.work(lambda done, total: self._progress.emit(progress, (done, total), gen))
        else:
            work = job.work
        self._submit(work, job, gen)

    def run_after(self, job: Job, moment: Callable[[Callable[[], None]], None]) -> None:
        """``run(job)`` once ``moment`` calls back (the overview's lists painted: work started
        before would take the two cores from the turns that paint them). Busy meanwhile;
        ``invalidate()`` drops the job. Work that must finish (a revocation) is never held."""
        if job.must_finish:
            self.run(job)
            return
        token = object()
        self._held.append(token)
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)

        def go() -> None:
            if token not in self._held:  # dropped by invalidate()
                return
            self._held.remove(token)
            try:
                if not self._closed:
                    self.run(job)
            finally:
                self._pending -= 1
                if self._pending == 0:
                    self.busyChanged.emit(False)

        moment(go)

    def call(self, fn: Callable[[], Any], on_ok: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None, what: str = "background work") -> None:
        """The GUI's own blocking call. Without ``on_error`` the failure policy applies."""
        def done(result):
            on_ok(result)
            return []

        def failed(e):
            if on_error is None:
                return [Failed(what, e)]
            on_error(e)
            return []

        self._submit(fn, Job(what, fn, done, failed), self._generation)

    def call_first(self, fn: Callable[[], Any], on_ok: Callable[[Any], None], what: str) -> None:
        """``call``, with every job submitted after it waiting until ``fn`` has finished. For the
        first imports of the libraries the workers share (pydantic, requests): PySide's import
        hook inspects each module as it is imported, and two threads importing pydantic at once
        failed now and then with ImportError (the demo then said its service could not start)."""
        gate = threading.Event()

        def first():
            try:
                return fn()
            finally:
                gate.set()

        self.call(first, on_ok, what=what)
        self._first_done = gate  # from now on: what is submitted waits for it

    def _submit(self, work: Callable[[], Any], job: Job, gen: int) -> None:
        if self._closed:
            raise RuntimeError("the operations helper is shut down")
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            _one_malloc_arena()
            self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="selfcheck-worker")
        gate = self._first_done
        if not gate.is_set():
            inner = work

            def work():
                gate.wait()
                return inner()
        fut = self._pool.submit(work)
        if job.kept_on_close:  # see shutdown
            self._kept = [(f, j, w) for f, j, w in self._kept if not f.done()] + [(fut, job, work)]
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        # after shutdown nothing is delivered: the window (and this object) may be gone already
        fut.add_done_callback(lambda f: None if self._closed else self._finished.emit(f, job, None, gen))

    def finish(self, what: str, fn: Callable[[], Any]) -> None:
        """Work that must run to its end, even while the app closes (revoking a session)."""
        def run() -> None:
            try:
                fn()
            except Exception as e:  # noqa: BLE001 - logged: nobody is left to show it to
                log.error("%s failed: %s", what, type(e).__name__)

        thread = threading.Thread(target=run, name=f"selfcheck-finish-{what.replace(' ', '-')}")
        self._finishing = [t for t in self._finishing if t.is_alive()] + [thread]
        thread.start()

    def wait_finished(self, timeout: float | None = None) -> bool:
        """Wait for the work that must finish; True once all of it has."""
        others = [t for t in self._finishing if t is not threading.current_thread()]
        for thread in others:
            thread.join(timeout)
        return not any(t.is_alive() for t in others)

    # -- results, on the GUI thread -------------------------------------------------------------
    def _arrived(self, show: Callable[..., None], args: tuple) -> None:
        self._inbox.append((show, args))
        if not self._draining:
            self._draining = True
            QTimer.singleShot(0, self, self._drain)

    def _drain(self) -> None:
        """Show what has arrived, oldest first, for at most ``RENDER_SLICE``; the rest after the
        event loop's next turn (a zero timer runs after what Qt has already queued)."""
        start = time.monotonic()
        try:
            while self._inbox:
                show, args = self._inbox.popleft()
                show(*args)
                if self._inbox and time.monotonic() - start >= RENDER_SLICE:
                    QTimer.singleShot(0, self, self._drain)
                    return
            self._draining = False
        except BaseException:
            if self._inbox:  # what is left is still shown; the error goes on to the error hook
                QTimer.singleShot(0, self, self._drain)
            else:
                self._draining = False
            raise

    def _reported(self, progress, args, gen: int) -> None:
        if gen == self._generation and not self._closed:
            self._render(progress(*args))

    def _deliver(self, fut: Future, job: Job, _unused, gen: int) -> None:
        self._pending -= 1
        try:
            if gen != self._generation or self._closed:
                return
            exc = fut.exception()
            events = job.outcome(exc, None if exc is not None else fut.result())
            self._render(events)
        finally:
            if self._pending == 0:
                self.busyChanged.emit(False)

    def failed(self, event: Failed) -> None:
        """The default failure policy: log it, then let the window say it."""
        log.error("%s failed: %s", event.what, type(event.error).__name__)
        self._on_failure(event.what, event.error)

    def shutdown(self, wait: bool = True) -> None:
        """Cancel what has not started; work that must finish goes on. ``wait=False`` (closing
        the window) returns at once; ``wait_done()`` then waits, from another thread."""
        self._closed = True
        kept, self._kept = self._kept, []
        for fut, job, work in kept:  # a send no worker has taken yet still runs, on its own thread
            if fut.cancel():
                self.finish(job.what, work)
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)

    def wait_done(self) -> None:
        """Block until the work already running has ended (never on the GUI thread)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
